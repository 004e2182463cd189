#pragma once
// Helpers shared by the tests: temporary folders, layers from WKT, files in any OGR format.
#include <string>
#include <vector>

#include "core/layer.h"
#include "io/ogr_reader.h"

namespace pa::test {

// A fresh folder under the system temp dir, removed when the object goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

// A layer built from WKT geometries through the real OGR conversion and triangulation; its
// projected coordinates equal the source ones (identity display CRS).
Layer layerFromWkt(const std::vector<std::string>& wkts, const std::string& name = "test");

void writeText(const std::string& path, const std::string& text);

// Converts a GeoJSON file with GDAL's own drivers (GPKG, ESRI Shapefile, KML, FlatGeobuf, CSV...).
bool convertWithGdal(const std::string& src, const std::string& dst, const std::string& driver,
                     const std::vector<std::string>& extraArgs = {});

// A read's every message, layer, feature, attribute, part, ring, vertex (and triangle, unless
// `triangles` is false), as text: two reads are the same when their texts are.
std::string describeRead(const ReadResult& r, bool triangles = true);

double polygonAreaOfPart(const Layer& l, const Part& p);
double triangleAreaOfPart(const Layer& l, const Part& p);

}  // namespace pa::test
