#include "io/ogr_reader.h"

#include "io/postgis.h"

#include <QCoreApplication>
#include <QString>

#include <cpl_conv.h>
#include <cpl_http.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <limits>
#include <thread>
#include <cstdio>
#include <cstdlib>
#include <cctype>
#include <filesystem>
#include <mutex>
#include <system_error>

#include "core/text.h"
#include "io/gdal_support.h"
#include "io/guarded_vsi.h"
#include "io/layer_builder.h"
#include "io/geojson_reader.h"
#include "io/layer_finish.h"
#include "io/output_file.h"
#include "io/vector_precheck.h"

namespace pa {

namespace {

// SQLite's (and so GeoPackage's) column limit; wider tables are generated, not made by planners.
constexpr int kMaxAttributeFields = 2000;
// A PostGIS table read whole: two million features take about 3 GiB here.
constexpr GIntBig kMaxDatabaseFeatures = 2000000;

}  // namespace

namespace {

// What one range of a layer's features gives: read on its own thread, joined in order after.
struct OgrPiece {
    Layer layer;
    BuildStats stats;
    ReadTally tally;
    std::size_t read = 0;
    bool cancelled = false;
};

// A range read by position, as its thread and the next range's see it: where it begins, how far it
// has read, and where it ends, which the next range's thread may move on (see rebalance) until the
// range has stopped there.
struct RangeShare {
    std::size_t begin = 0;
    std::atomic<std::size_t> end{0};
    std::atomic<std::size_t> read{0};
    std::atomic<std::int64_t> startedNs{-1};  // when it began to read, on the steady clock
    std::mutex lock;
    bool stopped = false;
};

std::int64_t steadyNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Whether a range with `read` features read may go on: under its share, up to where the share ends
// now, and once there only if the next range's thread has not just moved the end on.
bool mayRead(RangeShare* share, std::size_t limit, std::size_t read) {
    if (!share) return read < limit;
    if (share->begin + read < share->end.load(std::memory_order_acquire)) return true;
    std::lock_guard<std::mutex> hold(share->lock);
    if (share->begin + read < share->end.load(std::memory_order_acquire)) return true;
    share->stopped = true;
    return false;
}

// Up to `limit` features from the layer's current position into `piece` (its builder's stats
// included). `progress`: counts features for options.progress, which only the calling thread of
// the first range reports.
void readFeatures(OGRLayerH ogr, std::size_t limit, const ReadOptions& options, OgrPiece& piece,
                  std::atomic<std::size_t>& progress, std::size_t total, bool reports, RangeShare* share = nullptr) {
    Layer& layer = piece.layer;
    ReadTally& tally = piece.tally;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(ogr);
    const int nFields = OGR_FD_GetFieldCount(defn);
    int idField = -1;
    for (int i = 0; i < nFields; ++i) {
        const char* n = OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i));
        if (n && std::string(n) == "id") idField = i;
    }
    // Fields nothing will read are not made into the features at all (GDAL skips them).
    std::vector<bool> kept(std::size_t(nFields), true);
    if (options.attributes) {
        std::vector<const char*> ignored = {"OGR_STYLE"};
        for (int i = 0; i < nFields; ++i) {
            const char* n = OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i));
            kept[std::size_t(i)] = i == idField || options.keeps(n ? n : "");
            if (!kept[std::size_t(i)]) ignored.push_back(n);
        }
        ignored.push_back(nullptr);
        OGR_L_SetIgnoredFields(ogr, ignored.data());
    }
    const std::size_t fieldCount = std::size_t(nFields);
    std::vector<OGRFieldType> types(fieldCount);
    std::vector<std::string> names(fieldCount);
    for (int i = 0; i < nFields; ++i) {
        types[std::size_t(i)] = OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, i));
        const char* n = OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i));
        names[std::size_t(i)] = n ? n : "";
    }
    const bool keepId = options.keeps("id");
    const bool idIsInteger = idField >= 0 && (types[std::size_t(idField)] == OFTInteger || types[std::size_t(idField)] == OFTInteger64);
    std::size_t keptCount = 0;
    for (int i = 0; i < nFields; ++i) keptCount += kept[std::size_t(i)] && (i != idField || keepId);
    LayerBuilder builder(layer);
    builder.keepTriangles(options.triangles);
    if (share) share->startedNs.store(steadyNs(), std::memory_order_release);
    while (mayRead(share, limit, piece.read)) {
        OGRFeatureH f = OGR_L_GetNextFeature(ogr);
        if (!f) break;
        ++piece.read;
        if (share && (piece.read & 63) == 0) share->read.store(piece.read, std::memory_order_release);
        if ((piece.read & 1023) == 0) {
            if (options.cancel && options.cancel->load()) {
                OGR_F_Destroy(f);
                piece.cancelled = true;
                break;
            }
            const std::size_t seen = progress += 1024;
            if (reports && options.progress) options.progress(seen, total);
        }
        // An integer id formatted here: GDAL's text of it is printf'd into a copy it allocates.
        std::string id;
        if (idField < 0 || !OGR_F_IsFieldSetAndNotNull(f, idField)) id = std::to_string(OGR_F_GetFID(f));
        else if (idIsInteger) id = std::to_string(OGR_F_GetFieldAsInteger64(f, idField));
        else id = OGR_F_GetFieldAsString(f, idField);
        layer.beginFeature(id);
        if (!builder.addGeometry(OGR_F_GetGeometryRef(f))) {
            if (tally.skipped++ == 0) tally.firstSkipped = id;
            layer.abandonFeature();
            layer.features.pop_back();
            OGR_F_Destroy(f);
            continue;
        }
        Feature& feat = layer.features.back();
        feat.properties.reserve(keptCount);
        for (int i = 0; i < nFields; ++i) {
            if (!kept[std::size_t(i)] || (i == idField && !keepId) || !OGR_F_IsFieldSetAndNotNull(f, i)) continue;
            std::string value;
            const OGRFieldType type = types[std::size_t(i)];
            if (type == OFTInteger || type == OFTInteger64) {
                value = std::to_string(OGR_F_GetFieldAsInteger64(f, i));  // as GDAL writes it, without its copy
            } else if (type == OFTStringList) {
                // GeoJSON arrays of strings (the plan's clause and target IDs): comma-joined, as OGR
                // would write "(2:a,b)" otherwise.
                for (char** item = OGR_F_GetFieldAsStringList(f, i); item && *item; ++item)
                    value += (value.empty() ? "" : ",") + std::string(*item);
            } else {
                value = OGR_F_GetFieldAsString(f, i);
            }
            if (!isValidUtf8(value)) {
                // Chinese data outside UTF-8 is almost always GBK; GB18030 is its superset. The user's
                // choice comes first.
                char* u = CPLRecode(value.c_str(), options.encoding.empty() ? "GB18030" : options.encoding.c_str(),
                                    CPL_ENC_UTF8);
                if (u && isValidUtf8(u)) {
                    value = u;
                    ++tally.recoded;
                } else {
                    ++tally.undecodable;
                }
                CPLFree(u);
            }
            feat.properties.emplace_back(names[std::size_t(i)], std::move(value));
        }
        OGR_F_Destroy(f);
    }
    if (share) {  // also when it ended early, so that the next range's thread sees it will not go on
        std::lock_guard<std::mutex> hold(share->lock);
        share->stopped = true;
    }
    piece.stats = builder.stats();
}

