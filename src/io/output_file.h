#pragma once
// Every file PlanAtlas writes goes through here. First the target is checked against what must never
// be replaced: an input of the command, any file this process has read, the bundled data, anything
// that is not a regular file. Then it is written beside the target under a temporary name, synced,
// given the permissions of the file it replaces, and renamed over it; a failure, a refusal or an
// interruption (SIGINT, SIGTERM) leaves no temporary file behind.
#include <memory>
#include <string>

#include "core/diagnostic.h"
#include <vector>

class QIODevice;

namespace pa {

// Remembers a file this process has opened for reading (readers call it), so that no output replaces
// it later in the session, whatever name (a symlink, a hard link, "..") the output is given. A
// shapefile's companions (.dbf, .shx, .prj, .cpg…) are noted with it.
void noteInputFile(const std::string& path);

struct OutputRules {
    std::vector<std::string> inputs;      // this command's inputs, besides every noted file
    std::vector<std::string> extensions;  // the suffixes of the format written, lower case without the dot
    const char* format = "";              // the format's name for the message ("PNG", "PDF, SVG or PNG")
    bool allowBundled = false;            // a maintainer regenerating the bundled plan (plan import --update-bundled)
};

// Nothing when `out` may be written; otherwise why not (one line naming both paths).
Problem outputProblem(const std::string& out, const OutputRules& rules);

class AtomicOutput {
public:
    explicit AtomicOutput(std::string target);
    ~AtomicOutput();  // removes the temporary file unless committed
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;

    // Creates the temporary file in the target's directory.
    Problem open();
    // Where the bytes go (QImage::save, QPdfWriter, QSvgGenerator, write()).
    QIODevice* device();
    bool write(const char* data, std::size_t n);
    // Flushes, syncs, gives the temporary the old file's mode (or the umask's for a new file) and
    // renames it over the target.
    Problem commit();
    const std::string& target() const { return target_; }
    // Why a write to device() failed ("cannot write X (the disk is full); nothing was replaced"), if it did.
    Problem writeProblem() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
    std::string target_;
};

// Writes `bytes` to `out` through the checks and an AtomicOutput: the one call for small outputs.
Problem writeFileAtomically(const std::string& out, const std::string& bytes, const OutputRules& rules);

// Unlinks every temporary output not yet committed. Async-signal-safe: the interrupt handler calls it.
void removeTemporaryOutputs() noexcept;

}  // namespace pa
