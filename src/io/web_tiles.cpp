#include "io/web_tiles.h"

#include <QImage>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <list>
#include <map>
#include <mutex>

#include "core/baidu_mercator.h"
#include "core/chinese_datums.h"
#include "io/crs.h"
#include "io/gdal_support.h"
#include "io/raster_warp.h"

namespace pa {

namespace {

constexpr double kWorldSpan = 2 * 20037508.342789244;  // Web Mercator's width in metres

// How a service numbers its tiles: Web Mercator XYZ (rows from the north), or Baidu's own grid on its
// own Mercator (rows from the south, level z at 2^(18 − z) units a pixel).
struct ServiceGrid {
    bool baidu;
    ChineseDatum datum;
    const CrsTransform* mercator;  // EPSG:3857 → lon/lat

    double span(int z) const { return baidu ? baiduTileSpan(z) : kWorldSpan / double(1L << z); }
    Vec2d toPlane(Vec2d wgs) const {
        return baidu ? bd09ToBaiduMercator(wgs84ToBd09(wgs)) : mercator->inverse(fromWgs84(datum, wgs));
    }
    Vec2d toWgs(Vec2d plane) const {
        return baidu ? bd09ToWgs84(baiduMercatorToBd09(plane)) : toWgs84(datum, mercator->forward(plane));
    }
    int zoomFor(double unitsPerPixel, int tileSize) const {
        return baidu ? int(std::ceil(18 - std::log2(unitsPerPixel) - 1e-9))
                     : int(std::ceil(std::log2(kWorldSpan / (tileSize * unitsPerPixel)) - 1e-9));
    }
    long clampIndex(double v, int z) const {
        const long i = long(std::floor(v));
        return baidu ? i : std::clamp(i, 0L, (1L << z) - 1);
    }
    long column(double x, int z) const { return clampIndex(baidu ? x / span(z) : (x + kWorldSpan / 2) / span(z), z); }
    long row(double y, int z) const { return clampIndex(baidu ? y / span(z) : (kWorldSpan / 2 - y) / span(z), z); }
    double left(long column, int z) const { return column * span(z) - (baidu ? 0 : kWorldSpan / 2); }
    // The north edge of a row.
    double top(long row, int z) const { return baidu ? (row + 1) * span(z) : kWorldSpan / 2 - row * span(z); }
};

class WebTiles final : public RasterSource {
public:
    WebTiles(TileTemplate t, std::shared_ptr<TileFetcher> f, int timeoutMs)
        : t_(std::move(t)), fetcher_(std::move(f)), timeoutMs_(timeoutMs > 0 ? timeoutMs : t_.timeoutMs) {}

