#include "TestServers.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lpdesk::test {

namespace {

bool openssl(const QStringList& args, const QString& dir, QString* error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl %1 failed: %2")
                         .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool makeCa(const QString& dir, const QString& name, QString* error)
{
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                    name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("30"),
                    QStringLiteral("-subj"), QStringLiteral("/O=LP Desk tests/CN=") + name, QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                   dir, error);
}

} // namespace

bool TestPki::issue(const QString& dir, const QString& name, const QString& issuerCert, const QString& issuerKey,
                    bool server, QString* error)
{
    QFile ext(dir + QLatin1Char('/') + name + QStringLiteral(".ext"));
    ext.open(QIODevice::WriteOnly);
    ext.write(server ? "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n"
                       "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                     : "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=clientAuth\n");
    ext.close();
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
                    QStringLiteral("-subj"),
                    QStringLiteral("/O=LP Desk tests/CN=") + (server ? QStringLiteral("localhost") : name)},
                   dir, error)
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-CA"), issuerCert, QStringLiteral("-CAkey"),
                    issuerKey, QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                    QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"),
                    name + QStringLiteral(".ext")},
                   dir, error);
}

bool TestPki::create(const QString& dir, QString* error)
{
    QDir().mkpath(dir);
    return makeCa(dir, QStringLiteral("ca"), error) && makeCa(dir, QStringLiteral("other-ca"), error)
        && issue(dir, QStringLiteral("server"), QStringLiteral("ca.pem"), QStringLiteral("ca.key"), true, error)
        && issue(dir, QStringLiteral("client"), QStringLiteral("ca.pem"), QStringLiteral("ca.key"), false, error)
        && issue(dir, QStringLiteral("other-client"), QStringLiteral("other-ca.pem"), QStringLiteral("other-ca.key"),
                 false, error);
}

int freeLoopbackPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const int port = s.serverPort();
    s.close();
    return port;
}

bool makeAgency(const QString& dir, const QByteArray& signer)
{
    const QString a = dir + QLatin1Char('/');
    const auto ossl = [](const QStringList& args) { return run(QStringLiteral("openssl"), args).exitCode == 0; };
    const QStringList ec {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
    return QDir().mkpath(dir)
        && ossl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                + QStringList {QStringLiteral("-keyout"), a + QStringLiteral("ca.key"), QStringLiteral("-out"),
                               a + QStringLiteral("ca.pem"), QStringLiteral("-subj"),
                               QStringLiteral("/CN=Test Agency CA"), QStringLiteral("-days"), QStringLiteral("2")})
        && ossl(QStringList {QStringLiteral("req")} + ec
                + QStringList {QStringLiteral("-keyout"), a + QStringLiteral("server.key"), QStringLiteral("-out"),
                               a + QStringLiteral("server.csr"), QStringLiteral("-subj"),
                               QStringLiteral("/CN=127.0.0.1")})
        && writeFile(a + QStringLiteral("ext.cnf"), "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n")
        && ossl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 a + QStringLiteral("server.csr"), QStringLiteral("-CA"), a + QStringLiteral("ca.pem"),
                 QStringLiteral("-CAkey"), a + QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
                 QStringLiteral("3"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                 a + QStringLiteral("ext.cnf"), QStringLiteral("-out"), a + QStringLiteral("server.pem")})
        && writeFile(a + QStringLiteral("signer.pem"), signer)
        && writeFile(a + QStringLiteral("api-key.txt"), "agency-key-123\n");
}

bool makeTsa(const QString& tsa)
{
    QDir().mkpath(tsa);
    const auto ossl = [](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    const auto write = [](const QString& path, const QByteArray& bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    };
    const QString key = QStringLiteral("-pkeyopt");
    return ossl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), key,
                 QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 tsa + QStringLiteral("/ca.key"), QStringLiteral("-out"), tsa + QStringLiteral("/ca.pem"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=Test TSA CA"), QStringLiteral("-days"),
                 QStringLiteral("2"), QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                 QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign")})
        && ossl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), key,
                 QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 tsa + QStringLiteral("/tsa.key"), QStringLiteral("-out"), tsa + QStringLiteral("/tsa.csr"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=Test TSA")})
        && write(tsa + QStringLiteral("/ext.cnf"),
                 "extendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\n")
        && ossl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 tsa + QStringLiteral("/tsa.csr"), QStringLiteral("-CA"), tsa + QStringLiteral("/ca.pem"),
                 QStringLiteral("-CAkey"), tsa + QStringLiteral("/ca.key"), QStringLiteral("-set_serial"),
                 QStringLiteral("7"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                 tsa + QStringLiteral("/ext.cnf"), QStringLiteral("-out"), tsa + QStringLiteral("/tsa.pem")})
        && write(tsa + QStringLiteral("/tsaserial"), "01\n")
        && write(tsa + QStringLiteral("/tsa.cnf"),
                 QStringLiteral("[ tsa ]\ndefault_tsa = tsa_config1\n[ tsa_config1 ]\ndir = %1\n"
                                "serial = $dir/tsaserial\ncrypto_device = builtin\nsigner_cert = $dir/tsa.pem\n"
                                "certs = $dir/ca.pem\nsigner_key = $dir/tsa.key\nsigner_digest = sha256\n"
                                "default_policy = 1.2.3.4.1\ndigests = sha256\naccuracy = secs:1\n"
                                "ordering = yes\ntsa_name = yes\ness_cert_id_chain = no\n"
                                "ess_cert_id_alg = sha256\n")
                     .arg(tsa)
                     .toUtf8());
}

