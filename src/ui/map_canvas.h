#pragma once
// The interactive map. Pan by drag or arrow keys, zoom by wheel about the cursor or +/-, Home for
// the full extent. Its surface (ui/map_surface) draws the frames: OpenGL on a GPU; where OpenGL is
// a software rasteriser the scene's layers are painted by the QPainter backend on worker threads
// instead, one picture a view (render/map_picture), and a plain widget shows, moves and draws over it.
#include <QImage>
#include <QWidget>
#include <QTimer>
#include <QVariantAnimation>

#include <memory>
#include <functional>
#include <optional>
#include <set>
#include <string>

#include "core/feature_ref.h"
#include "core/map_settings.h"
#include "core/viewport.h"
#include "render/frame_stats.h"
#include "render/label_layout.h"
#include "render/scene_worker.h"

class QLabel;

namespace pa {

class MapDocument;
class MapSurface;
struct MapFrame;

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    // Who draws the layers: OpenGL, painted pictures, or (Auto) pictures where OpenGL is software
    // (no GPU device, or the driver says so). For canvases made from now on (`planatlas --backend`).
    enum class Backend { Auto, OpenGL, Painter };
    static void setDefaultBackend(Backend b);
    // Whether OpenGL draws the layers (so they are read with their fill triangles); known from the
    // start, except that Auto may still turn to pictures once the driver names itself.
    bool drawsWithOpenGL() const { return !pictures_; }

    // The document drawn; the canvas follows its change signals (layers, states, style).
    void setDocument(const MapDocument* doc);
    // What the canvas shows, as settings: the document's layers, this view, the labels' language
    // and the overlays (selection, pin, measured path). Exports of "this view" start from it.
    MapSettings settings() const;
    // A scene is being prepared for the canvas (after a change of layers, states or style).
    bool preparing() const { return worker_.busy() || pendingScene_ != nullptr; }
    // What the tiles of layers read by view hold now, and their budget (the bench watches them).
    std::size_t viewTileBytes() { return worker_.cache().viewTiles().bytes(); }
    const Viewport& viewport() const { return viewport_; }
    void setView(Vec2d center, double resolution);
    void zoomToFullExtent();
    // The document's home extent (the district for the bundled plan); the full extent without one.
    void zoomToHome();
    void zoomBy(double factor);
    void panByPixels(double dx, double dy);
    const FrameStats& lastFrame() const;
    // No zoom animation running, no scene being prepared, the last frame drawn exactly (not a moving
    // preview).
    bool isSettled() const;
    // The last frame shows this view exactly (not moving, not a preview, drawn whole), though more
    // may still come: the margin of a large picture, tiles being read, a newer scene.
    bool showsExactly() const;
    QString glError() const { return glError_; }

    // Features under a widget position (logical pixels), the likeliest first; hidden layers skipped.
    std::vector<FeatureRef> pickAt(QPointF pos) const;
    // Drawn highlighted over the map.
    void setSelection(const std::vector<FeatureRef>& features);
    const std::vector<FeatureRef>& selection() const { return selection_; }
    // A marked place (the location being checked), drawn over the map; nullopt clears it.
    void setPin(std::optional<Vec2d> mapPoint);
    // Places a tool marks on the map (display CRS), drawn as rings over everything; empty clears them.
    void setMarks(std::vector<Vec2d> marks);
    const std::vector<Vec2d>& marks() const { return marks_; }
    // Moves the pin, the marks and the measured path through `f` (a change of display CRS).
    void transformMarks(const std::function<Vec2d(Vec2d)>& f);
    // Measuring: clicks add vertices, the cursor extends the path live, a double-click ends it,
    // Esc clears it. Area mode closes the path into a ring.
    enum class Measure { Off, Distance, Area };
    void setMeasure(Measure m);
    Measure measure() const { return measure_; }
    // The measured path in display-CRS coordinates, with the cursor's position last while it runs.
    std::vector<Vec2d> measurePath() const;
    void addMeasurePoint(Vec2d mapPoint);
    void finishMeasure() { measureDone_ = true; selectionDirty_ = true; redraw(); }
    // Labels in "zh" (name_zh) or "en" (name_en).
    void setLabelLanguage(const std::string& lang);
    // The labels the last frame placed (logical px boxes per label) and their text.
    const std::vector<PlacedLabel>& placedLabels() const;
    std::u32string labelText(int id) const;
    // A frame drawn now and read back (device px), as the screen shows it.
    QImage grabFramebuffer();
    // While set, a click on the map gives its display-CRS position to `taker` (a tool picking places:
    // the georeferencer's control points) instead of selecting or measuring; an empty function ends it.
    void setPointTaker(std::function<void(Vec2d)> taker) { pointTaker_ = std::move(taker); }
    // Flies to a display-CRS extent: the view pulls back and glides in, over `ms` milliseconds.
    void flyTo(const Bounds& extent, int ms = 1200);
    // Shows a display-CRS extent with a margin (at least `minSpan` display units wide).
    void zoomToBounds(const Bounds& b, double minSpan);

