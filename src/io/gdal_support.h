#pragma once
// What every GDAL reader here shares: drivers registered once with the network closed to file
// reads, GDAL's error messages captured instead of printed, and messages told in the interface
// language.
#include <string>
#include <vector>

namespace pa {

// Registers every driver once. Reading a file never reaches the network: a GeoJSON "crs" link, a
// GML schema URL or a VRT pointing at a web address would otherwise make GDAL fetch it, and on a
// closed network wait for a timeout.
void registerGdal();

// GDAL reports through a global handler; while one of these lives on a thread, the messages of that
// thread are collected instead of printed, so the caller decides how the user sees them.
class GdalErrors {
public:
    GdalErrors();
    ~GdalErrors();
    GdalErrors(const GdalErrors&) = delete;
    GdalErrors& operator=(const GdalErrors&) = delete;
    // The last failure, one readable line (GDAL may quote a whole line of the file); "" when none.
    const std::string& lastError() const { return last_; }
    const std::vector<std::string>& errors() const { return all_; }

private:
    friend struct GdalErrorSink;
    void record(const char* msg);
    std::string last_;
    std::vector<std::string> all_;
};

// A CRS as GDAL writes it into a dataset (WKT), from anything GDAL takes (EPSG:4326, OGC:CRS84, WKT,
// a PROJ string); "" when GDAL does not know it.
std::string wktOf(const std::string& crs);

// Whether the path ends in `ext` (".tif"), in any case.
bool hasExtension(const std::string& path, const char* ext);

// `text` (marked with QT_TRANSLATE_NOOP("pa::FileProblem", …)) in the interface language, its %1…%4
// replaced by `a` (QString's multi-argument arg(), so a "%2" in a file name stays as it is).
std::string say(const char* text, const std::vector<std::string>& a = {});

}  // namespace pa
