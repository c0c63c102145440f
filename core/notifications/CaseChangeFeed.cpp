#include "notifications/CaseChangeFeed.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace ruqsat::core {

namespace {

QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("ruqsat-case-feed-%1").arg(++counter);
}

QString describe(const QSqlError& error) {
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.driverText() : text;
}

// The session's options, adjusted for a connection that mostly waits: the program runs its queries on
// the GUI thread, so a dead network must make the health check fail within seconds rather than hang
// for TCP's retransmission timeout (tcp_user_timeout, keepalives), an attempt to reconnect must give
// up soon (connect_timeout), and the server's activity view should tell these connections apart.
QString listenerOptions(const QString& sessionOptions) {
    QStringList options;
    for (const QString& option : sessionOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = option.section(QLatin1Char('='), 0, 0).trimmed();
        if (key != QLatin1String("connect_timeout") && key != QLatin1String("application_name") &&
            key != QLatin1String("tcp_user_timeout") && !key.startsWith(QLatin1String("keepalives")))
            options.append(option);
    }
    options << QStringLiteral("connect_timeout=3") << QStringLiteral("tcp_user_timeout=5000")
            << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=10")
            << QStringLiteral("keepalives_interval=3") << QStringLiteral("keepalives_count=2")
            << QStringLiteral("application_name=ruqsat-live");
    return options.join(QLatin1Char(';'));
}

} // namespace

CaseChangeFeed::CaseChangeFeed(const QString& sourceConnection, const QStringList& officeIds, QObject* parent)
    : QObject(parent)
    , m_sourceConnection(sourceConnection)
    , m_connectionName(nextConnectionName()) {
    for (const QString& office : officeIds) {
        if (!office.isEmpty() && !m_channels.contains(channelOf(office)))
            m_channels.append(channelOf(office));
    }
}

CaseChangeFeed::~CaseChangeFeed() {
    stop();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

void CaseChangeFeed::setTiming(const Timing& timing) {
    m_timing = timing;
    m_backoff = ReconnectBackoff(m_timing.firstRetry, m_timing.maxRetry);
    Q_EMIT timingChanged();
}

QString CaseChangeFeed::channelOf(const QString& officeId) {
    return QStringLiteral("ruqsat_office_") + officeId;
}

std::optional<CaseChange> CaseChangeFeed::parsePayload(const QString& payload) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    CaseChange change;
    change.caseId = object.value(QLatin1String("case_id")).toInteger();
    if (change.caseId <= 0)
        return std::nullopt;
    change.version = std::max<qint64>(0, object.value(QLatin1String("version")).toInteger());
    change.action = object.value(QLatin1String("action")).toString();
    return change;
}

Status CaseChangeFeed::start() {
    if (m_state != State::Stopped)
        return {}; // already running (or already trying again)
    if (!QSqlDatabase::contains(m_connectionName)) {
        if (!QSqlDatabase::contains(m_sourceConnection)) {
            return makeError(ErrorCode::PreconditionFailed, QStringLiteral("no_connection"),
                             QCoreApplication::translate("CaseChangeFeed", "The session's connection %1 is not open.")
                                 .arg(m_sourceConnection));
        }
        QSqlDatabase clone = QSqlDatabase::cloneDatabase(m_sourceConnection, m_connectionName);
        clone.setConnectOptions(listenerOptions(clone.connectOptions()));
    }
    m_backoff.reset();
    Status connected = connectAndSubscribe();
    if (connected) {
        m_state = State::Connected;
        return connected;
    }
    m_state = State::Connected; // so that lose() reports the loss once and the feed waits to reconnect
    lose();
    return connected;
}

void CaseChangeFeed::stop() {
    m_state = State::Stopped;
    m_backendPid = 0;
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
}

Status CaseChangeFeed::connectAndSubscribe() {
    m_backendPid = 0;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // close() drops the old socket and its notifier before a new one can take the descriptor's number.
    db.close();
    if (!db.open()) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("connect_failed"),
                         QCoreApplication::translate("CaseChangeFeed", "Cannot connect for live updates: %1")
                             .arg(describe(db.lastError())));
    }
    QSqlQuery pid(db);
    if (!pid.exec(QStringLiteral("SELECT pg_backend_pid()")) || !pid.next()) {
        const QString reason = describe(pid.lastError());
        db.close();
        return makeError(
            ErrorCode::Unavailable, QStringLiteral("connect_failed"),
            QCoreApplication::translate("CaseChangeFeed", "Cannot connect for live updates: %1").arg(reason));
    }
    m_backendPid = pid.value(0).toLongLong();
    QSqlDriver* driver = db.driver();
    connect(driver, &QSqlDriver::notification, this, &CaseChangeFeed::onNotification, Qt::UniqueConnection);
    for (const QString& channel : std::as_const(m_channels)) {
        // The driver quotes the name (LISTEN "ruqsat_office_vko-glubokoe"), as pg_notify names it.
        if (!driver->subscribeToNotification(channel)) {
            const QString reason = describe(driver->lastError());
            db.close();
            m_backendPid = 0;
            return makeError(
                ErrorCode::Unavailable, QStringLiteral("listen_failed"),
                QCoreApplication::translate("CaseChangeFeed", "Cannot subscribe to %1: %2").arg(channel, reason));
        }
    }
    return {};
}

bool CaseChangeFeed::checkConnection() {
    if (m_state != State::Connected)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // The driver notices a dead socket only when it reads from it: ask it something trivial.
    QSqlQuery probe(db);
    if (db.isOpen() && probe.exec(QStringLiteral("SELECT 1")))
        return true;
    lose();
    return false;
}

void CaseChangeFeed::lose() {
    if (m_state != State::Connected)
        return;
    m_state = State::Reconnecting;
    m_backendPid = 0;
    QSqlDatabase::database(m_connectionName, false).close();
    Q_EMIT connectionLost();
}

Status CaseChangeFeed::tryReconnect() {
    if (m_state == State::Connected)
        return {};
    if (m_state == State::Stopped) {
        return makeError(ErrorCode::PreconditionFailed, QStringLiteral("not_started"),
                         QCoreApplication::translate("CaseChangeFeed", "Live updates are not started."));
    }
    Status connected = connectAndSubscribe();
    if (!connected) {
        // Back off: an office server that is down should not be hammered by every workstation at once.
        m_backoff.recordFailure();
        return connected;
    }
    m_state = State::Connected;
    m_backoff.reset();
    Q_EMIT reconnected();
    return connected;
}

void CaseChangeFeed::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                                    const QVariant& payload) {
    Q_UNUSED(source); // this connection never notifies: every notification is a colleague's (or the session's)
    if (m_state != State::Connected || !m_channels.contains(name))
        return;
    if (const std::optional<CaseChange> change = parsePayload(payload.toString()))
        Q_EMIT caseChanged(change->caseId, change->version, change->action);
}

} // namespace ruqsat::core
