// Getting a layer's arrays to the GPU: a buffer a step, a slice of it a call, within the frame's budget.
#include <QOpenGLExtraFunctions>

#include <algorithm>

#include "render/map_renderer.h"
#include "render/map_renderer_uploaded.h"
#include "render/vertex_layout.h"

namespace pa {

namespace {

// A buffer reaches the driver a slice at a time: a million-polygon layer's arrays are hundreds of
// megabytes, and one glBufferData of them stalls the window for a third of a second on llvmpipe.
constexpr std::size_t kUploadSliceBytes = 8u << 20;

// Uploads the next slice of `data` into `b` (created on the first call); true once all of it is there.
template <typename T>
bool uploadSlice(QOpenGLExtraFunctions& gl, GLenum target, GlBuffer& b, std::size_t& done, const std::vector<T>& data) {
    const std::size_t total = data.size() * sizeof(T);
    if (!b) {
        b = GlBuffer::create();
        gl.glBindBuffer(target, b.id());
        const bool whole = total <= kUploadSliceBytes;
        gl.glBufferData(target, GLsizeiptr(total), whole ? data.data() : nullptr, GL_STATIC_DRAW);
        done = 0;
        if (whole) return true;
    }
    gl.glBindBuffer(target, b.id());
    const std::size_t n = std::min(kUploadSliceBytes, total - done);
    gl.glBufferSubData(target, GLintptr(done), GLsizeiptr(n), reinterpret_cast<const char*>(data.data()) + done);
    done += n;
    if (done < total) return false;
    done = 0;
    return true;
}

}  // namespace

GlVertexArray MapRenderer::layoutVao(const VertexLayout& layout, unsigned buffer, unsigned corners) {
    GlVertexArray vao = GlVertexArray::create();
    glBindVertexArray(vao.id());
    bindLayout(*this, layout, buffer, 0, corners);
    glBindVertexArray(0);
    return vao;
}


std::unique_ptr<MapRenderer::Uploaded> MapRenderer::beginUpload(const GpuLayerData& d) {
    auto u = std::make_unique<Uploaded>();
    static std::uint64_t serials = 0;
    u->serial = ++serials;
    u->origin = d.origin;
    u->bounds = d.bounds;
    u->chunks = d.chunks;
    u->polygonSizes = d.polygonSizes;
    u->fillOffsets = d.fillOffsets;
    u->outlineOffsets = d.outlineOffsets;
    u->hairlineOffsets = d.hairlineOffsets;
    u->maxOutlineWidth = d.maxOutlineWidth;
    u->hatched = d.hatched;
    for (const FillPage& p : d.pages) {
        Uploaded::Page page;
        page.chunkEnd = p.chunkEnd;
        page.polygonBase = p.polygonBase;
        page.fillBase = p.fillBase;
        page.hairlineBase = p.hairlineBase;
        u->hairlines = u->hairlines || !p.hairlineIndices.empty();
        u->pages.push_back(std::move(page));
    }
    return u;
}

// One buffer per step (four per page of polygons, then the strokes, lines and markers), a slice of
// it per call: a large layer's arrays reach the GPU over a few frames. `step` moves on when its
// buffer is complete.
bool MapRenderer::uploadStep(Uploaded& u, const GpuLayerData& d, int& step) {
    const int pageSteps = 4 * int(u.pages.size());
    bool complete = true;
    if (step < pageSteps) {
        Uploaded::Page& page = u.pages[std::size_t(step / 4)];
        const FillPage& p = d.pages[std::size_t(step / 4)];
        switch (step % 4) {
            case 0:
                complete = uploadSlice(*this, GL_ARRAY_BUFFER, page.fillVbo, u.sliceDone, p.vertices);
                if (complete) page.fillVao = layoutVao(fillLayout(), page.fillVbo.id());
                break;
            case 1: complete = uploadSlice(*this, GL_ELEMENT_ARRAY_BUFFER, page.fillIbo, u.sliceDone, p.fillIndices); break;
            case 2: complete = uploadSlice(*this, GL_ELEMENT_ARRAY_BUFFER, page.coarseIbo, u.sliceDone, p.coarseIndices); break;
            case 3:
                // Hairlines read the same vertices, with the outline colour as their colour.
                complete = uploadSlice(*this, GL_ELEMENT_ARRAY_BUFFER, page.hairlineIbo, u.sliceDone, p.hairlineIndices);
                if (complete) page.hairlineVao = layoutVao(hairlineLayout(), page.fillVbo.id());
                break;
        }
    } else {
        switch (step - pageSteps) {
            case 0:
                if (d.outlines.empty()) break;
                complete = uploadSlice(*this, GL_ARRAY_BUFFER, u.outlineVbo, u.sliceDone, d.outlines);
                if (complete) u.outlineVao = layoutVao(segmentLayout(), u.outlineVbo.id(), quadBuffer_.id());
                break;
            case 1:
                if (d.lines.empty()) break;
                complete = uploadSlice(*this, GL_ARRAY_BUFFER, u.lineVbo, u.sliceDone, d.lines);
                if (complete) u.lineVao = layoutVao(segmentLayout(), u.lineVbo.id(), quadBuffer_.id());
                break;
            case 2:
                if (d.markers.empty()) break;
                complete = uploadSlice(*this, GL_ARRAY_BUFFER, u.markerVbo, u.sliceDone, d.markers);
                if (complete) u.markerVao = layoutVao(markerLayout(), u.markerVbo.id(), markerQuad_.id());
                break;
            default: return true;
        }
    }
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
    if (complete) ++step;
    return step >= pageSteps + 3;
}

std::unique_ptr<MapRenderer::Uploaded> MapRenderer::uploadLayer(const GpuLayerData& d) {
    auto u = beginUpload(d);
    for (int step = 0; !uploadStep(*u, d, step);) {}
    return u;
}

bool MapRenderer::uploadPending(const Deadline& deadline) {
    bool finishedOne = false, left = false;
    for (auto& [key, up] : uploads_) {
        if (!up.pending) continue;
        while (up.pending && !deadline.passed()) {
            if (uploadStep(*up.uploaded, *up.pending, up.step)) {
                up.pending->releaseArrays();  // the GPU holds them now
                up.pending.reset();
                finishedOne = true;
            }
        }
        left = left || up.pending;
        if (deadline.passed()) break;
    }
    for (const auto& [key, up] : uploads_) left = left || up.pending;
    if (finishedOne) rebuildItems();
    return !left;
}

}  // namespace pa
