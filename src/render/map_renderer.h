#pragma once
// Draws layers with OpenGL (3.3 core or ES 3.0). Owns GL objects: create, use and destroy it with
// the same context current. Draw order: all fills, all polygon outlines, all lines, all markers.
#include <QOpenGLExtraFunctions>
#include <QSize>

#include <map>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "core/style.h"
#include "core/viewport.h"
#include "render/gl_objects.h"
#include "render/gpu_layer.h"
#include "render/frame_stats.h"
#include "render/map_picture.h"
#include "render/scene.h"
#include "render/vertex_layout.h"

class QOpenGLFramebufferObject;
class QOpenGLShaderProgram;

namespace pa {

class MapRenderer : protected QOpenGLExtraFunctions {
public:
    MapRenderer();
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    Problem initialize();
    bool isInitialized() const { return initialized_; }
    // What to draw: the scene's layers in its order and opacity, on its background. Arrays not yet
    // on the GPU are uploaded, then released on the CPU. False when some layer's arrays were
    // released by an earlier upload into another context: prepare that scene again.
    bool setScene(const Scene& scene);
    // Drawn over the scene every frame (selection, measured path, pin); replacing them redraws
    // nothing else.
    void setOverlays(const std::vector<SceneLayer>& overlays);
    // Frees every uploaded layer (a new context, or nothing to show).
    void clearScene();
    void setBackground(const Rgba& c);
    // Multisampling of the scene buffer (0 or 1 turns it off).
    void setSamples(int samples);
    // How long one frame may spend drawing the scene (0: no limit, the default). A frame that runs
    // out says so (lastFrame().partial); the next one goes on where it stopped.
    void setFrameBudget(int ms) { budgetMs_ = ms; }
    // Draws into the framebuffer bound now. The scene is drawn into a cache a margin larger than
    // the view; a later view that differs only by a whole-pixel pan within that margin is served
    // by shifting the cache, which is exact and costs no geometry.
    void render(const Viewport& vp, QSize framebufferPx, FrameMode mode = FrameMode::Exact);
    // Forget the cached frame (the next render draws the scene).
    void invalidate() { ++generation_; }
    const FrameStats& lastFrame() const { return stats_; }
    // Frees GL objects; needs the context current.
    void release();

private:
    struct Uploaded;
    // Where a drawing of the scene stands: pass (fills, hairlines, outlines, lines, markers), layer, chunk.
    struct DrawCursor {
        static constexpr int kPasses = 5;
        int pass = 0;
        std::size_t item = 0, chunk = 0;
        bool done() const { return pass >= kPasses; }
    };
    class Deadline {
    public:
        Deadline() = default;
        explicit Deadline(int ms) : ms_(ms), start_(std::chrono::steady_clock::now()) {}
        bool passed() const {
            return ms_ > 0 && std::chrono::steady_clock::now() - start_ >= std::chrono::milliseconds(ms_);
        }

    private:
        int ms_ = 0;
        std::chrono::steady_clock::time_point start_;
    };
    struct Item {
        const Uploaded* layer;
        float opacity;
        std::uint64_t serial = 0;  // the upload's, compared instead of the pointer (which may be freed)
        const std::vector<SceneTile>* tiles = nullptr;  // a raster layer's, drawn in the fill pass
    };
    struct SceneEntry {
        const GpuLayerData* data;
        float opacity;
        std::vector<SceneTile> tiles;
    };
    std::unique_ptr<Uploaded> beginUpload(const GpuLayerData& d);
    bool uploadStep(Uploaded& u, const GpuLayerData& d, int& step);  // true after the last step
    std::unique_ptr<Uploaded> uploadLayer(const GpuLayerData& d);  // all steps at once
    bool uploadPending(const Deadline& deadline);                  // true when nothing is left
    void rebuildItems();
    GlVertexArray layoutVao(const VertexLayout& layout, unsigned buffer, unsigned corners = 0);
    bool drawItems(const std::vector<Item>& items, const Viewport& vp, QSize fb, DrawCursor& at, const Deadline& deadline);
    void drawOverlay(unsigned target, const Viewport& vp, QSize fb);
    void clearTarget(QSize fb);
    void ensureCacheBuffers(QSize size);
    void continueCache();
    bool cacheServes(const Viewport& vp, QSize fb, int shift[2]) const;
    void renderCache(const Viewport& vp, QSize fb);
    void composite(unsigned target, QSize fb, const int shift[2]);
    bool preview(unsigned target, const Viewport& vp, QSize fb);
    bool drawFills(const std::vector<Item>& items, const Viewport& vp, const Bounds& visible, DrawCursor& at,
                   const Deadline& deadline);
    bool usesHairlines(const Uploaded& u, const Viewport& vp) const;
    bool drawHairlines(const std::vector<Item>& items, const Viewport& vp, const Bounds& visible, DrawCursor& at,
                       const Deadline& deadline);
    bool drawSegments(const std::vector<Item>& items, bool outlines, const Viewport& vp, QSize fb, const Bounds& visible,
                      DrawCursor& at, const Deadline& deadline);
    bool drawTiles(const Item& item, const Viewport& vp, const Bounds& visible, DrawCursor& at, const Deadline& deadline);
    bool drawMarkers(const std::vector<Item>& items, const Viewport& vp, QSize fb, const Bounds& visible, DrawCursor& at,
                     const Deadline& deadline);
    void setCommonUniforms(QOpenGLShaderProgram& p, const Uploaded& u, const Viewport& vp, QSize fb, float opacity);

    bool initialized_ = false;
    std::unique_ptr<QOpenGLShaderProgram> fill_, fillHatch_, line_, marker_, composite_, preview_, raster_;
    std::unique_ptr<QOpenGLFramebufferObject> sceneFbo_, resolvedFbo_;
    GlVertexArray emptyVao_;
    int samples_ = 4;
    struct CacheKey {
        std::uint64_t generation = ~0ull;
        Viewport view;     // the enlarged view the cache holds
        QSize fb;          // the target size it was made for
        int margin[2] = {0, 0};
        DrawCursor cursor;  // how far the drawing of the cached scene has got
    } cache_;
    int budgetMs_ = 0;
    GlBuffer quadBuffer_;   // unit corners for line quads
    GlBuffer markerQuad_;   // -1..1 corners for markers
    struct Upload {
        std::weak_ptr<const GpuLayerData> owner;
        std::unique_ptr<Uploaded> uploaded;
        std::shared_ptr<GpuLayerData> pending;  // the arrays until every step is done
        int step = 0;
    };
    std::map<const GpuLayerData*, Upload> uploads_;
    std::vector<SceneEntry> sceneLayers_;  // the scene's layers, opacities and tiles, bottom first
    // A texture per raster tile of the scene (it holds the image, so the address stays its own).
    struct TileTexture {
        std::shared_ptr<const RasterImage> image;
        GlTexture texture;
    };
    std::map<const RasterImage*, TileTexture> textures_;
    std::vector<Item> items_;  // what the scene draws, bottom first
    std::vector<std::unique_ptr<Uploaded>> overlay_;
    Rgba background_{244, 242, 236, 255};
    std::uint64_t generation_ = 0;  // bumped whenever the drawn data changes
    FrameStats stats_;
};

}  // namespace pa
