#pragma once
// Prepares scenes on worker threads for a window: the newest request wins (it cancels the one
// running), and the result arrives as a signal on the thread that owns the worker, which then only
// uploads it. Destroying the worker cancels and joins every thread: nothing is left running.
#include <QObject>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "render/scene.h"

namespace pa {

class SceneWorker : public QObject {
    Q_OBJECT
public:
    explicit SceneWorker(QObject* parent = nullptr);
    ~SceneWorker() override;

    void request(DocumentSnapshot doc, MapSettings settings);
    // A request is being prepared (its result not yet delivered).
    bool busy() const { return pending_ > 0; }
    SceneCache& cache() { return *cache_; }

signals:
    void ready(std::shared_ptr<const Scene> scene);

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
};

}  // namespace pa
