#pragma once
// The layer tree: the plan's groups (spatial structure, blue-green network, transport, project
// sites, boundary, user layers), each layer with a visibility checkbox and a legend of its kinds
// whose swatches are drawn from the same style the map uses; an opacity slider for the current
// layer; drag a layer to reorder the drawing (top of the list is drawn on top); Remove from its
// context menu. It follows the document's signals.
#include <QWidget>

#include <map>
#include <string>
#include <vector>

#include "core/layer.h"

class QSlider;
class QTreeWidget;
class QTreeWidgetItem;

namespace pa {

class MapDocument;
struct Symbol;
struct ColorRamp;

class LayerTree : public QWidget {
    Q_OBJECT
public:
    explicit LayerTree(QWidget* parent = nullptr);
    // Shows the document and follows it; titles and kind names come from geodata/layers.json.
    void setDocument(MapDocument* doc);
    QTreeWidget* tree() const { return tree_; }
    QSlider* opacity() const { return opacity_; }
    QSlider* brightness() const { return brightness_; }
    QSlider* contrast() const { return contrast_; }
    // The tree item of a layer, for tests.
    QTreeWidgetItem* itemOfLayer(LayerId layer) const;
    // The layer of the current item (0: none).
    LayerId currentLayer() const;
    // Applies the order the tree shows to the document (after a drag).
    void applyOrderFromTree();

private:
    void rebuild();
    // Check boxes from the document's states, without rebuilding (the user may be clicking one).
    void syncStates();
    void showMenu(const QPoint& pos);
    std::vector<std::string> groupsInOrder() const;
    QIcon swatch(const Symbol& s, int shape) const;
    QIcon rampSwatch(const ColorRamp& ramp) const;

    MapDocument* doc_ = nullptr;
    QTreeWidget* tree_;
    QSlider* opacity_;
    QSlider *brightness_, *contrast_;  // raster layers
    bool building_ = false;
};

// Human names of the bundled layers, groups and kinds (geodata/layers.json), in the UI language.
QString displayNameOfLayer(const std::string& layerName);
QString displayNameOfGroup(const std::string& group);
QString displayNameOfKind(const std::string& kind);
// A status or accuracy value ("planned", "approximate") in the UI language.
QString displayTerm(const std::string& value);

}  // namespace pa
