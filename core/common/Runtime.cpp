#include "common/Runtime.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libavutil/log.h>
}

#include <openssl/crypto.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace lpdesk {

Status Runtime::initialise(QCoreApplication& app, Language language)
{
    // Key material and decrypted frames live in this process's memory; keep them out of core files.
    struct rlimit none = {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    if (qEnvironmentVariableIsEmpty("LPDESK_ALLOW_DEBUGGER"))
        ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // Everything this process creates (databases, slot files, exports, temporary frames) is the user's alone.
    ::umask(077);

    QCoreApplication::setOrganizationName(QStringLiteral("LPDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("LPDesk"));
    QCoreApplication::setApplicationVersion(version());

    // English (the CLI, and a desktop in a language LP Desk does not ship) still needs its translation: it holds
    // the singular and plural forms of every "%n item(s)" message.
    auto* translator = new QTranslator(&app);
    const auto english
        = [translator] { return translator->load(QStringLiteral("lpdesk_en"), QStringLiteral(":/lpdesk/i18n")); };
    if (language == Language::English && english())
        QCoreApplication::installTranslator(translator);
    if (language == Language::User) {
        const QString lang = qEnvironmentVariable("LPDESK_LANG");
        const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
        // The interface writes dates and numbers the way its language does (ui/common/LocaleText.h).
        if (!lang.isEmpty())
            QLocale::setDefault(locale);
        if (translator->load(locale, QStringLiteral("lpdesk"), QStringLiteral("_"), QStringLiteral(":/lpdesk/i18n"))
            || english())
            QCoreApplication::installTranslator(translator);
        // Qt's own strings (standard buttons, file dialogs) from Debian's qt6-translations-l10n.
        auto* qtTranslator = new QTranslator(&app);
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
    }

    // FFmpeg's own logging could print file names or stream details to stderr; keep it to real errors.
    av_log_set_level(AV_LOG_ERROR);
    return {};
}

QString Runtime::version()
{
    return QStringLiteral(LPDESK_VERSION);
}

QString Runtime::ffmpegVersion()
{
    auto text = [](unsigned v) { return QStringLiteral("%1.%2.%3").arg(v >> 16).arg((v >> 8) & 0xff).arg(v & 0xff); };
    return QStringLiteral("FFmpeg %1 (libavformat %2, libavcodec %3)")
        .arg(QString::fromLatin1(av_version_info()), text(avformat_version()), text(avcodec_version()));
}

} // namespace lpdesk
