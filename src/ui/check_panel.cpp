#include "ui/check_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/panel_links.h"

#include <cmath>

#include "core/arguments.h"
#include "core/chinese_datums.h"
#include "io/crs.h"
#include "ui/layer_tree.h"

namespace pa {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QString metres(double m) {
    return m < 1000 ? QString("%1 m").arg(m, 0, 'f', 0) : QString("%1 km").arg(m / 1000, 0, 'f', 2);
}

// A number column that sorts as a number.
class NumberItem : public QTableWidgetItem {
public:
    explicit NumberItem(double v) : QTableWidgetItem(QString::number(std::lround(v))) { setData(Qt::UserRole, v); }
    bool operator<(const QTableWidgetItem& o) const override { return data(Qt::UserRole).toDouble() < o.data(Qt::UserRole).toDouble(); }
};

}  // namespace

CheckPanel::CheckPanel(QWidget* parent)
    : QWidget(parent),
      tabs_(new QTabWidget(this)),
      x_(new QLineEdit(this)),
      y_(new QLineEdit(this)),
      crs_(new QComboBox(this)),
      within_(new QDoubleSpinBox(this)),
      text_(new QTextBrowser(this)),
      table_(new QTableWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tabs_);

    auto* place = new QWidget(this);
    auto* pl = new QVBoxLayout(place);
    pl->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    crs_->setEditable(true);
    crs_->addItem(tr("WGS 84 lon/lat"), "EPSG:4326");
    crs_->addItem(tr("GCJ-02 (Amap, Tencent)"), "GCJ02");
    crs_->addItem(tr("BD-09 (Baidu)"), "BD09");
    crs_->addItem(tr("CGCS2000 lon/lat (EPSG:4490)"), "EPSG:4490");
    crs_->addItem(tr("CGCS2000 / 3-degree GK CM 114E (EPSG:4547)"), "EPSG:4547");
    within_->setRange(0, 20000);
    within_->setValue(500);
    within_->setSuffix(" m");
    x_->setPlaceholderText(tr("longitude or easting"));
    y_->setPlaceholderText(tr("latitude or northing"));
    form->addRow(tr("X"), x_);
    form->addRow(tr("Y"), y_);
    form->addRow(tr("Coordinates in"), crs_);
    form->addRow(tr("Within"), within_);
    pl->addLayout(form);
    auto* check = new QPushButton(tr("Check this place"), this);
    pl->addWidget(check);
    pl->addWidget(text_);
    text_->setOpenLinks(false);
    text_->setHtml("<p style='color:#777'>" +
                   tr("Right-click the map (Check this place), type coordinates, or check the selected feature.") + "</p>");
    tabs_->addTab(place, tr("Place"));

    auto* projects = new QWidget(this);
    auto* jl = new QVBoxLayout(projects);
    jl->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("Open projects…"), this);
    auto* csv = new QPushButton(tr("Export…"), this);
    buttons->addWidget(open);
    buttons->addWidget(csv);
    jl->addLayout(buttons);
    jl->addWidget(table_);
    table_->setObjectName("projectTable");
    table_->setColumnCount(7);
    table_->setHorizontalHeaderLabels({tr("Project"), tr("Zones"), tr("Nearest hub"), tr("m"), tr("Nearest station"),
                                       tr("m"), tr("Plan clauses")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSortingEnabled(true);
    table_->verticalHeader()->hide();
    tabs_->addTab(projects, tr("Projects"));

    connect(check, &QPushButton::clicked, this, &CheckPanel::checkFields);
    connect(y_, &QLineEdit::returnPressed, this, &CheckPanel::checkFields);
    connect(text_, &QTextBrowser::anchorClicked, this, &CheckPanel::openLink);
    connect(open, &QPushButton::clicked, this, &CheckPanel::openProjectsRequested);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the check"), "project-check.csv",
                                                          tr("CSV (*.csv);;GeoPackage (*.gpkg)"));
        if (path.isEmpty()) return;
        if (const Problem p = exportProjects(path))
            text_->setHtml("<p style='color:#b00'>" + QString::fromStdString(p->text).toHtmlEscaped() + "</p>");
    });
    connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const int i = table_->item(row, 0)->data(Qt::UserRole).toInt();
        if (projectLayer_ && i >= 0 && std::size_t(i) < rows_.size())
            emit featureActivated({projectLayer_, rows_[std::size_t(i)].feature});
    });
}

