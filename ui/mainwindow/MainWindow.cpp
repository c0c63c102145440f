#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ruqsat::ui {

MainWindow::MainWindow(const DatabaseInfo& database, QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Ruqsat"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 720);

    auto* home = new QWidget(this);
    auto* layout = new QVBoxLayout(home);
    auto* heading = new QLabel(tr("<h2>Ruqsat</h2><p>Provider's workstation for the permit to attract "
                                  "participants' money and the extract of a contract's account record.</p>"),
                               home);
    heading->setWordWrap(true);
    m_databaseLabel = new QLabel(tr("Database: %1").arg(database.description), home);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    layout->addWidget(m_databaseLabel);
    layout->addStretch();
    setCentralWidget(home);

    buildMenus();

    auto* where = new QLabel(database.embedded ? tr("Embedded database") : tr("Office server"), this);
    where->setObjectName(QStringLiteral("databaseKindLabel"));
    statusBar()->addPermanentWidget(where);
    statusBar()->addPermanentWidget(new QLabel(tr("Schema %1").arg(database.schemaVersion), this));
    statusBar()->showMessage(tr("Connected to %1").arg(database.description));
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
}

} // namespace ruqsat::ui