// How a layer is cut into ranges: by position (SetNextByIndex), or, for a GeoPackage table, by its
// key: SQLite finds a range of keys from the key itself, where SetNextByIndex reads every feature
// before the range (half the file for the second of two).
struct RangePlan {
    std::size_t total = 0, parts = 1;
    bool keyed = false;
    std::string key;        // the key column, quoted
    GIntBig lo = 0, hi = 0;  // the smallest and largest key
    // Features range p reads, and how to tell it read them all: by position, exactly its share; by
    // key, what its keys hold (the ranges together must then hold `total`).
    std::size_t begin(std::size_t p) const { return total * p / parts; }
    std::size_t limit(std::size_t p) const { return keyed ? std::numeric_limits<std::size_t>::max() : begin(p + 1) - begin(p); }
    bool complete(std::size_t p, std::size_t read) const { return keyed || read == limit(p); }
    GIntBig keyAt(std::size_t p) const { return lo + GIntBig(double(hi - lo + 1) * double(p) / double(parts)); }
};

// The table's smallest and largest key (a GeoPackage table's rowid, how GDAL reads it in order).
bool findKeys(GDALDatasetH ds, OGRLayerH l, RangePlan& plan) {
    const char* key = OGR_L_GetFIDColumn(l);
    if (!ds || !key || !*key) return false;
    plan.key = sqlIdentifier(key);
    // Each in a query of its own, which SQLite answers from the key's ends (MIN and MAX together are a
    // scan of the table); "+ 0": GDAL would take a bare key column for the answer's FID, not a field.
    const std::string table = sqlIdentifier(OGR_L_GetName(l));
    const std::string sql = "SELECT (SELECT MIN(" + plan.key + ") FROM " + table + ") + 0, (SELECT MAX(" + plan.key + ") FROM " + table + ") + 0";
    OGRLayerH answer = GDALDatasetExecuteSQL(ds, sql.c_str(), nullptr, nullptr);
    if (!answer) return false;
    bool found = false;
    if (OGRFeatureH f = OGR_L_GetNextFeature(answer)) {
        if (OGR_F_GetFieldCount(f) == 2 && OGR_F_IsFieldSetAndNotNull(f, 0) && OGR_F_IsFieldSetAndNotNull(f, 1)) {
            plan.lo = OGR_F_GetFieldAsInteger64(f, 0);
            plan.hi = OGR_F_GetFieldAsInteger64(f, 1);
            found = plan.hi >= plan.lo;
        }
        OGR_F_Destroy(f);
    }
    GDALDatasetReleaseResultSet(ds, answer);
    return found;
}