void CheckPanel::setContext(const MapDocument* doc, const Plan* plan) {
    if (doc_ && doc_ != doc) disconnect(doc_, nullptr, this, nullptr);
    if (doc && doc != doc_)
        // The projects' layer removed: its table goes with it.
        connect(doc, &MapDocument::layerRemoved, this, [this](LayerId id) {
            if (id != projectLayer_) return;
            projectLayer_ = 0;
            rows_.clear();
            table_->setRowCount(0);
        });
    doc_ = doc;
    plan_ = plan;
}

void CheckPanel::setFields(const QString& x, const QString& y, const QString& crs) {
    x_->setText(x);
    y_->setText(y);
    const int i = crs_->findData(crs);
    if (i >= 0) crs_->setCurrentIndex(i);
    else crs_->setEditText(crs);
}

bool CheckPanel::checkFields() {
    double x = 0, y = 0;
    const bool okX = parseDecimal(x_->text().trimmed().toStdString(), x), okY = parseDecimal(y_->text().trimmed().toStdString(), y);
    QString crs = crs_->currentData().toString();
    if (crs.isEmpty() || crs_->currentText() != crs_->itemText(crs_->currentIndex())) crs = crs_->currentText().trimmed();
    auto fail = [&](const QString& why) {
        text_->setHtml("<p style='color:#b00'>" + why.toHtmlEscaped() + "</p>");
        return false;
    };
    if (!okX || !okY) return fail(tr("Type two numbers: longitude and latitude, or easting and northing."));
    Vec2d p{x, y};
    const ChineseDatum d = chineseDatumFromName(crs.toStdString());
    if (d != ChineseDatum::None) {
        if (std::fabs(x) > 180 || std::fabs(y) > 90) return fail(tr("%1, %2 is not a place in %3.").arg(x).arg(y).arg(crs));
        p = toWgs84(d, p);
    } else {
        // The CRS taken exactly and the point checked against it (a projected CRS's area of use).
        const Outcome<Vec2d> place = pointToLonLat(crs.toStdString(), {x, y});
        if (!place)
            return fail(tr("%1, %2 is not a place in %3.").arg(x).arg(y).arg(crs) + " " + QString::fromStdString(place.why()));
        p = *place;
    }
    const QString x0 = x_->text(), y0 = y_->text();
    checkLonLat(p);
    // Keep what the user typed in the fields.
    x_->setText(x0);
    y_->setText(y0);
    return true;
}

