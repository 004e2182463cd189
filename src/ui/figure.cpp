#include "ui/figure.h"

#include <QCoreApplication>
#include <QDate>

#include "analysis/feature_relations.h"
#include "render/scene.h"
#include "ui/layer_tree.h"

namespace pa {

ExportOptions figureOptions(const MapDocument& doc, const MapSettings& settings, const QString& title) {
    ExportOptions o;
    const std::optional<double> unitsPerMetre = displayUnitsPerMetre(doc, settings.extent.center());
    o.metresPerUnit = unitsPerMetre ? 1.0 / *unitsPerMetre : 0.0;  // 0: the page has no scale bar
    o.kindName = [](const std::string& k) {
        return displayNameOfKind(k) == QString::fromStdString(k) ? displayTerm(k) : displayNameOfKind(k);
    };
    o.legendTitle = QCoreApplication::translate("pa::Figure", "Legend");
    o.title = !title.isEmpty() ? title
                               : QCoreApplication::translate("pa::Figure", "Tianhe District 14th Five-Year Plan: spatial layout");
    o.sourceNote = QCoreApplication::translate("pa::Figure",
                                               "Data: the plan text; boundaries and metro from DataV and MetroMan (GCJ-02 "
                                               "converted to WGS 84); CRS %1. Schematic and approximate positions: "
                                               "docs/geodata.md")
                       .arg(QString::fromStdString(doc.displayCrs()));
    o.date = QDate::currentDate().toString(Qt::ISODate);
    return o;
}

Problem exportFigure(const MapDocument& doc, const MapSettings& settings, const ExportOptions& options,
                     const std::string& path, Diagnostics* warnings) {
    const Scene scene = prepareScene(doc.snapshot(), settings, nullptr, nullptr, /*gpu=*/false);
    if (warnings) warnings->insert(warnings->end(), scene.problems.begin(), scene.problems.end());
    return exportMap(path, scene, options);
}

}  // namespace pa
