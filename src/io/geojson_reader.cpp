#include "io/geojson_reader.h"

#include <QCoreApplication>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>
#include <thread>
#include <unordered_map>

#include <sys/mman.h>
#include <unistd.h>

#include "io/gdal_support.h"
#include "io/layer_builder.h"
#include "io/layer_finish.h"
#include "io/postgis.h"

namespace pa {

namespace {

namespace sj = simdjson::ondemand;

// Thrown to hand the file to GDAL; never escapes readGeoJsonFast.
struct Decline {};

// A property's kind over the whole file; GDAL gives each field one type, and a field mixing kinds
// gets a type (String, JSON) whose text this reader would have to imitate.
enum class Kind : std::uint8_t { Unset, String, StringList, Number, Bool };

struct Field {
    std::string name;
    Kind kind = Kind::Unset;
    bool real = false;    // some value has a fraction or exponent: GDAL makes the field Real
    bool bigInt = false;  // some integer is 1e15 or more, which a Real field would write otherwise
    // Read in a later part of the file: first seen here as an empty array, which is an empty list if an
    // earlier part made the field a list, and GDAL's JSON text otherwise (decided when the parts join).
    bool emptyFirst = false;
    bool kept = true;  // its values go into the features (ReadOptions::attributes)
};

// A string GDAL's GeoJSON driver would read as a date, a time or a date and time ("2021-05-01",
// "12:30:00", "2021/05/01 10:00:00+08"); deliberately wider than GDAL's test, since declining only
// costs time.
bool looksTemporal(std::string_view s) {
    if (s.empty() || s.size() > 40 || s[0] < '0' || s[0] > '9') return false;
    bool separator = false;
    for (char c : s) {
        if (c == '-' || c == '/' || c == ':') separator = true;
        else if (!((c >= '0' && c <= '9') || c == '.' || c == 'T' || c == 'Z' || c == '+' || c == ' ')) return false;
    }
    return separator;
}

// GDAL's own text for a Real field's value: a one-field feature it formats.
class RealFormatter {
public:
    RealFormatter() {
        defn_ = OGR_FD_Create("real");
        OGR_FD_Reference(defn_);  // ours as well as the feature's
        OGRFieldDefnH f = OGR_Fld_Create("v", OFTReal);
        OGR_FD_AddFieldDefn(defn_, f);
        OGR_Fld_Destroy(f);
        feature_ = OGR_F_Create(defn_);
    }
    ~RealFormatter() {
        OGR_F_Destroy(feature_);
        OGR_FD_Release(defn_);
    }
    RealFormatter(const RealFormatter&) = delete;
    RealFormatter& operator=(const RealFormatter&) = delete;
    std::string text(double v) {
        OGR_F_SetFieldDouble(feature_, 0, v);
        return OGR_F_GetFieldAsString(feature_, 0);
    }

private:
    OGRFeatureDefnH defn_ = nullptr;
    OGRFeatureH feature_ = nullptr;
};

// The CRS GDAL gives a FeatureCollection with this "crs" member (or none): GDAL reads a one-point
// collection carrying it, so the answer is GDAL's by construction. Null when GDAL gives none; a
// member GDAL complains about declines the fast path (GDAL's warning is then the user's).
struct CrsAnswer {
    std::shared_ptr<void> srs;  // released with the cache
    bool ok = false;
};

CrsAnswer crsOf(const std::string& member) {
    static std::mutex mutex;
    static std::map<std::string, CrsAnswer> cache;
    std::lock_guard<std::mutex> lock(mutex);
    if (auto it = cache.find(member); it != cache.end()) return it->second;
    const std::string doc = "{\"type\":\"FeatureCollection\"," + (member.empty() ? std::string() : "\"crs\":" + member + ",") +
                            "\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[0,0]}}]}";
    static std::atomic<unsigned> counter{0};
    const std::string path = "/vsimem/planatlas-crs-" + std::to_string(counter++) + ".geojson";
    VSIFCloseL(VSIFileFromMemBuffer(path.c_str(), reinterpret_cast<GByte*>(const_cast<char*>(doc.data())), doc.size(), FALSE));
    CrsAnswer answer;
    {
        GdalErrors capture;
        const char* drivers[] = {"GeoJSON", nullptr};
        if (GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr)) {
            if (GDALDatasetGetLayerCount(ds) == 1) {
                OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(GDALDatasetGetLayer(ds, 0));
                if (srs) answer.srs = std::shared_ptr<void>(OSRClone(srs), [](void* r) { OSRRelease(static_cast<OGRSpatialReferenceH>(r)); });
                answer.ok = true;
            }
            GDALClose(ds);
        }
        if (!capture.errors().empty()) answer.ok = false;
    }
    VSIUnlink(path.c_str());
    cache[member] = answer;  // kept for the process: a handful of distinct members at most
    return answer;
}

// Reads the features of one contiguous part of the file into a layer of its own; the parts of a large
// file are read on all cores and joined in file order (joinParts).
class FastReader {
public:
    FastReader(std::string_view text, const ReadOptions& options, Layer& layer, bool firstPart, bool releaseAsRead)
        : text_(text), options_(options), layer_(layer), builder_(layer), firstPart_(firstPart),
          release_(releaseAsRead && text.size() >= releaseBytes()) {
        builder_.keepTriangles(options.triangles);
    }

