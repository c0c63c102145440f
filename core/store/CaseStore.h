#pragma once

#include "common/Result.h"
#include "workflow/Action.h"
#include "workflow/Actor.h"
#include "workflow/Case.h"
#include "workflow/Event.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace ruqsat::core {

// Cases as the signed-in staff member may see and change them. Reads go through the caller's own rights
// (row-level security decides what is visible); every change goes through the workflow's SQL API
// (resources/migrations/API.md), which checks the rules again and writes the audit record. A case is
// rebuilt from its events with CaseProjection, so what the user sees is what the audit log says.
class CaseStore {
public:
    struct Performed {
        qint64 caseId = 0;
        Event event;
    };

    explicit CaseStore(QString connectionName);

    // The staff member this connection logged in as.
    Result<Actor> currentActor() const;
    // A colleague from the staff directory (for choosing an assignee).
    Result<Actor> actor(const QString& login) const;
    // Active specialists of an office, by login.
    Result<QList<Actor>> specialists(const QString& officeId) const;

    Result<QList<Event>> events(qint64 caseId) const;
    // The case replayed from its events, with the due moments as recorded now (an administrator's explicit
    // recompute after a calendar edit changes those, never the events).
    Result<Case> load(qint64 caseId) const;

    // Sends one action to the SQL API in its own transaction. `clientActionId` identifies the user's
    // action: sending it again (after a lost reply) returns the first result instead of acting twice.
    // `caseId` is ignored for receive.
    Result<Performed> perform(qint64 caseId, const Action& action, const QUuid& clientActionId) const;

    // The JSON that receive_case takes for an opening.
    static QJsonObject openingJson(const CaseOpening& opening);

private:
    QSqlDatabase db() const;
    Result<QList<Actor>> actors(const QString& where, const QVariantList& values) const;

    QString m_connectionName;
};

} // namespace ruqsat::core
