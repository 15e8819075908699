#include "pos/PosPanel.h"

#include "auth/Permissions.h"
#include "common/LocaleText.h"
#include "common/Theme.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "pos/PosLinkDialog.h"
#include "pos/PosNearby.h"
#include "pos/PosService.h"
#include "store/StoreRegistry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lpdesk {

namespace {
constexpr int PosIdRole = Qt::UserRole;
} // namespace

QString PosPanel::exceptionLabel(const QString& e)
{
    if (e == QLatin1String("void"))
        return PosPanel::tr("void");
    if (e == QLatin1String("no_sale"))
        return PosPanel::tr("no sale");
    if (e == QLatin1String("refund_without_receipt"))
        return PosPanel::tr("refund without receipt");
    if (e == QLatin1String("return_other_day"))
        return PosPanel::tr("return linked to another day");
    if (e == QLatin1String("price_override"))
        return PosPanel::tr("price override");
    if (e == QLatin1String("manual_card_entry"))
        return PosPanel::tr("card number keyed in");
    if (e == QLatin1String("large_discount"))
        return PosPanel::tr("large discount");
    return e;
}

PosPanel::PosPanel(CaseDatabase& db, const QString& caseId, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_caseId(caseId),
      m_window(new QSpinBox(this)),
      m_transactions(new QTreeWidget(this)),
      m_receipt(new QTreeWidget(this)),
      m_receiptHeader(new QLabel(this)),
      m_outcome(new QLabel(this))
{
    m_window->setRange(5, 3600);
    m_window->setValue(120);
    m_window->setSuffix(tr(" s"));
    m_window->setToolTip(tr("Link exception transactions at the incident's register within this many seconds of "
                            "the incident (true time: register and camera clock offsets applied)"));
    auto* link = new QPushButton(tr("L&ink POS records"), this);
    link->setObjectName(QStringLiteral("posLinkButton"));
    auto* byHand = new QPushButton(tr("Link &a transaction…"), this);
    byHand->setObjectName(QStringLiteral("posLinkByHandButton"));
    byHand->setToolTip(tr("Choose from the store's transactions around the case's incidents"));
    auto* unlink = new QPushButton(tr("&Unlink"), this);
    unlink->setObjectName(QStringLiteral("posUnlinkButton"));
    const bool writer = Permissions::allows(m_db.session().role, Action::LinkPos);
    link->setEnabled(writer);
    byHand->setEnabled(writer);
    unlink->setEnabled(writer);
    m_outcome->setObjectName(QStringLiteral("posLinkOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    m_transactions->setObjectName(QStringLiteral("posTransactions"));
    m_transactions->setRootIsDecorated(false);
    m_transactions->setHeaderLabels(
        {tr("Time (store)"), tr("Register"), tr("#"), tr("Total"), tr("Flags"), tr("Linked"), tr("Kind")});
    m_transactions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_receipt->setObjectName(QStringLiteral("posReceipt"));
    m_receipt->setRootIsDecorated(false);
    m_receipt->setHeaderLabels({tr("Line"), tr("Item"), tr("Qty"), tr("Price"), tr("Amount"), tr("Note")});
    m_receipt->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_receipt->setToolTip(tr("Double-click a line to see the moment in the clip (journals time the transaction, not "
                             "each line: the clip seeks to the transaction's start)"));
    m_receiptHeader->setWordWrap(true);
    m_receiptHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The POS tab is a narrow side tab (under 300 px at 1280×720): one row of five controls cut the buttons' texts
    // in longer languages. The window, then linking by it, then linking and unlinking by hand, each whole.
    auto* window = new QHBoxLayout;
    window->addWidget(new QLabel(tr("Window ±"), this));
    window->addWidget(m_window);
    window->addStretch();
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(link);
    linkRow->addStretch();
    auto* manual = new QHBoxLayout;
    manual->addWidget(byHand);
    manual->addWidget(unlink);
    manual->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(window);
    layout->addLayout(linkRow);
    layout->addLayout(manual);
    layout->addWidget(m_outcome);
    layout->addWidget(m_transactions, 2);
    layout->addWidget(m_receiptHeader);
    layout->addWidget(m_receipt, 3);

    connect(link, &QPushButton::clicked, this, &PosPanel::linkNow);
    connect(byHand, &QPushButton::clicked, this, &PosPanel::linkByHand);
    connect(unlink, &QPushButton::clicked, this, &PosPanel::unlinkSelected);
    connect(m_transactions, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { showReceipt(item ? item->data(0, PosIdRole).toString() : QString()); });
    connect(m_transactions, &QTreeWidget::itemActivated, this, &PosPanel::seekToSelected);
    connect(m_receipt, &QTreeWidget::itemActivated, this, &PosPanel::seekToSelected);
    reload();
}

void PosPanel::reload()
{
    const QString current
        = m_transactions->currentItem() ? m_transactions->currentItem()->data(0, PosIdRole).toString() : QString();
    m_transactions->clear();
    auto linked = PosService(m_db).linked(m_caseId);
    if (!linked) {
        m_receiptHeader->setText(linked.errorMessage());
        return;
    }
    QHash<QString, QTimeZone> zones;
    for (const LinkedTransaction& t : *linked) {
        if (!zones.contains(t.storeId)) {
            auto store = StoreRegistry(m_db).get(t.storeId);
            zones.insert(t.storeId, store ? QTimeZone(store->timezone.toUtf8()) : QTimeZone::utc());
        }
        auto* item = new QTreeWidgetItem(m_transactions);
        item->setText(0, shown::dateTime(parseRfc3339(t.beginUtc), zones.value(t.storeId)));
        item->setToolTip(0, tr("Corrected time. The register's clock said %1.").arg(t.beginRaw));
        item->setText(1, t.registerId);
        item->setText(2, t.sequence);
        item->setText(3, QStringLiteral("%1 %2").arg(t.currency, shown::money(t.total, t.exponent)));
        QStringList flags;
        for (const QString& e : t.exceptions)
            flags << exceptionLabel(e);
        if (t.type == QLatin1String("control") && t.kind == QLatin1String("control"))
            flags.prepend(t.control);
        item->setText(4, flags.join(QStringLiteral(", ")));
        if (!t.exceptions.isEmpty())
            item->setForeground(4, Theme::alertText(m_transactions->palette()));
        item->setText(5,
                      t.how == QLatin1String("manual")          ? tr("by hand")
                          : t.how == QLatin1String("reference") ? tr("store reference")
                                                                : tr("time window"));
        item->setText(6, PosImportSummary::kindLabel(t.kind));
        if (t.voided)
            item->setForeground(6, Theme::alertText(m_transactions->palette()));
        if (!t.zoneApplied.isEmpty())
            item->setToolTip(0,
                             tr("Corrected time. The register's clock said %1 (written without an offset: the "
                                "timezone %2 was applied).")
                                 .arg(t.timeWritten, t.zoneApplied));
        item->setData(0, PosIdRole, t.id);
        if (t.id == current)
            m_transactions->setCurrentItem(item);
    }
    if (!m_transactions->currentItem() && m_transactions->topLevelItemCount() > 0)
        m_transactions->setCurrentItem(m_transactions->topLevelItem(0));
    if (m_transactions->topLevelItemCount() == 0) {
        m_receipt->clear();
        m_receiptHeader->setText(tr("No POS records linked yet. Import the store's journal (pulls do this) and press "
                                    "Link POS records."));
    }
}

void PosPanel::showReceipt(const QString& transactionId)
{
    m_receipt->clear();
    if (transactionId.isEmpty())
        return;
    auto t = PosService(m_db).transaction(transactionId);
    if (!t) {
        m_receiptHeader->setText(t.errorMessage());
        return;
    }
    m_receiptHeader->setText(tr("<b>%8 · store %1 · register %2 · transaction %3</b> · business day %4 · operator %5 · "
                                "register clock %6 · from %7")
                                 .arg(t->storeId.toHtmlEscaped(), t->registerId.toHtmlEscaped(),
                                      t->sequence.toHtmlEscaped(), t->businessDay, t->operatorId.toHtmlEscaped(),
                                      t->beginRaw.toHtmlEscaped(), t->recordRef.toHtmlEscaped(),
                                      PosImportSummary::kindLabel(t->kind).toHtmlEscaped()));
    int n = 0;
    for (const PosLineItem& l : t->lines) {
        auto* item = new QTreeWidgetItem(m_receipt);
        item->setText(0, QStringLiteral("%1 %2").arg(++n).arg(PosTransaction::kindName(l.kind)));
        item->setText(1, l.itemId.isEmpty() ? l.tenderType : QStringLiteral("%1 %2").arg(l.itemId, l.description));
        if (l.kind == PosLineItem::Kind::Sale || l.kind == PosLineItem::Kind::Return)
            item->setText(2, QString::number(l.quantity));
        if (l.unitPrice != 0 || l.regularPrice != 0)
            item->setText(
                3,
                l.regularPrice != l.unitPrice && l.regularPrice != 0
                    ? tr("%1 (list %2)")
                          .arg(shown::money(l.unitPrice, t->exponent), shown::money(l.regularPrice, t->exponent))
                    : shown::money(l.unitPrice, t->exponent));
        item->setText(4, shown::money(l.amount, t->exponent));
        QStringList note;
        if (l.voided)
            note << tr("voided");
        if (!l.cardLast4.isEmpty())
            note << tr("card •••• %1").arg(l.cardLast4);
        if (!l.entryMethod.isEmpty())
            note << l.entryMethod;
        if (!l.reason.isEmpty())
            note << l.reason;
        item->setText(5, note.join(QStringLiteral(", ")));
        if (l.voided)
            for (int c = 0; c < 6; ++c)
                item->setForeground(c, Theme::alertText(m_receipt->palette()));
    }
    auto* total = new QTreeWidgetItem(m_receipt);
    total->setText(0, tr("Total"));
    total->setText(4, QStringLiteral("%1 %2").arg(t->currency, shown::money(t->total, t->exponent)));
    QFont bold = total->font(0);
    bold.setBold(true);
    total->setFont(0, bold);
    total->setFont(4, bold);
}

void PosPanel::seekToSelected()
{
    QTreeWidgetItem* item = m_transactions->currentItem();
    if (!item)
        return;
    auto t = PosService(m_db).transaction(item->data(0, PosIdRole).toString());
    if (!t)
        return;
    const QList<PosSeek> seeks = PosService(m_db).seeks(m_caseId, *t);
    if (seeks.isEmpty()) {
        QMessageBox::information(
            this, tr("POS"),
            tr("None of this case's clips from the camera over register %1 covers this transaction.")
                .arg(t->registerId));
        return;
    }
    Q_EMIT seekRequested(seeks.first().mediaId, seeks.first().seconds);
}

void PosPanel::linkNow()
{
    auto linked = PosService(m_db).link(m_caseId, m_window->value());
    m_outcome->show();
    if (!linked) {
        Theme::setStatus(m_outcome, Theme::Status::Alert);
        m_outcome->setText(linked.errorMessage());
        return;
    }
    Theme::setStatus(m_outcome, Theme::Status::Normal);
    if (linked->isEmpty()) {
        // Nothing new: why, per incident, as core says it (the CLI prints the same).
        auto why = PosNearby(m_db).explainNoneLinked(m_caseId, m_window->value());
        m_outcome->setText(tr("No transaction linked.") + QLatin1Char('\n')
                           + (why ? why->join(QLatin1Char('\n')) : why.errorMessage()));
    } else {
        m_outcome->setText(tr("%n transaction(s) linked.", nullptr, static_cast<int>(linked->size())));
    }
    reload();
    Q_EMIT linksChanged();
}

PosLinkDialog* PosPanel::linkByHand()
{
    auto* dialog = new PosLinkDialog(m_db, m_caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PosLinkDialog::linked, this, [this](int n) {
        m_outcome->show();
        Theme::setStatus(m_outcome, Theme::Status::Normal);
        m_outcome->setText(tr("%n transaction(s) linked by hand.", nullptr, n));
        reload();
        Q_EMIT linksChanged();
    });
    dialog->open();
    return dialog;
}

void PosPanel::unlinkSelected()
{
    QTreeWidgetItem* item = m_transactions->currentItem();
    if (!item)
        return;
    Status done = PosService(m_db).linkManually(m_caseId, item->data(0, PosIdRole).toString(), false);
    if (!done)
        QMessageBox::warning(this, tr("Unlink"), done.errorMessage());
    reload();
    Q_EMIT linksChanged();
}

} // namespace lpdesk
