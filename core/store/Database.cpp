#include "store/Database.h"

#include "workflow/Reason.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>

namespace ruqsat::core {

namespace {

const QString driverName = QStringLiteral("QPSQL");

// Keys Qt's driver takes through its own setters (quoted by Qt); the rest go into the options string.
bool setDirectly(QSqlDatabase& db, const QString& key, const QString& value) {
    if (key == QLatin1String("host"))
        db.setHostName(value);
    else if (key == QLatin1String("dbname"))
        db.setDatabaseName(value);
    else if (key == QLatin1String("user"))
        db.setUserName(value);
    else if (key == QLatin1String("password"))
        db.setPassword(value);
    else if (key == QLatin1String("port") && value.toInt() > 0)
        db.setPort(value.toInt());
    else
        return false;
    return true;
}

} // namespace

Result<QSqlDatabase> Database::open(const ConnectionSettings& settings, const QString& name) {
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        return makeError(ErrorCode::Unavailable, QStringLiteral("driver_missing"),
                         QCoreApplication::translate("Database",
                                                     "Qt's PostgreSQL driver is not installed (Debian package "
                                                     "libqt6sql6-psql)."));
    }
    if (QSqlDatabase::contains(name))
        close(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
    QStringList options;
    bool hasTimeout = false;
    for (const auto& [key, value] : settings.options()) {
        if (setDirectly(db, key, value))
            continue;
        // Qt turns ';' into ' ' in the options string, so a value holding one cannot pass intact.
        if (value.contains(QLatin1Char(';'))) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("bad_conninfo"),
                             QCoreApplication::translate("Database",
                                                         "The connection option %1 contains ';', which is not "
                                                         "supported.")
                                 .arg(key));
        }
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        options.append(key + QStringLiteral("='") + QString(value).replace(QLatin1Char('\''), QStringLiteral("\\'")) +
                       QLatin1Char('\''));
    }
    if (!hasTimeout)
        options.append(QStringLiteral("connect_timeout=10"));
    options.append(QStringLiteral("application_name=ruqsat"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QSqlError sqlError = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        QString text = sqlError.databaseText().trimmed();
        if (text.isEmpty())
            text = sqlError.driverText();
        return makeError(
            ErrorCode::Unavailable, QStringLiteral("connect_failed"),
            QCoreApplication::translate("Database", "Cannot connect to %1: %2").arg(settings.describe(), text));
    }
    return db;
}

void Database::close(const QString& name) {
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlQuery> Database::execute(const QSqlDatabase& db, const QString& sql, const QVariantList& values) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return toError(query.lastError());
    for (const QVariant& value : values) {
        // Qt binds a null QString as SQL NULL; an empty text is text. NULL is an invalid QVariant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return toError(query.lastError());
    return query;
}

Status Database::executeScript(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql))
        return toError(query.lastError());
    // Qt reports the first statement's result; a later statement's error comes with its own result.
    while (query.nextResult()) {
    }
    if (query.lastError().type() != QSqlError::NoError)
        return toError(query.lastError());
    return {};
}

Error Database::toError(const QSqlError& error) {
    const QString state = error.nativeErrorCode();
    // Qt's text is libpq's: "ERROR:  message\nDETAIL: ...(SQLSTATE)".
    QString text = error.databaseText();
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s+"));
    text.remove(severity);
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    QString firstLine = (newline >= 0 ? text.left(newline) : text).trimmed();
    if (firstLine.endsWith(QLatin1Char(')')) && !state.isEmpty())
        firstLine.chop(state.size() + 2);
    if (firstLine.isEmpty())
        firstLine = error.driverText();

    // The SQL API's own refusals: "reason_code: message".
    static const QRegularExpression reasoned(QStringLiteral("^([a-z][a-z0-9_]*): (.*)$"));
    const QRegularExpressionMatch match = reasoned.match(firstLine);
    if (state.startsWith(QLatin1String("RQ")) && match.hasMatch()) {
        // A workflow refusal reads as core words it, in the user's language.
        if (const std::optional<Reason> reason = reasonFromCode(match.captured(1)))
            return reasonError(*reason);
        ErrorCode code = ErrorCode::PreconditionFailed;
        if (state == QLatin1String("RQ403"))
            code = ErrorCode::PermissionDenied;
        else if (state == QLatin1String("RQ409"))
            code = ErrorCode::Conflict;
        else if (state == QLatin1String("RQ404"))
            code = ErrorCode::NotFound;
        else if (state == QLatin1String("RQ400"))
            code = ErrorCode::InvalidArgument;
        return makeError(code, match.captured(1), match.captured(2));
    }
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return makeError(ErrorCode::Conflict, QStringLiteral("concurrent_change"),
                         QCoreApplication::translate("Database",
                                                     "Someone else changed this at the same moment; reload and "
                                                     "try again."));
    if (state == QLatin1String("42501"))
        return makeError(ErrorCode::PermissionDenied, QStringLiteral("insufficient_privilege"), firstLine);
    if (state.startsWith(QLatin1String("08")) || error.type() == QSqlError::ConnectionError)
        return makeError(ErrorCode::Unavailable, QStringLiteral("connection_lost"),
                         QCoreApplication::translate("Database", "The database connection failed: %1").arg(firstLine));
    if (state.startsWith(QLatin1String("22")) || state.startsWith(QLatin1String("23")))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("invalid_data"), firstLine);
    return makeError(ErrorCode::Internal, QStringLiteral("database_error"), firstLine);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    if (m_db.transaction())
        m_open = true;
    else
        m_begun = Database::toError(m_db.lastError());
}

Transaction::~Transaction() {
    if (m_open)
        m_db.rollback();
}

Status Transaction::commit() {
    if (!m_open)
        return m_begun.ok() ? Status{makeError(ErrorCode::Internal, QStringLiteral("no_transaction"),
                                               QStringLiteral("commit without an open transaction"))}
                            : m_begun;
    m_open = false;
    if (!m_db.commit()) {
        Error error = Database::toError(m_db.lastError());
        m_db.rollback();
        return error;
    }
    return {};
}

} // namespace ruqsat::core
