#pragma once
// What every reader checks before anything parses a file: that it is a regular file this user may
// read, within the reader's size limit, and text in an encoding the reader takes. A FIFO, a device
// or a socket would block or never end, so they are refused before they are opened; the limits are
// listed in docs/robustness.md.
#include <cstdint>
#include <string>

#include "core/diagnostic.h"

class QByteArray;

namespace pa {

// The size limits, one per kind of input.
struct InputLimits {
    static constexpr std::uint64_t kVectorFile = std::uint64_t(2) << 30;  // 2 GiB: GeoJSON, GeoPackage, shapefile…
    static constexpr std::uint64_t kPlanText = 16u << 20;                  // the plan's plain-text export
    static constexpr std::uint64_t kPlanFile = 64u << 20;                  // the plan as JSON (assets/plan)
    static constexpr std::uint64_t kStyle = 4u << 20;                      // a style sheet
    static constexpr std::uint64_t kProject = 64u << 20;                   // a project (tours) file
    static constexpr std::uint64_t kChecklist = 4u << 20;                  // validate's checklist
};

// Empty when `path` may be read; otherwise what is wrong with it in the user's terms (the path is
// not repeated: callers name it). `allowDirectory` admits the formats that are directories (a File
// Geodatabase). The file is opened non-blocking and checked with fstat, so a FIFO swapped in after a
// stat cannot block the check.
std::string inputProblem(const std::string& path, std::uint64_t maxBytes, bool allowDirectory = false);

// The name of a wide Unicode encoding ("UTF-16LE", "UTF-32BE"…) when the bytes are text in one
// (by its byte-order mark or its pattern of zero bytes), else empty.
std::string wideTextEncoding(const char* data, std::size_t n);

// Converts text in `encoding` (one wideTextEncoding names) to UTF-8; false when it holds invalid units.
bool decodeWideText(const char* data, std::size_t n, const std::string& encoding, QByteArray& utf8);

// Reads a whole text file after inputProblem's checks. UTF-16 and UTF-32 text is converted to UTF-8
// (`*convertedFrom` says from what); a UTF-8 byte-order mark is dropped; NUL bytes in what should be
// text are refused.
Problem readTextInput(const std::string& path, std::uint64_t maxBytes, QByteArray& out,
                      std::string* convertedFrom = nullptr);

// Whether iconv (which GDAL's recoding uses) knows the encoding name, e.g. "GBK", "CP936", "Big5".
bool isKnownEncoding(const std::string& name);

// "12.3 MB", "512 bytes": sizes in messages.
std::string humanBytes(std::uint64_t n);

}  // namespace pa
