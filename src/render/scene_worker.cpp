#include "render/scene_worker.h"

#include <QMetaObject>
#include <QPointer>

namespace pa {

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
        auto scene = std::make_shared<const Scene>(
            prepareScene(doc, settings, cache.get(), cancel.get(), /*gpu=*/!picture, /*waitForTiles=*/false));
        std::shared_ptr<const MapPicture> painted;
        if (picture && !*cancel) painted = std::make_shared<const MapPicture>(paintMapPicture(*scene, *picture, cancel.get()));
        // Delivered on the owner's thread; the destructor joins this thread first, so `this` lives.
        if (!*cancel)
            QMetaObject::invokeMethod(
                this,
                [this, id, scene, painted] {
                    if (id != latest_) return;
                    pending_ = 0;
                    reap(false);
                    emit ready(scene, painted);
                },
                Qt::QueuedConnection);
        *finished = true;
    });
    jobs_.push_back(std::move(job));
}

}  // namespace pa
