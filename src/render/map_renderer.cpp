#include "render/map_renderer.h"

#include <QOpenGLFramebufferObject>
#include <QOpenGLShaderProgram>

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "render/map_renderer_uploaded.h"
#include "render/shader_library.h"
#include "render/vertex_layout.h"

namespace pa {


MapRenderer::MapRenderer() = default;
MapRenderer::~MapRenderer() = default;

Problem MapRenderer::initialize() {
    initializeOpenGLFunctions();
    // The hairlines feed the fill program too: its inputs are the two layouts share.
    const struct {
        std::unique_ptr<QOpenGLShaderProgram>& program;
        const char *vertex, *fragment;
        const VertexLayout* layout;
    } programs[] = {{fill_, "fill", "fill", &hairlineLayout()},         {fillHatch_, "fill_hatch", "fill_hatch", &fillLayout()},
                    {line_, "line", "line", &segmentLayout()},          {marker_, "marker", "marker", &markerLayout()},
                    {composite_, "composite", "composite", nullptr}, {preview_, "composite", "preview", nullptr},
                    {raster_, "raster", "raster", nullptr}};
    for (const auto& p : programs) {
        auto built = buildProgram(p.vertex, p.fragment, p.layout);
        if (!built) return built.problem();
        p.program = built.take();
    }
    emptyVao_ = GlVertexArray::create();

    const float corners[] = {0, -1, 1, -1, 0, 1, 1, 1};
    quadBuffer_ = GlBuffer::create();
    glBindBuffer(GL_ARRAY_BUFFER, quadBuffer_.id());
    glBufferData(GL_ARRAY_BUFFER, sizeof(corners), corners, GL_STATIC_DRAW);
    const float markerCorners[] = {-1, -1, 1, -1, -1, 1, 1, 1};
    markerQuad_ = GlBuffer::create();
    glBindBuffer(GL_ARRAY_BUFFER, markerQuad_.id());
    glBufferData(GL_ARRAY_BUFFER, sizeof(markerCorners), markerCorners, GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    initialized_ = true;
    return std::nullopt;
}

namespace {

// Strokes and markers reach beyond their geometry by up to their size in pixels.
Bounds visibleWithMargin(const Viewport& vp) {
    Bounds b = vp.visibleBounds();
    const double m = 64.0 * vp.resolution();
    b.minX -= m;
    b.minY -= m;
    b.maxX += m;
    b.maxY += m;
    return b;
}

const void* offset(std::size_t bytes) { return reinterpret_cast<const void*>(bytes); }

}  // namespace

void MapRenderer::rebuildItems() {
    // Only layers whose upload is complete are drawn; the others join the scene when they are.
    std::vector<Item> items;
    for (const SceneEntry& e : sceneLayers_) {
        const auto it = uploads_.find(e.data);
        if (it != uploads_.end() && !it->second.pending && e.opacity > 0)
            items.push_back({it->second.uploaded.get(), e.opacity, it->second.uploaded->serial, e.tiles.empty() ? nullptr : &e.tiles});
    }
    auto sameTiles = [](const std::vector<SceneTile>* a, const std::vector<SceneTile>* b) {
        if (!a || !b) return a == b;
        return a->size() == b->size() && std::equal(a->begin(), a->end(), b->begin(), [](const SceneTile& x, const SceneTile& y) {
                   return x.image == y.image;
               });
    };
    const bool same = items.size() == items_.size() &&
                      std::equal(items.begin(), items.end(), items_.begin(), [&](const Item& a, const Item& b) {
                          return a.serial == b.serial && a.opacity == b.opacity && sameTiles(a.tiles, b.tiles);
                      });
    if (!same) ++generation_;
    items_ = std::move(items);
}

bool MapRenderer::setScene(const Scene& scene) {
    if (!initialized_) return false;
    bool complete = true;
    // Uploads live while their arrays' owner (the scene cache) keeps them: hidden layers stay on the
    // GPU, layers the cache has let go of are freed.
    for (auto it = uploads_.begin(); it != uploads_.end();) {
        if (it->second.owner.expired()) {
            it = uploads_.erase(it);
        } else {
            ++it;
        }
    }
    // The tiles' images are compared with the previous scene's, which therefore lives until the
    // items are rebuilt.
    std::vector<SceneEntry> previous = std::move(sceneLayers_);
    sceneLayers_.clear();
    for (const SceneLayer& l : scene.layers) {
        if (!l.gpu) continue;
        if (uploads_.find(l.gpu.get()) == uploads_.end()) {
            if (l.gpu->released) {
                complete = false;  // its arrays went to another context: the caller prepares it again
                continue;
            }
            uploads_.emplace(l.gpu.get(), Upload{l.gpu, beginUpload(*l.gpu), l.gpu, 0});
        }
        sceneLayers_.push_back({l.gpu.get(), l.opacity, l.tiles});
    }
    // Only the scene's tiles keep their textures.
    std::map<const RasterImage*, bool> used;
    for (const SceneEntry& e : sceneLayers_)
        for (const SceneTile& t : e.tiles) used[t.image.get()] = true;
    for (auto it = textures_.begin(); it != textures_.end();) it = used.count(it->first) ? std::next(it) : textures_.erase(it);
    setBackground(scene.background);
    uploadPending(Deadline(budgetMs_));
    rebuildItems();
    return complete;
}

void MapRenderer::setOverlays(const std::vector<SceneLayer>& overlays) {
    overlay_.clear();
    for (const SceneLayer& l : overlays)
        if (l.gpu && !l.gpu->released) overlay_.push_back(uploadLayer(*l.gpu));
}

void MapRenderer::clearScene() {
    uploads_.clear();
    sceneLayers_.clear();
    textures_.clear();
    overlay_.clear();
    items_.clear();
    ++generation_;
}

void MapRenderer::setCommonUniforms(QOpenGLShaderProgram& p, const Uploaded& u, const Viewport& vp, QSize fb,
                                    float opacity) {
    // The double-precision difference is what keeps street-level views free of float jitter.
    p.setUniformValue("u_offset", float(u.origin.x - vp.center().x), float(u.origin.y - vp.center().y));
    p.setUniformValue("u_pxPerUnit", float(vp.devicePixelRatio() / vp.resolution()));
    p.setUniformValue("u_viewportPx", float(fb.width()), float(fb.height()));
    p.setUniformValue("u_dpr", float(vp.devicePixelRatio()));
    p.setUniformValue("u_opacity", opacity);
}

bool MapRenderer::drawFills(const std::vector<Item>& items, const Viewport& vp, const Bounds& visible, DrawCursor& at,
                            const Deadline& deadline) {
    const double exactMin = kExactFillMinPx * vp.resolution() / vp.devicePixelRatio();
    QOpenGLShaderProgram* bound = nullptr;
    for (; at.item < items.size(); ++at.item, at.chunk = 0) {
        const Item& item = items[at.item];
        const Uploaded* u = item.layer;
        if (item.tiles) {
            if (!drawTiles(item, vp, visible, at, deadline)) return false;
            bound = nullptr;
            continue;
        }
        if (u->polygonSizes.empty() || !u->bounds.intersects(visible)) continue;
        QOpenGLShaderProgram* p = u->hatched ? fillHatch_.get() : fill_.get();
        if (p != bound) {
            p->bind();
            p->setUniformValue("u_scale", float(2.0 / (vp.width() * vp.resolution())),
                               float(2.0 / (vp.height() * vp.resolution())));
            if (u->hatched) {
                p->setUniformValue("u_dpr", float(vp.devicePixelRatio()));
                p->setUniformValue("u_pxPerUnit", float(vp.devicePixelRatio() / vp.resolution()));
            }
            bound = p;
        }
        p->setUniformValue("u_opacity", item.opacity);
        p->setUniformValue("u_offset", float(u->origin.x - vp.center().x), float(u->origin.y - vp.center().y));
        bool drawn = false;
        std::size_t boundPage = SIZE_MAX;
        for (; at.chunk < u->chunks.size(); ++at.chunk) {
            if (deadline.passed()) return false;
            const Chunk& c = u->chunks[at.chunk];
            if (c.polygonEnd == c.polygonBegin || !c.bounds.intersects(visible)) continue;
            const std::size_t pi = u->pageOf(at.chunk, boundPage == SIZE_MAX ? 0 : boundPage);
            const Uploaded::Page& page = u->pages[pi];
            if (pi != boundPage) {
                glBindVertexArray(page.fillVao.id());
                boundPage = pi;
            }
            const std::size_t exact = polygonsAtLeast(u->polygonSizes, c.polygonBegin, c.polygonEnd, exactMin);
            const std::size_t split = c.polygonBegin + exact;
            const GLsizei exactIndices = GLsizei(u->fillOffsets[split] - u->fillOffsets[c.polygonBegin]);
            if (exactIndices) {
                glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, page.fillIbo.id());
                glDrawElements(GL_TRIANGLES, exactIndices, GL_UNSIGNED_INT,
                               offset((u->fillOffsets[c.polygonBegin] - page.fillBase) * sizeof(std::uint32_t)));
            }
            if (split < c.polygonEnd) {
                glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, page.coarseIbo.id());
                glDrawElements(GL_TRIANGLES, GLsizei(6 * (c.polygonEnd - split)), GL_UNSIGNED_INT,
                               offset(6 * (split - page.polygonBase) * sizeof(std::uint32_t)));
            }
            stats_.triangles += std::size_t(exactIndices / 3) + 2 * (c.polygonEnd - split);
            stats_.chunksDrawn++;
            drawn = true;
        }
        stats_.layersDrawn += drawn;
    }
    return true;
}

