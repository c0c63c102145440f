#pragma once

#include <QMainWindow>

class QLabel;

namespace ruqsat::ui {

// The workstation's main window: the role screens of the signed-in user in the middle, which database
// it works on in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct DatabaseInfo {
        QString description; // e.g. "embedded database in /home/a/.local/share/ruqsat"
        int schemaVersion = 0;
        bool embedded = false;
    };

    explicit MainWindow(const DatabaseInfo& database, QWidget* parent = nullptr);

private:
    void buildMenus();

    QLabel* m_databaseLabel = nullptr;
};

} // namespace ruqsat::ui
