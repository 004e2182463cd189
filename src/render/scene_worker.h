#pragma once
// Prepares scenes on worker threads for a window: the newest request wins (it cancels the one
// running), and the result arrives as a signal on the thread that owns the worker, which then only
// uploads it. Raster tiles are not waited for: a scene has those read so far, and `tilesArrived`
// says when more have come (ask for the scene again). Destroying the worker cancels and joins every thread: nothing is left running.
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "render/map_picture.h"
#include "render/scene.h"

namespace pa {

class SceneWorker : public QObject {
    Q_OBJECT
public:
    explicit SceneWorker(QObject* parent = nullptr);
    ~SceneWorker() override;

    // `picture`: also paint the scene's layers at this view (map_picture; the canvas's own view, to
    // the bit, which the settings' extent would only nearly give back), on the same thread, for a
    // window that shows pictures instead of drawing with OpenGL.
    void request(DocumentSnapshot doc, MapSettings settings, std::optional<Viewport> picture = std::nullopt);
    // A request is being prepared (its result not yet delivered).
    bool busy() const { return pending_ > 0; }
    SceneCache& cache() { return *cache_; }

signals:
    // `picture` is null unless one was asked for.
    void ready(std::shared_ptr<const Scene> scene, std::shared_ptr<const MapPicture> picture);
    // Raster tiles asked for by an earlier scene have been read (several arrivals come as one signal).
    void tilesArrived();

private:
    struct Job {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> cancel;
        std::shared_ptr<std::atomic<bool>> finished;
    };
    void reap(bool all);
    std::vector<Job> jobs_;
    std::shared_ptr<SceneCache> cache_ = std::make_shared<SceneCache>();
    std::uint64_t latest_ = 0;
    int pending_ = 0;
    std::atomic<bool> arrivalQueued_{false};
};

}  // namespace pa