// A raster layer's tiles, each a textured quad; a tile's texture is made the first time it is drawn.
bool MapRenderer::drawTiles(const Item& item, const Viewport& vp, const Bounds& visible, DrawCursor& at,
                            const Deadline& deadline) {
    raster_->bind();
    raster_->setUniformValue("u_scale", float(2.0 / (vp.width() * vp.resolution())), float(2.0 / (vp.height() * vp.resolution())));
    raster_->setUniformValue("u_opacity", item.opacity);
    raster_->setUniformValue("u_tile", 0);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(emptyVao_.id());
    bool drawn = false;
    for (; at.chunk < item.tiles->size(); ++at.chunk) {
        if (deadline.passed()) return false;
        const SceneTile& t = (*item.tiles)[at.chunk];
        const RasterImage& image = *t.image;
        if (!image.extent.intersects(visible) || image.empty()) continue;
        TileTexture& tex = textures_[&image];
        if (!tex.texture) {
            tex.image = t.image;
            tex.texture = GlTexture::create();
            glBindTexture(GL_TEXTURE_2D, tex.texture.id());
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
            glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
        } else {
            glBindTexture(GL_TEXTURE_2D, tex.texture.id());
        }
        raster_->setUniformValue("u_offset", float(image.extent.minX - vp.center().x), float(image.extent.minY - vp.center().y));
        raster_->setUniformValue("u_size", float(image.extent.width()), float(image.extent.height()));
        glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
        stats_.tiles++;
        drawn = true;
    }
    glBindTexture(GL_TEXTURE_2D, 0);
    stats_.layersDrawn += drawn;
    return true;
}

