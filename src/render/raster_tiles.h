#pragma once
// The display tiles of raster layers and basemaps: read once (by the layer's RasterSource), kept in
// memory up to a limit (least recently used go first), and shared by every scene. A scene asks for
// the tiles of its view: the window takes what is there at once, with a coarser tile already read
// standing in for each missing one, and has the rest read on background threads (the nearest the
// view's centre first; tiles a newer view no longer needs are dropped unread), hearing through a
// callback as each arrives; commands wait for all of them.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/diagnostic.h"
#include "core/raster.h"
#include "core/viewport.h"

namespace pa {

struct SceneTile {
    TileKey key;
    std::shared_ptr<const RasterImage> image;  // its extent says where it lies
};

// How one layer's tiles are asked for: the source and everything that changes the pixels.
struct TileVariant {
    RasterSourcePtr source;
    std::string crs;
    RasterLook look;
    ColorRamp ramp;
    std::string key() const;  // the variant as text, for the store's keys
};

class TileStore {
public:
    explicit TileStore(std::size_t maxBytes = std::size_t(384) << 20, int threads = 4);
    ~TileStore();
    TileStore(const TileStore&) = delete;
    TileStore& operator=(const TileStore&) = delete;

    // Called on a reading thread whenever a tile the window asked for has been read (or failed).
    // Once this returns, the previous function is not running and will not be called again.
    void setOnArrival(std::function<void()> f);

    // The tiles of `keys` (nearest first). wait: read the missing ones now, in parallel, and return
    // all that could be read. Else: return what is in memory, coarser tiles standing in for missing
    // ones (drawn first, so exact tiles cover them), and queue the missing ones for reading.
    // Problems (a tile that failed) are added to `problems` once per source and message.
    std::vector<SceneTile> tiles(const TileVariant& v, const std::vector<TileKey>& keys, bool wait,
                                 const std::atomic<bool>* cancel, Diagnostics* problems);
    // Tiles queued or being read.
    std::size_t pending() const;
    void clear();
    std::size_t bytes() const;

private:
    struct Entry {
        std::shared_ptr<const RasterImage> image;  // null: reading failed
        RasterSourcePtr source;                     // keeps the key's address from being reused
        std::list<std::string>::iterator lru;
        Diagnostic why;                             // when reading failed
        std::chrono::steady_clock::time_point failedAt;
    };
    struct Job {
        TileVariant variant;
        TileKey key;
        std::string id;
    };
    static std::string idOf(const std::string& variant, const TileKey& k);
    void store(const std::string& id, const RasterSourcePtr& source, Outcome<RasterImage> read);
    // The tile in memory (null when absent or failed); `failure` set when it failed recently.
    std::shared_ptr<const RasterImage> lookup(const std::string& id, const Diagnostic** failure);
    Outcome<RasterImage> read(const TileVariant& v, const TileKey& k, const std::atomic<bool>* cancel) const;
    void note(const Diagnostic& d, Diagnostics* problems);
    void run();
    void startThreads();  // with the mutex held; the commands, which wait, never need them

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::map<std::string, Entry> entries_;
    std::list<std::string> lru_;  // most recent first
    std::size_t bytes_ = 0, maxBytes_;
    std::deque<Job> queue_;
    std::map<std::string, bool> inFlight_;
    std::map<const RasterSource*, std::string> lastVariant_;  // the look each source was last read in
    std::map<std::string, std::string> reported_;  // source+message already told
    std::mutex callbackMutex_;  // held while onArrival_ runs
    std::function<void()> onArrival_;
    int threadCount_;
    bool stop_ = false;
    std::atomic<bool> stopping_{false};
    std::vector<std::thread> threads_;
};

}  // namespace pa
