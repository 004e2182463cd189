#pragma once
// OpenGL names owned like memory: a buffer, vertex array or texture is deleted when its handle goes.
// GL objects belong to the context that made them and may only be deleted with it current, on its
// thread: a handle that goes while another context (or none) is current leaves its name with that
// context's pending deletions, which the renderers collect the next time the context is current
// (collectGlGarbage). A context that is destroyed takes its names with it.
#include <QOpenGLContext>

#include <utility>

namespace pa {

enum class GlKind { Buffer, VertexArray, Texture };

template <GlKind K>
class GlHandle {
public:
    GlHandle() = default;
    ~GlHandle() { reset(); }
    GlHandle(const GlHandle&) = delete;
    GlHandle& operator=(const GlHandle&) = delete;
    GlHandle(GlHandle&& o) noexcept : id_(std::exchange(o.id_, 0u)), owner_(std::exchange(o.owner_, nullptr)) {}
    GlHandle& operator=(GlHandle&& o) noexcept {
        if (this != &o) {
            reset();
            id_ = std::exchange(o.id_, 0u);
            owner_ = std::exchange(o.owner_, nullptr);
        }
        return *this;
    }

    // A new name in the current context.
    static GlHandle create();
    unsigned id() const { return id_; }
    explicit operator bool() const { return id_ != 0; }
    void reset();

private:
    unsigned id_ = 0;
    QOpenGLContext* owner_ = nullptr;
};

using GlBuffer = GlHandle<GlKind::Buffer>;
using GlVertexArray = GlHandle<GlKind::VertexArray>;
using GlTexture = GlHandle<GlKind::Texture>;

// Deletes the names left for the current context by handles that went while it was not current.
void collectGlGarbage();
// Names waiting for deletion in any context (for tests).
std::size_t pendingGlGarbage();

}  // namespace pa
