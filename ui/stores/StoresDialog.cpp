#include "stores/StoresDialog.h"

#include "auth/Permissions.h"
#include "common/Background.h"
#include "common/LocaleText.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "store/StoreRegistry.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lpdesk {

namespace {
// A store's time in its own zone with the offset (the workstation's zone when the store names none it knows).
QString storeTime(const QString& utc, const QString& zoneId)
{
    const QDateTime at = parseRfc3339(utc);
    const QTimeZone zone(zoneId.toUtf8());
    return at.isValid() ? shown::dateTime(at, zone.isValid() ? zone : QTimeZone::systemTimeZone()) : utc;
}
} // namespace

StoresDialog::StoresDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_table(new QTableWidget(0, 7, this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Stores"));
    setObjectName(QStringLiteral("storesDialog"));
    resizeToFit(this, QSize(980, 420));
    m_table->setObjectName(QStringLiteral("storesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Store"), tr("Name"), tr("Source"), tr("Incidents"), tr("Last pull"), tr("Status"), tr("Last error")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    const bool admin = Permissions::allows(m_db.session().role, Action::ManageStores);
    auto* add = new QPushButton(tr("&Add store…"), this);
    add->setEnabled(admin);
    auto* test = new QPushButton(tr("&Test connection"), this);
    test->setObjectName(QStringLiteral("testButton"));
    auto* pull = new QPushButton(tr("&Pull this store"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setEnabled(admin);
    auto* row = new QHBoxLayout;
    for (QPushButton* b : {add, test, pull, remove})
        row->addWidget(b);
    row->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(close);
    connect(add, &QPushButton::clicked, this, &StoresDialog::addStore);
    connect(test, &QPushButton::clicked, this, &StoresDialog::testConnection);
    connect(remove, &QPushButton::clicked, this, &StoresDialog::removeStore);
    connect(pull, &QPushButton::clicked, this, [this] {
        if (!selected().isEmpty())
            Q_EMIT pullRequested({selected()});
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

QString StoresDialog::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

void StoresDialog::reload()
{
    auto stores = StoreRegistry(m_db).list();
    m_table->setRowCount(0);
    if (!stores) {
        m_message->setText(stores.errorMessage());
        return;
    }
    for (const StoreInfo& s : *stores) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells {s.id,
                                 s.name,
                                 s.connection.kind + QStringLiteral(": ") + s.connection.location
                                     + (s.connection.kind == QLatin1String("https") && s.connection.systemTrust
                                            ? tr(" (system CAs, not pinned)")
                                            : QString()),
                                 QString::number(s.incidents),
                                 s.lastPullAt.isEmpty() ? tr("never") : storeTime(s.lastPullAt, s.timezone),
                                 s.lastPullStatus,
                                 s.lastError};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        // In the store's zone (as the admin's home shows it); this workstation's time in the tooltip.
        if (!s.lastPullAt.isEmpty()) {
            m_table->item(r, 4)->setData(Qt::UserRole, s.lastPullAt);
            m_table->item(r, 4)->setToolTip(tr("Here: %1").arg(shown::workstationTime(s.lastPullAt)));
        }
        if (!s.lastError.isEmpty())
            m_table->item(r, 6)->setForeground(Theme::alertText(m_table->palette()));
    }
    m_table->resizeColumnsToContents();
}

void StoresDialog::testConnection()
{
    const QString id = selected();
    if (id.isEmpty()) {
        m_message->setText(tr("Select a store first."));
        return;
    }
    m_message->setText(tr("Testing %1…").arg(id));
    CaseDatabase* db = &m_db;
    runOnDatabase<std::shared_ptr<Result<StoreManifest>>>(
        m_db, this,
        [db, id](const std::atomic_bool&) {
            return std::make_shared<Result<StoreManifest>>(StoreRegistry(*db).testConnection(id));
        },
        [this, id](std::shared_ptr<Result<StoreManifest>> r) {
            if (r->ok())
                m_message->setText(tr("%1: connection works. \"%2\" in %3, %4 cameras, %5 registers.")
                                       .arg(id, r->value().name, r->value().timezone)
                                       .arg(r->value().cameras.size())
                                       .arg(r->value().registers.size()));
            else
                m_message->setText(tr("%1: %2").arg(id, r->errorMessage()));
        });
}

void StoresDialog::removeStore()
{
    const QString id = selected();
    if (id.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove store"), tr("Remove store %1?").arg(id)) != QMessageBox::Yes)
        return;
    auto removed = StoreRegistry(m_db).remove(id);
    m_message->setText(removed ? tr("%1 removed.").arg(id) : removed.errorMessage());
    reload();
}

void StoresDialog::addStore()
{
    QDialog d(this);
    d.setWindowTitle(tr("Add store"));
    auto* id = new QLineEdit(&d);
    id->setPlaceholderText(tr("e.g. chicago-lakeview-017"));
    auto* folder = new QRadioButton(tr("Folder or USB stick"), &d);
    auto* https = new QRadioButton(tr("HTTPS server"), &d);
    folder->setChecked(true);
    auto* location = new QLineEdit(&d);
    auto* browse = new QPushButton(tr("Browse…"), &d);
    auto* ca = new QLineEdit(&d);
    auto* cert = new QLineEdit(&d);
    auto* key = new QLineEdit(&d);
    // No pinned CA only on an explicit choice, with the warning in view while it is ticked.
    auto* systemTrust = new QCheckBox(tr("Trust the system's certificate authorities (not recommended)"), &d);
    systemTrust->setObjectName(QStringLiteral("storeSystemTrust"));
    auto* trustWarning = new QLabel(tr("Without a pinned CA, anyone who gets a certificate for the store's host from "
                                       "any authority this system trusts can serve LP Desk a drop."),
                                    &d);
    trustWarning->setObjectName(QStringLiteral("storeSystemTrustWarning"));
    trustWarning->setWordWrap(true);
    Theme::setStatus(trustWarning, Theme::Status::Warning);
    auto fileRow = [&d](QLineEdit* edit) {
        auto* w = new QWidget(&d);
        auto* l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(edit);
        auto* b = new QPushButton(tr("…"), w);
        l->addWidget(b);
        QObject::connect(b, &QPushButton::clicked, &d, [edit, &d] {
            const QString f = QFileDialog::getOpenFileName(&d, tr("Choose a PEM file"), QString(),
                                                           tr("PEM files (*.pem *.crt *.key);;All files (*)"));
            if (!f.isEmpty())
                edit->setText(f);
        });
        return w;
    };
    auto* locRow = new QHBoxLayout;
    locRow->addWidget(location);
    locRow->addWidget(browse);
    auto* form = new QFormLayout(&d);
    form->addRow(tr("Store id:"), id);
    form->addRow(folder);
    form->addRow(https);
    form->addRow(tr("Folder or URL:"), locRow);
    QWidget* caRow = fileRow(ca);
    form->addRow(tr("Pinned CA (PEM):"), caRow);
    form->addRow(QString(), systemTrust);
    form->addRow(QString(), trustWarning);
    form->addRow(tr("Client certificate:"), fileRow(cert));
    form->addRow(tr("Client key:"), fileRow(key));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(buttons);
    auto update = [=] {
        const bool isHttps = https->isChecked();
        browse->setEnabled(!isHttps);
        ca->setEnabled(isHttps && !systemTrust->isChecked());
        caRow->setEnabled(isHttps && !systemTrust->isChecked());
        systemTrust->setEnabled(isHttps);
        trustWarning->setVisible(isHttps && systemTrust->isChecked());
        cert->setEnabled(isHttps);
        key->setEnabled(isHttps);
        location->setPlaceholderText(isHttps ? QStringLiteral("https://store-017.example/drop/")
                                             : tr("/media/usb/store-017"));
    };
    connect(https, &QRadioButton::toggled, &d, update);
    connect(systemTrust, &QCheckBox::toggled, &d, update);
    update();
    connect(browse, &QPushButton::clicked, &d, [&d, location] {
        const QString dir = QFileDialog::getExistingDirectory(&d, tr("Store drop folder"));
        if (!dir.isEmpty())
            location->setText(dir);
    });
    // A mistake keeps the dialog open with everything typed so far, and says what is wrong.
    auto* error = new QLabel(&d);
    error->setObjectName(QStringLiteral("addStoreError"));
    error->setWordWrap(true);
    Theme::setStatus(error, Theme::Status::Alert);
    form->insertRow(form->rowCount() - 1, error);
    QString added;
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        StoreConnection c;
        c.kind = https->isChecked() ? QStringLiteral("https") : QStringLiteral("folder");
        c.location = location->text().trimmed();
        c.systemTrust = https->isChecked() && systemTrust->isChecked();
        if (https->isChecked() && !c.systemTrust && ca->text().trimmed().isEmpty()) {
            error->setText(tr("An HTTPS store needs its pinned CA certificate (PEM). If it has none you can pin, tick "
                              "\"Trust the system's certificate authorities\" (not recommended)."));
            return;
        }
        auto readFile = [](const QString& path, QByteArray* out) {
            if (path.isEmpty())
                return true;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
                return false;
            *out = f.readAll();
            return true;
        };
        if (!readFile(c.systemTrust ? QString() : ca->text(), &c.caPem) || !readFile(cert->text(), &c.clientCertPem)
            || !readFile(key->text(), &c.clientKeyPem)) {
            error->setText(tr("A certificate or key file cannot be read."));
            return;
        }
        auto done = StoreRegistry(m_db).add(id->text().trimmed(), c);
        if (!done) {
            error->setText(done.errorMessage());
            return;
        }
        added = id->text().trimmed();
        d.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted)
        return;
    m_message->setText(tr("Store %1 added. Use Test connection, then Pull.").arg(added));
    reload();
}

} // namespace lpdesk
