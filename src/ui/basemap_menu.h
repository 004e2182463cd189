#pragma once
// The Basemap menu: the presets of assets/basemaps.json (a service that needs a key asks for it
// once and remembers it), a tile service by URL template, a local tile file for offline work, and
// removing the basemaps. Basemaps go under every layer, in the layer tree's Basemaps group.
#include <QMenu>

#include <string>

#include "core/diagnostic.h"

namespace pa {

class MapDocument;
class MessageBar;

class BasemapMenu : public QMenu {
    Q_OBJECT
public:
    BasemapMenu(MapDocument& doc, MessageBar* messages, QWidget* parent);
    // Adds a basemap: a preset name (with ,key=… or the remembered key), a URL template or a tile
    // file. `ask`: a preset without a key asks for one (not while taking a screenshot).
    Diagnostics add(const std::string& source, bool ask = true);
    // Takes every basemap out of the document.
    void removeAll();

private:
    MapDocument& doc_;
    MessageBar* messages_;
};

}  // namespace pa