bool MapRenderer::usesHairlines(const Uploaded& u, const Viewport& vp) const {
    return u.maxOutlineWidth > 0 && u.maxOutlineWidth * vp.devicePixelRatio() <= kHairlineMaxDevicePx;
}

// Thin outlines as plain GL_LINES over the fill vertices: one device pixel, antialiased by the
// multisampling, and far cheaper than a shaped quad per segment when a view holds a million.
bool MapRenderer::drawHairlines(const std::vector<Item>& items, const Viewport& vp, const Bounds& visible, DrawCursor& at,
                                const Deadline& deadline) {
    fill_->bind();
    fill_->setUniformValue("u_scale", float(2.0 / (vp.width() * vp.resolution())),
                           float(2.0 / (vp.height() * vp.resolution())));
    const double outlineMin = kOutlineMinPx * vp.resolution() / vp.devicePixelRatio();
    for (; at.item < items.size(); ++at.item, at.chunk = 0) {
        const Item& item = items[at.item];
        const Uploaded* u = item.layer;
        if (!u->hairlines || !usesHairlines(*u, vp) || !u->bounds.intersects(visible)) continue;
        fill_->setUniformValue("u_offset", float(u->origin.x - vp.center().x), float(u->origin.y - vp.center().y));
        // A stroke narrower than the pixel it is drawn with fades, as the shaped strokes do.
        fill_->setUniformValue("u_opacity", item.opacity * float(std::min(1.0, u->maxOutlineWidth * vp.devicePixelRatio())));
        std::size_t boundPage = SIZE_MAX;
        for (; at.chunk < u->chunks.size(); ++at.chunk) {
            if (deadline.passed()) return false;
            const Chunk& c = u->chunks[at.chunk];
            if (c.polygonEnd == c.polygonBegin || !c.bounds.intersects(visible)) continue;
            const std::size_t big = polygonsAtLeast(u->polygonSizes, c.polygonBegin, c.polygonEnd, outlineMin);
            const std::size_t first = u->hairlineOffsets[c.polygonBegin];
            const std::size_t count = u->hairlineOffsets[c.polygonBegin + big] - first;
            if (!count) continue;
            const std::size_t pi = u->pageOf(at.chunk, boundPage == SIZE_MAX ? 0 : boundPage);
            const Uploaded::Page& page = u->pages[pi];
            if (pi != boundPage) {
                glBindVertexArray(page.hairlineVao.id());
                glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, page.hairlineIbo.id());
                boundPage = pi;
            }
            glDrawElements(GL_LINES, GLsizei(count), GL_UNSIGNED_INT, offset((first - page.hairlineBase) * sizeof(std::uint32_t)));
            stats_.hairlines += count / 2;
        }
    }
    return true;
}

