#pragma once

#include <QMessageBox>

#include <functional>

namespace ruqsat::ui {

// Every message box of the program goes through here, so offscreen tests can answer them instead of
// blocking on a modal dialog. On the offscreen platform without a responder the text goes to stderr
// and the default button is taken.
class MessageBox {
public:
    using Responder =
        std::function<QMessageBox::StandardButton(QMessageBox::Icon, const QString& title, const QString& text)>;

    static void error(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static bool confirm(QWidget* parent, const QString& title, const QString& text);

    // Tests install a responder; it is asked instead of showing a dialog. Pass {} to restore.
    static void setResponder(Responder responder);

private:
    static QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                           const QString& text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace ruqsat::ui
