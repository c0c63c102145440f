#pragma once

#include "DemoDatabase.h"
#include "TestConnection.h"

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace ruqsat::test {

// The demo database of the document tests (seeded once per process).
const DemoDatabase& documentDemo();

// The demo office that runs a kind's service and its crew: permits (and their refusals) at the oblast
// office "vko", extracts at "vko-zyryan".
struct Crew {
    QString office;
    QString clerk;
    QString head;
    QString headName; // the staff directory's full name of the head
    QString specialist;
};
Crew crewFor(const QString& kind);

// A case brought to the signing step through the SQL API, as the office's clerk, head and specialist
// would, with a complete result. `kind`: "permit", "extract" or "refusal" (of the permit). Every field
// holds Cyrillic and Kazakh letters.
qint64 caseAtSigning(const QString& kind);
// The result fields caseAtSigning fills for the permit / the extract.
QJsonObject permitFields();
QJsonObject extractFields();
QString refusalMotivation();

// pdftotext of the bytes (layout kept off: reading order); fails the test when it cannot run.
QString pdfText(const QByteArray& pdf);

} // namespace ruqsat::test
