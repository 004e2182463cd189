#pragma once
// The QPainter backend: a prepared scene painted into any QPainter device — an image (PNG), a PDF
// or an SVG page — in the same order and with the same symbols as the OpenGL backend: every fill,
// then polygon outlines, lines and markers, layers bottom first; then the overlays; then the
// labels, placed by the same candidates and placer. Vector output keeps paths and real text.
#include <QPainter>
#include <QString>

#include <atomic>
#include <cstdint>
#include <unordered_map>

#include "core/viewport.h"
#include "render/coverage_fill.h"
#include "render/scene.h"

namespace pa {

// What a painting drew (an item crossing bands painted in parallel counts in each).
struct PaintCounts {
    std::atomic<std::size_t> polygons{0}, lines{0}, markers{0}, tiles{0};
};

struct PaintTarget {
    Viewport view;             // what to paint, in logical px (the painter is translated to its top-left)
    double devicePerLogical = 1;  // device units per logical px: the dpr for an image, dpi/96 on a page
    QString fontFamily;        // empty: the CJK family the map uses
    Bounds only;               // display CRS: paint only what meets it (a band of the view); empty: all
    RasterRows raster;         // the image's own pixels (paintSceneImage): small polygons filled straight into them
    bool layersOnly = false;   // the background and the layers alone: no overlays, labels or attribution
    bool labelsAfter = false;  // no labels or attribution: the caller paints them (paintSceneTop) over all the pieces
    const std::atomic<bool>* cancel = nullptr;  // when set, painting stops (what is painted is incomplete)
    PaintCounts* counts = nullptr;
};

// Paints the map into [0, view.width()] x [0, view.height()] logical px of the painter's current
// coordinates, scaled by the caller to the device. Clips to that rectangle.
void paintScene(QPainter& painter, const Scene& scene, const PaintTarget& target);
// What paintScene paints over the layers and overlays: the labels and the attribution.
void paintSceneTop(QPainter& painter, const Scene& scene, const PaintTarget& target);
// The side of the pieces (device px) paintSceneInto paints a picture in: 256 KB of pixels, within a
// core's second-level cache.
constexpr int kTileSide = 256;

// The sources' attributions ("© OpenStreetMap contributors | 天地图"), one line in the bottom-right
// corner of `rect`: on every picture of a map with a basemap, whichever backend drew it.
void paintAttribution(QPainter& painter, const std::vector<std::string>& attributions, const QRectF& rect,
                      const QString& fontFamily = {});

struct PictureOptions {
    bool layersOnly = false;  // as PaintTarget::layersOnly (the window draws the rest over the picture)
    const std::atomic<bool>* cancel = nullptr;
    PaintCounts* counts = nullptr;
    // Device px of the image left as they are (a picture painted already of the view within it): only
    // what lies around it is painted. Empty: the whole image.
    QRect keep;
};

// The scene's view as an image (its size x dpr pixels), painted with QPainter.
QImage paintSceneImage(const Scene& scene, const PictureOptions& options = {});
// The scene at `view` painted into `image` (ARGB32 premultiplied), filling it: in tiles, on every core.
void paintSceneInto(QImage& image, const Scene& scene, const Viewport& view, const PictureOptions& options = {});

// Layers painted over a picture of the scene (the window's selection, pin and measured path: prepared
// with prepareOverlays(..., gpu = false)), in logical px, `k` device px per logical px.
void paintOverlays(QPainter& painter, const std::vector<SceneLayer>& overlays, const Viewport& vp, double k);
// The QPainter backend's label type: fonts at device pixel size (`k` device px per logical px),
// each glyph's advance measured once.
class LabelFonts {
public:
    LabelFonts(QString family, double k);
    const QFont& font(float sizeLogicalPx);
    float advance(char32_t ch, float sizeLogicalPx);  // logical px
    // One glyph centred on the painter's origin, in device units: its halo stroked, then the glyph as text.
    void paintGlyph(QPainter& p, char32_t ch, const LabelStyle& style);

private:
    QString family_;
    double k_;
    std::unordered_map<int, QFont> fonts_;
    std::unordered_map<std::uint64_t, float> advances_;
};

// The labels placed for `vp` and painted as real text over a halo; what was placed (logical px).
std::vector<PlacedLabel> paintLabels(QPainter& painter, const std::vector<LabelSource>& sources, const Viewport& vp,
                                     double k, const QString& family);

// The first of these families that is installed (the CJK fonts differ per machine).
QString firstInstalledFamily(std::initializer_list<const char*> families);
// The family map labels use: Noto Sans CJK SC where installed.
QString mapFontFamily();

// The pen of a symbol's stroke (width in logical px); dashes in the style's logical px.
QPen symbolPen(const Symbol& s, float opacity = 1.0f);
QColor toQColor(const Rgba& c, float opacity = 1.0f);

}  // namespace pa
