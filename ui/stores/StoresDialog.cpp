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
#include <QListWidget>
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
    : QDialog(parent), m_db(db), m_table(new QTableWidget(0, 8, this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Stores"));
    setObjectName(QStringLiteral("storesDialog"));
    resizeToFit(this, QSize(980, 420));
    m_table->setObjectName(QStringLiteral("storesTable"));
    m_table->setHorizontalHeaderLabels({tr("Store"), tr("Name"), tr("Source"), tr("Incidents"), tr("Last pull"),
                                        tr("Status"), tr("POS store ids"), tr("Last error")});
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
    // The ids the store's own tills write for it in their journals (NCR RetailStoreID, Futura UnitID).
    auto* posIds = new QPushButton(tr("POS store &ids…"), this);
    posIds->setObjectName(QStringLiteral("posIdsButton"));
    posIds->setToolTip(tr("The ids the store's own POS system writes for it in its journals, when they are not its id "
                          "here (NCR RetailStoreID, Futura BusinessUnit/UnitID)"));
    posIds->setEnabled(admin);
    auto* row = new QHBoxLayout;
    for (QPushButton* b : {add, test, pull, posIds, remove})
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
    connect(posIds, &QPushButton::clicked, this, &StoresDialog::editPosIds);
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
                                 s.posIds.join(QStringLiteral(", ")),
                                 s.lastError};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        // In the store's zone (as the admin's home shows it); this workstation's time in the tooltip.
        if (!s.lastPullAt.isEmpty()) {
            m_table->item(r, 4)->setData(Qt::UserRole, s.lastPullAt);
            m_table->item(r, 4)->setToolTip(tr("Here: %1").arg(shown::workstationTime(s.lastPullAt)));
        }
        if (!s.lastError.isEmpty())
            m_table->item(r, 7)->setForeground(Theme::alertText(m_table->palette()));
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

// The store's POS store ids, each added or removed at once (core checks the role, refuses an id another store has,
// and audits).
void StoresDialog::editPosIds()
{
    const QString store = selected();
    if (store.isEmpty()) {
        m_message->setText(tr("Select a store first."));
        return;
    }
    QDialog d(this);
    d.setObjectName(QStringLiteral("posIdsDialog"));
    d.setWindowTitle(tr("POS store ids of %1").arg(store));
    auto* intro = new QLabel(tr("Journals name the store by the id its POS system gives it (NCR RetailStoreID, Futura "
                                "BusinessUnit/UnitID). Transactions that name one of these ids import as store %1's.")
                                 .arg(store),
                             &d);
    intro->setWordWrap(true);
    auto* list = new QListWidget(&d);
    list->setObjectName(QStringLiteral("posIdList"));
    auto* edit = new QLineEdit(&d);
    edit->setObjectName(QStringLiteral("posIdEdit"));
    edit->setPlaceholderText(tr("e.g. 2301"));
    auto* addButton = new QPushButton(tr("&Add"), &d);
    addButton->setObjectName(QStringLiteral("posIdAdd"));
    addButton->setDefault(true); // Enter in the id field adds it
    auto* removeButton = new QPushButton(tr("&Remove selected"), &d);
    removeButton->setObjectName(QStringLiteral("posIdRemove"));
    auto* error = new QLabel(&d);
    error->setObjectName(QStringLiteral("posIdError"));
    error->setWordWrap(true);
    Theme::setStatus(error, Theme::Status::Alert);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, &d);
    auto* label = new QLabel(tr("&POS store id:"), &d);
    label->setBuddy(edit);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(label);
    addRow->addWidget(edit, 1);
    addRow->addWidget(addButton);
    auto* layout = new QVBoxLayout(&d);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addLayout(addRow);
    layout->addWidget(removeButton);
    layout->addWidget(error);
    layout->addWidget(close);
    auto show = [this, list, store] {
        list->clear();
        if (auto info = StoreRegistry(m_db).get(store))
            list->addItems(info->posIds);
    };
    show();
    auto changed = [this, show, error](const Status& s) {
        error->setText(s ? QString() : s.errorMessage());
        show();
        reload();
    };
    connect(addButton, &QPushButton::clicked, &d, [this, edit, changed, store] {
        const Status s = StoreRegistry(m_db).addPosId(store, edit->text());
        if (s)
            edit->clear();
        changed(s);
    });
    connect(removeButton, &QPushButton::clicked, &d, [this, list, changed, store] {
        if (QListWidgetItem* item = list->currentItem())
            changed(StoreRegistry(m_db).removePosId(store, item->text()));
    });
    connect(close, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    resizeToFit(&d, QSize(460, 360));
    d.exec();
    selectStore(store);
}

void StoresDialog::selectStore(const QString& id)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->text() == id)
            m_table->selectRow(r);
}

// The widgets of the "Add store" dialog, created in Tab order.
struct StoresDialog::AddStoreForm
{
    QLineEdit* id = nullptr;
    QRadioButton* folder = nullptr;
    QRadioButton* https = nullptr;
    QLineEdit* location = nullptr;
    QPushButton* browse = nullptr;
    QLineEdit* ca = nullptr;
    QLineEdit* cert = nullptr;
    QLineEdit* key = nullptr;
    QCheckBox* systemTrust = nullptr;
    QLabel* trustWarning = nullptr;
    QWidget* caRow = nullptr;
    QLabel* error = nullptr;
};

