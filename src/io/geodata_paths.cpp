#include "io/geodata_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdlib>

namespace pa {

std::string dataRoot() {
    if (const char* env = std::getenv("PLANATLAS_DATA_DIR"); env && *env) return env;
    if (QCoreApplication::instance()) {
        const QString installed = QCoreApplication::applicationDirPath() + "/../share/planatlas";
        if (QFileInfo::exists(installed + "/geodata")) return QDir(installed).absolutePath().toStdString();
    }
    return PLANATLAS_SOURCE_DIR;
}

std::string bundledGeodataDir() { return dataRoot() + "/geodata"; }
std::string defaultStylePath() { return dataRoot() + "/assets/styles/default.json"; }

std::vector<BundledLayer> bundledLayers() {
    const QDir dir(QString::fromStdString(bundledGeodataDir()));
    std::vector<BundledLayer> out;
    // layers.json gives the drawing order (bottom first) and each file's group; a file it does not name
    // still loads, after the listed ones, so a dropped-in layer is never silently ignored.
    QFile manifest(dir.filePath("layers.json"));
    if (manifest.open(QIODevice::ReadOnly)) {
        const QJsonArray order = QJsonDocument::fromJson(manifest.readAll()).object()["layers"].toArray();
        for (const QJsonValue& v : order) {
            const QJsonObject o = v.toObject();
            const QString path = dir.filePath(o["file"].toString());
            if (!o["file"].toString().isEmpty() && QFileInfo::exists(path))
                out.push_back({QFileInfo(path).absoluteFilePath().toStdString(), o["group"].toString().toStdString()});
        }
    }
    for (const QFileInfo& fi : dir.entryInfoList({"*.geojson", "*.gpkg", "*.fgb"}, QDir::Files, QDir::Name)) {
        const std::string path = fi.absoluteFilePath().toStdString();
        if (std::none_of(out.begin(), out.end(), [&](const BundledLayer& l) { return l.path == path; }))
            out.push_back({path, ""});
    }
    return out;
}

Bounds bundledHomeLonLat() {
    QFile manifest(QDir(QString::fromStdString(bundledGeodataDir())).filePath("layers.json"));
    Bounds b;
    if (!manifest.open(QIODevice::ReadOnly)) return b;
    const QJsonArray home = QJsonDocument::fromJson(manifest.readAll()).object()["home"].toArray();
    if (home.size() == 4) {
        b.extend({home[0].toDouble(), home[1].toDouble()});
        b.extend({home[2].toDouble(), home[3].toDouble()});
    }
    return b;
}

std::vector<std::string> bundledGeodataFiles() {
    std::vector<std::string> out;
    for (const BundledLayer& l : bundledLayers()) out.push_back(l.path);
    return out;
}

}  // namespace pa
