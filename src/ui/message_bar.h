#pragma once
// A dismissable strip above the map listing load problems, one line each, naming the file.
#include <QWidget>

#include "core/diagnostic.h"

#include <functional>

class QLabel;
class QPushButton;

namespace pa {

class MessageBar : public QWidget {
    Q_OBJECT
public:
    explicit MessageBar(QWidget* parent = nullptr);
    void showMessages(const Diagnostics& messages);
    // The messages with a button that does something about them ("Georeference…").
    void showMessages(const Diagnostics& messages, const QString& action, std::function<void()> onAction);
    QString text() const;

private:
    QLabel* label_;
    QPushButton* action_;
    std::function<void()> onAction_;
};

}  // namespace pa