// Moves `l` from feature `from` on to feature `to` where the driver reads every feature between to
// get there (FlatGeobuf; GDAL's own SetNextByIndex reads from the first): with the geometry and every
// field ignored meanwhile, only their bytes are read, not made into features.
bool skipTo(OGRLayerH l, std::size_t from, std::size_t to) {
    if (OGR_L_TestCapability(l, OLCFastSetNextByIndex)) return OGR_L_SetNextByIndex(l, GIntBig(to)) == OGRERR_NONE;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(l);
    std::vector<const char*> ignored = {"OGR_GEOMETRY", "OGR_STYLE"};
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) ignored.push_back(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
    ignored.push_back(nullptr);
    const bool ignoring = OGR_L_SetIgnoredFields(l, ignored.data()) == OGRERR_NONE;
    bool there = true;
    if (from == 0) {
        there = OGR_L_SetNextByIndex(l, GIntBig(to)) == OGRERR_NONE;
    } else {
        for (std::size_t i = from; i < to && there; ++i) {
            OGRFeatureH f = OGR_L_GetNextFeature(l);
            there = f != nullptr;
            if (f) OGR_F_Destroy(f);
        }
    }
    return (!ignoring || OGR_L_SetIgnoredFields(l, nullptr) == OGRERR_NONE) && there;
}

// Where range p's thread, just skipped to the range's start, moves the boundary with the range before
// on so that both end together, and returns where range p now begins. A driver that skips by reading
// (FlatGeobuf) makes equal ranges end apart by the later one's skip (about a sixth of reading the
// same features, a thirtieth of a 100k polygon read on two cores); measured here as they were: the
// earlier range's reading since it began and this range's skip. The earlier range has read up to
// feature `done` and must read on to the new boundary b; this one must skip on from its start to b
// and read from b to its end; r is a skipped feature's cost in read ones:
// (b - done) = r (b - start) + (end - b).
std::size_t rebalance(RangeShare& earlier, RangeShare& mine, std::int64_t skipNs, std::size_t skipped) {
    const std::int64_t now = steadyNs(), began = earlier.startedNs.load(std::memory_order_acquire);
    const std::size_t read = earlier.read.load(std::memory_order_acquire);
    if (began < 0 || now <= began || read < 256 || skipped == 0 || skipNs <= 0) return mine.begin;
    const double r = (double(read) / double(now - began)) / (double(skipped) / double(skipNs));
    if (!(r > 0 && r < 1)) return mine.begin;
    const double done = double(earlier.begin + read), start = double(mine.begin), end = double(mine.end.load(std::memory_order_acquire));
    const double b = (done + end - r * start) / (2 - r);
    if (!(b > start + 1 && b < end)) return mine.begin;
    std::lock_guard<std::mutex> hold(earlier.lock);
    if (earlier.stopped) return mine.begin;
    earlier.end.store(std::size_t(b), std::memory_order_release);
    return std::size_t(b);
}

