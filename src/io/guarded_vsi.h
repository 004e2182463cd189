#pragma once
// GDAL reads local files through this: a VSI file system of our own ("/vsiplanatlas/") that opens
// regular files only (never a FIFO or a device, which would block), read-only, sees each file at the
// size it had when opened, and stops every read once the load is cancelled. GDAL's parse of a large
// GeoJSON cannot be interrupted otherwise; with its reads failing it returns within one buffer, so
// the window's Cancel takes effect at once and no thread is left parsing.
#include <atomic>
#include <memory>
#include <string>

namespace pa {

// The name GDAL opens for a local path (made absolute).
std::string guardedVsiPath(const std::string& path);
// The user's path back from a name GDAL reports ("/vsiplanatlas//abs/x" → "/abs/x"), in any text.
std::string withoutGuardPrefix(std::string text);

// While one is alive on a thread, files GDAL opens on that thread stop reading once *cancel is set.
class CancelScope {
public:
    explicit CancelScope(const std::atomic<bool>* cancel);
    ~CancelScope();
    CancelScope(const CancelScope&) = delete;
    CancelScope& operator=(const CancelScope&) = delete;
    // A read was refused because of the cancel flag.
    bool stoppedReading() const;

    struct State;

private:
    std::shared_ptr<State> state_, previous_;
};

}  // namespace pa
