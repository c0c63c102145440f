#pragma once

#include "common/Result.h"

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QTimer;

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
// session's queries never wait behind it and it never loses a notification to them), checks that
// connection every few seconds with a trivial query, and when it is gone says so, tries again with a
// growing pause and, once back, subscribes again and says reconnected(): whatever changed meanwhile was
// not announced to anyone, so the screens must read everything again.
//
// Lives in the thread that created it (the connection belongs to that thread); its timers run on that
// thread's event loop.
class CaseChangeFeed : public QObject {
    Q_OBJECT
public:
    struct Timing {
        std::chrono::milliseconds healthCheck{3000}; // how often the connection is checked
        std::chrono::milliseconds firstRetry{500};   // the first pause after a loss; doubled each failure
        std::chrono::milliseconds maxRetry{30000};   // the longest pause between attempts
    };

    // `sourceConnection`: the signed-in session's connection, whose parameters are cloned; `officeIds`:
    // the offices whose cases the user sees (Workspace::visibleOffices).
    CaseChangeFeed(const QString& sourceConnection, const QStringList& officeIds, QObject* parent = nullptr);
    ~CaseChangeFeed() override;
    CaseChangeFeed(const CaseChangeFeed&) = delete;
    CaseChangeFeed& operator=(const CaseChangeFeed&) = delete;

    void setTiming(const Timing& timing);
    const Timing& timing() const { return m_timing; }

    // Opens the feed's connection and subscribes. On failure the error is returned and the feed keeps
    // trying in the background (connectionLost() was emitted; reconnected() follows when it works).
    Status start();
    // Closes the connection and stops every timer; start() may be called again.
    void stop();

    bool isConnected() const { return m_state == State::Connected; }
    bool isStarted() const { return m_state != State::Stopped; }
    // The name of the feed's own Qt Sql connection (distinct from the session's).
    const QString& connectionName() const { return m_connectionName; }
    // The server process of the feed's connection (pg_backend_pid()); 0 when not connected.
    qint64 backendPid() const { return m_backendPid; }
    const QStringList& channels() const { return m_channels; }
    // The pause before the next reconnection attempt.
    std::chrono::milliseconds currentRetryDelay() const { return m_retryDelay; }

    // The NOTIFY channel of an office's cases.
    static QString channelOf(const QString& officeId);
    // The notification's JSON payload; none when it is not a case change (no positive case_id).
    static std::optional<CaseChange> parsePayload(const QString& payload);

public Q_SLOTS:
    // Checks the connection now (the health timer calls it); true when it is alive.
    bool checkConnection();

Q_SIGNALS:
    void caseChanged(qint64 caseId, qint64 version, const QString& action);
    void connectionLost();
    void reconnected();

private:
    enum class State { Stopped, Connected, Reconnecting };

    Status connectAndSubscribe();
    void lose();
    void retry();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    QString m_sourceConnection;
    QString m_connectionName;
    QStringList m_channels;
    Timing m_timing;
    State m_state = State::Stopped;
    qint64 m_backendPid = 0;
    std::chrono::milliseconds m_retryDelay{0};
    QTimer* m_healthTimer = nullptr;
    QTimer* m_retryTimer = nullptr;
};

} // namespace ruqsat::core
