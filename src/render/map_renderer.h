#pragma once
// Draws layers with OpenGL (3.3 core or ES 3.0). Owns GL objects: create, use and destroy it with
// the same context current. Draw order: all fills, all polygon outlines, all lines, all markers.
#include <QOpenGLExtraFunctions>
#include <QSize>

#include <memory>
#include <string>
#include <vector>

#include "core/style.h"
#include "core/viewport.h"
#include "render/gpu_layer.h"

class QOpenGLShaderProgram;

namespace pa {

struct FrameStats {
    std::size_t layersDrawn = 0;
    std::size_t triangles = 0;
    std::size_t segments = 0;
    std::size_t markers = 0;
};

class MapRenderer : protected QOpenGLExtraFunctions {
public:
    MapRenderer();
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    bool initialize(std::string* error);
    bool isInitialized() const { return initialized_; }
    // Replaces the drawn layers; the data is uploaded and may be discarded afterwards.
    void setLayers(std::vector<GpuLayerData> layers);
    void setBackground(const Rgba& c) { background_ = c; }
    void render(const Viewport& vp, QSize framebufferPx);
    const FrameStats& lastFrame() const { return stats_; }
    // Frees GL objects; needs the context current.
    void release();

private:
    struct Uploaded;
    void drawSegments(const std::vector<std::unique_ptr<Uploaded>>& layers, bool outlines, const Viewport& vp,
                      QSize fb);
    void setCommonUniforms(QOpenGLShaderProgram& p, const Uploaded& u, const Viewport& vp, QSize fb);

    bool initialized_ = false;
    std::unique_ptr<QOpenGLShaderProgram> fill_, line_, marker_;
    unsigned quadBuffer_ = 0;   // unit corners for line quads
    unsigned markerQuad_ = 0;   // -1..1 corners for markers
    std::vector<std::unique_ptr<Uploaded>> layers_;
    Rgba background_{244, 242, 236, 255};
    FrameStats stats_;
};

}  // namespace pa
