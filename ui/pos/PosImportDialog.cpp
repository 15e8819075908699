#include "pos/PosImportDialog.h"

#include "auth/Permissions.h"
#include "common/JobDialog.h"
#include "common/WindowSize.h"
#include "db/CaseDatabase.h"
#include "pos/PosCsvJournal.h"
#include "pos/PosService.h"
#include "store/StoreRegistry.h"

#include <QComboBox>
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
#include <QStringDecoder>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lpdesk {

namespace {

QStringList csvHeader(const QString& path, const QString& delimiter)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray raw = f.readLine(8192).trimmed();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString line = utf8.decode(raw);
    if (utf8.hasError())
        line = QString::fromLatin1(raw);
    const QChar d = delimiter.isEmpty()     ? PosCsvJournal::detectDelimiter(line)
        : delimiter == QLatin1String("tab") ? QLatin1Char('\t')
                                            : delimiter.at(0);
    return PosCsvJournal::splitHeader(line, d);
}

} // namespace

PosImportDialog::PosImportDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_file(new QLineEdit(this)),
      m_store(new QComboBox(this)),
      m_format(new QComboBox(this)),
      m_timezone(new QComboBox(this)),
      m_delimiter(new QComboBox(this)),
      m_decimal(new QComboBox(this)),
      m_dateOrder(new QComboBox(this)),
      m_mappingLabel(new QLabel(this)),
      m_mapping(new QTableWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_result(new QLabel(this))
{
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);
    setWindowTitle(tr("Import POS journal"));
    resizeToFit(this, QSize(640, 620));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    m_store->addItem(tr("(as written in the journal)"), QString());
    if (auto stores = StoreRegistry(m_db).list())
        for (const StoreInfo& s : *stores)
            m_store->addItem(QStringLiteral("%1 — %2").arg(s.id, s.name), s.id);
    fillChoices();
    m_mapping->setObjectName(QStringLiteral("csvMapping"));
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("LP Desk field"), tr("Column in the file")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mappingLabel->setWordWrap(true);
    auto* importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&Journal file:"), this); // a layout row gets no buddy: without one "&" shows
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Store:"), m_store);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Timezone of local times:"), m_timezone);
    form->addRow(tr("CSV se&parator:"), m_delimiter);
    form->addRow(tr("&Decimal mark:"), m_decimal);
    form->addRow(tr("Date &order:"), m_dateOrder);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_mappingLabel);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("POS journal"), QString(),
                                                          tr("POS journals (*.xml *.csv *.json);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_file, &QLineEdit::editingFinished, this, &PosImportDialog::refreshMapping);
    connect(m_file, &QLineEdit::textChanged, this, [this] { m_journalStores.clear(); }); // a refusal was another file's
    connect(m_store, &QComboBox::currentIndexChanged, this, &PosImportDialog::refreshMapping);
    connect(m_format, &QComboBox::currentIndexChanged, this, &PosImportDialog::refreshMapping);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &PosImportDialog::refreshMapping);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PosImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshMapping();
}

// The choices of the format, timezone, separator, decimal mark and date order boxes.
void PosImportDialog::fillChoices()
{
    m_format->addItem(tr("Detect"), QStringLiteral("auto"));
    m_format->addItem(tr("ARTS POSLog XML"), QStringLiteral("poslog"));
    m_format->addItem(tr("CSV (with a column mapping)"), QStringLiteral("csv"));
    m_format->addItem(tr("LP Desk POS JSON"), QStringLiteral("json"));
    // Times written without an offset (many tills write local time) take this zone; by default the store's.
    m_timezone->setObjectName(QStringLiteral("posTimezone"));
    m_timezone->setEditable(true);
    m_timezone->setInsertPolicy(QComboBox::NoInsert);
    m_timezone->addItem(tr("The store's timezone"), QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timezone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_timezone->setToolTip(tr("For times the journal writes without a UTC offset. Times with an offset keep it."));
    m_delimiter->setObjectName(QStringLiteral("posDelimiter"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));
    m_decimal->setObjectName(QStringLiteral("posDecimal"));
    m_decimal->addItem(tr("By the separator (comma with ';')"), QString());
    m_decimal->addItem(tr("Point: 1,234.56"), QStringLiteral("."));
    m_decimal->addItem(tr("Comma: 1.234,56"), QStringLiteral(","));
    // Slash dates: one order per journal; by default the journal's own dates decide, and a journal whose dates could
    // all be either is refused until the order is chosen here.
    m_dateOrder->setObjectName(QStringLiteral("posDateOrder"));
    m_dateOrder->addItem(tr("As the journal's dates show"), QString());
    m_dateOrder->addItem(tr("Month first: 3/14/2026 (US)"), QStringLiteral("mdy"));
    m_dateOrder->addItem(tr("Day first: 14/3/2026 (UK and most others)"), QStringLiteral("dmy"));
    m_dateOrder->setToolTip(tr("For dates written with slashes. The same order is used for the whole journal."));
}

void PosImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".csv")))
        m_format->setCurrentIndex(m_format->findData(QStringLiteral("csv")));
    else if (lower.endsWith(QLatin1String(".xml")))
        m_format->setCurrentIndex(m_format->findData(QStringLiteral("poslog")));
    else if (lower.endsWith(QLatin1String(".json")))
        m_format->setCurrentIndex(m_format->findData(QStringLiteral("json")));
    refreshMapping();
}

