#pragma once

#include <QObject>

class QSocketNotifier;

namespace ruqsat::core {

// Turns SIGINT and SIGTERM into a Qt signal delivered on the event loop, so a program that is told to
// stop still runs its normal shutdown (the embedded server is stopped, nothing is left running).
// One instance per process.
class UnixSignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace ruqsat::core