bool MapRenderer::drawSegments(const std::vector<Item>& items, bool outlines, const Viewport& vp, QSize fb,
                               const Bounds& visible, DrawCursor& at, const Deadline& deadline) {
    line_->bind();
    const double outlineMin = kOutlineMinPx * vp.resolution() / vp.devicePixelRatio();
    for (; at.item < items.size(); ++at.item, at.chunk = 0) {
        const Item& item = items[at.item];
        const Uploaded* u = item.layer;
        const unsigned vbo = outlines ? u->outlineVbo.id() : u->lineVbo.id();
        if (!vbo || !u->bounds.intersects(visible)) continue;
        if (outlines && usesHairlines(*u, vp)) continue;
        setCommonUniforms(*line_, *u, vp, fb, item.opacity);
        glBindVertexArray(outlines ? u->outlineVao.id() : u->lineVao.id());
        for (; at.chunk < u->chunks.size(); ++at.chunk) {
            if (deadline.passed()) return false;
            const Chunk& c = u->chunks[at.chunk];
            if (!c.bounds.intersects(visible)) continue;
            std::size_t first, count;
            if (outlines) {
                const std::size_t big = polygonsAtLeast(u->polygonSizes, c.polygonBegin, c.polygonEnd, outlineMin);
                first = u->outlineOffsets[c.polygonBegin];
                count = u->outlineOffsets[c.polygonBegin + big] - first;
            } else {
                first = c.lineBegin;
                count = c.lineEnd - c.lineBegin;
            }
            if (!count) continue;
            pointInstances(*this, segmentLayout(), vbo, first);
            glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(count));
            stats_.segments += count;
        }
    }
    return true;
}

bool MapRenderer::drawMarkers(const std::vector<Item>& items, const Viewport& vp, QSize fb, const Bounds& visible,
                              DrawCursor& at, const Deadline& deadline) {
    marker_->bind();
    for (; at.item < items.size(); ++at.item, at.chunk = 0) {
        const Item& item = items[at.item];
        const Uploaded* u = item.layer;
        if (!u->markerVbo || !u->bounds.intersects(visible)) continue;
        setCommonUniforms(*marker_, *u, vp, fb, item.opacity);
        glBindVertexArray(u->markerVao.id());
        for (; at.chunk < u->chunks.size(); ++at.chunk) {
            if (deadline.passed()) return false;
            const Chunk& c = u->chunks[at.chunk];
            if (c.markerEnd == c.markerBegin || !c.bounds.intersects(visible)) continue;
            pointInstances(*this, markerLayout(), u->markerVbo.id(), c.markerBegin);
            glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(c.markerEnd - c.markerBegin));
            stats_.markers += c.markerEnd - c.markerBegin;
        }
    }
    return true;
}

void MapRenderer::clearTarget(QSize fb) {
    glViewport(0, 0, fb.width(), fb.height());
    glClearColor(background_.r / 255.f, background_.g / 255.f, background_.b / 255.f, background_.a / 255.f);
    glClear(GL_COLOR_BUFFER_BIT);
}