void PosImportDialog::setStore(const QString& storeId)
{
    const int i = m_store->findData(storeId);
    if (i >= 0)
        m_store->setCurrentIndex(i);
}

// The job dialog says it too; the import dialog keeps the reason where the person set the options. A journal refused
// for naming stores LP Desk does not know: the ids it names are offered in the store box next to the stores LP Desk
// knows, and the person chooses where to file it.
void PosImportDialog::showRefusal(const Error& error)
{
    m_result->setText(error.message);
    m_result->setVisible(true);
    const auto journalStoreIds = PosService::unknownStoresOf(error);
    if (!journalStoreIds)
        return;
    m_journalStores = *journalStoreIds;
    for (const QString& id : *journalStoreIds)
        if (m_store->findData(id) < 0)
            m_store->addItem(tr("%1 — as the journal names it").arg(id), id);
    m_result->setText(m_result->text() + QLatin1Char('\n')
                      + tr("Choose the store to file it under in Store (the ids the journal names are offered there "
                           "too), then Import again."));
    m_store->setFocus(Qt::OtherFocusReason);
}

QString PosImportDialog::format() const
{
    return m_format->currentData().toString();
}

void PosImportDialog::refreshMapping()
{
    const bool csv = format() == QLatin1String("csv");
    m_mapping->setVisible(csv);
    m_mappingLabel->setVisible(csv);
    m_delimiter->setEnabled(csv);
    if (!csv)
        return;
    // Choices already made in the table survive a change of file, store or separator where the column still exists.
    QHash<QString, QString> chosen;
    for (int row = 0; row < m_mapping->rowCount(); ++row)
        if (auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
            combo && !combo->currentData().toString().isEmpty())
            chosen.insert(m_mapping->item(row, 0)->data(Qt::UserRole).toString(), combo->currentData().toString());
    m_headers = csvHeader(m_file->text(), m_delimiter->currentData().toString());
    const QString store = m_store->currentData().toString();
    const PosCsvMapping saved = PosService(m_db).csvMapping(store);
    m_mappingLabel->setText(
        store.isEmpty()
            ? tr("Map the file's columns to LP Desk's fields. Choose a store to save the mapping for next time.")
            : tr("Map the file's columns to LP Desk's fields; the mapping is saved for store %1.").arg(store));
    QStringList fields = PosCsvMapping::standard().columns.keys();
    fields.sort();
    // The required fields first, the date and time columns that may stand in for "begin" right after it.
    QStringList sorted = PosCsvMapping::requiredFields();
    sorted << QStringLiteral("date") << QStringLiteral("time");
    for (const QString& f : std::as_const(fields))
        if (!sorted.contains(f))
            sorted << f;
    m_mapping->setRowCount(static_cast<int>(sorted.size()));
    for (int row = 0; row < sorted.size(); ++row) {
        const QString& field = sorted[row];
        const bool required = PosCsvMapping::requiredFields().contains(field);
        const QString label = field == QLatin1String("begin") ? tr("%1 (required, or date and time)").arg(field)
            : required                                        ? tr("%1 (required)").arg(field)
            : field == QLatin1String("date") ? tr("%1 (with time, when there is no begin column)").arg(field)
                                             : field;
        auto* name = new QTableWidgetItem(label);
        name->setData(Qt::UserRole, field);
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(row, 0, name);
        auto* combo = new QComboBox(m_mapping);
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString& h : std::as_const(m_headers))
            combo->addItem(h, h);
        int i = combo->findData(chosen.value(field));
        if (i <= 0)
            i = combo->findData(saved.columns.value(field, field));
        combo->setCurrentIndex(i >= 0 ? i : 0);
        m_mapping->setCellWidget(row, 1, combo);
    }
}

bool PosImportDialog::mapField(const QString& field, const QString& header)
{
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        if (m_mapping->item(row, 0)->data(Qt::UserRole).toString() != field)
            continue;
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        const int i = combo ? combo->findData(header) : -1;
        if (i < 0)
            return false;
        combo->setCurrentIndex(i);
        return true;
    }
    return false;
}

