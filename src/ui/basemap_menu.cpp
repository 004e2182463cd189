#include "ui/basemap_menu.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QSettings>

#include "document/map_document.h"
#include "io/basemaps.h"
#include "ui/message_bar.h"
#include "ui/ui_language.h"

namespace pa {

BasemapMenu::BasemapMenu(MapDocument& doc, MessageBar* messages, QWidget* parent)
    : QMenu(tr("&Basemap"), parent), doc_(doc), messages_(messages) {
    setObjectName("basemapMenu");
    std::string problem;
    for (const BasemapPreset& p : basemapPresets(&problem)) {
        QString name = QString::fromStdString(uiLanguage() == "zh" ? p.nameZh : p.nameEn);
        if (p.tiles.datum == ChineseDatum::Gcj02) name += tr(" (GCJ-02, aligned to WGS 84)");
        if (p.tiles.datum == ChineseDatum::Bd09) name += tr(" (BD-09, aligned to WGS 84)");
        if (!p.keyName.empty()) name += tr(" (needs a key)");
        QAction* a = addAction(name, this, [this, id = p.id] { messages_->showMessages(add(id)); });
        a->setObjectName(QString::fromStdString("basemap-" + p.id));
    }
    if (!problem.empty()) messages_->showMessages({{Diagnostic::Severity::Warning, "assets/basemaps.json", problem}});
    addSeparator();
    addAction(tr("Tile service by &URL…"), this, [this] {
        bool ok = false;
        const QString url = QInputDialog::getText(
            parentWidget(), tr("Tile service"),
            tr("URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png\n"
               "Add ,gcj02 for Amap or Tencent tiles, ,bd09 for BD-09 tiles, ,attribution=… for the credit line."),
            QLineEdit::Normal, QString(), &ok);
        if (ok && !url.trimmed().isEmpty()) messages_->showMessages(add(url.trimmed().toStdString()));
    });
    addAction(tr("Tile &file (MBTiles, GeoPackage)…"), this, [this] {
        const QString f = QFileDialog::getOpenFileName(parentWidget(), tr("Basemap tile file"), QString(),
                                                       tr("Tile files (*.mbtiles *.gpkg *.tif *.tiff *.vrt);;All files (*)"));
        if (!f.isEmpty()) messages_->showMessages(add(f.toStdString()));
    });
    addSeparator();
    addAction(tr("&Remove basemaps"), this, &BasemapMenu::removeAll);
}

Diagnostics BasemapMenu::add(const std::string& source, bool ask) {
    const std::string id = source.substr(0, source.find(','));
    const BasemapPreset* preset = findBasemapPreset(id);
    std::string spec = source;
    if (preset && !preset->keyName.empty() && source.find("key=") == std::string::npos) {
        QSettings settings;
        const QString setting = QString::fromStdString("basemaps/keys/" + preset->keyName);
        QString key = settings.value(setting).toString();
        if (key.isEmpty() && ask) {
            bool ok = false;
            key = QInputDialog::getText(parentWidget(), tr("Key for %1").arg(QString::fromStdString(preset->nameEn)),
                                        tr("%1 serves its tiles with a key of your own (free from the service's "
                                           "developer site). It is remembered on this computer.")
                                            .arg(QString::fromStdString(uiLanguage() == "zh" ? preset->nameZh : preset->nameEn)),
                                        QLineEdit::Normal, QString(), &ok)
                      .trimmed();
            if (!ok) return {};
            if (!key.isEmpty()) settings.setValue(setting, key);
        }
        if (!key.isEmpty()) spec += ",key=" + key.toStdString();
    }
    return doc_.addBasemap(spec);
}

void BasemapMenu::removeAll() {
    std::vector<LayerId> basemaps;
    for (const LayerState& s : doc_.states())
        if (s.group == MapDocument::kBasemapGroup) basemaps.push_back(s.id);
    for (LayerId id : basemaps) doc_.removeLayer(id);
}

}  // namespace pa