// Positions `l` at range p's first feature.
bool startRange(OGRLayerH l, const RangePlan& plan, std::size_t p) {
    if (!plan.keyed) return p == 0 || skipTo(l, 0, plan.begin(p));
    std::string where;
    if (p > 0) where = plan.key + " >= " + std::to_string(plan.keyAt(p));
    if (p + 1 < plan.parts) where += (where.empty() ? "" : " AND ") + plan.key + " < " + std::to_string(plan.keyAt(p + 1));
    return OGR_L_SetAttributeFilter(l, where.c_str()) == OGRERR_NONE;
}

// Room in each range's layer for what it will read, so its arrays are not copied as they grow, and
// in the first's for every range's, which are appended to it. A vertex takes 16 bytes or more in
// these formats' files, so the file's size bounds their count; room not written to is address
// space, not memory.
void reserveForRanges(const std::string& openPath, const RangePlan& plan, std::vector<OgrPiece>& pieces) {
    VSIStatBufL st;
    const std::size_t vertices = VSIStatL(openPath.c_str(), &st) == 0 && st.st_size > 0 ? std::size_t(st.st_size) / 16 : 0;
    for (std::size_t p = 0; p < plan.parts; ++p) {
        Layer& l = pieces[p].layer;
        const std::size_t features = p == 0 ? plan.total : plan.total / plan.parts + 1;
        l.features.reserve(features);
        l.parts.reserve(features);
        l.ringOffsets.reserve(features + 1);
        l.vertices.reserve(p == 0 ? vertices : vertices / plan.parts);
    }
}

// The ranges after the first, each on a thread with a dataset of its own positioned at its first
// feature. False when any could not be read as one sequential read would have (a dataset that does
// not open, a range that ends early, an error GDAL raised): the caller then reads sequentially.
bool readOtherRanges(const OgrReopen& reopen, const RangePlan& plan, const ReadOptions& options, std::vector<OgrPiece>& pieces,
                     std::vector<RangeShare>& shares, std::atomic<std::size_t>& progress, const std::function<void()>& first) {
    std::vector<char> ok(plan.parts, 0);
    std::vector<std::thread> pool;
    for (std::size_t p = 1; p < plan.parts; ++p)
        pool.emplace_back([&, p] {
            GdalErrors capture;
            CancelScope cancelScope(options.cancel);
            GDALDatasetH ds = GDALOpenEx(reopen.openPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, reopen.drivers,
                                         reopen.openOptions, nullptr);
            if (!ds) return;
            OGRLayerH l = reopen.layer < GDALDatasetGetLayerCount(ds) ? GDALDatasetGetLayer(ds, reopen.layer) : nullptr;
            const std::int64_t skipStart = steadyNs();
            bool started = l && startRange(l, plan, p);
            if (started && !plan.keyed) {
                RangeShare& mine = shares[p];
                const std::size_t begin = rebalance(shares[p - 1], mine, steadyNs() - skipStart, mine.begin);
                if (begin != mine.begin) started = skipTo(l, mine.begin, begin);
                mine.begin = begin;
            }
            if (started) {
                readFeatures(l, plan.limit(p), options, pieces[p], progress, plan.total, false, plan.keyed ? nullptr : &shares[p]);
                const bool complete = plan.keyed ? plan.complete(p, pieces[p].read) : pieces[p].read == shares[p].end - shares[p].begin;
                ok[p] = pieces[p].cancelled || (complete && capture.errors().empty() && !cancelScope.stoppedReading());
            }
            if (!started && !plan.keyed) {  // the range before must not wait on a boundary that will not move
                std::lock_guard<std::mutex> hold(shares[p].lock);
                shares[p].stopped = true;
            }
            GDALClose(ds);
        });
    first();
    for (std::thread& t : pool) t.join();
    for (std::size_t p = 1; p < plan.parts; ++p)
        if (!ok[p]) return false;
    return true;
}

