#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QTimer;

namespace ruqsat::core {
class CaseChangeFeed;
}

namespace ruqsat::ui {

// Keeps a CaseChangeFeed's pace (issue 8, part 3). The feed holds the logic but runs no timer (style.md:
// QTimers live in ui and only ask core); this object owns the two timers: while the feed is connected it
// asks checkConnection() every timing().healthCheck, and once the feed says connectionLost() it asks
// tryReconnect() after currentRetryDelay(), again after each failure (the feed lengthens the pause), until
// the feed says reconnected() and the health checks resume. A timing set on the feed while running is
// adopted at once.
//
// Start and stop the feed through the driver. It does not own the feed (the feed may go first: the
// driver then does nothing).
class CaseChangeFeedDriver : public QObject {
    Q_OBJECT
public:
    explicit CaseChangeFeedDriver(core::CaseChangeFeed& feed, QObject* parent = nullptr);
    ~CaseChangeFeedDriver() override;
    CaseChangeFeedDriver(const CaseChangeFeedDriver&) = delete;
    CaseChangeFeedDriver& operator=(const CaseChangeFeedDriver&) = delete;

    // Starts the feed and its health checks. When the feed cannot connect, its error is returned and the
    // attempts to reconnect are already scheduled.
    core::Status start();
    // Stops the timers and the feed.
    void stop();

    // Whether the periodic health check is running (only while the feed is connected).
    bool isCheckingConnection() const;
    // The pause of the reconnection attempt now scheduled, if one is.
    std::optional<std::chrono::milliseconds> scheduledRetry() const;

Q_SIGNALS:
    // An attempt to reconnect was scheduled `delay` from now (after a loss or a failed attempt).
    void retryScheduled(std::chrono::milliseconds delay);

private:
    void checkNow();
    void retryNow();
    void scheduleRetry();
    void startHealthChecks();
    void adoptTiming();

    QPointer<core::CaseChangeFeed> m_feed;
    QTimer* m_healthTimer = nullptr;
    QTimer* m_retryTimer = nullptr;
};

} // namespace ruqsat::ui
