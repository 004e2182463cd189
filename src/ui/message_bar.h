#pragma once
// A dismissable strip above the map listing load problems, one line each, naming the file.
#include <QWidget>

#include "core/diagnostic.h"

class QLabel;

namespace pa {

class MessageBar : public QWidget {
    Q_OBJECT
public:
    explicit MessageBar(QWidget* parent = nullptr);
    void showMessages(const Diagnostics& messages);
    QString text() const;

private:
    QLabel* label_;
};

}  // namespace pa
