// The documents of a sealed package, all written from one PackageModel: manifest.json (what is in the package
// and why), custody.json (the case's chain, verifiable offline), provenance.jsonld (CASE/UCO), index.html (an
// offline page for whoever opens the package), SHA256SUMS, and the released statements and POS extract.
#pragma once

#include "export/PackageContents.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>

namespace lpdesk {

class PackageDocuments
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PackageDocuments)

public:
    // Names the verifier knows are not listed in the manifest.
    static QStringList metaFiles();

    static QByteArray manifest(const PackageModel& model);
    static QByteArray custody(const PackageModel& model);
    static QByteArray provenance(const PackageModel& model);
    static QByteArray index(const PackageModel& model);
    static QByteArray sha256sums(const QMap<QString, QString>& hashes); // path -> sha256
    static QByteArray statementText(const Statement& statement, const QString& exhibit);
    static QByteArray statementsJson(const PackageModel& model);
    static QByteArray posJson(const PackageModel& model);
    static QByteArray posCsv(const PackageModel& model);
    // Parses custody.json back into chain events (for the offline verifier).
    static Result<QPair<QString, QList<ChainEvent>>> parseCustody(const QByteArray& json);
};

} // namespace lpdesk
