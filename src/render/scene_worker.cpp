#include "render/scene_worker.h"

#include <QMetaObject>
#include <QPointer>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace pa {

namespace {

// From how many polygons a picture is painted in two steps (the view, then the view with its margin).
constexpr std::size_t kTwoStagePolygons = 50000;

// The window's frames come first: on a machine with as many painting threads as cores the GUI thread
// would otherwise wait its turn behind them (a frame of a zoom 27 -> 40 ms). Linux keeps a nice value
// per thread, and the painter's band threads this one starts inherit it.
void yieldToTheWindow() {
#ifdef __linux__
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}

std::size_t scenePolygons(const Scene& scene) {
    std::size_t n = 0;
    for (const SceneLayer& l : scene.layers)
        if (l.layer) n += l.layer->parts.size();
    return n;
}

}  // namespace

SceneWorker::SceneWorker(QObject* parent) : QObject(parent) {
    auto arrived = [this] {
        // Many tiles arriving in a burst become one signal, delivered on the owner's thread.
        if (arrivalQueued_.exchange(true)) return;
        QMetaObject::invokeMethod(
            this,
            [this] {
                arrivalQueued_ = false;
                emit tilesArrived();
            },
            Qt::QueuedConnection);
    };
    cache_->tiles().setOnArrival(arrived);
    cache_->viewTiles().setOnArrival(arrived);
}

SceneWorker::~SceneWorker() {
    // After this no reading thread calls back into the worker being destroyed.
    cache_->tiles().setOnArrival({});
    cache_->viewTiles().setOnArrival({});
    for (Job& j : jobs_) *j.cancel = true;
    reap(true);
}

void SceneWorker::reap(bool all) {
    for (auto it = jobs_.begin(); it != jobs_.end();) {
        if (all || *it->finished) {
            it->thread.join();
            it = jobs_.erase(it);
        } else {
            ++it;
        }
    }
}

void SceneWorker::request(DocumentSnapshot doc, MapSettings settings, std::optional<Viewport> picture) {
    for (Job& j : jobs_) *j.cancel = true;  // superseded: their results would be thrown away
    reap(false);
    const std::uint64_t id = ++latest_;
    pending_ = 1;
    Job job;
    job.cancel = std::make_shared<std::atomic<bool>>(false);
    job.finished = std::make_shared<std::atomic<bool>>(false);
    job.thread = std::thread([this, id, doc = std::move(doc), settings = std::move(settings), cache = cache_,
                              cancel = job.cancel, finished = job.finished, picture] {
        yieldToTheWindow();
        auto scene = std::make_shared<const Scene>(
            prepareScene(doc, settings, cache.get(), cancel.get(), /*gpu=*/!picture, /*waitForTiles=*/false));
        // Delivered on the owner's thread; the destructor joins this thread first, so `this` lives.
        auto deliver = [this, id, scene](std::shared_ptr<const MapPicture> painted, bool last) {
            QMetaObject::invokeMethod(
                this,
                [this, id, scene, painted, last] {
                    if (id != latest_) return;
                    if (last) {
                        pending_ = 0;
                        reap(false);
                    }
                    emit ready(scene, painted);
                },
                Qt::QueuedConnection);
        };
        std::shared_ptr<const MapPicture> painted;
        if (picture && !*cancel) {
            // A large scene's view is painted first without the margin (a third less to paint), and
            // shown: the exact map sooner; the margin, for pans, follows.
            // The margin's picture then paints only the margin around the view's.
            std::shared_ptr<const MapPicture> view;
            if (scenePolygons(*scene) >= kTwoStagePolygons) {
                view = std::make_shared<const MapPicture>(paintMapPicture(*scene, *picture, cancel.get(), /*margin=*/false));
                if (!*cancel) deliver(view, false);
            }
            if (!*cancel) painted = std::make_shared<const MapPicture>(paintMapPicture(*scene, *picture, cancel.get(), true, view.get()));
        }
        if (!*cancel) deliver(painted, true);
        *finished = true;
    });
    jobs_.push_back(std::move(job));
}

}  // namespace pa