StoresDialog::AddStoreForm StoresDialog::createStoreFields(QDialog& d)
{
    AddStoreForm f;
    f.id = new QLineEdit(&d);
    f.id->setPlaceholderText(tr("e.g. chicago-lakeview-017"));
    f.folder = new QRadioButton(tr("Folder or USB stick"), &d);
    f.https = new QRadioButton(tr("HTTPS server"), &d);
    f.folder->setChecked(true);
    f.location = new QLineEdit(&d);
    f.browse = new QPushButton(tr("Browse…"), &d);
    f.ca = new QLineEdit(&d);
    f.cert = new QLineEdit(&d);
    f.key = new QLineEdit(&d);
    // No pinned CA only on an explicit choice, with the warning in view while it is ticked.
    f.systemTrust = new QCheckBox(tr("Trust the system's certificate authorities (not recommended)"), &d);
    f.systemTrust->setObjectName(QStringLiteral("storeSystemTrust"));
    f.trustWarning = new QLabel(tr("Without a pinned CA, anyone who gets a certificate for the store's host from "
                                   "any authority this system trusts can serve LP Desk a drop."),
                                &d);
    f.trustWarning->setObjectName(QStringLiteral("storeSystemTrustWarning"));
    f.trustWarning->setWordWrap(true);
    Theme::setStatus(f.trustWarning, Theme::Status::Warning);
    return f;
}

QWidget* StoresDialog::pemFileRow(QDialog& d, QLineEdit* edit)
{
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
}

QDialogButtonBox* StoresDialog::layOutStoreForm(QDialog& d, AddStoreForm& f)
{
    auto* locRow = new QHBoxLayout;
    locRow->addWidget(f.location);
    locRow->addWidget(f.browse);
    auto* form = new QFormLayout(&d);
    form->addRow(tr("Store id:"), f.id);
    form->addRow(f.folder);
    form->addRow(f.https);
    form->addRow(tr("Folder or URL:"), locRow);
    f.caRow = pemFileRow(d, f.ca);
    form->addRow(tr("Pinned CA (PEM):"), f.caRow);
    form->addRow(QString(), f.systemTrust);
    form->addRow(QString(), f.trustWarning);
    form->addRow(tr("Client certificate:"), pemFileRow(d, f.cert));
    form->addRow(tr("Client key:"), pemFileRow(d, f.key));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(buttons);
    // A mistake keeps the dialog open with everything typed so far, and says what is wrong.
    f.error = new QLabel(&d);
    f.error->setObjectName(QStringLiteral("addStoreError"));
    f.error->setWordWrap(true);
    Theme::setStatus(f.error, Theme::Status::Alert);
    form->insertRow(form->rowCount() - 1, f.error);
    return buttons;
}

void StoresDialog::wireStoreForm(QDialog& d, const AddStoreForm& f)
{
    auto update = [f] {
        const bool isHttps = f.https->isChecked();
        f.browse->setEnabled(!isHttps);
        f.ca->setEnabled(isHttps && !f.systemTrust->isChecked());
        f.caRow->setEnabled(isHttps && !f.systemTrust->isChecked());
        f.systemTrust->setEnabled(isHttps);
        f.trustWarning->setVisible(isHttps && f.systemTrust->isChecked());
        f.cert->setEnabled(isHttps);
        f.key->setEnabled(isHttps);
        f.location->setPlaceholderText(isHttps ? QStringLiteral("https://store-017.example/drop/")
                                               : tr("/media/usb/store-017"));
    };
    connect(f.https, &QRadioButton::toggled, &d, update);
    connect(f.systemTrust, &QCheckBox::toggled, &d, update);
    update();
    QLineEdit* location = f.location;
    connect(f.browse, &QPushButton::clicked, &d, [&d, location] {
        const QString dir = QFileDialog::getExistingDirectory(&d, tr("Store drop folder"));
        if (!dir.isEmpty())
            location->setText(dir);
    });
}

QString StoresDialog::readStoreConnection(const AddStoreForm& f, StoreConnection* c)
{
    c->kind = f.https->isChecked() ? QStringLiteral("https") : QStringLiteral("folder");
    c->location = f.location->text().trimmed();
    c->systemTrust = f.https->isChecked() && f.systemTrust->isChecked();
    if (f.https->isChecked() && !c->systemTrust && f.ca->text().trimmed().isEmpty())
        return tr("An HTTPS store needs its pinned CA certificate (PEM). If it has none you can pin, tick "
                  "\"Trust the system's certificate authorities\" (not recommended).");
    auto readFile = [](const QString& path, QByteArray* out) {
        if (path.isEmpty())
            return true;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
            return false;
        *out = file.readAll();
        return true;
    };
    if (!readFile(c->systemTrust ? QString() : f.ca->text(), &c->caPem) || !readFile(f.cert->text(), &c->clientCertPem)
        || !readFile(f.key->text(), &c->clientKeyPem))
        return tr("A certificate or key file cannot be read.");
    return QString();
}

void StoresDialog::addStore()
{
    QDialog d(this);
    d.setWindowTitle(tr("Add store"));
    AddStoreForm f = createStoreFields(d);
    QDialogButtonBox* buttons = layOutStoreForm(d, f);
    wireStoreForm(d, f);
    QString added;
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        StoreConnection c;
        const QString wrong = readStoreConnection(f, &c);
        if (!wrong.isEmpty()) {
            f.error->setText(wrong);
            return;
        }
        auto done = StoreRegistry(m_db).add(f.id->text().trimmed(), c);
        if (!done) {
            f.error->setText(done.errorMessage());
            return;
        }
        added = f.id->text().trimmed();
        d.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted)
        return;
    m_message->setText(tr("Store %1 added. Use Test connection, then Pull.").arg(added));
    reload();
}

} // namespace lpdesk
