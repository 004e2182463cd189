#include "io/geodata_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

std::vector<std::string> bundledGeodataFiles() {
    QDir dir(QString::fromStdString(bundledGeodataDir()));
    std::vector<std::string> out;
    for (const QFileInfo& fi : dir.entryInfoList({"*.geojson", "*.gpkg", "*.fgb"}, QDir::Files, QDir::Name))
        out.push_back(fi.absoluteFilePath().toStdString());
    return out;
}

}  // namespace pa