void CheckPanel::checkLonLat(Vec2d lonLat) {
    if (!doc_) return;
    x_->setText(QString::number(lonLat.x, 'f', 6));
    y_->setText(QString::number(lonLat.y, 'f', 6));
    const int wgs = crs_->findData("EPSG:4326");
    crs_->setCurrentIndex(wgs);
    result_ = locate(*doc_, lonLat, within_->value());
    auto name = [&](const LocateHit& h) {
        const Feature& f = doc_->feature(h.feature);
        return "<a href='" + featureLink(h.feature) + "'>" +
               q(f.value("name_zh")).toHtmlEscaped() + "</a> <span style='color:#888'>" +
               displayNameOfKind(f.value("kind")).toHtmlEscaped() + "</span> " +
               (h.inside ? tr("inside") : metres(h.metres));
    };
    QString h = "<p><b>" + QString("%1°E  %2°N").arg(lonLat.x, 0, 'f', 6).arg(lonLat.y, 0, 'f', 6) + "</b> (WGS 84)</p>";
    auto section = [&](const QString& title, const std::vector<LocateHit>& v) {
        h += "<h4>" + title + "</h4>";
        if (v.empty()) h += "<p style='color:#888'>" + tr("none") + "</p>";
        for (const LocateHit& x : v) h += name(x) + "<br>";
    };
    section(tr("Zones, belts and parks (inside or within %1)").arg(metres(within_->value())), result_.areas);
    section(tr("Corridors and axes within %1").arg(metres(within_->value())), result_.corridors);
    section(tr("Nearest hubs"), result_.hubs);
    section(tr("Nearest stations"), result_.stations);
    section(tr("Nearest metro lines"), result_.metroLines);
    h += "<h4>" + tr("Plan clauses (%1)").arg(result_.clauses.size()) + "</h4>";
    for (const std::string& c : result_.clauses)
        h += "<a href='plan:" + q(c).toHtmlEscaped() + "'>" + q(plan_ ? plan_->pathOf(c) : c).toHtmlEscaped() + "</a> [" +
             q(c).toHtmlEscaped() + "]<br>";
    h += "<h4>" + tr("Targets (%1)").arg(result_.targets.size()) + "</h4>";
    for (const std::string& t : result_.targets) {
        const Target* tt = plan_ ? plan_->findTarget(t) : nullptr;
        h += "<a href='plan:" + q(t).toHtmlEscaped() + "'>" +
             (tt ? q(tt->subject + " · " + tt->metric + " " + tt->comparator + " " + tt->target.text + tt->unit) : q(t)).toHtmlEscaped() +
             "</a><br>";
    }
    text_->setHtml(h);
    tabs_->setCurrentIndex(0);
    emit placeChecked(lonLat);
}

void CheckPanel::openLink(const QUrl& url) {
    followPanelLink(
        url, [this](FeatureRef f) { emit featureActivated(f); }, [this](const QString& id) { emit planElementActivated(id); });
}

void CheckPanel::showProjects(LayerId layer) {
    const Layer* l = doc_ ? doc_->layer(layer) : nullptr;
    if (!l) return;
    projectLayer_ = layer;
    auto checked = checkProjects(*doc_, *l);
    rows_ = checked ? checked.take() : std::vector<ProjectRow>{};
    if (!checked) text_->setHtml("<p style='color:#b00'>" + QString::fromStdString(checked.problem().toLine()).toHtmlEscaped() + "</p>");
    table_->setSortingEnabled(false);
    table_->setRowCount(int(rows_.size()));
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const ProjectRow& r = rows_[i];
        QStringList zones;
        for (const std::string& z : r.zones) zones << q(z);
        QStringList clauses;
        for (const std::string& c : r.clauses) clauses << q(c);
        auto* name = new QTableWidgetItem(q(r.name));
        name->setData(Qt::UserRole, int(i));
        table_->setItem(int(i), 0, name);
        table_->setItem(int(i), 1, new QTableWidgetItem(zones.join("；")));
        table_->setItem(int(i), 2, new QTableWidgetItem(q(r.hub)));
        table_->setItem(int(i), 3, new NumberItem(r.hubMetres));
        table_->setItem(int(i), 4, new QTableWidgetItem(q(r.station)));
        table_->setItem(int(i), 5, new NumberItem(r.stationMetres));
        table_->setItem(int(i), 6, new QTableWidgetItem(clauses.join(" ")));
    }
    table_->setSortingEnabled(true);
    table_->resizeColumnsToContents();
    tabs_->setCurrentIndex(1);
}

Problem CheckPanel::exportProjects(const QString& path) {
    const Layer* l = doc_ ? doc_->layer(projectLayer_) : nullptr;
    if (!l) return Diagnostic::error(path.toStdString(), tr("Open a projects file first.").toStdString());
    return writeProjectReport(rows_, path.toStdString(), l->sourcePath);
}

}  // namespace pa
