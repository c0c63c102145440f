#pragma once

#include <QString>

#include <functional>
#include <utility>

namespace ruqsat::test {

// The user's settings of this test process live in a temporary directory (a fresh installation: no
// language chosen yet). Idempotent; call before anything reads QSettings.
void useTemporarySettings();
// Points LanguageManager at the tests' own small catalogues (tests/ui/live/i18n).
void useTestCatalogues();
// Runs the event loop until `done` holds or `timeoutMs` passed: the milliseconds it took, or -1.
qint64 waitUntil(const std::function<bool()>& done, int timeoutMs);
// The lowest-numbered case of the demo database in `state` at `officeId`, with its row version.
std::pair<qint64, qint64> demoCaseIn(const QString& state, const QString& officeId);

} // namespace ruqsat::test