QString startTsa(QProcess& server, const QString& dir, const QString& mode)
{
    server.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral(LPDESK_SOURCE_DIR "/tests/integration/tsa_server.py"), QStringLiteral("0"), dir, mode});
    const int port = server.waitForStarted() ? readyPort(server) : -1;
    if (port < 0)
        return QString();
    return QStringLiteral("http://127.0.0.1:%1/tsa").arg(port);
}

QString opensslTsVerify(const QString& data, const QString& token, const QString& caFile)
{
    const auto ts = run(QStringLiteral("openssl"),
                        {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-data"), data,
                         QStringLiteral("-in"), token, QStringLiteral("-CAfile"), caFile});
    return ts.exitCode == 0 && ts.out.contains("Verification: OK") ? QString() : ts.describe();
}

int readyPort(QProcess& server, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!server.canReadLine() && clock.elapsed() < timeoutMs && server.state() == QProcess::Running)
        server.waitForReadyRead(static_cast<int>(std::max<qint64>(1, timeoutMs - clock.elapsed())));
    if (!server.canReadLine())
        return -1;
    const QByteArray line = server.readLine().trimmed();
    if (!line.startsWith("ready "))
        return -1;
    bool ok = false;
    const int port = line.mid(6).toInt(&ok);
    return ok && port > 0 && port < 65536 ? port : -1;
}

ClosedPort::ClosedPort()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0
        && ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
        m_port = ntohs(a.sin_port);
}

ClosedPort::~ClosedPort()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

NginxServer::~NginxServer()
{
    stop();
}

QString NginxServer::url() const
{
    return QStringLiteral("https://127.0.0.1:%1/").arg(m_port);
}

QString NginxServer::accessLog() const
{
    QFile f(m_workDir + QStringLiteral("/access.log"));
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

bool NginxServer::start(const QString& workDir, const NginxOptions& o, QString* error)
{
    m_workDir = workDir;
    QDir().mkpath(workDir + QStringLiteral("/tmp"));
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        QString conf;
        conf += QStringLiteral("daemon off;\nworker_processes 1;\npid %1/nginx.pid;\nerror_log %1/error.log warn;\n")
                    .arg(workDir);
        if (::geteuid() == 0)
            conf += QStringLiteral("user root;\n");
        conf += QStringLiteral("events { worker_connections 64; }\nhttp {\n");
        conf += QStringLiteral("  log_format lpdesk '$request|$http_range|$status|$body_bytes_sent';\n");
        conf += QStringLiteral("  access_log %1/access.log lpdesk;\n").arg(workDir);
        for (const char* t :
             {"client_body_temp_path", "proxy_temp_path", "fastcgi_temp_path", "uwsgi_temp_path", "scgi_temp_path"})
            conf += QStringLiteral("  %1 %2/tmp;\n").arg(QString::fromLatin1(t), workDir);
        conf += QStringLiteral("  types { application/json json; application/octet-stream lpenc; }\n");
        conf += QStringLiteral("  server {\n    listen 127.0.0.1:%1 ssl;\n    server_name localhost;\n").arg(m_port);
        conf += QStringLiteral("    ssl_certificate %1;\n    ssl_certificate_key %2;\n").arg(o.serverCert, o.serverKey);
        if (!o.clientCa.isEmpty())
            conf += QStringLiteral("    ssl_client_certificate %1;\n    ssl_verify_client on;\n").arg(o.clientCa);
        if (o.rateLimitBytes > 0)
            conf += QStringLiteral("    limit_rate %1;\n").arg(o.rateLimitBytes);
        conf += QStringLiteral("    root %1;\n    location / { }\n%2  }\n}\n").arg(o.root, o.extraLocations);
        QFile f(workDir + QStringLiteral("/nginx.conf"));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(conf.toUtf8());
        f.close();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(
            QStringLiteral("/usr/sbin/nginx"),
            {QStringLiteral("-p"), workDir, QStringLiteral("-c"), workDir + QStringLiteral("/nginx.conf")});
        if (!m_process->waitForStarted(10000)) {
            if (error)
                *error = QStringLiteral("nginx did not start: ") + m_process->errorString();
            return false;
        }
        for (int i = 0; i < 100; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
            if (probe.waitForConnected(100)) {
                // Someone else may hold the port (it was free a moment ago): nginx says so before it gives up.
                m_process->waitForReadyRead(300);
                if (m_process->state() == QProcess::Running
                    && !m_process->peek(1 << 16).contains("Address already in use"))
                    return true;
                break;
            }
            if (m_process->state() != QProcess::Running)
                break;
            QThread::msleep(50);
        }
        const QString out = QString::fromUtf8(m_process->readAll());
        stop();
        if (error)
            *error = QStringLiteral("nginx did not come up: ") + out;
        if (!out.contains(QLatin1String("Address already in use")))
            return false;
    }
    return false;
}

void NginxServer::stop()
{
    if (m_process && m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

} // namespace lpdesk::test
