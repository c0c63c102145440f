#include "queue/QueueWidget.h"

#include "common/Labels.h"
#include "queue/CaseQueueModel.h"
#include "queue/CaseQueueProxyModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ruqsat::ui {

using Column = CaseQueueModel::Column;

QueueWidget::QueueWidget(Session session, core::QueueSpec spec, QWidget* parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_spec(std::move(spec)) {
    setObjectName(QStringLiteral("queue_") + core::queueKindName(m_spec.kind));
    m_model = new CaseQueueModel(m_session, m_spec.selection, this);
    m_proxy = new CaseQueueProxyModel(this);
    m_proxy->setQueueModel(m_model);
    buildLayout();

    connect(m_model, &CaseQueueModel::loadFailed, this, &QueueWidget::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueueWidget::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueueWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QueueWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &QueueWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &QueueWidget::updateCount);

    // Deadlines move on with the clock; the timer only asks core to measure again.
    m_timer = new QTimer(this);
    m_timer->setInterval(deadlineRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &QueueWidget::refreshDeadlines);
    m_timer->start();
}

void QueueWidget::buildLayout() {
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setClearButtonEnabled(true);

    m_deadlineFilter = new QComboBox(this);
    m_deadlineFilter->setObjectName(QStringLiteral("deadlineFilter"));
    // The texts come from retranslate(); the data is what the filter uses.
    for (auto deadline : {core::CaseQueueFilter::Deadline::Any, core::CaseQueueFilter::Deadline::AtRiskOrOverdue,
                          core::CaseQueueFilter::Deadline::Overdue})
        m_deadlineFilter->addItem(QString(), static_cast<int>(deadline));

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_errorLabel->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("caseTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else in the form
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { Q_EMIT currentCaseChanged(currentCaseId()); });
    m_view->verticalHeader()->hide();
    // Dates, numbers and the deadline words fit their text; names and objects share the rest.
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(static_cast<int>(Column::Applicants), QHeaderView::Stretch);
    header->setSectionResizeMode(static_cast<int>(Column::Object), QHeaderView::Stretch);
    for (const auto& [column, width] : {std::pair{Column::Assignee, 150}, std::pair{Column::Office, 170}}) {
        header->setSectionResizeMode(static_cast<int>(column), QHeaderView::Interactive);
        header->resizeSection(static_cast<int>(column), width);
    }
    m_view->sortByColumn(static_cast<int>(Column::Deadline), Qt::AscendingOrder);

    // What each queue needs to show: an assignee only once there is one, the office only where a
    // supervisor sees several.
    const bool noAssigneeYet = m_spec.kind == core::QueueKind::MyRegistrations ||
                               m_spec.kind == core::QueueKind::Incoming || m_spec.kind == core::QueueKind::MyCases;
    m_view->setColumnHidden(static_cast<int>(Column::Assignee), noAssigneeYet);
    m_view->setColumnHidden(static_cast<int>(Column::Office), m_spec.kind != core::QueueKind::AllOpen ||
                                                                  m_session.workspace->visibleOffices().size() < 2);
    m_view->setColumnHidden(static_cast<int>(Column::State), m_spec.kind != core::QueueKind::AllOpen);

    m_openAction = new QAction(m_view);
    m_openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_openAction);
    connect(m_openAction, &QAction::triggered, this, &QueueWidget::openCurrent);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &QueueWidget::openCurrent);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &QueueWidget::applyFilter);
    connect(m_deadlineFilter, &QComboBox::currentIndexChanged, this, &QueueWidget::applyFilter);
    // Enter in the filter goes to the list; Escape there clears the filter.
    connect(m_filterEdit, &QLineEdit::returnPressed, m_view, [this] {
        m_view->setFocus(Qt::OtherFocusReason);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, static_cast<int>(Column::Id)));
    });
    m_filterEdit->installEventFilter(this);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_deadlineFilter);
    filters->addWidget(m_countLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);

    setTabOrder(m_filterEdit, m_deadlineFilter);
    setTabOrder(m_deadlineFilter, m_view);
    setFocusProxy(m_view);
    retranslate();
}

void QueueWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Every text set in code, in one place; the filter's text and choice, the selection and the scroll
// position are the user's and stay.
void QueueWidget::retranslate() {
    m_filterEdit->setPlaceholderText(tr("Filter by number, applicant, object or specialist"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_deadlineFilter->setItemText(0, tr("All deadlines"));
    m_deadlineFilter->setItemText(1, tr("At risk or overdue"));
    m_deadlineFilter->setItemText(2, tr("Overdue"));
    m_deadlineFilter->setAccessibleName(tr("Deadline filter"));
    m_view->setAccessibleName(Labels::queue(m_spec.kind));
    m_openAction->setText(tr("Open case"));
    m_model->retranslate();
    updateCount();
    if (m_errorLabel->isVisible() && m_model->lastError())
        showError(m_model->lastError()->message);
    Q_EMIT titleChanged(title());
}

bool QueueWidget::eventFilter(QObject* watched, QEvent* event) {
    // Escape in a non-empty filter clears it; in an empty one it goes on (e.g. to close a dialog).
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_filterEdit->text().isEmpty()) {
        m_filterEdit->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString QueueWidget::title() const {
    return tr("%1 (%2)").arg(Labels::queue(m_spec.kind)).arg(m_model->totalCount());
}

void QueueWidget::reload() {
    const QModelIndex current = m_view->currentIndex();
    const qint64 selected = current.isValid() ? current.data(CaseQueueModel::CaseIdRole).toLongLong() : 0;
    const int currentColumn = current.isValid() ? current.column() : static_cast<int>(Column::Id);
    // A reload from a colleague's change must not move the list under the user's eyes.
    const int verticalScroll = m_view->verticalScrollBar()->value();
    const int horizontalScroll = m_view->horizontalScrollBar()->value();
    m_errorLabel->hide();
    if (!m_model->reload(m_model->rowCount()))
        return;
    if (selected != 0) {
        const int row = m_model->rowOfCase(selected);
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, currentColumn));
            m_view->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    // Now, and once more when the view has laid the new rows out (its scroll range follows then).
    auto restoreScroll = [view = QPointer<QTableView>(m_view), verticalScroll, horizontalScroll] {
        if (view) {
            view->verticalScrollBar()->setValue(verticalScroll);
            view->horizontalScrollBar()->setValue(horizontalScroll);
        }
    };
    restoreScroll();
    QTimer::singleShot(0, this, restoreScroll);
    Q_EMIT titleChanged(title());
}

void QueueWidget::refreshCase(qint64 caseId) {
    if (auto refreshed = m_model->refreshCase(caseId); !refreshed) {
        showError(refreshed.error().message);
        return;
    }
    updateCount();
    Q_EMIT titleChanged(title());
}

void QueueWidget::refreshDeadlines() {
    m_model->refreshDeadlines();
}

void QueueWidget::focusFilter() {
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void QueueWidget::applyFilter() {
    core::CaseQueueFilter filter;
    filter.text = m_filterEdit->text();
    filter.deadline = static_cast<core::CaseQueueFilter::Deadline>(m_deadlineFilter->currentData().toInt());
    m_proxy->setFilter(filter);
    updateCount();
}

qint64 QueueWidget::currentCaseId() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(CaseQueueModel::CaseIdRole).toLongLong() : 0;
}

bool QueueWidget::selectCase(qint64 caseId) {
    const int row = m_model->rowOfCase(caseId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

void QueueWidget::openCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT openCaseRequested(current.data(CaseQueueModel::CaseIdRole).toLongLong());
}

void QueueWidget::updateCount() {
    const qint64 total = m_model->totalCount();
    const int shown = m_proxy->rowCount();
    if (!m_proxy->filter().isEmpty() || shown < m_model->rowCount())
        m_countLabel->setText(tr("Shown: %1 of %2").arg(shown).arg(total));
    else if (m_model->canFetchMore({}))
        m_countLabel->setText(tr("Loaded: %1 of %2").arg(shown).arg(total));
    else
        m_countLabel->setText(tr("Cases: %1").arg(total));
}

void QueueWidget::showError(const QString& message) {
    m_errorLabel->setText(tr("The queue could not be read: %1").arg(message));
    m_errorLabel->show();
}

} // namespace ruqsat::ui
