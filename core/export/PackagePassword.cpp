#include "export/PackagePassword.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "crypto/Random.h"

namespace lpdesk {

SecureBytes PackagePassword::generate()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
    const SecureBytes random = randomSecret(26);
    QByteArray text;
    text.reserve(31);
    for (int i = 0; i < 26; ++i) {
        if (i > 0 && i % 5 == 0)
            text.append('-');
        text.append(alphabet[static_cast<unsigned char>(random.view()[i]) & 31]); // 5 bits each: 130 bits
    }
    return SecureBytes::takeFrom(text);
}

bool PackagePassword::mayChoose(const Session& session, const QString& decidedBy)
{
    return Permissions::allows(session.role, Action::DecideRelease) && !decidedBy.isEmpty()
        && session.userName == decidedBy;
}

} // namespace lpdesk
