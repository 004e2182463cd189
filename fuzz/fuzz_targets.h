#pragma once
// The fuzzed entry points, one function per reader or parser, shared by the libFuzzer executables
// (fuzz/run.sh builds them with clang, ASan and UBSan) and by the regression test that replays every
// input kept in fuzz/regressions/ in the ordinary test suite.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace pa::fuzz {

struct Target {
    const char* name;
    int (*run)(const std::uint8_t* data, std::size_t size);
};

// vector_reader (the first byte picks the format: GeoJSON, CSV, KML, GML, GeoPackage, FlatGeobuf…,
// the rest goes through /vsimem/), json_scan, plan_import, style, project, arguments (CRS strings,
// coordinates, numbers, boxes), triangulator.
const std::vector<Target>& targets();
const Target* find(const char* name);

}  // namespace pa::fuzz
