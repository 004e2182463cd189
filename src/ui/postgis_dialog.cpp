#include "ui/postgis_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pa {

PostgisDialog::PostgisDialog(QWidget* parent)
    : QDialog(parent),
      host_(new QLineEdit(this)),
      database_(new QLineEdit(this)),
      user_(new QLineEdit(this)),
      password_(new QLineEdit(this)),
      port_(new QSpinBox(this)),
      table_(new QComboBox(this)),
      status_(new QLabel(this)) {
    setWindowTitle(tr("Add a PostGIS layer"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    port_->setRange(1, 65535);
    port_->setValue(5432);
    password_->setEchoMode(QLineEdit::Password);
    password_->setPlaceholderText(tr("not saved"));
    table_->setEditable(true);
    form->addRow(tr("Host"), host_);
    form->addRow(tr("Port"), port_);
    form->addRow(tr("Database"), database_);
    form->addRow(tr("User"), user_);
    form->addRow(tr("Password"), password_);
    auto* list = new QPushButton(tr("List tables"), this);
    form->addRow(list);
    form->addRow(tr("Table"), table_);
    layout->addLayout(form);
    status_->setWordWrap(true);
    layout->addWidget(status_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(list, &QPushButton::clicked, this, &PostgisDialog::listTables);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PgConnection PostgisDialog::connection() const {
    PgConnection c;
    c.host = host_->text().trimmed().toStdString();
    c.port = port_->value();
    c.database = database_->text().trimmed().toStdString();
    c.user = user_->text().trimmed().toStdString();
    c.password = password_->text().toStdString();
    c.table = table_->currentText().trimmed().toStdString();
    return c;
}

void PostgisDialog::setConnection(const PgConnection& c) {
    host_->setText(QString::fromStdString(c.host));
    port_->setValue(c.port);
    database_->setText(QString::fromStdString(c.database));
    user_->setText(QString::fromStdString(c.user));
    password_->setText(QString::fromStdString(c.password));
    table_->setEditText(QString::fromStdString(c.table));
}

bool PostgisDialog::listTables() {
    const auto listed = listPgTables(connection());
    const std::vector<std::string> names = listed ? *listed : std::vector<std::string>{};
    const QString keep = table_->currentText();
    table_->clear();
    for (const std::string& n : names) table_->addItem(QString::fromStdString(n));
    if (!keep.isEmpty()) table_->setEditText(keep);
    status_->setText(!listed        ? QString::fromStdString(listed.why())
                     : names.empty() ? tr("no tables with geometry")
                                     : tr("%n table(s) with geometry", "", int(names.size())));
    return !names.empty();
}

}  // namespace pa