    // Features [begin, end) of `spans`, their FIDs their positions in the file. Throws Decline;
    // returns false when cancelled. `done` counts features read by every part, for progress.
    bool read(const std::vector<std::pair<std::uint64_t, std::uint64_t>>& spans, std::size_t begin, std::size_t end,
              ReadTally& tally, std::atomic<std::size_t>& done, bool reportProgress) {
        for (std::size_t i = begin; i < end; ++i) {
            if (((i - begin + 1) & 1023) == 0) {
                if (release_) giveBack(spans[begin].first, spans[i].first);
                if (options_.cancel && options_.cancel->load()) return false;
                const std::size_t all = done.fetch_add(1024) + 1024;
                if (reportProgress && options_.progress) options_.progress(std::min(all, spans.size()), spans.size());
            }
            readFeature(spans[i].first, spans[i].second, i, tally);
            if (i - begin + 1 == 1024 && firstPart_ && end < spans.size()) reserveForAll(spans, begin, i + 1);
        }
        return true;
    }

    const BuildStats& stats() const { return builder_.stats(); }
    const std::deque<Field>& fields() const { return fields_; }

private:
    // A text this large is its own mapping (glibc maps every allocation past 32 MB by itself), so the
    // pages of the features already read can go back to the system as the read goes on: a 522 MB
    // file is not held whole beside the layer it becomes. Only pages wholly inside this part's
    // features are given back (its neighbours' and the text's other members stay); they read as
    // zeros after, and nothing reads them again.
    static std::size_t releaseBytes() {
        const char* forced = std::getenv("PLANATLAS_GEOJSON_RELEASE_BYTES");  // tests: small files too
        return forced ? std::size_t(std::strtoull(forced, nullptr, 10)) : std::size_t(64) << 20;
    }
    void giveBack(std::uint64_t from, std::uint64_t to) {
        const std::uintptr_t page = std::uintptr_t(sysconf(_SC_PAGESIZE));
        const std::uintptr_t base = reinterpret_cast<std::uintptr_t>(text_.data());
        std::uintptr_t lo = (base + std::uintptr_t(from) + page - 1) & ~(page - 1);
        const std::uintptr_t hi = (base + std::uintptr_t(to)) & ~(page - 1);
        lo = std::max(lo, releasedTo_);
        if (hi <= lo) return;
        madvise(reinterpret_cast<void*>(lo), hi - lo, MADV_DONTNEED);
        releasedTo_ = hi;
    }

    // The first part's arrays become the layer's, the other parts' are copied after them
    // (Layer::append): reserved here for the whole file, as its first features measure it, the join
    // copies into place instead of moving everything to a larger allocation on one core. Untouched,
    // what is reserved beyond need is address space, not memory.
    void reserveForAll(const std::vector<std::pair<std::uint64_t, std::uint64_t>>& spans, std::size_t begin, std::size_t upto) {
        const double seen = double(spans[upto - 1].second - spans[begin].first);
        const double all = double(spans.back().second - spans.front().first);
        const double scale = all / std::max(seen, 1.0) * 1.05;
        const double positions = all / 6;  // a position takes six bytes at least ("[0,0],")
        auto grow = [&](auto& v, double most) { v.reserve(std::size_t(std::min(double(v.size()) * scale, most))); };
        layer_.features.reserve(spans.size());
        grow(layer_.parts, positions);
        grow(layer_.ringOffsets, positions);
        grow(layer_.vertices, positions);
        grow(layer_.triangles, 3 * positions);
    }

