#pragma once
// Fetches web map tiles with Qt Network on a thread of its own, so any thread may wait for a tile
// (the window's tile readers, a command's export) without an event loop of its own. Polite: a
// User-Agent naming the program, a few requests at a time and a limit per second, HTTP caching
// honoured through a disk cache with a size limit — which also answers when the network does not
// (offline, a server down): a tile fetched once is shown from the cache.
#include <QByteArray>
#include <QString>

#include <atomic>
#include <future>
#include <memory>
#include <string>

#include "core/diagnostic.h"

class QThread;

namespace pa {

struct FetcherOptions {
    QString cacheDir;                            // empty: no disk cache
    qint64 cacheBytes = qint64(512) << 20;       // the disk cache's limit
    int maxConcurrent = 4;                       // requests in flight at once
    int maxPerSecond = 20;                       // requests started per second
    int timeoutMs = 15000;                       // a request with no data for this long fails
    QByteArray userAgent = "PlanAtlas/0.1 (desktop GIS viewer for spatial plans; Qt Network)";
};

struct FetchedTile {
    QByteArray bytes;
    bool fromCache = false;  // served by the disk cache (offline, or still fresh)
};

class TileFetcher {
public:
    explicit TileFetcher(FetcherOptions options);
    ~TileFetcher();  // ends every request and the thread
    TileFetcher(const TileFetcher&) = delete;
    TileFetcher& operator=(const TileFetcher&) = delete;

    // One fetcher for the process, caching in $XDG_CACHE_HOME/planatlas/tiles; it lives while
    // someone holds it.
    static std::shared_ptr<TileFetcher> shared();

    // The tile's bytes, or why there are none ("HTTP 404 Not Found", "timed out after 15 s").
    // Setting *abandon before the request starts drops it. timeoutMs: 0 for the fetcher's own.
    std::future<Outcome<FetchedTile>> fetch(const std::string& url, std::shared_ptr<std::atomic<bool>> abandon = nullptr,
                                            int timeoutMs = 0);
    const FetcherOptions& options() const { return options_; }
    // Requests sent to the network so far (tests: the cache answered the others).
    int networkRequests() const { return sent_; }

    struct Worker;

private:
    FetcherOptions options_;
    QThread* thread_ = nullptr;
    Worker* worker_ = nullptr;
    std::atomic<int> sent_{0};
};

}  // namespace pa
