// The built-in request templates (version 0, one per kind of request): their texts, in LP Desk's words.
#include "police/RequestTemplates.h"

namespace lpdesk {

namespace {

QString commonClosing()
{
    return RequestTemplates::tr(
        "Each package is sealed: its manifest lists every file with its SHA-256 hash and is signed by our evidence "
        "workstation, and the chain of custody enclosed with it records every step since the recording was received "
        "from the store. The package can be verified offline with the instructions it contains.\n\n"
        "This disclosure is limited to the records described above. Please direct any questions about it to the "
        "undersigned and quote our request number.\n\n"
        "{author}\nLoss Prevention\n");
}

QString letterHead()
{
    return RequestTemplates::tr("{today}\n\n{agency}\nAttn: {officer}\nYour reference: {reference}\n\n"
                                "Re: {kind} received {received} (our request {request_id})\n\n");
}

QString producedBlock()
{
    return RequestTemplates::tr("What was asked:\n{asked}\n\nOur cases: {cases}\n\nRecords produced:\n{releases}\n\n");
}

} // namespace

RequestTemplate RequestTemplates::builtIn(const QString& name)
{
    RequestTemplate t;
    t.name = name;
    const QString supplied = producedBlock() + commonClosing();
    if (name == QLatin1String("subpoena")) {
        t.kind = name;
        t.title = tr("Subpoena for records (duces tecum)");
        t.dueDays = 14;
        t.legalBasis = tr("Subpoena duces tecum served on the company's custodian of records.");
        t.asked = tr("The video recordings, point-of-sale records and incident reports the subpoena describes, for "
                     "the stores and the period it names.");
        t.letter = letterHead()
            + tr("In response to the above subpoena, received on {received} and due by {due}, issued on this basis: "
                 "{legal_basis}, we produce the records described below as their custodian.\n\n")
            + supplied;
    } else if (name == QLatin1String("court_order")) {
        t.kind = name;
        t.title = tr("Court order to produce records");
        t.dueDays = 14;
        t.legalBasis = tr("Order of the court requiring the company to produce records.");
        t.asked = tr("The records the order names, for the stores and the period it names.");
        t.letter = letterHead()
            + tr("In compliance with the above court order ({legal_basis}), received on {received} and due by "
                 "{due}, we produce the records described below.\n\n")
            + supplied;
    } else if (name == QLatin1String("warrant")) {
        t.kind = name;
        t.title = tr("Search warrant for records");
        t.dueDays = 7;
        t.legalBasis = tr("Search warrant issued by a judge or magistrate.");
        t.asked = tr("The recordings and records the warrant describes, as it describes them.");
        t.letter = letterHead()
            + tr("In compliance with the above search warrant ({legal_basis}), served on {received}, we produce "
                 "the records described below.\n\n")
            + supplied;
    } else if (name == QLatin1String("exigent")) {
        t.kind = name;
        t.title = tr("Emergency disclosure (exigent circumstances)");
        t.dueDays = 1;
        t.legalBasis.clear(); // stated by the officer; legal signs the disclosure off afterwards
        t.asked = tr("Only what the emergency requires: the recordings of the persons and the moment concerned.");
        t.letter = letterHead()
            + tr("This letter confirms the records disclosed to you on an emergency basis at your request of "
                 "{received}, on your statement that an emergency involving danger of death or serious injury "
                 "required them without delay. Our legal department reviews every such disclosure after the fact. "
                 "Please send us the legal process that covers it, or confirm in writing that none will follow.\n\n")
            + supplied;
    } else if (name == QLatin1String("informal")) {
        t.kind = name;
        t.title = tr("Informal request from an officer");
        t.dueDays = 14;
        t.legalBasis.clear();
        t.asked = tr("The recordings and records of the incident the officer is investigating.");
        t.letter = letterHead()
            + tr("In response to your request of {received}, we provide voluntarily the records described below, "
                 "which concern an offence reported by the company. This voluntary disclosure does not waive any "
                 "right or objection of the company.\n\n")
            + supplied;
    } else {
        return {};
    }
    t.sha256 = hash(t);
    return t;
}

} // namespace lpdesk