    void readFeature(std::uint64_t begin, std::uint64_t end, std::size_t fid, ReadTally& tally) {
        const char* at = text_.data() + begin;
        const std::size_t len = std::size_t(end - begin);
        const std::size_t room = text_.size() - std::size_t(begin);
        sj::document doc;
        if (room >= len + simdjson::SIMDJSON_PADDING) {
            doc = parser_.iterate(at, len, room);
        } else {  // the file's last feature: simdjson reads a little past the end
            tail_ = simdjson::padded_string(at, len);
            doc = parser_.iterate(tail_);
        }
        props_.clear();
        flat_ = Flat::None;
        pts_.clear();
        ringEnds_.clear();
        polygonEnds_.clear();
        OGRGeometryH geometry = nullptr;
        bool type = false, haveGeometry = false, haveProperties = false;
        try {
            for (auto member : doc.get_object()) {
                const std::string_view key = member.unescaped_key();
                sj::value v = member.value();
                if (key == "type") {
                    if (type || std::string_view(v.get_string()) != "Feature") throw Decline{};
                    type = true;
                } else if (key == "properties") {
                    if (haveProperties) throw Decline{};
                    haveProperties = true;
                    if (!v.is_null()) readProperties(v.get_object());
                } else if (key == "geometry") {
                    if (haveGeometry) throw Decline{};
                    haveGeometry = true;
                    if (!v.is_null()) geometry = readGeometry(v.get_object());
                } else if (key != "bbox") {
                    throw Decline{};  // a top-level "id" (GDAL's FID or an "id" field) or a foreign member
                }
            }
            if (!type || !haveGeometry) throw Decline{};
        } catch (...) {
            if (geometry) OGR_G_DestroyGeometry(geometry);
            throw Decline{};
        }

        std::sort(props_.begin(), props_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::string id = std::to_string(fid);
        for (const auto& [field, value] : props_)
            if (fields_[field].name == "id") id = value;
        layer_.beginFeature(id);
        const bool ok = geometry ? builder_.addGeometry(geometry)
                                 : flat_ != Flat::None && builder_.addPolygons(pts_, ringEnds_, polygonEnds_, flat_ == Flat::Multi);
        if (geometry) OGR_G_DestroyGeometry(geometry);
        if (!ok) {
            if (tally.skipped++ == 0) tally.firstSkipped = id;
            layer_.abandonFeature();
            layer_.features.pop_back();
            return;
        }
        Feature& feat = layer_.features.back();
        std::size_t kept = 0;
        for (const auto& kv : props_) kept += fields_[kv.first].kept;
        feat.properties.reserve(kept);
        for (auto& [field, value] : props_)
            if (fields_[field].kept) feat.properties.emplace_back(fields_[field].name, std::move(value));
    }

    std::uint32_t fieldIndex(std::string_view name) {
        auto it = fieldByName_.find(name);
        if (it != fieldByName_.end()) return it->second;
        const auto index = std::uint32_t(fields_.size());
        fields_.push_back(Field{std::string(name)});
        fields_.back().kept = options_.keeps(fields_.back().name);
        fieldByName_.emplace(fields_.back().name, index);
        return index;
    }

    static void setKind(Field& f, Kind k) {
        if (f.kind != Kind::Unset && f.kind != k) throw Decline{};
        f.kind = k;
    }

    static std::string checkedString(std::string_view s) {
        if (s.find('\0') != std::string_view::npos) throw Decline{};  // GDAL's C strings end there
        return std::string(s);
    }

    void readProperties(sj::object obj) {
        std::uint32_t last = 0;
        bool any = false;
        for (auto member : obj) {
            const std::string_view key = member.unescaped_key();
            if (key.empty()) throw Decline{};
            const std::uint32_t index = fieldIndex(key);
            // GDAL orders fields to agree with every feature's order of keys (a topological sort);
            // that is the order of first appearance only while each feature lists its keys in it.
            // This also refuses a repeated key.
            if (any && index <= last) throw Decline{};
            last = index;
            any = true;
            sj::value v = member.value();
            Field& f = fields_[index];
            switch (v.type()) {
                case sj::json_type::null: break;
                case sj::json_type::string: {
                    const std::string_view s = v.get_string();
                    if (looksTemporal(s)) throw Decline{};
                    setKind(f, Kind::String);
                    props_.emplace_back(index, checkedString(s));
                    break;
                }
                case sj::json_type::boolean:
                    setKind(f, Kind::Bool);
                    props_.emplace_back(index, bool(v.get_bool()) ? "1" : "0");
                    break;
                case sj::json_type::number: {
                    setKind(f, Kind::Number);
                    switch (v.get_number_type()) {
                        case sj::number_type::signed_integer: {
                            const std::int64_t n = v.get_int64();
                            if (n >= 1000000000000000LL || n <= -1000000000000000LL) f.bigInt = true;
                            props_.emplace_back(index, std::to_string(n));
                            break;
                        }
                        case sj::number_type::floating_point_number:
                            f.real = true;
                            props_.emplace_back(index, real_.text(v.get_double()));
                            break;
                        default: throw Decline{};  // past int64: GDAL's choice of type is its own
                    }
                    break;
                }
                case sj::json_type::array: {
                    // Arrays of strings (the plan's clause and target IDs) are GDAL's StringList, which
                    // the reader joins with commas; other arrays GDAL keeps as JSON text.
                    // An empty array is an empty list once the field is a list, but makes a field
                    // first seen with it GDAL's JSON text.
                    std::string joined;
                    bool any = false;
                    for (auto item : v.get_array()) {
                        joined += (any ? "," : "") + checkedString(item.get_string());
                        any = true;
                    }
                    if (!any && f.kind != Kind::StringList) {
                        if (firstPart_ || f.kind != Kind::Unset) throw Decline{};
                        f.emptyFirst = true;
                        props_.emplace_back(index, std::string());
                        break;
                    }
                    setKind(f, Kind::StringList);
                    props_.emplace_back(index, std::move(joined));
                    break;
                }
                default: throw Decline{};  // an object: GDAL keeps it as JSON text
            }
        }
    }

    // A position: exactly two numbers (a third, the height, makes GDAL's geometry and CRS 3D).
    Vec2d position(sj::array a) {
        double c[2];
        int n = 0;
        for (auto x : a) {
            if (n == 2) throw Decline{};
            c[n++] = double(x.get_double());
        }
        if (n != 2) throw Decline{};
        return {c[0], c[1]};
    }

    // A non-empty array of positions into scratch_.
    void positions(sj::array a) {
        scratch_.clear();
        for (auto p : a) scratch_.push_back(position(p.get_array()));
        if (scratch_.empty()) throw Decline{};
    }

    OGRGeometryH curve(OGRwkbGeometryType type, sj::array a) {
        positions(a);
        OGRGeometryH g = OGR_G_CreateGeometry(type);
        OGR_G_SetPoints(g, int(scratch_.size()), &scratch_[0].x, sizeof(Vec2d), &scratch_[0].y, sizeof(Vec2d), nullptr, 0);
        return g;
    }

    // Geometries own what is added to them, so one thrown midway is freed by its owner.
    struct Owned {
        OGRGeometryH g;
        ~Owned() {
            if (g) OGR_G_DestroyGeometry(g);
        }
        OGRGeometryH release() { return std::exchange(g, nullptr); }
    };

    // A polygon's rings into pts_, ringEnds_ and polygonEnds_, as LayerBuilder::addPolygons takes
    // them: no OGR geometry for the polygons that make most of a file.
    void flatPolygon(sj::array rings) {
        bool any = false;
        for (auto r : rings) {
            const std::size_t before = pts_.size();
            for (auto p : r.get_array()) pts_.push_back(position(p.get_array()));
            if (pts_.size() == before) throw Decline{};
            ringEnds_.push_back(std::uint32_t(pts_.size()));
            any = true;
        }
        if (!any) throw Decline{};
        polygonEnds_.push_back(std::uint32_t(ringEnds_.size()));
    }

    OGRGeometryH readGeometry(sj::object g) {
        std::string_view type;
        Owned out{nullptr};
        bool haveType = false, haveCoordinates = false;
        for (auto member : g) {
            const std::string_view key = member.unescaped_key();
            if (key == "type") {
                if (haveType) throw Decline{};
                type = member.value().get_string();
                haveType = true;
            } else if (key == "coordinates") {
                // GeoJSON writers put the type first; coordinates before it are left to GDAL.
                if (!haveType || haveCoordinates) throw Decline{};
                haveCoordinates = true;
                sj::array a = member.value().get_array();
                if (type == "Point") {
                    const Vec2d p = position(a);
                    out.g = OGR_G_CreateGeometry(wkbPoint);
                    OGR_G_SetPoint_2D(out.g, 0, p.x, p.y);
                } else if (type == "LineString") {
                    out.g = curve(wkbLineString, a);
                } else if (type == "Polygon") {
                    flatPolygon(a);
                    flat_ = Flat::Polygon;
                } else if (type == "MultiPolygon") {
                    for (auto part : a) flatPolygon(part.get_array());
                    if (polygonEnds_.empty()) throw Decline{};
                    flat_ = Flat::Multi;
                } else if (type == "MultiPoint" || type == "MultiLineString") {
                    out.g = OGR_G_CreateGeometry(type == "MultiPoint" ? wkbMultiPoint : wkbMultiLineString);
                    bool any = false;
                    for (auto part : a) {
                        OGRGeometryH sub;
                        if (type == "MultiPoint") {
                            const Vec2d p = position(part.get_array());
                            sub = OGR_G_CreateGeometry(wkbPoint);
                            OGR_G_SetPoint_2D(sub, 0, p.x, p.y);
                        } else {
                            sub = curve(wkbLineString, part.get_array());
                        }
                        OGR_G_AddGeometryDirectly(out.g, sub);
                        any = true;
                    }
                    if (!any) throw Decline{};
                } else {
                    throw Decline{};  // GeometryCollection, or a type GDAL matches without regard to case
                }
            } else if (key != "bbox") {
                throw Decline{};
            }
        }
        if (!out.g && flat_ == Flat::None) throw Decline{};
        return out.release();
    }

    std::string_view text_;
    const ReadOptions& options_;
    Layer& layer_;
    LayerBuilder builder_;
    sj::parser parser_;
    simdjson::padded_string tail_;
    RealFormatter real_;
    std::deque<Field> fields_;  // stable, for the views that index it
    std::unordered_map<std::string_view, std::uint32_t> fieldByName_;  // views of fields_[i].name
    std::vector<std::pair<std::uint32_t, std::string>> props_;
    std::vector<Vec2d> scratch_;
    enum class Flat { None, Polygon, Multi } flat_ = Flat::None;  // the feature's geometry is in these:
    std::vector<Vec2d> pts_;
    std::vector<std::uint32_t> ringEnds_, polygonEnds_;
    bool firstPart_;
    bool release_;
    std::uintptr_t releasedTo_ = 0;
};

// One part of the file as read by its thread.
struct Piece {
    Layer layer;
    BuildStats stats;
    ReadTally tally;
    std::deque<Field> fields;
    std::vector<std::string> errors;  // GDAL's, captured on that thread
    bool declined = false, cancelled = false;
};

void readPart(std::string_view text, const JsonScanResult& scan, const ReadOptions& options, std::size_t begin,
              std::size_t end, bool first, bool releaseAsRead, std::atomic<std::size_t>& done, std::atomic<bool>& stop,
              Piece& part) {
    GdalErrors capture;  // geometry checks and repairs report through GDAL, as in GDAL's reading
    try {
        FastReader reader(text, options, part.layer, first, releaseAsRead);
        part.cancelled = !reader.read(scan.featureSpans, begin, end, part.tally, done, first);
        part.stats = reader.stats();
        part.fields = reader.fields();
    } catch (...) {  // Decline, or simdjson's error on a value of the wrong type
        part.declined = true;
        stop = true;
    }
    part.errors = capture.errors();
}

// Joins the parts in file order as one sequential read would have made them, or says why GDAL must
// read the file (false): fields in order of first appearance with one kind each, every feature's
// attributes in that order, the first repair and the first skipped feature of the file, GDAL's first
// five distinct errors.
bool joinParts(std::vector<Piece>& parts, Layer& layer, BuildStats& stats, ReadTally& tally,
               std::vector<std::string>& errors) {
    std::deque<Field> fields;
    std::unordered_map<std::string, std::uint32_t> global;
    std::vector<std::vector<std::uint32_t>> order(parts.size());
    for (std::size_t p = 0; p < parts.size(); ++p) {
        for (const Field& f : parts[p].fields) {
            auto it = global.find(f.name);
            if (it == global.end()) {
                if (f.emptyFirst) return false;
                it = global.emplace(f.name, std::uint32_t(fields.size())).first;
                fields.push_back(Field{f.name});
            }
            Field& g = fields[it->second];
            if (f.emptyFirst && g.kind != Kind::StringList) return false;
            if (f.kind != Kind::Unset) {
                if (g.kind != Kind::Unset && g.kind != f.kind) return false;
                g.kind = f.kind;
            }
            g.real = g.real || f.real;
            g.bigInt = g.bigInt || f.bigInt;
            order[p].push_back(it->second);
        }
    }
    if (fields.size() > 2000) return false;
    for (const Field& f : fields)
        if (f.real && f.bigInt) return false;
    // Each part's features list their keys in the part's order of first appearance; that must be the
    // file's too, or GDAL's field order would differ (see readProperties).
    for (std::size_t p = 1; p < parts.size(); ++p)
        if (!std::is_sorted(order[p].begin(), order[p].end())) return false;
    for (Piece& part : parts) joinBuilt(layer, stats, tally, errors, std::move(part.layer), part.stats, part.tally, part.errors);
    return true;
}

}  // namespace

bool geoJsonFastPathEnabled() {
    const char* v = std::getenv("PLANATLAS_GEOJSON_READER");
    return !(v && std::string(v) == "gdal");
}

bool readGeoJsonFast(const std::string& path, const std::string& openPath, std::string_view text,
                     const JsonScanResult& scan, const ReadOptions& options, ReadResult& out, bool releaseAsRead) {
    if (!geoJsonFastPathEnabled() || !scan.ok() || scan.topLevelType != "FeatureCollection" || !scan.featuresAllObjects ||
        scan.featureSpans.empty() || !options.encoding.empty())
        return false;
    std::string crsMember;
    bool features = false;
    for (const JsonScanResult::Member& m : scan.members) {
        const bool known = m.key == "type" || m.key == "features" || m.key == "crs" || m.key == "name" || m.key == "bbox";
        if (!known) return false;  // GDAL reads some foreign members ("geometryType", "transform"…) as other formats
        if (m.key == "features") {
            if (features) return false;
            features = true;
        }
        if (m.key == "crs") {
            if (!crsMember.empty()) return false;
            crsMember = std::string(text.substr(std::size_t(m.begin), std::size_t(m.end - m.begin)));
            if (crsMember == "null") return false;
        }
    }
    registerGdal();
    {
        GdalErrors quiet;
        GDALDriverH driver = GDALIdentifyDriverEx(openPath.c_str(), GDAL_OF_VECTOR, nullptr, nullptr);
        if (!driver || std::string(GDALGetDriverShortName(driver)) != "GeoJSON") return false;
    }
    const CrsAnswer crs = crsOf(crsMember);
    if (!crs.ok) return false;

    // A part per core for a large file; a small one is read on the calling thread.
    const std::size_t n = scan.featureSpans.size();
    std::size_t threads = n < 4096 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    if (const char* forced = std::getenv("PLANATLAS_GEOJSON_PARTS"))  // tests: the join on small files
        threads = std::clamp<std::size_t>(std::size_t(std::atoi(forced)), 1, std::max<std::size_t>(n, 1));
    std::vector<Piece> parts(threads);
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};
    {
        std::vector<std::thread> workers;
        for (std::size_t t = 1; t < threads; ++t)
            workers.emplace_back(readPart, text, std::cref(scan), std::cref(options), n * t / threads,
                                 n * (t + 1) / threads, false, releaseAsRead, std::ref(done), std::ref(stop), std::ref(parts[t]));
        readPart(text, scan, options, 0, n / threads, true, releaseAsRead, done, stop, parts[0]);
        for (std::thread& w : workers) w.join();
    }
    for (const Piece& part : parts)
        if (part.declined) return false;
    for (const Piece& part : parts)
        if (part.cancelled) {
            out.messages.push_back(readWarning(path, say(QT_TRANSLATE_NOOP("pa::FileProblem", "loading was cancelled"))));
            out.cancelled = true;
            return true;
        }

    Layer layer;
    BuildStats stats;
    ReadTally tally;
    std::vector<std::string> errors;
    if (!joinParts(parts, layer, stats, tally, errors)) return false;
    layer.sourcePath = redactConnection(path);
    layer.name = std::filesystem::path(path).stem().string();
    ReadResult mine;
    {
        GdalErrors capture;
        finishLayer(std::move(layer), path, std::string(), stats, tally, static_cast<OGRSpatialReferenceH>(crs.srs.get()), options, mine);
        for (const std::string& e : capture.errors())
            if (errors.size() < 5 && std::find(errors.begin(), errors.end(), e) == errors.end()) errors.push_back(e);
    }
    for (const std::string& e : errors)
        mine.messages.push_back(readWarning(path, say(QT_TRANSLATE_NOOP("pa::FileProblem", "GDAL reported: %1"), {e})));
    for (Diagnostic& d : mine.messages) out.messages.push_back(std::move(d));
    for (Layer& l : mine.layers) out.layers.push_back(std::move(l));
    return true;
}

}  // namespace pa
