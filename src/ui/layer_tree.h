#pragma once
// The layer tree: the plan's groups (spatial structure, blue-green network, transport, project
// sites, boundary, user layers), each layer with a visibility checkbox and a legend of its kinds
// whose swatches are drawn from the same style the map uses; an opacity slider for the current
// layer; drag a layer to reorder the drawing (top of the list is drawn on top).
#include <QWidget>

#include <map>
#include <string>

class QSlider;
class QTreeWidget;
class QTreeWidgetItem;

namespace pa {

class MapDocument;
struct Symbol;

class LayerTree : public QWidget {
    Q_OBJECT
public:
    explicit LayerTree(QWidget* parent = nullptr);
    // Rebuilds the tree from the document; titles and kind names come from geodata/layers.json.
    void setDocument(MapDocument* doc);
    QTreeWidget* tree() const { return tree_; }
    QSlider* opacity() const { return opacity_; }
    // The tree item of a layer (by document index), for tests.
    QTreeWidgetItem* itemOfLayer(int layer) const;
    // Applies the order the tree shows to the document (after a drag).
    void applyOrderFromTree();

signals:
    // Visibility, opacity or order changed in the document.
    void layersChanged();

private:
    void rebuild();
    QIcon swatch(const Symbol& s, int shape) const;

    MapDocument* doc_ = nullptr;
    QTreeWidget* tree_;
    QSlider* opacity_;
    bool building_ = false;
};

// Human names of the bundled layers, groups and kinds (geodata/layers.json), in the UI language.
QString displayNameOfLayer(const std::string& layerName);
QString displayNameOfGroup(const std::string& group);
QString displayNameOfKind(const std::string& kind);
// A status or accuracy value ("planned", "approximate") in the UI language.
QString displayTerm(const std::string& value);

}  // namespace pa