// Files whose layers GDAL reads from any feature on (a shapefile at once; a GeoPackage or FlatGeobuf
// by skipping, which is still far less than reading), large enough to be worth a thread.
constexpr GIntBig kRangesFrom = 20000;

}  // namespace

void readOgrLayer(OGRLayerH ogr, const std::string& path, bool singleLayer, bool wholeTable, const ReadOptions& options,
                  ReadResult& out, const OgrReopen* reopen) {
    Layer layer;
    const bool database = path.rfind("PG:", 0) == 0;
    layer.sourcePath = redactConnection(path);
    const std::string stem = std::filesystem::path(path).stem().string();
    const char* lname = OGR_L_GetName(ogr);
    layer.name = (singleLayer && !database) || !lname ? stem : std::string(lname);

    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(ogr);
    const int nFields = OGR_FD_GetFieldCount(defn);
    const std::string where = singleLayer ? std::string() : say(QT_TRANSLATE_NOOP("pa::FileProblem", "layer '%1': "), {layer.name});
    if (nFields > kMaxAttributeFields) {
        out.messages.push_back(readError(path, where + say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 attribute columns, over PlanAtlas's limit of %2 for one layer"),
                                                       {std::to_string(nFields), std::to_string(kMaxAttributeFields)})));
        return;
    }
    OGR_L_ResetReading(ogr);
    // A database table is read whole, so it has a limit like a file's size; a file's is checked before.
    const GIntBig total = OGR_L_GetFeatureCount(ogr, wholeTable ? TRUE : FALSE);
    if (wholeTable && total > kMaxDatabaseFeatures) {
        out.messages.push_back(readError(path, where + say(QT_TRANSLATE_NOOP("pa::FileProblem",
                                                                         "the table has %1 rows, over the %2 PlanAtlas reads whole; "
                                                                         "open a view of a part of it (CREATE VIEW … WHERE …)"),
                                                       {std::to_string(total), std::to_string(kMaxDatabaseFeatures)})));
        return;
    }
    const std::size_t count = total > 0 ? std::size_t(total) : 0;
    RangePlan plan;
    plan.total = count;
    plan.parts = reopen && !database && total >= kRangesFrom ? std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4) : 1;
    plan.keyed = plan.parts > 1 && reopen->keyedBy && findKeys(reopen->keyedBy, ogr, plan);
    std::vector<OgrPiece> pieces(plan.parts);
    if (plan.parts > 1) reserveForRanges(reopen->openPath, plan, pieces);
    std::atomic<std::size_t> progress{0};
    bool inRanges = false;
    if (plan.parts > 1) {
        std::vector<RangeShare> shares(plan.parts);
        for (std::size_t p = 0; p < plan.parts; ++p) {
            shares[p].begin = plan.begin(p);
            shares[p].end = plan.begin(p + 1);
        }
        bool firstStarted = false;
        inRanges = readOtherRanges(*reopen, plan, options, pieces, shares, progress, [&] {
            firstStarted = startRange(ogr, plan, 0);
            if (firstStarted) readFeatures(ogr, plan.limit(0), options, pieces[0], progress, count, true, plan.keyed ? nullptr : &shares[0]);
            else {
                std::lock_guard<std::mutex> hold(shares[0].lock);
                shares[0].stopped = true;
            }
        });
        const bool firstComplete = plan.keyed ? plan.complete(0, pieces[0].read) : pieces[0].read == shares[0].end - shares[0].begin;
        inRanges = inRanges && firstStarted && (firstComplete || pieces[0].cancelled);
        std::size_t read = 0;
        for (const OgrPiece& piece : pieces) read += piece.read;
        // Keyed ranges hold every feature of the table exactly when together they read as many.
        if (plan.keyed) {
            inRanges = inRanges && read == count;
            OGR_L_SetAttributeFilter(ogr, nullptr);
        }
        if (!inRanges) {  // read again in one piece, as if the ranges had never been tried
            pieces.assign(1, OgrPiece{});
            progress = 0;
            OGR_L_ResetReading(ogr);
        }
    }
    if (!inRanges) readFeatures(ogr, std::numeric_limits<std::size_t>::max(), options, pieces[0], progress, count, true);
    for (const OgrPiece& piece : pieces)
        if (piece.cancelled) {
            out.messages.push_back(readWarning(path, say(QT_TRANSLATE_NOOP("pa::FileProblem", "loading was cancelled"))));
            out.cancelled = true;
            return;
        }
    BuildStats stats;
    ReadTally tally;
    std::vector<std::string> errors;
    for (OgrPiece& piece : pieces) joinBuilt(layer, stats, tally, errors, std::move(piece.layer), piece.stats, piece.tally, {});
