#pragma once
// What shows the map canvas's frames, filling it: an OpenGL widget drawing the scene (MapRenderer and
// LabelRenderer), or, where the layers are painted pictures, a plain widget painting them
// (render/picture_frames) — a software rasteriser composes an OpenGL widget in 40-70 ms, a plain
// widget's frame is a blit. The canvas owns the view, the input and the scenes; the surface only
// draws, asking the canvas for each frame (MapCanvas::beginFrame) and telling it when done.
#include <QImage>
#include <QOpenGLWidget>
#include <QSize>
#include <QString>
#include <QWidget>

#include <memory>
#include <string>
#include <vector>

#include "core/label_placer.h"
#include "core/viewport.h"
#include "render/frame_stats.h"
#include "render/label_renderer.h"
#include "render/map_picture.h"
#include "render/map_renderer.h"
#include "render/picture_frames.h"
#include "render/scene.h"

namespace pa {

class MapCanvas;

// One frame the canvas asks for: its view, its framebuffer in device px, and whether it may be a preview.
struct MapFrame {
    Viewport view;
    QSize fb;
    FrameMode mode = FrameMode::Exact;
};

class MapSurface {
public:
    virtual ~MapSurface() = default;
    virtual QWidget* widget() = 0;
    // Whether the layers come as pictures painted on worker threads (no GPU arrays are prepared).
    virtual bool pictures() const = 0;
    // Within a frame (OpenGL current): a scene prepared for the canvas, with its picture where the
    // surface shows pictures. False when the scene must be prepared again (GPU arrays already given
    // to another context).
    virtual bool adoptScene(const std::shared_ptr<const Scene>& scene, const std::shared_ptr<const MapPicture>& picture) = 0;
    // Within a frame: what is drawn over the map (prepareOverlays, with GPU arrays unless pictures()).
    virtual void adoptOverlays(const std::vector<SceneLayer>& overlays) = 0;
    // Pictures: whether a frame of `vp` into `fb` would show the last picture exactly.
    virtual bool servesExactly(const Viewport& vp, QSize fb) const = 0;
    virtual const FrameStats& lastFrame() const = 0;
    virtual const std::vector<PlacedLabel>& placedLabels() const = 0;
    virtual std::u32string labelText(int id) const = 0;
    // A frame drawn now and read back, in device px.
    virtual QImage grabFrame() = 0;
};

class GlMapSurface : public QOpenGLWidget, public MapSurface {
public:
    explicit GlMapSurface(MapCanvas* canvas);
    ~GlMapSurface() override;
    QWidget* widget() override { return this; }
    bool pictures() const override { return false; }
    bool adoptScene(const std::shared_ptr<const Scene>& scene, const std::shared_ptr<const MapPicture>& picture) override;
    void adoptOverlays(const std::vector<SceneLayer>& overlays) override;
    bool servesExactly(const Viewport&, QSize) const override { return false; }
    const FrameStats& lastFrame() const override { return renderer_.lastFrame(); }
    const std::vector<PlacedLabel>& placedLabels() const override { return labels_.placed(); }
    std::u32string labelText(int id) const override { return labels_.textOf(id); }
    QImage grabFrame() override { return grabFramebuffer(); }

protected:
    void initializeGL() override;
    void paintGL() override;

private:
    void cleanup();
    MapCanvas* canvas_;
    MapRenderer renderer_;
    LabelRenderer labels_;
};

class PictureMapSurface : public QWidget, public MapSurface {
public:
    explicit PictureMapSurface(MapCanvas* canvas);
    QWidget* widget() override { return this; }
    bool pictures() const override { return true; }
    bool adoptScene(const std::shared_ptr<const Scene>& scene, const std::shared_ptr<const MapPicture>& picture) override;
    void adoptOverlays(const std::vector<SceneLayer>& overlays) override { frames_.setOverlays(overlays); }
    bool servesExactly(const Viewport& vp, QSize fb) const override { return frames_.servesExactly(vp, fb); }
    const FrameStats& lastFrame() const override { return frames_.lastFrame(); }
    const std::vector<PlacedLabel>& placedLabels() const override { return frames_.placed(); }
    std::u32string labelText(int id) const override { return frames_.textOf(id); }
    QImage grabFrame() override { return grab().toImage(); }

protected:
    void paintEvent(QPaintEvent* e) override;

private:
    MapCanvas* canvas_;
    PictureFrames frames_;
};

}  // namespace pa
