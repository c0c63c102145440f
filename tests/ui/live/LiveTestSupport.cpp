#include "LiveTestSupport.h"

#include "TestCluster.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include "common/LanguageManager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ruqsat::test {

void useTemporarySettings() {
    static TemporaryDirectory* directory = nullptr;
    if (directory != nullptr)
        return;
    directory = new TemporaryDirectory(u"ruqsat-live-settings"_s); // lives as long as the process
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory->path());
}

void useTestCatalogues() {
    ui::LanguageManager::setCatalogueLocation(u":/live-test-i18n"_s);
}

qint64 waitUntil(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return timer.elapsed();
}

std::pair<qint64, qint64> demoCaseIn(const QString& state, const QString& officeId) {
    const qint64 id =
        adminNumber(u"SELECT min(id) FROM ruqsat.cases WHERE state = ? AND office_id = ?"_s, {state, officeId});
    const qint64 version = adminNumber(u"SELECT row_version FROM ruqsat.cases WHERE id = ?"_s, {id});
    return {id, version};
}

} // namespace ruqsat::test