#ifdef __GLIBC__
    // The ranges' threads allocated in arenas of their own; what the join freed there goes back to
    // the system now, not after the picture is drawn on top of it.
    if (plan.parts > 1) malloc_trim(0);
#endif
    finishLayer(std::move(layer), path, where, stats, tally, OGR_L_GetSpatialRef(ogr), options, out);
}

namespace {

// Formats whose layers a second dataset reads from any feature on at little cost (a file format with
// records, not a text GDAL parses whole on opening). PLANATLAS_OGR_RANGES=1: never (tests).
std::string driverName(GDALDatasetH ds) {
    GDALDriverH d = GDALGetDatasetDriver(ds);
    return d ? GDALGetDriverShortName(d) : "";
}

bool readsInRanges(GDALDatasetH ds) {
    if (const char* forced = std::getenv("PLANATLAS_OGR_RANGES"); forced && std::string(forced) == "1") return false;
    const std::string name = driverName(ds);
    return name == "GPKG" || name == "ESRI Shapefile" || name == "FlatGeobuf";
}

// Opens `openPath` with GDAL and reads every layer; messages name `path`, what the user gave.
void readDataset(const std::string& openPath, const std::string& path, const ReadOptions& options, ReadResult& out) {
    registerGdal();
    GdalErrors capture;
    CancelScope cancelScope(options.cancel);

    // CSV: accept the usual names of coordinate columns, in English and Chinese.
    const char* csvOptions[] = {"X_POSSIBLE_NAMES=lon,lng,long,longitude,x,经度",
                                "Y_POSSIBLE_NAMES=lat,latitude,y,纬度",
                                "GEOM_POSSIBLE_NAMES=wkt,geom,geometry,the_geom",
                                "KEEP_GEOM_COLUMNS=NO", nullptr};
    const char* csvDriver[] = {"CSV", nullptr};
    const bool csv = hasExtension(path, ".csv");
    // A shapefile's encoding, when the user chose one, is the Shapefile driver's to apply.
    const std::string encodingOption = "ENCODING=" + options.encoding;
    const char* shpOptions[] = {encodingOption.c_str(), nullptr};
    const bool shp = !options.encoding.empty() && (hasExtension(path, ".shp") || hasExtension(path, ".dbf"));
    GDALDatasetH ds = GDALOpenEx(openPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, csv ? csvDriver : nullptr,
                                 csv ? csvOptions : shp ? shpOptions : nullptr, nullptr);
    if (cancelScope.stoppedReading()) {
        if (ds) GDALClose(ds);
        out.messages.push_back(readWarning(path, say(QT_TRANSLATE_NOOP("pa::FileProblem", "loading was cancelled"))));
        out.cancelled = true;
        return;
    }
    if (!ds) {
        std::string why = withoutGuardPrefix(capture.lastError());
        // The JSON was scanned whole before, so GDAL's failure is about GeoJSON's structure, not syntax.
        if (why == "Failed to read GeoJSON data" || why == "Failed to read TopoJSON data")
            why = say(QT_TRANSLATE_NOOP("pa::FileProblem", "valid JSON, but not GeoJSON GDAL can read: a geometry's coordinates or a feature's members are "
                         "not what GeoJSON says (GDAL: %1)"),
                      {why});
        if (why.empty()) {
            // GDAL says nothing when no driver recognises the bytes; the extension tells what was meant.
            if (hasExtension(path, ".geojson") || hasExtension(path, ".json"))
                why = say(QT_TRANSLATE_NOOP("pa::FileProblem", "valid JSON, but not GeoJSON GDAL can read: a geometry's coordinates or a feature's members are "
                             "not what GeoJSON says"));
            else if (hasExtension(path, ".shp"))
                why = say(QT_TRANSLATE_NOOP("pa::FileProblem", "the shapefile is damaged or its .shx/.dbf companions are missing"));
            else
                why = say(QT_TRANSLATE_NOOP("pa::FileProblem", "unknown or unsupported format"));
        }
        out.messages.push_back(readError(path, say(QT_TRANSLATE_NOOP("pa::FileProblem", "GDAL cannot read this file as vector data (%1)"), {why})));
        return;
    }
    const int n = GDALDatasetGetLayerCount(ds);
    if (n == 0) out.messages.push_back(readError(path, say(QT_TRANSLATE_NOOP("pa::FileProblem", "the file holds no vector layers"))));
    for (int i = 0; i < n && !out.cancelled; ++i) {
        OgrReopen reopen{openPath, csv ? csvDriver : nullptr, csv ? csvOptions : shp ? shpOptions : nullptr, i,
                         driverName(ds) == "GPKG" ? ds : nullptr};
        readOgrLayer(GDALDatasetGetLayer(ds, i), path, n == 1, path.rfind("PG:", 0) == 0, options, out,
                     readsInRanges(ds) ? &reopen : nullptr);
        if (cancelScope.stoppedReading() && !out.cancelled) {
            out.messages.push_back(readWarning(path, say(QT_TRANSLATE_NOOP("pa::FileProblem", "loading was cancelled"))));
            out.cancelled = true;
        }
    }
    // Errors GDAL recovered from (an unknown CRS it replaced by a default, say) still concern the user.
    for (const std::string& e : capture.errors()) out.messages.push_back(readWarning(path, say(QT_TRANSLATE_NOOP("pa::FileProblem", "GDAL reported: %1"), {withoutGuardPrefix(e)})));
    GDALClose(ds);
    if (out.cancelled) out.layers.clear();
}

}  // namespace

