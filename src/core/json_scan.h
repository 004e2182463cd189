#pragma once
// One linear pass over a JSON text before a GeoJSON reader sees it: is it JSON at all, is it
// GeoJSON, where does it break, how deep does it nest, how many attribute names do its features
// use. GDAL's reader answers a truncation or a stray byte with one opaque line, takes time that grows
// with the square of the number of distinct property names, and sets no depth limit of ours; this scan
// gives the user the byte where a file is wrong and keeps the reader's work linear in the file's size.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace pa {

struct JsonScanLimits {
    int maxDepth = 128;                   // GeoJSON needs five or six levels; properties may nest a little
    std::size_t maxPropertyNames = 2000;  // distinct names over all features' "properties" (SQLite's column limit)
    std::size_t maxStringBytes = 10000000;  // GDAL's GeoJSON parser refuses longer strings, without saying why
    // Texts from this size are scanned in two halves on two cores (the result is the same).
    std::size_t splitBytes = std::size_t(8) << 20;
    // Set: the scan stops soon after (JsonProblem::Cancelled), so a load's Cancel works while a
    // large text is checked too.
    const std::atomic<bool>* cancel = nullptr;
    // Coordinate arrays taken in one tight loop; tests turn it off to compare with the general loop.
    bool coordinateLoop = true;
};

enum class JsonProblem {
    None,
    Blank,            // only white space
    NotJson,          // does not start like JSON; detail: the first bytes
    Syntax,           // detail: what was expected
    NonFiniteNumber,  // NaN or Infinity, which JSON has no spelling for; detail: the word
    Truncated,        // ends inside a value; detail: "object", "array", "string"
    TrailingData,     // more after the top-level value
    TooDeep,          // nesting past maxDepth
    TooManyNames,     // more distinct property names than maxPropertyNames
    StringTooLong,    // a string past maxStringBytes; detail: its length in bytes
    TopLevelNotObject,  // detail: "array", "string", "number", "true", "false", "null"
    NoType,             // a top-level object that GDAL would not read as GeoJSON
    UnknownType,        // detail: the "type"
    Cancelled,          // JsonScanLimits::cancel was set
};

struct JsonScanResult {
    JsonProblem problem = JsonProblem::None;
    std::string detail;
    std::uint64_t offset = 0;  // the byte where the problem is (0-based)
    std::uint64_t line = 1, column = 1;
    std::string topLevelType;       // the top-level object's "type" ("FeatureCollection", "Feature", …)
    int depth = 0;                  // deepest nesting seen
    std::size_t propertyNames = 0;  // distinct names in "properties" objects
    // Where the top-level object's members and the "features" array's elements are, [begin, end) in
    // bytes, so a reader can take a FeatureCollection a feature at a time without scanning it again.
    struct Member {
        std::string key;
        std::uint64_t begin = 0, end = 0;
    };
    std::vector<Member> members;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> featureSpans;
    bool featuresAllObjects = true;  // every element of "features" is an object
    bool ok() const { return problem == JsonProblem::None; }
};

JsonScanResult scanGeoJson(const char* data, std::size_t size, const JsonScanLimits& limits = {});

}  // namespace pa