bool MapRenderer::drawItems(const std::vector<Item>& items, const Viewport& vp, QSize fb, DrawCursor& at,
                            const Deadline& deadline) {
    glViewport(0, 0, fb.width(), fb.height());
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    const Bounds visible = visibleWithMargin(vp);
    // The passes in order; a pass that runs out of time leaves the cursor where it stopped.
    for (; at.pass < DrawCursor::kPasses; ++at.pass, at.item = 0, at.chunk = 0) {
        bool finished = true;
        switch (at.pass) {
            case 0: finished = drawFills(items, vp, visible, at, deadline); break;
            case 1: finished = drawHairlines(items, vp, visible, at, deadline); break;
            case 2: finished = drawSegments(items, true, vp, fb, visible, at, deadline); break;
            case 3: finished = drawSegments(items, false, vp, fb, visible, at, deadline); break;
            default: finished = drawMarkers(items, vp, fb, visible, at, deadline); break;
        }
        if (!finished) break;
    }
    glBindVertexArray(0);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
    return at.done();
}

// The selection, drawn straight into the target over the composited scene: changing it costs no
// scene redraw, and it stays on top of whatever the cache shows.
void MapRenderer::drawOverlay(unsigned target, const Viewport& vp, QSize fb) {
    if (overlay_.empty()) return;
    glBindFramebuffer(GL_FRAMEBUFFER, target);
    glViewport(0, 0, fb.width(), fb.height());
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    std::vector<Item> items;
    for (const auto& u : overlay_) items.push_back({u.get(), 1.0f, u->serial});
    const FrameStats keep = stats_;
    DrawCursor all;
    drawItems(items, vp, fb, all, Deadline{});
    stats_ = keep;
}

void MapRenderer::setBackground(const Rgba& c) {
    if (!(c == background_)) ++generation_;
    background_ = c;
}

void MapRenderer::setSamples(int samples) {
    if (samples != samples_) ++generation_;
    samples_ = samples;
}

bool MapRenderer::cacheServes(const Viewport& vp, QSize fb, int shift[2]) const {
    const Viewport& c = cache_.view;
    if (cache_.generation != generation_ || cache_.fb != fb || c.resolution() != vp.resolution() ||
        c.devicePixelRatio() != vp.devicePixelRatio())
        return false;
    // The pan in device pixels, in GL orientation (map y and GL rows both grow upwards).
    const double dx = (vp.center().x - c.center().x) / vp.resolution() * vp.devicePixelRatio();
    const double dy = (vp.center().y - c.center().y) / vp.resolution() * vp.devicePixelRatio();
    const double rx = std::round(dx), ry = std::round(dy);
    if (std::fabs(dx - rx) > 1e-3 || std::fabs(dy - ry) > 1e-3) return false;
    if (std::fabs(rx) > cache_.margin[0] || std::fabs(ry) > cache_.margin[1]) return false;
    shift[0] = cache_.margin[0] + int(rx);
    shift[1] = cache_.margin[1] + int(ry);
    return true;
}

void MapRenderer::ensureCacheBuffers(QSize size) {
    if (!resolvedFbo_ || resolvedFbo_->size() != size || !sceneFbo_ ||
        sceneFbo_->format().samples() != (samples_ > 1 ? samples_ : 0)) {
        QOpenGLFramebufferObjectFormat f;
        f.setAttachment(QOpenGLFramebufferObject::NoAttachment);
        f.setSamples(samples_ > 1 ? samples_ : 0);
        sceneFbo_ = std::make_unique<QOpenGLFramebufferObject>(size, f);
        QOpenGLFramebufferObjectFormat r;
        r.setAttachment(QOpenGLFramebufferObject::NoAttachment);
        resolvedFbo_ = std::make_unique<QOpenGLFramebufferObject>(size, r);
        glBindTexture(GL_TEXTURE_2D, resolvedFbo_->texture());
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glBindTexture(GL_TEXTURE_2D, 0);
    }
}

void MapRenderer::renderCache(const Viewport& vp, QSize fb) {
    const FrameMargins m = frameCacheMargins(fb);
    ensureCacheBuffers(QSize(fb.width() + 2 * m.x, fb.height() + 2 * m.y));
    stats_ = FrameStats{};
    sceneFbo_->bind();
    clearTarget(sceneFbo_->size());
    cache_.generation = generation_;
    cache_.view = vp;
    cache_.fb = fb;
    cache_.margin[0] = m.x;
    cache_.margin[1] = m.y;
    cache_.cursor = DrawCursor{};
    continueCache();
}