// The column mapping chosen in the table, saved for the store (a CSV journal needs both).
bool PosImportDialog::saveCsvMapping(const QString& store)
{
    PosCsvMapping mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        if (combo && !combo->currentData().toString().isEmpty())
            mapping.columns.insert(m_mapping->item(row, 0)->data(Qt::UserRole).toString(),
                                   combo->currentData().toString());
    }
    if (const QString f = PosCsvMapping::missingField(mapping.columns.keys()); f == QLatin1String("begin")) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Choose the column that holds \"begin\" (the date and time), or the two "
                                    "columns that hold \"date\" and \"time\"."));
        return false;
    } else if (!f.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Choose the column that holds \"%1\".").arg(f));
        return false;
    }
    if (store.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Choose the store this CSV journal comes from."));
        return false;
    }
    if (Status s = PosService(m_db).setCsvMapping(store, mapping); !s) {
        QMessageBox::warning(this, windowTitle(), s.errorMessage());
        return false;
    }
    return true;
}

// After a refusal for stores LP Desk does not know, a store it knows was chosen: an administrator may add the ids the
// journal names to that store's POS store ids (audited, in core) and the journal then imports as its; anyone else is
// told who can, and how to keep the journal's own id instead.
void PosImportDialog::offerPosIds(const QString& store)
{
    const QString ids = m_journalStores.join(QStringLiteral(", "));
    if (!Permissions::allows(m_db.session().role, Action::ManageStores)) {
        m_result->setText(tr("The journal names its store %1, not %2. To file it under %2, an administrator first adds "
                             "%1 to the store's POS store ids (Stores menu, Stores…, select %2, \"POS store ids…\"). "
                             "To keep the journal's own id, choose \"%3\" in Store.")
                              .arg(ids, store, m_store->itemText(m_store->findData(m_journalStores.constFirst()))));
        m_result->setVisible(true);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, windowTitle(),
                                tr("The journal names its store %1. Add %1 to the POS store ids of store %2, so that "
                                   "this journal and the next ones import as %2's?")
                                    .arg(ids, store),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("posIdOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, this, [this, box, store] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        for (const QString& id : std::as_const(m_journalStores))
            if (Status s = StoreRegistry(m_db).addPosId(store, id); !s) {
                m_result->setText(s.errorMessage());
                return;
            }
        m_journalStores.clear();
        startImport();
    });
    box->open();
}

void PosImportDialog::startImport()
{
    const QString path = m_file->text();
    if (path.isEmpty() || !QFile::exists(path)) {
        QMessageBox::information(this, windowTitle(), tr("Choose a journal file."));
        return;
    }
    const QString store = m_store->currentData().toString();
    const QString fmt = format();
    // An edited zone name counts as much as a chosen one.
    QString zone = m_timezone->currentData().toString();
    if (m_timezone->currentIndex() <= 0 && m_timezone->currentText() != m_timezone->itemText(0))
        zone = m_timezone->currentText().trimmed();
    auto options = PosImportOptions::make(fmt, zone, m_delimiter->currentData().toString(),
                                          m_decimal->currentData().toString(), m_dateOrder->currentData().toString());
    if (!options) {
        QMessageBox::information(this, windowTitle(), options.errorMessage());
        return;
    }
    if (!m_journalStores.isEmpty() && !store.isEmpty() && !m_journalStores.contains(store)) {
        offerPosIds(store);
        return;
    }
    if (fmt == QLatin1String("csv") && !saveCsvMapping(store))
        return;
    CaseDatabase* db = &m_db;
    auto summary = std::make_shared<PosImportSummary>();
    auto* job = new JobDialog(
        *db, tr("Importing %1").arg(path),
        [db, path, store, opts = *options, summary](const JobDialog::ProgressFn& progress,
                                                    const std::atomic_bool* cancel) -> Status {
            progress(0, 0, PosImportDialog::tr("Encrypting the original and reading its transactions…"));
            auto r = PosService(*db).importFile(path, store, opts, cancel);
            if (!r)
                return r.error();
            *summary = *r;
            return {};
        },
        this);
    job->setAttribute(Qt::WA_DeleteOnClose);
    connect(job, &JobDialog::finished, this, [this, summary, job](bool ok) {
        if (!ok) {
            showRefusal(job->result().error());
            return;
        }
        job->accept();
        m_lastImportId = summary->id;
        QString text = tr("%1 transactions and %2 line items imported; %3 records rejected.")
                           .arg(summary->transactions)
                           .arg(summary->lineItems)
                           .arg(summary->rejected);
        if (!summary->kinds.isEmpty())
            text += QLatin1Char('\n') + tr("Kinds: %1.").arg(summary->kindsText());
        if (summary->duplicates > 0)
            text += QLatin1Char('\n')
                + tr("%n already imported from an overlapping journal (skipped).", nullptr, summary->duplicates);
        for (const QString& note : std::as_const(summary->notes))
            text += QLatin1Char('\n') + note;
        int shown = 0;
        for (const PosReject& r : std::as_const(summary->rejects))
            if (!r.duplicate && shown++ < 20)
                text += QStringLiteral("\n• %1: %2").arg(r.where, r.reason);
        m_result->setText(text);
        m_result->setVisible(true);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        Q_EMIT imported(summary->id);
    });
    job->open();
    job->start();
}

} // namespace lpdesk
