#pragma once
// Connect to a PostGIS database and choose a table. The password lives in this dialog and in the
// connection handed to GDAL for the load, nowhere else (see io/postgis.h).
#include <QDialog>

#include "io/postgis.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pa {

class PostgisDialog : public QDialog {
    Q_OBJECT
public:
    explicit PostgisDialog(QWidget* parent = nullptr);
    PgConnection connection() const;
    void setConnection(const PgConnection& c);
    // Lists the tables; false with the reason shown in the dialog.
    bool listTables();
    QComboBox* tables() const { return table_; }

private:
    QLineEdit *host_, *database_, *user_, *password_;
    QSpinBox* port_;
    QComboBox* table_;
    QLabel* status_;
};

}  // namespace pa
