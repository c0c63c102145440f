#pragma once

#include "common/Session.h"
#include "store/CaseQueues.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ruqsat::ui {

class CaseQueueModel;
class CaseQueueProxyModel;

// One work queue on screen: a filter line and a deadline filter above a sortable table of cases, most
// urgent first. A timer re-measures the deadlines every minute (asking core only; no database
// round-trip), so "2 h 15 min left" moves on by itself. Enter or a double-click on a row asks for the
// case card.
class QueueWidget : public QWidget {
    Q_OBJECT
public:
    static constexpr int deadlineRefreshMs = 60 * 1000;

    QueueWidget(Session session, core::QueueSpec spec, QWidget* parent = nullptr);

    const core::QueueSpec& spec() const { return m_spec; }
    CaseQueueModel* model() const { return m_model; }
    CaseQueueProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QComboBox* deadlineFilter() const { return m_deadlineFilter; }
    QTimer* deadlineTimer() const { return m_timer; }
    // "Incoming (5)"
    QString title() const;
    // The case of the selected row; 0 when none is selected.
    qint64 currentCaseId() const;
    // Selects the row of a case; false when the queue does not show it.
    bool selectCase(qint64 caseId);

public Q_SLOTS:
    // Reads the queue again from the database, keeping the selected case selected if it is still there
    // and the list scrolled where it was (the rows loaded before are loaded again).
    void reload();
    void refreshDeadlines();
    // After an action on a case: only that case is read again (CaseQueueModel::refreshCase).
    void refreshCase(qint64 caseId);
    void focusFilter();

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);
    void currentCaseChanged(qint64 caseId);
    void titleChanged(const QString& title);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslate();
    void applyFilter();
    void openCurrent();
    void updateCount();
    void showError(const QString& message);

    Session m_session;
    core::QueueSpec m_spec;
    CaseQueueModel* m_model = nullptr;
    CaseQueueProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QComboBox* m_deadlineFilter = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QTimer* m_timer = nullptr;
    QAction* m_openAction = nullptr;
};

} // namespace ruqsat::ui
