// Enforces the one direction of dependency: app -> ui -> core. A file under core/ that includes a Qt
// Widgets header (or a Qt Gui header outside core/documents), or a file under ui/ that speaks SQL, fails.
#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

namespace {

// The header names a Qt module installs (QWidget, qwidget.h, QtWidgets, ...).
QSet<QString> moduleHeaders(const QString& module) {
    QSet<QString> names{module};
    QDirIterator it(QStringLiteral(RUQSAT_QT_HEADERS) + QLatin1Char('/') + module, QDir::Files);
    while (it.hasNext()) {
        it.next();
        names.insert(it.fileName());
    }
    return names;
}

// Every `#include` of `text` that names one of `headers`, as "line: include".
QStringList forbiddenIncludes(const QString& text, const QSet<QString>& headers, const QString& module) {
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                            QRegularExpression::MultilineOption);
    QStringList found;
    auto matches = include.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString path = match.captured(1);
        const QString name = path.section(QLatin1Char('/'), -1);
        if (path == module || path.startsWith(module + QLatin1Char('/')) ||
            (!path.contains(QLatin1Char('/')) && headers.contains(name)))
            found.append(path);
    }
    return found;
}

struct SourceFile {
    QString relativePath;
    QString text;
};

QList<SourceFile> sourcesUnder(const QString& folder) {
    QList<SourceFile> files;
    const QDir root(QString::fromUtf8(ruqsat::test::sourceDir));
    QDirIterator it(root.filePath(folder),
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.txt"), QStringLiteral("*.ui")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        files.append({root.relativeFilePath(file.fileName()), QString::fromUtf8(file.readAll())});
    }
    return files;
}

} // namespace

TEST_CASE("The checker recognises Widgets and Gui includes", "[architecture]") {
    const QSet<QString> widgets = moduleHeaders(QStringLiteral("QtWidgets"));
    REQUIRE(widgets.contains(QStringLiteral("QWidget")));
    REQUIRE(widgets.contains(QStringLiteral("QMessageBox")));
    CHECK(forbiddenIncludes(QStringLiteral("#include <QMessageBox>\n"), widgets, QStringLiteral("QtWidgets")).size() ==
          1);
    CHECK(forbiddenIncludes(QStringLiteral("  #  include <QtWidgets/QDialog>\n"), widgets, QStringLiteral("QtWidgets"))
              .size() == 1);
    CHECK(forbiddenIncludes(QStringLiteral("#include <QtWidgets>\n"), widgets, QStringLiteral("QtWidgets")).size() ==
          1);
    CHECK(forbiddenIncludes(QStringLiteral("#include <QString>\n#include \"calendar/WorkingCalendar.h\"\n"), widgets,
                            QStringLiteral("QtWidgets"))
              .isEmpty());
    const QSet<QString> gui = moduleHeaders(QStringLiteral("QtGui"));
    REQUIRE(gui.contains(QStringLiteral("QPainter")));
    CHECK(forbiddenIncludes(QStringLiteral("#include <QPainter>\n"), gui, QStringLiteral("QtGui")).size() == 1);
}

TEST_CASE("No file under core/ includes Qt Widgets, nor Qt Gui outside core/documents", "[architecture]") {
    const QSet<QString> widgets = moduleHeaders(QStringLiteral("QtWidgets"));
    const QSet<QString> gui = moduleHeaders(QStringLiteral("QtGui"));
    const QList<SourceFile> files = sourcesUnder(QStringLiteral("core"));
    REQUIRE(files.size() > 5);
    for (const SourceFile& file : files) {
        INFO(file.relativePath.toStdString());
        CHECK(forbiddenIncludes(file.text, widgets, QStringLiteral("QtWidgets")).isEmpty());
        CHECK_FALSE(file.text.contains(QStringLiteral("Qt::Widgets")));
        if (!file.relativePath.startsWith(QStringLiteral("core/documents/"))) {
            CHECK(forbiddenIncludes(file.text, gui, QStringLiteral("QtGui")).isEmpty());
            CHECK_FALSE(file.text.contains(QStringLiteral("Qt::Gui")));
        }
    }
}

// style.md: time is injected (core/common/Clock.h holds the one real clock) and QTimers live in ui.
TEST_CASE("No file under core/ reads the wall clock or owns a timer", "[architecture]") {
    static const QRegularExpression clockOrTimer(
        QStringLiteral("\\bQTimer\\b|currentDateTime(Utc)?\\(|currentM?Secs(Since)?Epoch\\(|QDate::currentDate\\(|"
                       "QTime::currentTime\\(|system_clock::now\\("));
    const QList<SourceFile> files = sourcesUnder(QStringLiteral("core"));
    REQUIRE(files.size() > 5);
    for (const SourceFile& file : files) {
        if (file.relativePath == QStringLiteral("core/common/Clock.h"))
            continue;
        INFO(file.relativePath.toStdString());
        CHECK_FALSE(clockOrTimer.match(file.text).hasMatch());
    }
    CHECK(clockOrTimer.match(QStringLiteral("auto* t = new QTimer(this);")).hasMatch());
    CHECK(clockOrTimer.match(QStringLiteral("QDateTime::currentDateTimeUtc()")).hasMatch());
    CHECK_FALSE(clockOrTimer.match(QStringLiteral("QTimeZone zone; Instant now = clock.now();")).hasMatch());
}

TEST_CASE("No file under ui/ speaks SQL", "[architecture]") {
    static const QRegularExpression sql(
        QStringLiteral("#\\s*include\\s*[<\"](QtSql/)?QSql|\\b(SELECT|INSERT|UPDATE|DELETE)\\s+[\\w*(]"));
    const QList<SourceFile> files = sourcesUnder(QStringLiteral("ui"));
    REQUIRE_FALSE(files.isEmpty());
    for (const SourceFile& file : files) {
        INFO(file.relativePath.toStdString());
        CHECK_FALSE(sql.match(file.text).hasMatch());
    }
    CHECK(sql.match(QStringLiteral("auto q = \"SELECT id FROM ruqsat.case\";")).hasMatch());
    CHECK(sql.match(QStringLiteral("#include <QSqlQuery>")).hasMatch());
}
