#include "mainwindow/CaseChangeFeedDriver.h"

#include "notifications/CaseChangeFeed.h"

#include <QTimer>

namespace ruqsat::ui {

CaseChangeFeedDriver::CaseChangeFeedDriver(core::CaseChangeFeed& feed, QObject* parent)
    : QObject(parent)
    , m_feed(&feed) {
    m_healthTimer = new QTimer(this);
    connect(m_healthTimer, &QTimer::timeout, this, &CaseChangeFeedDriver::checkNow);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &CaseChangeFeedDriver::retryNow);

    // The feed says what happened, whoever asked it (a timer of ours, or anyone calling checkConnection()).
    connect(&feed, &core::CaseChangeFeed::connectionLost, this, [this] {
        m_healthTimer->stop();
        scheduleRetry();
    });
    connect(&feed, &core::CaseChangeFeed::reconnected, this, [this] {
        m_retryTimer->stop();
        startHealthChecks();
    });
    connect(&feed, &core::CaseChangeFeed::timingChanged, this, &CaseChangeFeedDriver::adoptTiming);
}

CaseChangeFeedDriver::~CaseChangeFeedDriver() = default;

core::Status CaseChangeFeedDriver::start() {
    core::CaseChangeFeed* feed = m_feed.data();
    if (feed == nullptr) {
        return core::makeError(core::ErrorCode::Internal, QStringLiteral("no_feed"),
                               tr("Live updates are not available."));
    }
    // A failure was a loss: connectionLost() has scheduled the first attempt already.
    core::Status started = feed->start();
    if (feed->isConnected())
        startHealthChecks();
    return started;
}

void CaseChangeFeedDriver::stop() {
    m_healthTimer->stop();
    m_retryTimer->stop();
    if (core::CaseChangeFeed* feed = m_feed.data())
        feed->stop();
}

bool CaseChangeFeedDriver::isCheckingConnection() const {
    return m_healthTimer->isActive();
}

std::optional<std::chrono::milliseconds> CaseChangeFeedDriver::scheduledRetry() const {
    if (!m_retryTimer->isActive())
        return std::nullopt;
    return m_retryTimer->intervalAsDuration();
}

void CaseChangeFeedDriver::checkNow() {
    core::CaseChangeFeed* feed = m_feed.data();
    if (feed == nullptr || !feed->isConnected()) {
        m_healthTimer->stop(); // stopped behind our back; a loss was handled when it was said
        return;
    }
    (void)feed->checkConnection(); // a loss is said by connectionLost()
}

void CaseChangeFeedDriver::retryNow() {
    core::CaseChangeFeed* feed = m_feed.data();
    if (feed == nullptr || !feed->isReconnecting())
        return;
    // Success is said by reconnected(); after a failure the feed has lengthened the pause. (The feed
    // outlives the call: it is not deleted from inside its own function.)
    if (!feed->tryReconnect() && feed->isReconnecting())
        scheduleRetry();
}

void CaseChangeFeedDriver::scheduleRetry() {
    if (core::CaseChangeFeed* feed = m_feed.data()) {
        const std::chrono::milliseconds delay = feed->currentRetryDelay();
        m_retryTimer->start(delay);
        Q_EMIT retryScheduled(delay);
    }
}

void CaseChangeFeedDriver::startHealthChecks() {
    if (core::CaseChangeFeed* feed = m_feed.data())
        m_healthTimer->start(feed->timing().healthCheck);
}

void CaseChangeFeedDriver::adoptTiming() {
    // Like QTimer::setInterval on a running timer: the next check is a full new interval from now. A retry
    // already scheduled keeps its pause; the next one follows the new timing.
    if (m_healthTimer->isActive())
        startHealthChecks();
}

} // namespace ruqsat::ui