ReadResult readVectorFile(const std::string& path, const ReadOptions& options) {
    ReadResult out;
    if (path.rfind("PG:", 0) == 0) {
        readDataset(path, path, options, out);
        return out;
    }
    VectorPrecheck pre = precheckVectorFile(path, options.encoding, options.cancel);
    out.messages = std::move(pre.messages);
    if (pre.cancelled) {
        out.messages.push_back(readWarning(path, say(QT_TRANSLATE_NOOP("pa::FileProblem", "loading was cancelled"))));
        out.cancelled = true;
        return out;
    }
    if (hasErrors(out.messages)) return out;
    noteInputFile(path);
    if (!pre.jsonText.empty()) {
        // The text is not read again: GDAL, if the fast path declines, reads the file.
        const bool read = readGeoJsonFast(path, guardedVsiPath(path), pre.jsonText.view(), pre.jsonScan, options, out, true);
        pre.jsonText.clear();
        pre.jsonScan = {};
        if (read) return out;
    }
    readDataset(pre.temporaryCopy ? pre.openPath : guardedVsiPath(path), path, options, out);
    if (pre.temporaryCopy) VSIUnlink(pre.openPath.c_str());
    return out;
}

ReadResult readVectorBytes(const std::string& bytes, const std::string& name, const ReadOptions& options) {
    ReadResult out;
    VectorPrecheck pre = precheckVectorBytes(bytes, name);
    out.messages = std::move(pre.messages);
    if (!hasErrors(out.messages) && !(!pre.jsonText.empty() && readGeoJsonFast(name, pre.openPath, pre.jsonText.view(), pre.jsonScan, options, out)))
        readDataset(pre.openPath, name, options, out);
    if (pre.temporaryCopy) VSIUnlink(pre.openPath.c_str());
    return out;
}

}  // namespace pa
