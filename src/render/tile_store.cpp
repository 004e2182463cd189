#include "render/tile_store.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace pa {

namespace {
// A tile that failed is asked for again after this long (a server back up, a network back).
constexpr auto kRetryAfter = std::chrono::seconds(30);
// How many levels up a coarser tile may stand in for a missing one.
constexpr int kStandInLevels = 6;
}  // namespace

std::string TileVariant::key() const {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%p|%.6g|%.6g|", sourceId(), double(look.brightness), double(look.contrast));
    std::string k = buf + crs;
    for (const ColorRamp::Stop& s : ramp.stops) {
        std::snprintf(buf, sizeof buf, "|%.6g:%02x%02x%02x%02x", s.at, s.color.r, s.color.g, s.color.b, s.color.a);
        k += buf;
    }
    std::snprintf(buf, sizeof buf, "|%.17g|%.17g", ramp.min.value_or(std::nan("")), ramp.max.value_or(std::nan("")));
    return k + buf;
}

TileStore::TileStore(std::size_t maxBytes, int threads) : maxBytes_(maxBytes), threadCount_(threads) {}

void TileStore::startThreads() {
    if (!threads_.empty()) return;
    for (int i = 0; i < threadCount_; ++i) threads_.emplace_back([this] { run(); });
}

TileStore::~TileStore() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
        queue_.clear();
        for (auto& [id, r] : inFlight_) *r.cancel = true;
    }
    wake_.notify_all();
    for (std::thread& t : threads_) t.join();
}

void TileStore::setOnArrival(std::function<void()> f) {
    std::lock_guard<std::mutex> lock(callbackMutex_);
    onArrival_ = std::move(f);
}

std::string TileStore::idOf(const std::string& variant, const TileKey& k) {
    return variant + "#" + std::to_string(k.z) + "/" + std::to_string(k.x) + "/" + std::to_string(k.y);
}

TileStore::Data TileStore::lookup(const std::string& id, const Diagnostic** failure) {
    // With the mutex held.
    const auto it = entries_.find(id);
    if (it == entries_.end()) return {};
    if (!it->second.data) {
        if (std::chrono::steady_clock::now() - it->second.failedAt > kRetryAfter) {
            lru_.erase(it->second.lru);
            entries_.erase(it);
            return {};
        }
        if (failure) *failure = &it->second.why;
        return {};
    }
    lru_.splice(lru_.begin(), lru_, it->second.lru);
    return it->second.data;
}

void TileStore::store(const std::string& id, const TileVariant& v, Outcome<Data> read) {
    // With the mutex held.
    if (auto it = entries_.find(id); it != entries_.end()) {
        bytes_ -= it->second.data.bytes;
        lru_.erase(it->second.lru);
        entries_.erase(it);
    }
    Entry e;
    if (v.vector) e.source = v.vector;
    else e.source = v.source;
    if (read) {
        lastVariant_[v.sourceId()] = id.substr(0, id.rfind('#'));
        e.data = read.take();
        bytes_ += e.data.bytes;
    } else {
        e.why = read.problem();
        e.failedAt = std::chrono::steady_clock::now();
    }
    lru_.push_front(id);
    e.lru = lru_.begin();
    entries_.emplace(id, std::move(e));
    // The least recently used go first, never a tile of the latest view: evicting those would have
    // the view read them again, and again.
    for (auto it = std::prev(lru_.end()); bytes_ > maxBytes_ && it != lru_.begin();) {
        const auto older = std::prev(it);
        if (!isPinned(*it)) {
            const auto last = entries_.find(*it);
            bytes_ -= last->second.data.bytes;
            entries_.erase(last);
            lru_.erase(it);
        }
        it = older;
    }
    if (bytes_ > maxBytes_ && lru_.size() > 1) {
        // The view alone needs more than the budget: this tile is not kept, nor asked for again
        // while the view stays.
        const auto it = entries_.find(id);
        bytes_ -= it->second.data.bytes;
        lru_.erase(it->second.lru);
        entries_.erase(it);
        overBudget_[v.sourceId()].insert(id);
    }
}

