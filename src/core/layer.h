#pragma once
// A vector layer held as flat arrays: vertices, rings, parts, features. Flat storage keeps
// 100k-feature layers cache-friendly and maps straight onto GPU buffers.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/geometry.h"
#include "core/raster.h"
#include "core/spatial_index.h"

namespace pa {

enum class PartKind : std::uint8_t { Point, Line, Polygon };

struct Part {
    PartKind kind = PartKind::Point;
    std::uint32_t firstRing = 0;
    std::uint32_t ringCount = 0;
    std::uint32_t firstIndex = 0;  // polygons: range in Layer::triangles
    std::uint32_t indexCount = 0;
};

struct Feature {
    std::string id;
    std::uint32_t firstPart = 0;
    std::uint32_t partCount = 0;
    std::vector<std::pair<std::string, std::string>> properties;

    const std::string* property(const std::string& key) const;
    // The property's value, or "" when absent.
    std::string value(const std::string& key) const;
    // A comma-separated property (GeoJSON string arrays are read that way) as its items.
    std::vector<std::string> list(const std::string& key) const;
};

// A layer's identity in a document: given once when the layer joins it, never reused, so a
// reference to a feature survives other layers being added, reordered or removed. 0: none.
using LayerId = std::uint32_t;

// A feature's name for people in `language` ("zh" or "en"): name_en for English, then the Chinese
// name, then the name fields user data commonly has (name, 名称, 项目名称, NAME, Name, xmmc).
// Empty when it has none. Labels, tooltips, lists and reports all name features this way.
std::string featureName(const Feature& f, const std::string& language = "zh");
// Where featureName looks for a name, in order, after name_en for English.
inline constexpr const char* kNameFields[] = {"name_zh", "name", "名称", "项目名称", "NAME", "Name", "xmmc"};

struct GeometryCounts {
    std::size_t points = 0, lines = 0, polygons = 0, rings = 0, vertices = 0, triangles = 0;
};

class VectorSource;
class Layer;

// The features of `pieces` in order, each id once (the first copy met wins), with their projected
// vertices: the tiles of a view joined into one layer, answers joined to earlier ones. The name,
// source and CRS are the first piece's.
Layer joinUnique(const std::vector<const Layer*>& pieces);

class Layer {
public:
    LayerId id = 0;            // set by the document that holds it
    std::string name;          // shown to the user; the OGR layer name or the file stem
    std::string sourcePath;    // the file it came from
    std::string sourceCrs;     // WKT of the layer's CRS as read
    std::string sourceCrsName;

    std::vector<Feature> features;
    std::vector<Part> parts;
    std::vector<std::uint32_t> ringOffsets{0};  // ring r spans [ringOffsets[r], ringOffsets[r+1])
    std::vector<Vec2d> vertices;                // in the source CRS
    std::vector<std::uint32_t> triangles;       // polygon fill, three vertex indices each

    // A raster layer (a GeoTIFF, a tile file, a basemap) has this reader and no features;
    // projectedBounds is its extent in the display CRS.
    RasterSourcePtr raster;
    // A layer read by view (core/vector_source: a large PostGIS table): its source draws it tile by
    // tile; `features` holds only what was asked of the source (identify, search), projectedBounds
    // is its extent.
    std::shared_ptr<const VectorSource> viewSource;

    // Filled by reprojection: the same vertices in the display CRS, their extent, and every part's
    // extent indexed (a part is found by its feature's index).
    std::vector<Vec2d> projected;
    Bounds projectedBounds;
    SpatialIndex index;
    // Each part's extent in the display CRS, exactly (computeProjectedBounds; empty before): a
    // picture's pieces cull and order the polygons by these without reading their vertices, which lie
    // all over memory in a layer not stored in spatial order.
    std::vector<Bounds> partBounds;
    // Which kinds of part the layer holds, a bit a PartKind (computeProjectedBounds; all until then, or
    // once parts were added since): a piece of a polygon layer's picture skips its line and marker passes
    // without looking.
    std::uint32_t partKinds = ~0u;
    bool holds(PartKind k) const { return partBounds.size() != parts.size() || ((partKinds >> unsigned(k)) & 1u); }

    std::size_t ringCount() const { return ringOffsets.size() - 1; }
    std::uint32_t ringBegin(std::uint32_t r) const { return ringOffsets[r]; }
    std::uint32_t ringEnd(std::uint32_t r) const { return ringOffsets[r + 1]; }

    // Builders: a part's rings must be added right after beginPart.
    std::uint32_t beginFeature(std::string id);
    void beginPart(PartKind kind);
    void addRing(const Vec2d* pts, std::size_t n);
    // Drops the parts, rings and vertices of the feature being built (used when it is rejected).
    void abandonFeature();
    // Drops the last part of the feature being built (used to replace it with a repaired one).
    void popLastPart();

    GeometryCounts counts() const;
    // Appends another layer's features (read from a later part of the same file), emptying it: its
    // parts, rings, vertices and triangles follow this layer's, their offsets moved accordingly.
    void append(Layer&& other);
    // A layer holding copies of the given features (geometry, triangles, projected vertices).
    Layer subset(const std::vector<std::uint32_t>& featureIndices) const;
    // Appends a copy of another layer's feature (with its projected vertices when both have them).
    void copyFeature(const Layer& from, std::uint32_t featureIndex);
    // Empties the features and their geometry, keeping what the layer is (name, source, CRS).
    void clearFeatures();
    // projectedBounds and the index, from projected.
    void computeProjectedBounds();

    // The plan elements and targets the features cite (their `clauses` and `targets` lists), each
    // element also under every element containing it ("box22.i3" under "box22"): feature indices in
    // order. Made by indexCitations where the layer is read, so a document joining a layer of a
    // million features does not read them all on the window's thread (core/feature_links).
    std::map<std::string, std::vector<std::uint32_t>> citations;
    bool citationsIndexed = false;
    void indexCitations();

private:
    std::size_t featureVertexStart_ = 0;
};

}  // namespace pa
