// lpdesk-cli key confirm-ca: an administrator confirms the organisation CA certificate by its fingerprint (from the
// org-ca.pem the organisation keeps outside the database), which pins their key slot to it (CaPinning).
#include "Cli.h"

#include "crypto/Sha256.h"
#include "db/CaseDatabase.h"

namespace lpdesk {

namespace {

int cmdKeyConfirmCa(Cli& cli, const CommandArgs& a)
{
    if (fromHexStrict(a.positionals().first(), Sha256::Size).isEmpty())
        return cli.usage(Cli::tr("give the SHA-256 of the organisation CA certificate (64 hex digits)"));
    // The confirmation happens as the database is unlocked (Cli::database passes it to CaseDatabase::open): a
    // database already open (in a shell) was unlocked without it.
    if (!cli.confirmedCaSha256().isEmpty()
        && cli.confirmedCaSha256().compare(a.positionals().first(), Qt::CaseInsensitive) == 0) {
        if (auto db = cli.database(); !db)
            return cli.fail(db.error());
        cli.out(Cli::tr("Organisation CA certificate %1 confirmed; your key slot is pinned to it.")
                    .arg(a.positionals().first().toLower().left(16)));
        return ExitOk;
    }
    return cli.usage(Cli::tr("key confirm-ca runs on its own, not in a shell"));
}

} // namespace

void registerTrustCommands(QList<Command>& c)
{
    c << Command {QStringLiteral("key confirm-ca"), QStringLiteral("SHA256"),
                  Cli::tr("confirm the organisation CA certificate by its SHA-256 (of the org-ca.pem the "
                          "organisation keeps): pins your key slot, so that slots from before pinning can be pinned "
                          "on your word"),
                  cmdKeyConfirmCa};
}

} // namespace lpdesk