    Outcome<RasterImage> render(const TileRequest& q, const std::atomic<bool>* cancel) const override;
    Bounds extentIn(const std::string&) const override { return {}; }
    bool coversWorld() const override { return true; }
    std::string attribution() const override { return t_.attribution; }
    std::string summary() const override {
        const char* datum = t_.grid == TileGrid::Baidu ? ", Baidu's tile grid, BD-09 (aligned to WGS 84 when drawn)"
                            : t_.datum == ChineseDatum::Gcj02 ? ", GCJ-02 (aligned to WGS 84 when drawn)"
                            : t_.datum == ChineseDatum::Bd09 ? ", BD-09 (aligned to WGS 84 when drawn)"
                                                             : "";
        return "web tiles " + redactedTileUrl(t_, t_.url) + ", zoom " + std::to_string(t_.minZoom) + "–" +
               std::to_string(t_.maxZoom) + datum;
    }

private:
    std::string source() const { return redactedTileUrl(t_, t_.url); }
    using Reply = std::shared_future<Outcome<FetchedTile>>;
    // A service tile under several display tiles is fetched once: replies are kept (the newest
    // few hundred), a failed one is forgotten so that it is asked for again later.
    Reply reply(const std::string& url) const;
    void forget(const std::string& url) const;
    TileTemplate t_;
    std::shared_ptr<TileFetcher> fetcher_;
    int timeoutMs_;
    mutable std::mutex mutex_;
    mutable std::map<std::string, Reply> replies_;
    mutable std::list<std::string> recent_;
};

constexpr std::size_t kKeptReplies = 512;
// How many levels up a missing tile is taken from a coarser one.
constexpr int kOverzoomLevels = 3;

WebTiles::Reply WebTiles::reply(const std::string& url) const {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = replies_.find(url); it != replies_.end()) return it->second;
    Reply r = fetcher_->fetch(url, nullptr, timeoutMs_).share();
    replies_.emplace(url, r);
    recent_.push_back(url);
    while (recent_.size() > kKeptReplies) {
        replies_.erase(recent_.front());
        recent_.pop_front();
    }
    return r;
}

void WebTiles::forget(const std::string& url) const {
    std::lock_guard<std::mutex> lock(mutex_);
    replies_.erase(url);
}

Outcome<RasterImage> WebTiles::render(const TileRequest& q, const std::atomic<bool>* cancel) const {
    const std::string name = source();
    auto toLonLat = CrsTransform::create(q.crs, "EPSG:4326");
    auto mercator = CrsTransform::create("EPSG:3857", "EPSG:4326");
    if (!toLonLat) return toLonLat.problem();
    if (!mercator) return mercator.problem();

    const ServiceGrid g{t_.grid == TileGrid::Baidu, t_.datum, &*mercator};

    // The request's footprint in the service's own plane (through its datum).
    const int grid = 8;
    Bounds m;
    for (int j = 0; j <= grid; ++j)
        for (int i = 0; i <= grid; ++i) {
            Vec2d p{q.extent.minX + q.extent.width() * i / grid, q.extent.minY + q.extent.height() * j / grid};
            p = toLonLat->forward(p);
            if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
            p.y = std::clamp(p.y, -85.05112878, 85.05112878);
            p = g.toPlane(p);
            if (std::isfinite(p.x) && std::isfinite(p.y)) m.extend(p);
        }
    if (m.isEmpty()) return Diagnostic::error(name, "this view lies outside what the service's tiles can show");

    // The zoom whose pixels are no coarser than the request's, within the service's levels.
    const double res = std::max(m.width() / q.width, m.height() / q.height);
    int z = std::clamp(g.zoomFor(res, t_.tileSize), t_.minZoom, t_.maxZoom);
    long x0 = 0, x1 = 0, y0 = 0, y1 = 0;  // columns west to east, rows as the service counts them
    for (;; --z) {
        x0 = g.column(m.minX, z), x1 = g.column(m.maxX, z);
        y0 = g.row(g.baidu ? m.minY : m.maxY, z), y1 = g.row(g.baidu ? m.maxY : m.minY, z);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) <= kMaxServiceTilesPerDisplayTile || z <= t_.minZoom) break;
    }
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > kMaxServiceTilesPerDisplayTile)
        return Diagnostic::error(name, "the view is too wide for the service's coarsest zoom level");
    const double span = g.span(z);
    // The mosaic's rows run from the north: XYZ rows do, Baidu's count from the south.
    auto mosaicRow = [&](long y) { return int(g.baidu ? y1 - y : y - y0); };

    // Ask for them all at once, then wait (giving up when the display tile is no longer wanted; what
    // was asked for still arrives and is kept for the next view).
    struct Wanted {
        long x, y;
        std::string url;
        Reply reply;
    };
    std::vector<Wanted> wanted;
    for (long y = y0; y <= y1; ++y)
        for (long x = x0; x <= x1; ++x) {
            const std::string url = t_.tileUrl(z, x, y);
            wanted.push_back({x, y, url, reply(url)});
        }
    const int ts = t_.tileSize;
    const int W = int(x1 - x0 + 1) * ts, H = int(y1 - y0 + 1) * ts;
    QImage mosaic(W, H, QImage::Format_RGBA8888);
    mosaic.fill(Qt::transparent);
    int good = 0;
    std::string firstProblem, gapProblem;
    // A reply as an image, or why there is none.
    auto decoded = [&](Reply& reply, const std::string& url) -> Outcome<QImage> {
        while (reply.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready)
            if (cancel && *cancel) return Diagnostic::error(name, "cancelled");
        Outcome<FetchedTile> r = reply.get();
        if (!r) {
            forget(url);
            return r.problem();
        }
        QImage tile;
        if (!tile.loadFromData(r->bytes)) return Diagnostic::error(name, "a tile is not an image (" + std::to_string(r->bytes.size()) + " bytes)");
        return tile.convertToFormat(QImage::Format_RGBA8888);
    };
    for (Wanted& w : wanted) {
        Outcome<QImage> tile = decoded(w.reply, w.url);
        if (cancel && *cancel) return Diagnostic::error(name, "cancelled");
        // No tile at this level (a service whose imagery stops a level or two short here): the part
        // of a coarser tile that covers it, enlarged, as web maps overzoom.
        for (int up = 1; !tile && tile.why().rfind("HTTP 404", 0) == 0 && up <= kOverzoomLevels && z - up >= t_.minZoom; ++up) {
            const long px = w.x >> up, py = w.y >> up;
            const std::string url = t_.tileUrl(z - up, px, py);
            Reply parent = reply(url);
            Outcome<QImage> coarse = decoded(parent, url);
            if (!coarse) continue;
            const int part = std::max(1, coarse->width() >> up);
            const long fromTop = g.baidu ? ((py + 1) << up) - 1 - w.y : w.y - (py << up);
            const QRect from(int(w.x - (px << up)) * part, int(fromTop) * part, part, part);
            tile = coarse->copy(from).scaled(ts, ts, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        }
        if (!tile) {
            // One message per reason: a hundred tiles failing alike are one problem of the source.
            if (firstProblem.empty()) firstProblem = redactedTileUrl(t_, tile.why());
            // A sparse tile set answers 404 where it has no tiles (as MapLibre reads it, no data):
            // only other failures make gaps worth a message.
            if (gapProblem.empty() && tile.why().rfind("HTTP 404", 0) != 0) gapProblem = firstProblem;
            continue;
        }
        QImage t = tile.take();
        if (t.width() != ts || t.height() != ts) t = t.scaled(ts, ts, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        for (int row = 0; row < ts; ++row)
            std::memcpy(mosaic.scanLine(mosaicRow(w.y) * ts + row) + std::size_t(w.x - x0) * ts * 4, t.constScanLine(row), std::size_t(ts) * 4);
        ++good;
    }
    if (good == 0) return Diagnostic::error(source(), "tiles could not be fetched: " + firstProblem);

    registerGdal();
    GdalErrors errors;
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("MEM"), "", W, H, 4, GDT_Byte, nullptr);
    if (!ds) return Diagnostic::error(name, "could not hold the tiles in memory");
    int bands[4] = {1, 2, 3, 4};
    if (GDALDatasetRasterIO(ds, GF_Write, 0, 0, W, H, mosaic.bits(), W, H, GDT_Byte, 4, bands, 4, mosaic.bytesPerLine(), 1) != CE_None) {
        GDALClose(ds);
        return Diagnostic::error(name, "could not hold the tiles in memory");
    }
    GDALSetRasterColorInterpretation(GDALGetRasterBand(ds, 4), GCI_AlphaBand);
    const double left = g.left(x0, z), top = g.top(g.baidu ? y1 : y0, z), px = span / ts;
    if (t_.datum == ChineseDatum::None && !g.baidu) {
        double gt[6] = {left, px, 0, top, 0, -px};
        GDALSetGeoTransform(ds, gt);
        static const std::string wkt = wktOf("EPSG:3857");
        GDALSetProjection(ds, wkt.c_str());
    } else {
        // Control points on a grid over the mosaic, each moved from the service's datum to WGS 84: the
        // offset changes smoothly over a few kilometres, so a thin-plate spline through them is exact
        // to well under a pixel.
        const int n = 9;
        std::vector<GDAL_GCP> gcps(std::size_t(n * n));
        std::vector<std::string> ids(gcps.size());
        for (int j = 0; j < n; ++j)
            for (int i = 0; i < n; ++i) {
                GDAL_GCP& c = gcps[std::size_t(j * n + i)];
                c.dfGCPPixel = double(W) * i / (n - 1);
                c.dfGCPLine = double(H) * j / (n - 1);
                const Vec2d lonLat = g.toWgs(Vec2d{left + c.dfGCPPixel * px, top - c.dfGCPLine * px});
                c.dfGCPX = lonLat.x;
                c.dfGCPY = lonLat.y;
                c.dfGCPZ = 0;
                ids[std::size_t(j * n + i)] = std::to_string(j * n + i);
                c.pszId = ids[std::size_t(j * n + i)].data();
                c.pszInfo = const_cast<char*>("");
            }
        static const std::string wkt = wktOf("OGC:CRS84");
        GDALSetGCPs(ds, int(gcps.size()), gcps.data(), wkt.c_str());
    }
    WarpOptions options;
    options.bands = 3;
    options.thinPlateSpline = t_.datum != ChineseDatum::None || g.baidu;
    options.source = name;
    Outcome<WarpedTile> warped = warpTile(ds, q, options, cancel);
    GDALClose(ds);
    if (!warped) return warped.problem();

    RasterImage image;
    image.width = q.width;
    image.height = q.height;
    image.extent = q.extent;
    image.problem = gapProblem;
    const std::size_t count = std::size_t(q.width) * std::size_t(q.height);
    image.rgba.resize(count * 4);
    auto byte = [](float v) { return std::uint8_t(std::clamp(std::lround(v), 0L, 255L)); };
    for (std::size_t i = 0; i < count; ++i) {
        for (int k = 0; k < 3; ++k) image.rgba[4 * i + std::size_t(k)] = byte(warped->bands[std::size_t(k)][i]);
        image.rgba[4 * i + 3] = byte(warped->alpha[i]);
    }
    applyLook(image, q.look);
    return image;
}

}  // namespace

std::string redactedTileUrl(const TileTemplate& t, const std::string& url) {
    if (t.key.empty()) return url;
    std::string u = url;
    for (std::size_t at; (at = u.find(t.key)) != std::string::npos;) u.replace(at, t.key.size(), "…");
    return u;
}

RasterSourcePtr makeWebTileSource(const TileTemplate& t, std::shared_ptr<TileFetcher> fetcher, int timeoutMs) {
    return std::make_shared<WebTiles>(t, fetcher ? std::move(fetcher) : TileFetcher::shared(), timeoutMs);
}

}  // namespace pa
