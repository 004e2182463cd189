#pragma once
// The display tiles of raster layers and basemaps (images, from the layer's RasterSource) and of
// layers read by view (features, from its VectorSource): read once, kept in memory up to a limit
// (least recently used go first), and shared by every scene. A scene asks for
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
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/diagnostic.h"
#include "core/raster.h"
#include "core/vector_source.h"
#include "core/viewport.h"

namespace pa {

struct SceneTile {
    TileKey key;
    std::shared_ptr<const RasterImage> image;  // a raster's: its extent says where it lies
    std::shared_ptr<const VectorTile> vector;  // a layer read by view's features
};

// How one layer's tiles are asked for: the source and everything that changes the pixels.
struct TileVariant {
    RasterSourcePtr source;  // or
    VectorSourcePtr vector;
    std::string crs;
    RasterLook look;
    ColorRamp ramp;
    std::string key() const;  // the variant as text, for the store's keys
    const void* sourceId() const { return vector ? static_cast<const void*>(vector.get()) : source.get(); }
    std::string summary() const { return vector ? vector->summary() : source->summary(); }
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
    // What a read gives: one of the two, what it costs, and a note on it ("drawn with gaps").
    struct Data {
        std::shared_ptr<const RasterImage> image;
        std::shared_ptr<const VectorTile> vector;
        std::size_t bytes = 0;
        std::string note;
        explicit operator bool() const { return image || vector; }
    };
    struct Entry {
        Data data;                             // empty: reading failed
        std::shared_ptr<const void> source;    // keeps the key's address from being reused
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
    void store(const std::string& id, const TileVariant& v, Outcome<Data> read);
    // The tile in memory (empty when absent or failed); `failure` set when it failed recently.
    Data lookup(const std::string& id, const Diagnostic** failure);
    Outcome<Data> read(const TileVariant& v, const TileKey& k, const std::atomic<bool>* cancel) const;
    void note(const Diagnostic& d, Diagnostics* problems);
    void run();
    void startThreads();  // with the mutex held; the commands, which wait, never need them

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::map<std::string, Entry> entries_;
    std::list<std::string> lru_;  // most recent first
    std::size_t bytes_ = 0, maxBytes_;
    std::deque<Job> queue_;
    // Tiles being read, each with its own cancel flag: a newer view that no longer needs one stops it.
    struct Reading {
        const void* source;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    std::map<std::string, Reading> inFlight_;
    std::map<const void*, std::string> lastVariant_;
    // Per source, the tiles of the latest view (never evicted for another) and those of it the
    // budget had no room for (not read again until the view changes).
    std::map<const void*, std::set<std::string>> pinned_, overBudget_;
    bool isPinned(const std::string& id) const;  // the look each source was last read in
    std::mutex callbackMutex_;  // held while onArrival_ runs
    std::function<void()> onArrival_;
    int threadCount_;
    bool stop_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace pa