// Draws what is left of the cached scene until the frame's budget is spent, then resolves what has
// been drawn so far: a large scene fills in over a few frames and the window keeps answering.
void MapRenderer::continueCache() {
    const QSize size = sceneFbo_->size();
    const Viewport big = frameCacheView(cache_.view, cache_.fb);
    sceneFbo_->bind();
    const bool done = drawItems(items_, big, size, cache_.cursor, Deadline(budgetMs_));
    QOpenGLFramebufferObject::blitFramebuffer(resolvedFbo_.get(), sceneFbo_.get());
    stats_.partial = !done;
}

void MapRenderer::composite(unsigned target, QSize fb, const int shift[2]) {
    glBindFramebuffer(GL_FRAMEBUFFER, target);
    glViewport(0, 0, fb.width(), fb.height());
    glDisable(GL_BLEND);
    composite_->bind();
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, resolvedFbo_->texture());
    composite_->setUniformValue("u_frame", 0);
    glUniform2i(composite_->uniformLocation("u_shift"), shift[0], shift[1]);
    glBindVertexArray(emptyVao_.id());
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D, 0);
}

bool MapRenderer::preview(unsigned target, const Viewport& vp, QSize fb) {
    const Viewport& c = cache_.view;
    if (!resolvedFbo_ || cache_.generation != generation_ || cache_.fb != fb ||
        c.devicePixelRatio() != vp.devicePixelRatio())
        return false;
    const double dpr = vp.devicePixelRatio();
    const double k = vp.resolution() / c.resolution();
    const QSize cs = resolvedFbo_->size();
    const double tx = (vp.center().x - c.center().x) * dpr / c.resolution() - fb.width() * 0.5 * k + cs.width() * 0.5;
    const double ty = (vp.center().y - c.center().y) * dpr / c.resolution() - fb.height() * 0.5 * k + cs.height() * 0.5;
    glBindFramebuffer(GL_FRAMEBUFFER, target);
    glViewport(0, 0, fb.width(), fb.height());
    glDisable(GL_BLEND);
    preview_->bind();
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, resolvedFbo_->texture());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    preview_->setUniformValue("u_frame", 0);
    preview_->setUniformValue("u_scale", float(k));
    preview_->setUniformValue("u_translate", float(tx), float(ty));
    preview_->setUniformValue("u_cacheSize", float(cs.width()), float(cs.height()));
    preview_->setUniformValue("u_background", background_.r / 255.f, background_.g / 255.f, background_.b / 255.f,
                              background_.a / 255.f);
    glBindVertexArray(emptyVao_.id());
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glBindTexture(GL_TEXTURE_2D, 0);
    stats_.preview = true;
    return true;
}

void MapRenderer::render(const Viewport& vp, QSize fb, FrameMode mode) {
    collectGlGarbage();
    GLint target = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &target);
    stats_.preview = false;
    if (!initialized_) {
        clearTarget(fb);
        return;
    }
    // Layers still on their way to the GPU go on uploading (within the frame's budget).
    const bool uploaded = uploadPending(Deadline(budgetMs_));
    int shift[2];
    if (cacheServes(vp, fb, shift)) {
        // The cached frame, finished first if an earlier frame ran out of time drawing it.
        // The counts stay those of the drawing the frame shows.
        if (!cache_.cursor.done()) {
            continueCache();
        } else {
            stats_.fromCache = true;
            stats_.partial = false;
        }
    } else if (mode == FrameMode::AllowPreview && preview(unsigned(target), vp, fb)) {
        drawOverlay(unsigned(target), vp, fb);
        return;
    } else {
        renderCache(vp, fb);
        shift[0] = cache_.margin[0];
        shift[1] = cache_.margin[1];
    }
    composite(unsigned(target), fb, shift);
    drawOverlay(unsigned(target), vp, fb);
    stats_.partial = stats_.partial || !uploaded;
}

void MapRenderer::release() {
    if (!initialized_) return;
    clearScene();
    quadBuffer_.reset();
    markerQuad_.reset();
    sceneFbo_.reset();
    resolvedFbo_.reset();
    emptyVao_.reset();
    collectGlGarbage();
    fill_.reset();
    fillHatch_.reset();
    line_.reset();
    marker_.reset();
    composite_.reset();
    preview_.reset();
    raster_.reset();
    initialized_ = false;
}

}  // namespace pa
