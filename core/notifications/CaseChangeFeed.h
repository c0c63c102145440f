#pragma once

#include "common/Result.h"
#include "notifications/ReconnectBackoff.h"

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace ruqsat::core {

// One change of a case as the SQL API announces it (every workflow action runs
// pg_notify('ruqsat_office_' || office_id, '{"case_id":..,"version":..,"action":".."}'), migration 0005).
struct CaseChange {
    qint64 caseId = 0;
    qint64 version = 0; // 0: not given (e.g. "calendar_recompute" of migration 0006)
    QString action;
};

// Tells the screens when a colleague changed a case of an office the user sees (issue 8, part 3). It
// LISTENs on the offices' channels through a connection of its own (a clone of the session's, so the
// session's queries never wait behind it and it never loses a notification to them); the notifications
// arrive by themselves (the QPSQL driver watches the socket). What cannot arrive by itself is the news
// that the connection is gone: checkConnection() finds out with a trivial query and says so once;
// tryReconnect() makes one attempt to connect and subscribe again and, when it works, says reconnected():
// whatever changed meanwhile was not announced to anyone, so the screens must read everything again.
//
// The feed runs no timer and never waits (style.md: time is injected, timers live in ui). Whoever drives
// it (ui's CaseChangeFeedDriver) calls checkConnection() every timing().healthCheck while connected, and
// after a loss tryReconnect() once currentRetryDelay() has passed, again and again until it works; the
// pause grows after every failure (ReconnectBackoff).
//
// Lives in the thread that created it (the connection belongs to that thread).
class CaseChangeFeed : public QObject {
    Q_OBJECT
public:
    // The pace its driver should keep.
    struct Timing {
        // How often the connection is checked while connected.
        std::chrono::milliseconds healthCheck{3000};
        // The first pause after a loss; doubled after each failed attempt.
        std::chrono::milliseconds firstRetry{ReconnectBackoff::defaultFirst};
        // The longest pause between attempts.
        std::chrono::milliseconds maxRetry{ReconnectBackoff::defaultCeiling};
    };

    // `sourceConnection`: the signed-in session's connection, whose parameters are cloned; `officeIds`:
    // the offices whose cases the user sees (Workspace::visibleOffices).
    CaseChangeFeed(const QString& sourceConnection, const QStringList& officeIds, QObject* parent = nullptr);
    ~CaseChangeFeed() override;
    CaseChangeFeed(const CaseChangeFeed&) = delete;
    CaseChangeFeed& operator=(const CaseChangeFeed&) = delete;

    // Sets the pace (the next pause before an attempt is the first one again) and says timingChanged(),
    // so that a running driver adopts it at once.
    void setTiming(const Timing& timing);
    const Timing& timing() const { return m_timing; }

    // Opens the feed's connection and subscribes. On failure the error is returned, connectionLost() was
    // emitted and the feed waits for tryReconnect() (isStarted() but not isConnected()).
    Status start();
    // Closes the connection; checkConnection() and tryReconnect() do nothing until start() is called again.
    void stop();

    // Checks the connection now with a trivial query: true when it is alive. When it is not, the feed
    // closes it, says connectionLost() (once per loss) and waits for tryReconnect(). False without asking
    // anything when the feed is not connected (stopped, or already waiting to reconnect).
    bool checkConnection();
    // One attempt to connect and subscribe again after a loss. On success says reconnected() and the
    // pause is the first one again; on failure the error is returned and the next pause is longer
    // (currentRetryDelay()). Succeeds at once when connected; refused ("not_started") when stopped.
    [[nodiscard]] Status tryReconnect();

    bool isConnected() const { return m_state == State::Connected; }
    bool isStarted() const { return m_state != State::Stopped; }
    // Started and waiting for tryReconnect() to succeed.
    bool isReconnecting() const { return m_state == State::Reconnecting; }
    // The name of the feed's own Qt Sql connection (distinct from the session's).
    const QString& connectionName() const { return m_connectionName; }
    // The server process of the feed's connection (pg_backend_pid()); 0 when not connected.
    qint64 backendPid() const { return m_backendPid; }
    const QStringList& channels() const { return m_channels; }
    // The pause before the next reconnection attempt.
    std::chrono::milliseconds currentRetryDelay() const { return m_backoff.current(); }
    const ReconnectBackoff& backoff() const { return m_backoff; }

    // The NOTIFY channel of an office's cases.
    static QString channelOf(const QString& officeId);
    // The notification's JSON payload; none when it is not a case change (no positive case_id).
    static std::optional<CaseChange> parsePayload(const QString& payload);

Q_SIGNALS:
    void caseChanged(qint64 caseId, qint64 version, const QString& action);
    void connectionLost();
    void reconnected();
    void timingChanged();

private:
    enum class State { Stopped, Connected, Reconnecting };

    Status connectAndSubscribe();
    void lose();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    QString m_sourceConnection;
    QString m_connectionName;
    QStringList m_channels;
    Timing m_timing;
    ReconnectBackoff m_backoff;
    State m_state = State::Stopped;
    qint64 m_backendPid = 0;
};

} // namespace ruqsat::core
