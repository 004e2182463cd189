#include "render/gl_objects.h"

#include <QOpenGLExtraFunctions>

#include <map>
#include <mutex>
#include <set>
#include <vector>

namespace pa {

namespace {

struct Garbage {
    std::mutex mutex;
    std::set<QOpenGLContext*> live;  // contexts that own handles and still exist
    std::map<QOpenGLContext*, std::vector<std::pair<GlKind, unsigned>>> pending;
};

Garbage& garbage() {
    static Garbage* g = new Garbage;  // lives past every context and handle
    return *g;
}

void remember(QOpenGLContext* c) {
    Garbage& g = garbage();
    std::lock_guard<std::mutex> lock(g.mutex);
    if (!g.live.insert(c).second) return;
    // Its names die with it; nothing is left to delete.
    QObject::connect(c, &QOpenGLContext::aboutToBeDestroyed, c, [c] {
        Garbage& gg = garbage();
        std::lock_guard<std::mutex> l(gg.mutex);
        gg.live.erase(c);
        gg.pending.erase(c);
    }, Qt::DirectConnection);
}

void destroyName(QOpenGLExtraFunctions& f, GlKind kind, unsigned id) {
    switch (kind) {
        case GlKind::Buffer: f.glDeleteBuffers(1, &id); break;
        case GlKind::VertexArray: f.glDeleteVertexArrays(1, &id); break;
        case GlKind::Texture: f.glDeleteTextures(1, &id); break;
    }
}

}  // namespace

template <GlKind K>
GlHandle<K> GlHandle<K>::create() {
    GlHandle h;
    QOpenGLContext* c = QOpenGLContext::currentContext();
    if (!c) return h;
    QOpenGLExtraFunctions* f = c->extraFunctions();
    switch (K) {
        case GlKind::Buffer: f->glGenBuffers(1, &h.id_); break;
        case GlKind::VertexArray: f->glGenVertexArrays(1, &h.id_); break;
        case GlKind::Texture: f->glGenTextures(1, &h.id_); break;
    }
    h.owner_ = c;
    remember(c);
    return h;
}

template <GlKind K>
void GlHandle<K>::reset() {
    if (!id_) return;
    QOpenGLContext* current = QOpenGLContext::currentContext();
    if (current == owner_) {
        destroyName(*current->extraFunctions(), K, id_);
    } else {
        Garbage& g = garbage();
        std::lock_guard<std::mutex> lock(g.mutex);
        if (g.live.count(owner_)) g.pending[owner_].emplace_back(K, id_);
    }
    id_ = 0;
    owner_ = nullptr;
}

template class GlHandle<GlKind::Buffer>;
template class GlHandle<GlKind::VertexArray>;
template class GlHandle<GlKind::Texture>;

void collectGlGarbage() {
    QOpenGLContext* c = QOpenGLContext::currentContext();
    if (!c) return;
    std::vector<std::pair<GlKind, unsigned>> names;
    {
        Garbage& g = garbage();
        std::lock_guard<std::mutex> lock(g.mutex);
        const auto it = g.pending.find(c);
        if (it == g.pending.end()) return;
        names.swap(it->second);
        g.pending.erase(it);
    }
    for (const auto& [kind, id] : names) destroyName(*c->extraFunctions(), kind, id);
}

std::size_t pendingGlGarbage() {
    Garbage& g = garbage();
    std::lock_guard<std::mutex> lock(g.mutex);
    std::size_t n = 0;
    for (const auto& [c, v] : g.pending) n += v.size();
    return n;
}

}  // namespace pa