bool TileStore::isPinned(const std::string& id) const {
    for (const auto& [source, ids] : pinned_)
        if (ids.count(id)) return true;
    return false;
}

Outcome<TileStore::Data> TileStore::read(const TileVariant& v, const TileKey& k, const std::atomic<bool>* cancel) const {
    TileRequest q;
    q.extent = k.extent();
    q.crs = v.crs;
    q.look = v.look;
    q.ramp = v.ramp;
    Data d;
    if (v.vector) {
        Outcome<VectorTile> t = v.vector->readTile(q, cancel);
        if (!t) return t.problem();
        if (t->thinned)
            d.note = "at this scale a tile shows only its " + std::to_string(t->layer.features.size()) +
                     " largest features; zoom in to see them all";
        d.vector = std::make_shared<const VectorTile>(t.take());
        d.bytes = layerBytes(d.vector->layer);
        return d;
    }
    Outcome<RasterImage> r = v.source->render(q, cancel);
    if (!r) return r.problem();
    d.note = r->problem.empty() ? std::string() : "drawn with gaps: " + r->problem;
    d.image = std::make_shared<const RasterImage>(r.take());
    d.bytes = d.image->rgba.size();
    return d;
}

void TileStore::note(const Diagnostic& d, Diagnostics* problems) {
    // One message per source and text: a hundred failed tiles are one problem. Every scene that
    // meets the failure carries it (a superseded scene is thrown away with its problems); the
    // window says each once.
    if (!problems || d.text == "cancelled") return;
    for (const Diagnostic& p : *problems)
        if (p.file == d.file && p.text == d.text) return;
    problems->push_back({Diagnostic::Severity::Warning, d.file, d.text});
}

