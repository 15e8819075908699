#include "export/CaseProvenance.h"

#include "export/PackageContents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace lpdesk {

namespace {

// The namespace of every LP Desk UUIDv5 (a random UUID chosen once; never change it, or IRIs change).
const QUuid kNamespace(QStringLiteral("{3c0f4a52-9d1e-4b7a-8e63-5a2d71c9b804}"));

QJsonObject ref(const QString& id)
{
    return QJsonObject {{QLatin1String("@id"), id}};
}

QJsonObject typed(const char* type, const QString& value)
{
    return QJsonObject {{QLatin1String("@type"), QLatin1String(type)}, {QLatin1String("@value"), value}};
}

QJsonObject integer(qint64 v)
{
    return typed("xsd:integer", QString::number(v));
}

// The LP Desk version named by a derivative's tool text ("LP Desk 0.1.0; FFmpeg ...").
QString lpdeskVersionOf(const QString& toolText, const QString& fallback)
{
    const QString first = toolText.section(QLatin1Char(';'), 0, 0).trimmed();
    if (first.startsWith(QLatin1String("LP Desk ")))
        return first.mid(8).trimmed();
    return fallback;
}

class Graph
{
public:
    explicit Graph(const PackageModel& m) : m_model(m) { }

    void add(const QString& id, QJsonObject node)
    {
        if (m_ids.contains(id))
            return;
        m_ids.insert(id);
        node.insert(QLatin1String("@id"), id);
        m_nodes.append(node);
    }

    QString tool(const QString& version)
    {
        const QString id = CaseProvenance::iri(QStringLiteral("tool"), QStringLiteral("LP Desk|") + version);
        add(id,
            {{QLatin1String("@type"), QStringLiteral("uco-tool:Tool")},
             {QLatin1String("uco-core:name"), QStringLiteral("LP Desk")},
             {QLatin1String("uco-tool:version"), version},
             {QLatin1String("uco-tool:toolType"), QStringLiteral("loss-prevention evidence workstation")}});
        return id;
    }

    QString person(const QString& name)
    {
        const QString id
            = CaseProvenance::iri(QStringLiteral("person"), m_model.organisation + QLatin1Char('|') + name);
        add(id,
            {{QLatin1String("@type"), QStringLiteral("uco-identity:Person")}, {QLatin1String("uco-core:name"), name}});
        return id;
    }

    // A file by its content; name and size when known (a parent that is not in the package has only its hash).
    QString file(const QString& sha256, const QString& name, qint64 size, const QString& mediaType = {})
    {
        const QString sha = sha256.toLower();
        const QString id = CaseProvenance::iri(QStringLiteral("file"), sha);
        if (m_ids.contains(id))
            return id;
        const QString hash = CaseProvenance::iri(QStringLiteral("hash"), QStringLiteral("SHA256|") + sha);
        add(hash,
            {{QLatin1String("@type"), QStringLiteral("uco-types:Hash")},
             {QLatin1String("uco-types:hashMethod"), QStringLiteral("SHA256")},
             {QLatin1String("uco-types:hashValue"), typed("xsd:hexBinary", sha.toUpper())}});
        QJsonArray facets;
        const QString content = CaseProvenance::iri(QStringLiteral("content-data-facet"), sha);
        QJsonObject contentNode {{QLatin1String("@type"), QStringLiteral("uco-observable:ContentDataFacet")},
                                 {QLatin1String("uco-observable:hash"), QJsonArray {ref(hash)}}};
        if (size >= 0)
            contentNode.insert(QLatin1String("uco-observable:sizeInBytes"), integer(size));
        if (!mediaType.isEmpty())
            contentNode.insert(QLatin1String("uco-observable:mimeClass"), mediaType);
        add(content, contentNode);
        facets.append(ref(content));
        if (!name.isEmpty()) {
            const QString facet = CaseProvenance::iri(QStringLiteral("file-facet"), sha + QLatin1Char('|') + name);
            QJsonObject f {{QLatin1String("@type"), QStringLiteral("uco-observable:FileFacet")},
                           {QLatin1String("uco-observable:fileName"), name.section(QLatin1Char('/'), -1)},
                           {QLatin1String("uco-observable:filePath"), name}};
            if (size >= 0)
                f.insert(QLatin1String("uco-observable:sizeInBytes"), integer(size));
            add(facet, f);
            facets.append(ref(facet));
        }
        add(id,
            {{QLatin1String("@type"), QStringLiteral("uco-observable:File")},
             {QLatin1String("uco-core:hasFacet"), facets}});
        return id;
    }