    // For the surface: a frame begins (false: this surface is being replaced, draw nothing), ends;
    // the surface's OpenGL started (a problem, or none) on a driver that is or is not software.
    bool beginFrame(MapSurface& surface, MapFrame& frame);
    void endFrame(const MapFrame& frame);
    void surfaceStarted(const QString& problem, bool softwareRenderer);

signals:
    void cursorMoved(double mapX, double mapY);
    void viewChanged();
    void renderFailed(const QString& why);
    // A click (press and release without dragging) at a widget position (not while measuring).
    void clicked(QPointF pos);
    void measureChanged();
    // The user asked for the context menu at a widget position.
    void contextRequested(QPointF pos);
    // Raster tiles or basemap tiles that could not be read (each source and reason once).
    void sourceProblems(const Diagnostics& problems);

protected:
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    bool event(QEvent* e) override;
    void contextMenuEvent(QContextMenuEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    void changed();
    void redraw();
    void useSurface(bool pictures);
    // The scene (and, with pictures, the picture) of the view now, or of `at`.
    void requestScene(const Viewport* at = nullptr);
    void tellProblems(const Scene& scene);  // the scene's source problems not already told
    void dropRemovedLayer(LayerId id);
    bool hasRasters() const;
    void showAttribution(const std::vector<std::string>& attributions);
    void placeAttribution();
    MapOverlays overlays() const;
    // User input: show previews of the cached frame while the view moves, draw exactly once it rests.
    void interacted();
    void settle();  // the view has come to rest
    void paintWhereItWillRest(const Viewport& target);
    void animateZoom(Vec2d screenAnchor, double factor);
    void animatePan(double dx, double dy);

    const MapDocument* doc_ = nullptr;
    SceneWorker worker_;
    Backend backend_;
    bool pictures_ = false;
    std::shared_ptr<const Scene> pendingScene_;  // prepared, not yet uploaded
    std::shared_ptr<const MapPicture> pendingPicture_;
    bool awaitingScene_ = false;  // a scene (or picture) has been asked for and none of it has come
    // The view and framebuffer the last picture was asked for (pictures: one request a view).
    Viewport pictureAsked_;
    QSize pictureAskedFb_;
    void askPictureIfNeeded(const Viewport& vp, QSize fb);
    std::set<std::string> told_;                 // source problems already in the message bar
    std::size_t tilesPending_ = 0;               // raster tiles still being read for the last scene
    QLabel* attribution_ = nullptr;              // the basemaps' attribution, bottom right
    bool haveView_ = false;
    enum class Fit { None, Home, Full };
    Fit fitShown_ = Fit::None;  // refit on resize until the user moves the map
    void fit(Fit which);
    Viewport viewport_;
    MapSurface* surface_ = nullptr;  // a child filling the canvas
    std::string labelLanguage_ = "zh";
    QPointF lastDrag_, pressPos_;
    std::vector<FeatureRef> selection_;
    std::optional<Vec2d> pin_;
    std::vector<Vec2d> marks_;
    Measure measure_ = Measure::Off;
    std::vector<Vec2d> measurePoints_;
    std::optional<Vec2d> measureCursor_;
    bool measureDone_ = false;
    std::function<void(Vec2d)> pointTaker_;
    bool selectionDirty_ = false;
    bool dragging_ = false;
    QString glError_;

    QTimer settleTimer_;
    bool moving_ = false;
    QVariantAnimation zoomAnimation_;
    QVariantAnimation panAnimation_;
    QVariantAnimation flyAnimation_;
    Vec2d flyFrom_, flyTo_;
    double flyResFrom_ = 1, flyResTo_ = 1, flyBump_ = 0;
    Vec2d panFrom_, panTo_;
    double zoomFrom_ = 1, zoomTo_ = 1;
    Vec2d zoomAnchorScreen_, zoomAnchorMap_;
};

}  // namespace pa
