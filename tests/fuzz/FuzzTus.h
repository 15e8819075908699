// The fuzz target for the answers a tus upload reads (TusUpload over HTTPS against test::TusServer on 127.0.0.1),
// kept out of lpdesk_fuzz.cpp so that file does not grow.
#pragma once

#include <QByteArray>
#include <QList>

namespace lpdesk {

// Seed scripts. A script is the file's size in bytes on its first line, then one line per answer the server gives,
// in order: "S status line" replaces the status, "O value" the Upload-Offset header, "L value" the Location header;
// any other line (and every answer after the last line) is the server's true answer. Each seed completes.
QList<QByteArray> tusScriptSeeds();
// Uploads a file of the script's size (up to four attempts, as the outbox would make them) while the server answers
// as the script says, and checks the upload's rules. Returns the rule broken (nullptr: none); *accepted: the upload
// completed. A first line that is not a size from 1 to 8000 is refused (nothing is uploaded).
const char* checkTusScript(const QByteArray& input, bool* accepted);

} // namespace lpdesk
