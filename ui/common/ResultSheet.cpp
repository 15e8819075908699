#include "common/ResultSheet.h"

#include "common/Theme.h"
#include "common/WindowSize.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace lpdesk {

ResultSheet::ResultSheet(const QString& title, const QString& verdict, const QString& details, bool ok, QWidget* parent)
    : QDialog(parent), m_verdict(new QLabel(verdict, this)), m_details(new QPlainTextEdit(details, this))
{
    setObjectName(QStringLiteral("resultSheet"));
    setWindowTitle(title);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    Theme::setStatus(m_verdict, ok ? Theme::Status::Normal : Theme::Status::Alert);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(760, 520));
}

} // namespace lpdesk
