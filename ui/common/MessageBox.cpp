#include "common/MessageBox.h"

#include <QGuiApplication>

#include <cstdio>

namespace ruqsat::ui {

namespace {

MessageBox::Responder& responder() {
    static MessageBox::Responder instance;
    return instance;
}

} // namespace

void MessageBox::setResponder(Responder newResponder) {
    responder() = std::move(newResponder);
}

QMessageBox::StandardButton MessageBox::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton) {
    if (responder())
        return responder()(icon, title, text);
    // Without a screen nobody could answer a modal dialog: take the default instead of hanging.
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal")) {
        std::fprintf(stderr, "[%s] %s\n", qPrintable(title), qPrintable(text));
        return defaultButton;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBox::error(QWidget* parent, const QString& title, const QString& text) {
    ask(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text) {
    ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

bool MessageBox::confirm(QWidget* parent, const QString& title, const QString& text) {
    return ask(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

} // namespace ruqsat::ui
