#include "ui/message_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace pa {

MessageBar::MessageBar(QWidget* parent) : QWidget(parent), label_(new QLabel(this)), action_(new QPushButton(this)) {
    setObjectName("messageBar");
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    label_->setWordWrap(true);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label_->setTextFormat(Qt::RichText);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    action_->setObjectName("messageAction");
    action_->hide();
    connect(action_, &QPushButton::clicked, this, [this] {
        hide();
        if (onAction_) onAction_();
    });
    layout->addWidget(label_, 1);
    layout->addWidget(action_, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessages(const Diagnostics& messages, const QString& action, std::function<void()> onAction) {
    showMessages(messages);
    if (messages.empty()) return;
    onAction_ = std::move(onAction);
    action_->setText(action);
    action_->show();
}

void MessageBar::showMessages(const Diagnostics& messages) {
    if (messages.empty()) return;
    action_->hide();
    onAction_ = nullptr;
    const bool anyError = hasErrors(messages);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, anyError ? QColor(253, 226, 224) : QColor(255, 243, 205));
    pal.setColor(QPalette::WindowText, QColor(40, 30, 20));
    setPalette(pal);
    QStringList lines;
    for (const Diagnostic& d : messages) {
        const QString kind = d.severity == Diagnostic::Severity::Error ? tr("Error") : tr("Warning");
        lines << QString("<b>%1</b> %2: %3")
                     .arg(kind, QString::fromStdString(d.file).toHtmlEscaped(), QString::fromStdString(d.text).toHtmlEscaped());
    }
    label_->setText(lines.join("<br>"));
    QWidget::show();
}

QString MessageBar::text() const { return isVisible() ? label_->text() : QString(); }

}  // namespace pa
