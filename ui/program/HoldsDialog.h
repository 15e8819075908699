// Program → Legal holds and retention: the holds in force (or all, lifted ones too) with a form to place one on a
// case or an incident and a button to lift the selected one with a reason; the retention rules per incident type
// and evidence kind with a form to set or remove one; and the purge. Each control follows the permission table
// (place: investigator, legal, admin; lift: legal, admin; rules: admin); core enforces the same table.
#pragma once

#include "common/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace lpdesk {

class CaseDatabase;

class HoldsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HoldsDialog(CaseDatabase& db, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* holds() const { return m_holds; }
    QTreeWidget* rules() const { return m_rules; }
    QComboBox* holdKind() const { return m_holdKind; }
    QLineEdit* holdTarget() const { return m_holdTarget; }
    QLineEdit* holdReason() const { return m_holdReason; }
    QPushButton* placeButton() const { return m_place; }
    QPushButton* liftButton() const { return m_lift; }
    QComboBox* ruleScope() const { return m_ruleScope; }
    QComboBox* ruleName() const { return m_ruleName; }
    QSpinBox* ruleDays() const { return m_ruleDays; }
    QComboBox* ruleFrom() const { return m_ruleFrom; }
    QPushButton* setRuleButton() const { return m_setRule; }
    QPushButton* purgeButton() const { return m_purge; }
    QLabel* purgeResult() const { return m_purgeResult; }

public Q_SLOTS:
    void reload();
    Status placeHold(); // what the hold form says
    Status liftSelected(const QString& reason = {}); // asks for the reason when none is given
    Status setRule(); // what the rule form says
    Status removeSelectedRule();

private:
    QWidget* createHoldsPage();
    QWidget* createRulesPage();
    void fillRuleNames();
    void updateButtons();

    CaseDatabase& m_db;
    QTabWidget* m_tabs;
    QTreeWidget* m_holds;
    QCheckBox* m_showLifted;
    QComboBox* m_holdKind;
    QLineEdit* m_holdTarget;
    QLineEdit* m_holdReason;
    QPushButton* m_place;
    QPushButton* m_lift;
    QTreeWidget* m_rules;
    QComboBox* m_ruleScope;
    QComboBox* m_ruleName;
    QSpinBox* m_ruleDays;
    QComboBox* m_ruleFrom;
    QPushButton* m_setRule;
    QPushButton* m_removeRule;
    QPushButton* m_purge;
    QLabel* m_purgeResult; // how the last purge started here ended
};

} // namespace lpdesk
