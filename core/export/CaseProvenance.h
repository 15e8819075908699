// provenance.jsonld: the package's provenance in CASE/UCO 1.4 that the CASE SHACL shapes accept. Every node is a
// named node whose IRI ends in a UUIDv5 derived from what the node *is* (a file from its SHA-256, an action from
// the database row it records, a person from the organisation and user name), so the same object has the same IRI
// in every package that carries it and graphs from several packages merge. Hashes are uco-types:Hash nodes with
// hashMethod "SHA256" (an xsd:string from HashNameVocab).
#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace lpdesk {

struct PackageModel;

class CaseProvenance
{
public:
    static QByteArray jsonLd(const PackageModel& model);
    // The stable IRI (compact, "kb:<kind>-<uuid>") for an object of a kind, named by its key.
    static QString iri(const QString& kind, const QString& key);
    static const QString& knowledgeBase(); // what "kb:" expands to
};

} // namespace lpdesk