std::vector<SceneTile> TileStore::tiles(const TileVariant& v, const std::vector<TileKey>& keys, bool wait,
                                        const std::atomic<bool>* cancel, Diagnostics* problems) {
    const std::string variant = v.key();
    std::vector<SceneTile> exact, standIns;
    std::vector<TileKey> missing;
    auto tileOf = [](const TileKey& k, const Data& d) { return SceneTile{k, d.image, d.vector}; };
    {
        std::lock_guard<std::mutex> lock(mutex_);
        std::set<std::string> standInIds, ids;
        for (const TileKey& k : keys) ids.insert(idOf(variant, k));
        if (pinned_[v.sourceId()] != ids) {
            pinned_[v.sourceId()] = ids;
            overBudget_.erase(v.sourceId());
        }
        const std::set<std::string>& refused = overBudget_[v.sourceId()];
        for (const TileKey& k : keys) {
            const Diagnostic* failure = nullptr;
            if (Data d = lookup(idOf(variant, k), &failure)) {
                if (!d.note.empty()) note({Diagnostic::Severity::Warning, v.summary(), d.note}, problems);
                exact.push_back(tileOf(k, d));
                continue;
            }
            if (failure) {
                note(*failure, problems);
                continue;
            }
            if (refused.count(idOf(variant, k))) {
                note({Diagnostic::Severity::Warning, v.summary(),
                      "the view needs more than the " + std::to_string(maxBytes_ >> 20) +
                          " MiB kept for it: what fits is drawn; zoom in to see the rest"},
                     problems);
                continue;
            }
            missing.push_back(k);
            if (wait) continue;
            // A coarser tile of this look, else this tile or a coarser one of the look before (the
            // layer stays on the map while a brightness change is read).
            const auto before = lastVariant_.find(v.sourceId());
            bool found = false;
            const std::string* variants[] = {&variant, before != lastVariant_.end() ? &before->second : nullptr};
            for (const std::string* var : variants) {
                if (!var || found) continue;
                for (TileKey p = var == &variant ? k.parent() : k; p.z >= k.z - kStandInLevels && !found; p = p.parent()) {
                    const std::string id = idOf(*var, p);
                    if (Data d = lookup(id, nullptr)) {
                        if (standInIds.insert(id).second) standIns.push_back(tileOf(p, d));
                        found = true;
                    }
                }
            }
        }
        if (!wait) {
            // The newest view's tiles replace what was queued for this source.
            std::deque<Job> kept;
            for (Job& j : queue_)
                if (j.variant.sourceId() != v.sourceId()) kept.push_back(std::move(j));
            queue_ = std::move(kept);
            std::set<std::string> needed;
            for (const TileKey& k : missing) {
                const std::string id = idOf(variant, k);
                needed.insert(id);
                if (!inFlight_.count(id)) queue_.push_back({v, k, id});
            }
            // A tile of this source being read that the view has left: its query is stopped.
            for (auto& [id, r] : inFlight_)
                if (r.source == v.sourceId() && !needed.count(id)) *r.cancel = true;
            if (!queue_.empty()) startThreads();
        }
    }
    if (!wait) {
        wake_.notify_all();
        standIns.insert(standIns.end(), exact.begin(), exact.end());
        return standIns;
    }
    // Read the missing tiles now, on every core (a few more threads than cores: network sources wait).
    std::atomic<std::size_t> next{0};
    std::vector<Outcome<Data>> results(missing.size(), Diagnostic::error(v.summary(), "not read"));
    auto work = [&] {
        for (std::size_t i; (i = next++) < missing.size();) {
            if (cancel && *cancel) return;
            results[i] = read(v, missing[i], cancel);
        }
    };
    const std::size_t n = std::min<std::size_t>(missing.size(), std::max(2u, std::thread::hardware_concurrency()) * 2);
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < n; ++t) pool.emplace_back(work);
    if (!missing.empty()) work();
    for (std::thread& t : pool) t.join();
    std::lock_guard<std::mutex> lock(mutex_);
    for (std::size_t i = 0; i < missing.size(); ++i) {
        if (cancel && *cancel) break;
        if (!results[i]) note(results[i].problem(), problems);
        // Kept for the picture even when the budget has no room for it after.
        Data d = results[i] ? *results[i] : Data{};
        store(idOf(variant, missing[i]), v, std::move(results[i]));
        if (d) {
            if (!d.note.empty()) note({Diagnostic::Severity::Warning, v.summary(), d.note}, problems);
            exact.push_back(tileOf(missing[i], d));
        }
    }
    return exact;
}

void TileStore::run() {
    for (;;) {
        Job job;
        std::shared_ptr<std::atomic<bool>> cancel;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [&] { return stop_ || !queue_.empty(); });
            if (stop_) return;
            job = std::move(queue_.front());
            queue_.pop_front();
            cancel = std::make_shared<std::atomic<bool>>(false);
            inFlight_[job.id] = {job.variant.sourceId(), cancel};
        }
        Outcome<Data> r = read(job.variant, job.key, cancel.get());
        {
            std::lock_guard<std::mutex> lock(mutex_);
            inFlight_.erase(job.id);
            if (stop_) return;
            // A stopped read is no failure: the tile is read again when a view needs it. The window
            // still hears of it: the scene that counted it as pending must be asked for again.
            if (!*cancel) store(job.id, job.variant, std::move(r));
        }
        std::lock_guard<std::mutex> lock(callbackMutex_);
        if (onArrival_) onArrival_();
    }
}

std::size_t TileStore::pending() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return queue_.size() + inFlight_.size();
}

void TileStore::clear() {
    std::lock_guard<std::mutex> lock(mutex_);
    entries_.clear();
    lru_.clear();
    lastVariant_.clear();
    pinned_.clear();
    overBudget_.clear();
    bytes_ = 0;
}

std::size_t TileStore::bytes() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return bytes_;
}

}  // namespace pa
