// Real servers for integration tests, on 127.0.0.1 only: a throwaway PKI made with the openssl tool, and nginx
// serving a folder over TLS (optionally requiring a client certificate, optionally rate-limited).
#pragma once

#include <QProcess>
#include <QString>

#include <memory>

namespace lpdesk::test {

struct TestPki
{
    QString dir;
    QString caCert, caKey; // server and client CA
    QString serverCert, serverKey; // CN=localhost, SAN localhost + 127.0.0.1
    QString clientCert, clientKey; // issued by caCert
    QString otherCaCert, otherCaKey; // an unrelated CA
    QString otherClientCert, otherClientKey; // issued by otherCaCert

    // Creates everything under dir with the openssl command-line tool (EC P-256 keys).
    static bool create(const QString& dir, QString* error);
    // Issues a further certificate signed by (issuerCert, issuerKey).
    static bool issue(const QString& dir, const QString& name, const QString& issuerCert, const QString& issuerKey,
                      bool server, QString* error);
};

struct NginxOptions
{
    QString root; // served folder
    QString serverCert;
    QString serverKey;
    QString clientCa; // empty: no client certificate required
    int rateLimitBytes = 0; // per connection, 0 = unlimited
    QString extraLocations; // raw nginx config inside the server block
};

class NginxServer
{
public:
    ~NginxServer();
    // Starts nginx in the foreground on a free 127.0.0.1 port; false (with error) if it did not come up.
    bool start(const QString& workDir, const NginxOptions& options, QString* error);
    void stop();
    int port() const { return m_port; }
    QString url() const;
    QString accessLog() const; // "$request|$http_range|$status|$body_bytes_sent" per line

private:
    std::unique_ptr<QProcess> m_process;
    QString m_workDir;
    int m_port = 0;
};

// A port that was free a moment ago (nothing holds it: another program may take it). Only for servers that
// cannot bind port 0 and report it (nginx, which NginxServer::start retries on "Address already in use").
int freeLoopbackPort();

// A local RFC 3161 time-stamp authority (tests/integration/tsa_server.py, `openssl ts -reply`): makeTsa writes its
// CA (dir/ca.pem), key, certificate and tsa.cnf into dir with the openssl tool; startTsa starts it in mode "good"
// or "other" (answers for another imprint) and returns its URL, empty when it did not come up.
bool makeTsa(const QString& dir);
QString startTsa(QProcess& server, const QString& dir, const QString& mode = QStringLiteral("good"));
// The files of a law-enforcement endpoint (tests/integration/agency_server.py) in dir: its own CA (dir/ca.pem, the
// CA an agency profile pins), a server certificate for 127.0.0.1, the organisation signing certificate it trusts
// (signer) and its API key "agency-key-123" (dir/api-key.txt). Made with the openssl tool; false when a step fails.
bool makeAgency(const QString& dir, const QByteArray& signer);
// `openssl ts -verify -data DATA -in TOKEN -CAfile CA`, as police check a token: empty when openssl says
// "Verification: OK", else what it said.
QString opensslTsVerify(const QString& data, const QString& token, const QString& caFile);
// Reads a server's "ready PORT" line (servers started with port 0 bind any free port and report it): the port, or
// -1 if the process said something else or nothing within timeoutMs.
int readyPort(QProcess& server, int timeoutMs = 20000);

// A 127.0.0.1 port that is bound but not listening for as long as this object lives: connecting is refused, and no
// other program can take it meanwhile (unlike a port that was closed after it was found free).
class ClosedPort
{
public:
    ClosedPort();
    ~ClosedPort();
    ClosedPort(const ClosedPort&) = delete;
    ClosedPort& operator=(const ClosedPort&) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace lpdesk::test