    QString action(const QString& key, const QString& name, const QString& description, const QString& at,
                   const QString& performer, const QString& instrument, const QStringList& objects,
                   const QStringList& results)
    {
        const QString id = CaseProvenance::iri(QStringLiteral("investigative-action"), key);
        QJsonObject a {{QLatin1String("@type"), QStringLiteral("case-investigation:InvestigativeAction")},
                       {QLatin1String("uco-core:name"), name},
                       {QLatin1String("uco-action:performer"), ref(person(performer))},
                       {QLatin1String("uco-action:instrument"), ref(instrument)}};
        if (!description.isEmpty())
            a.insert(QLatin1String("uco-core:description"), description);
        if (!at.isEmpty())
            a.insert(QLatin1String("uco-action:startTime"), typed("xsd:dateTime", at));
        auto refs = [](const QStringList& ids) {
            QJsonArray out;
            for (const QString& i : ids)
                out.append(ref(i));
            return out;
        };
        if (!objects.isEmpty())
            a.insert(QLatin1String("uco-action:object"), refs(objects));
        if (!results.isEmpty())
            a.insert(QLatin1String("uco-action:result"), refs(results));
        add(id, a);
        m_actions << id;
        return id;
    }

    const QJsonArray& nodes() const { return m_nodes; }
    const QStringList& actions() const { return m_actions; }

private:
    const PackageModel& m_model;
    QSet<QString> m_ids;
    QJsonArray m_nodes;
    QStringList m_actions;
};

// The package's files as nodes of the graph, and the groups the actions and records below refer to.
struct PackageNodes
{
    QHash<QString, QString> fileOfPath; // package path -> file IRI
    QHash<QString, QStringList> filesOfExhibit;
    QStringList exhibitOrder, evidence, everything;
};

PackageNodes addFiles(Graph& g, const PackageModel& m)
{
    PackageNodes n;
    for (const PackageFile& f : m.files) {
        const QString id = g.file(f.sha256, f.path, f.size, f.mediaType);
        n.fileOfPath.insert(f.path, id);
        n.everything << id;
        if (f.role == QLatin1String("original") || f.role == QLatin1String("derivative")
            || f.role == QLatin1String("still"))
            n.evidence << id;
        if (!f.exhibit.isEmpty()) {
            if (!n.filesOfExhibit.contains(f.exhibit))
                n.exhibitOrder << f.exhibit;
            n.filesOfExhibit[f.exhibit] << id;
        }
    }
    return n;
}

// How each evidence file came to be: received from the store, or derived from its parent.
void addEvidenceActions(Graph& g, const PackageModel& m, const PackageNodes& n, const QString& tool)
{
    for (const PackageFile& f : m.files) {
        const QString id = n.fileOfPath.value(f.path);
        const QString performer = f.createdBy.isEmpty() ? m.createdBy : f.createdBy;
        if (f.role == QLatin1String("original")) {
            g.action(QStringLiteral("received|") + f.sourceId, QStringLiteral("received"),
                     QStringLiteral("Recording received from store %1 (camera %2), decrypted and hash-verified")
                         .arg(f.storeId, f.camera),
                     f.createdAt, performer, tool, {}, {id});
        } else if (f.role == QLatin1String("derivative") || f.role == QLatin1String("still")) {
            const QString parent
                = f.parentPath.isEmpty() ? g.file(f.parentSha256, {}, -1) : n.fileOfPath.value(f.parentPath);
            QString description = f.description;
            if (!f.parameters.isEmpty())
                description += QStringLiteral("; parameters ")
                    + QString::fromUtf8(QJsonDocument(f.parameters).toJson(QJsonDocument::Compact));
            if (!f.tool.isEmpty())
                description += QStringLiteral("; made with ") + f.tool;
            g.action(QStringLiteral("derivation|") + f.sourceId, f.operation, description, f.createdAt, performer,
                     g.tool(lpdeskVersionOf(f.tool, m.toolVersion)), {parent}, {id});
        }
    }
}

// Statements: the sign-off of each released version, resulting in its text and attachments.
void addStatementActions(Graph& g, const PackageModel& m, const PackageNodes& n, const QString& tool)
{
    for (int i = 0; i < m.statements.size(); ++i) {
        const Statement& s = m.statements.at(i);
        const QString exhibit = QStringLiteral("S%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        g.action(QStringLiteral("statement-signoff|") + s.id, QStringLiteral("statement signed off"),
                 QStringLiteral("Statement %1, version %2, by a %3; content SHA-256 %4")
                     .arg(exhibit)
                     .arg(s.version)
                     .arg(s.role, s.contentSha256),
                 s.signedOffAt.isEmpty() ? s.createdAt : s.signedOffAt,
                 s.signedOffBy.isEmpty() ? s.createdBy : s.signedOffBy, tool, {}, n.filesOfExhibit.value(exhibit));
    }
}

// The POS extract: from the imported journals to the released transactions.
void addPosExtract(Graph& g, const PackageModel& m, const PackageNodes& n, const QString& tool)
{
    if (m.pos.isEmpty())
        return;
    QStringList journals;
    QSet<QString> seen;
    for (const LinkedTransaction& t : m.pos) {
        if (seen.contains(t.importId) || !m.posJournals.contains(t.importId))
            continue;
        seen.insert(t.importId);
        const PosJournalRef& j = m.posJournals.value(t.importId);
        journals << g.file(j.sha256, j.name, j.size);
    }
    QStringList results;
    for (const PackageFile& f : m.files)
        if (f.role == QLatin1String("pos"))
            results << n.fileOfPath.value(f.path);
    g.action(QStringLiteral("pos-extract|") + m.packageId, QStringLiteral("POS extract"),
             QStringLiteral("%1 transaction(s) linked to the case, extracted from the store's POS journal(s)%2")
                 .arg(m.pos.size())
                 .arg(m.release.pii.customerData ? QString() : QStringLiteral(", customer data withheld")),
             m.createdAt, m.createdBy, tool, journals, results);
}

// The release: legal's approval of the evidence, then the export of the package.
void addReleaseActions(Graph& g, const PackageModel& m, const PackageNodes& n, const QString& tool)
{
    if (!m.release.decidedBy.isEmpty())
        g.action(QStringLiteral("release-approval|") + m.release.id, QStringLiteral("release approved"),
                 QStringLiteral("Release %1 for %2 approved: %3")
                     .arg(m.release.id, m.release.purpose, m.release.decisionNote),
                 m.release.decidedAt, m.release.decidedBy, tool, n.evidence, {});
    g.action(QStringLiteral("export|") + m.packageId, QStringLiteral("export"),
             QStringLiteral("Sealed package %1 for release %2 (requested by %3, approved by %4)")
                 .arg(m.packageId, m.release.id, m.release.requestedBy, m.release.decidedBy),
             m.createdAt, m.createdBy, tool, n.evidence, n.everything);
}

// One provenance record per exhibit; returns their IRIs in exhibit order.
QStringList addProvenanceRecords(Graph& g, const PackageModel& m, const PackageNodes& n)
{
    QStringList records;
    for (const QString& exhibit : std::as_const(n.exhibitOrder)) {
        QStringList files = n.filesOfExhibit.value(exhibit);
        QString description;
        for (const PackageFile& f : m.files)
            if (f.exhibit == exhibit) {
                description = f.description;
                break;
            }
        QStringList key = files;
        key.sort();
        const QString id
            = CaseProvenance::iri(QStringLiteral("provenance-record"),
                                  m.caseId + QLatin1Char('|') + exhibit + QLatin1Char('|') + key.join(','));
        QJsonArray objects;
        for (const QString& f : std::as_const(files))
            objects.append(ref(f));
        g.add(
            id,
            {{QLatin1String("@type"), QStringLiteral("case-investigation:ProvenanceRecord")},
             {QLatin1String("case-investigation:exhibitNumber"), QStringLiteral("%1/%2").arg(m.caseReference, exhibit)},
             {QLatin1String("uco-core:description"), description},
             {QLatin1String("uco-core:object"), objects}});
        records << id;
    }
    return records;
}

// The investigation that holds the records and every action.
void addInvestigation(Graph& g, const PackageModel& m, const QStringList& records)
{
    QJsonArray held;
    for (const QString& id : records + g.actions())
        held.append(ref(id));
    g.add(CaseProvenance::iri(QStringLiteral("investigation"), m.caseId),
          {{QLatin1String("@type"), QStringLiteral("case-investigation:Investigation")},
           {QLatin1String("uco-core:name"), m.caseReference},
           {QLatin1String("uco-core:description"), m.caseTitle},
           {QLatin1String("case-investigation:focus"), QStringLiteral("retail loss prevention")},
           {QLatin1String("case-investigation:investigationStatus"), m.caseStatus},
           {QLatin1String("uco-core:object"), held}});
}

QJsonObject jsonLdContext()
{
    const QString uco = QStringLiteral("https://ontology.unifiedcyberontology.org/uco/");
    return QJsonObject {
        {QLatin1String("kb"), CaseProvenance::knowledgeBase()},
        {QLatin1String("case-investigation"), QStringLiteral("https://ontology.caseontology.org/case/investigation/")},
        {QLatin1String("uco-action"), uco + QStringLiteral("action/")},
        {QLatin1String("uco-core"), uco + QStringLiteral("core/")},
        {QLatin1String("uco-identity"), uco + QStringLiteral("identity/")},
        {QLatin1String("uco-observable"), uco + QStringLiteral("observable/")},
        {QLatin1String("uco-tool"), uco + QStringLiteral("tool/")},
        {QLatin1String("uco-types"), uco + QStringLiteral("types/")},
        {QLatin1String("xsd"), QStringLiteral("http://www.w3.org/2001/XMLSchema#")}};
}

} // namespace

const QString& CaseProvenance::knowledgeBase()
{
    static const QString kb = QStringLiteral("urn:lpdesk:kb:");
    return kb;
}

QString CaseProvenance::iri(const QString& kind, const QString& key)
{
    return QStringLiteral("kb:") + kind + QLatin1Char('-')
        + QUuid::createUuidV5(kNamespace, kind + QLatin1Char('|') + key).toString(QUuid::WithoutBraces);
}

QByteArray CaseProvenance::jsonLd(const PackageModel& m)
{
    Graph g(m);
    const QString tool = g.tool(m.toolVersion);
    const PackageNodes nodes = addFiles(g, m);
    addEvidenceActions(g, m, nodes, tool);
    addStatementActions(g, m, nodes, tool);
    addPosExtract(g, m, nodes, tool);
    addReleaseActions(g, m, nodes, tool);
    addInvestigation(g, m, addProvenanceRecords(g, m, nodes));
    const QJsonObject doc {{QLatin1String("@context"), jsonLdContext()}, {QLatin1String("@graph"), g.nodes()}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace lpdesk
