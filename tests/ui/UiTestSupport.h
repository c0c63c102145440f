#pragma once

#include "DemoDatabase.h"

#include "common/Session.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <initializer_list>
#include <memory>

class QListWidget;

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace ruqsat::test {

class FakeClock;

// The demo database every GUI test of this executable works on (seeded once).
const DemoDatabase& guiDemo();

// A demo user signed in on a connection of their own, with the workspace the program would load, and
// a fake clock set to the real time (tests move it).
class SignedIn {
public:
    explicit SignedIn(const QString& demoLogin);
    ~SignedIn();
    SignedIn(const SignedIn&) = delete;
    SignedIn& operator=(const SignedIn&) = delete;

    const ui::Session& session() const { return m_session; }
    FakeClock& clock() const { return *m_clock; }
    const QString& connection() const { return m_session.connectionName; }

private:
    std::shared_ptr<FakeClock> m_clock;
    ui::Session m_session;
};

// A superuser query's first column as numbers / the single number.
QList<qint64> adminNumbers(const QString& sql, const QVariantList& values = {});
qint64 adminNumber(const QString& sql, const QVariantList& values = {});

// Reads every page of a paged model (its pages arrive from the event loop).
void fetchAll(QAbstractItemModel* model);

// The codes (Qt::UserRole) of a list's checked items, in the list's order.
QStringList checkedCodes(const QListWidget* list);

// Types text key by key, as the keyboard would, including letters QTest::keyClicks has no key for
// (Cyrillic, Kazakh).
void typeText(QWidget* widget, const QString& text);

// Runs QAbstractItemModelTester over models for the lifetime of this object and collects what it
// complains about (it warns rather than aborting, so Catch can report it). One checker at a time.
class ModelChecker {
public:
    explicit ModelChecker(std::initializer_list<QAbstractItemModel*> models);
    ~ModelChecker();
    ModelChecker(const ModelChecker&) = delete;
    ModelChecker& operator=(const ModelChecker&) = delete;
    // The tester's complaints so far.
    QStringList problems() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ruqsat::test
