#include "io/crs.h"

#include "core/mercator_northing.h"

#include <geodesic.h>
#include <proj.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

namespace pa {

namespace {

PJ_CONTEXT* quietContext() {
    PJ_CONTEXT* ctx = proj_context_create();
    proj_log_level(ctx, PJ_LOG_NONE);
    return ctx;
}

// Checking a CRS argument opens PROJ's database; one context per thread keeps it open between checks.
PJ_CONTEXT* sharedContext() {
    static thread_local struct Holder {
        PJ_CONTEXT* ctx = quietContext();
        ~Holder() { proj_context_destroy(ctx); }
    } h;
    return h.ctx;
}

std::string lastError(PJ_CONTEXT* ctx) {
    const int err = proj_context_errno(ctx);
    const char* s = err ? proj_context_errno_string(ctx, err) : nullptr;
    return s ? s : "unknown CRS";
}

bool isToken(const std::string& s, bool code) {
    if (s.empty() || s.size() > 64) return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (code && (c == '.' || c == '-')))) return false;
    return true;
}

const char* const kWktKeywords[] = {
    "GEOGCS",       "PROJCS",        "GEOCCS",          "COMPD_CS",      "VERT_CS",         "LOCAL_CS",
    "GEOGCRS",      "GEODCRS",       "PROJCRS",         "BOUNDCRS",      "COMPOUNDCRS",     "ENGCRS",
    "ENGINEERINGCRS", "GEODETICCRS", "GEOGRAPHICCRS",   "PROJECTEDCRS",  "VERTCRS",         "VERTICALCRS",
    "DERIVEDPROJCRS", "BASEGEOGCRS", "FITTED_CS"};

// A CRS from what the user typed, exactly: an AUTHORITY:CODE PROJ's database holds, an OGC URN or
// URL, a PROJ string, WKT or PROJJSON. proj_create alone would also take a bare word and match it
// against CRS names ("foo" finds Amersfoort), which is a silent wrong answer.
Outcome<PJ*> createCrsStrictly(PJ_CONTEXT* ctx, const std::string& d) {
    auto fail = [&](const std::string& why) -> Outcome<PJ*> { return Diagnostic::error(d.substr(0, 200), why); };
    if (d.empty()) return fail("no CRS was given");
    if (d.size() > 100000) return fail("the CRS definition is longer than 100,000 characters");
    if (d.find('\0') != std::string::npos) return fail("the CRS definition holds a NUL byte");
    const std::size_t colon = d.find(':');
    if (colon != std::string::npos && d.find(':', colon + 1) == std::string::npos && isToken(d.substr(0, colon), false) &&
        isToken(d.substr(colon + 1), true)) {
        std::string auth = d.substr(0, colon);
        for (char& c : auth) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        const std::string code = d.substr(colon + 1);
        PJ* crs = proj_create_from_database(ctx, auth.c_str(), code.c_str(), PJ_CATEGORY_CRS, 0, nullptr);
        if (!crs) return fail("PROJ's database has no CRS " + auth + ":" + code);
        return crs;
    }
    const bool urn = d.rfind("urn:ogc:def:", 0) == 0 || d.rfind("http://www.opengis.net/def/crs/", 0) == 0 ||
                     d.rfind("https://www.opengis.net/def/crs/", 0) == 0;
    const std::size_t lead = d.find_first_not_of(" \t\r\n");
    const bool projString = lead != std::string::npos && (d[lead] == '+' || d.compare(lead, 5, "proj=") == 0);
    const bool projJson = lead != std::string::npos && d[lead] == '{';
    bool wkt = false;
    if (lead != std::string::npos) {
        const std::size_t bracket = d.find_first_of("[(", lead);
        if (bracket != std::string::npos) {
            std::string kw = d.substr(lead, bracket - lead);
            while (!kw.empty() && std::isspace(static_cast<unsigned char>(kw.back()))) kw.pop_back();
            for (char& c : kw) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            for (const char* k : kWktKeywords) wkt = wkt || kw == k;
        }
    }
    if (wkt) {
        PROJ_STRING_LIST warnings = nullptr, errors = nullptr;
        PJ* crs = proj_create_from_wkt(ctx, d.c_str(), nullptr, &warnings, &errors);
        std::string first = errors && errors[0] ? errors[0] : "";
        proj_string_list_destroy(warnings);
        proj_string_list_destroy(errors);
        if (!crs) return fail("the WKT does not parse" + (first.empty() ? std::string() : ": " + first));
        return crs;
    }
    if (urn || projString || projJson) {
        PJ* crs = proj_create(ctx, d.c_str());
        if (!crs) return fail("PROJ does not parse '" + d.substr(0, 200) + "' (" + lastError(ctx) + ")");
        return crs;
    }
    bool digits = !d.empty();
    for (char c : d) digits = digits && std::isdigit(static_cast<unsigned char>(c));
    if (digits) return fail("'" + d + "' is a bare number: write the authority too, e.g. EPSG:" + d);
    return fail("'" + d.substr(0, 200) +
                "' is not a CRS PlanAtlas can take exactly: give an identifier such as EPSG:4547, a PROJ string "
                "(+proj=…), WKT or PROJJSON (a CRS is never guessed from part of its name)");
}

}  // namespace

Problem describeCrs(const std::string& definition, CrsInfo* info) {
    PJ_CONTEXT* ctx = sharedContext();
    const Outcome<PJ*> made = createCrsStrictly(ctx, definition);
    PJ* crs = made ? *made : nullptr;
    Problem problem;
    if (!made) problem = made.problem();
    if (crs) {
        const PJ_TYPE t = proj_get_type(crs);
        const bool isCrs = t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_GEOGRAPHIC_3D_CRS ||
                           t == PJ_TYPE_GEOCENTRIC_CRS || t == PJ_TYPE_PROJECTED_CRS || t == PJ_TYPE_COMPOUND_CRS ||
                           t == PJ_TYPE_BOUND_CRS || t == PJ_TYPE_ENGINEERING_CRS || t == PJ_TYPE_OTHER_CRS ||
                           t == PJ_TYPE_GEOGRAPHIC_CRS;
        if (!isCrs || t == PJ_TYPE_GEOCENTRIC_CRS) {
            problem = Diagnostic::error(definition, "'" + definition + "' is not a 2D coordinate reference system");
        } else if (info) {
            const char* name = proj_get_name(crs);
            info->name = name ? name : "";
            const char* auth = proj_get_id_auth_name(crs, 0);
            const char* code = proj_get_id_code(crs, 0);
            info->authority = (auth && code) ? std::string(auth) + ":" + code : "";
            info->geographic = t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_GEOGRAPHIC_3D_CRS;
        }
    }
    if (crs) proj_destroy(crs);
    return problem;
}

Bounds CrsTransform::applyBox(const Bounds& box, int steps, bool forward) const {
    Bounds b;
    if (box.isEmpty() || !std::isfinite(box.width()) || !std::isfinite(box.height())) return b;
    std::vector<Vec2d> pts;
    for (int k = 0; k <= steps; ++k) {
        const double f = double(k) / steps;
        pts.push_back({box.minX + f * box.width(), box.minY});
        pts.push_back({box.minX + f * box.width(), box.maxY});
        pts.push_back({box.minX, box.minY + f * box.height()});
        pts.push_back({box.maxX, box.minY + f * box.height()});
    }
    apply(pts.data(), pts.size(), forward);
    for (const Vec2d& p : pts)
        if (std::isfinite(p.x) && std::isfinite(p.y)) b.extend(p);
    return b;
}

Bounds CrsTransform::forwardBox(const Bounds& box, int steps) const { return applyBox(box, steps, true); }
Bounds CrsTransform::inverseBox(const Bounds& box, int steps) const { return applyBox(box, steps, false); }

Bounds lonLatBoxToDisplay(const Bounds& box, const std::string& crs) {
    auto t = CrsTransform::create("OGC:CRS84", crs);
    return t ? t->forwardBox(box) : Bounds{};
}

Outcome<Vec2d> pointToLonLat(const std::string& crs, Vec2d xy) {
    auto fail = [&](const std::string& w) -> Outcome<Vec2d> { return Diagnostic::error(crs, w); };
    if (!std::isfinite(xy.x) || !std::isfinite(xy.y)) return fail("the coordinates are not finite numbers");
    PJ_CONTEXT* ctx = sharedContext();
    const Outcome<PJ*> made = createCrsStrictly(ctx, crs);
    if (!made) return fail(made.why());
    PJ* c = *made;
    const PJ_TYPE t = proj_get_type(c);
    const bool geographic = t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_GEOGRAPHIC_3D_CRS;
    double west = -180, south = -90, east = 180, north = 90;
    const char* area = nullptr;
    const bool haveArea = proj_get_area_of_use(ctx, c, &west, &south, &east, &north, &area) && west > -1000;
    const std::string areaName = area ? area : "";
    proj_destroy(c);
    char buf[256];
    if (geographic) {
        if (xy.x < -180 || xy.x > 180) {
            std::snprintf(buf, sizeof buf, "longitude %.10g is outside -180 to 180", xy.x);
            return fail(std::string(buf) + (xy.y >= -180 && xy.y <= 180 && xy.x >= -90 && xy.x <= 90 ? " (latitude and longitude swapped?)" : ""));
        }
        if (xy.y < -90 || xy.y > 90) {
            std::snprintf(buf, sizeof buf, "latitude %.10g is outside -90 to 90", xy.y);
            return fail(std::string(buf) + (xy.x >= -90 && xy.x <= 90 ? " (latitude and longitude swapped?)" : ""));
        }
    }
    auto toWgs = CrsTransform::create(crs, "OGC:CRS84");
    if (!toWgs) return fail(toWgs.why());
    const Vec2d lonLat = toWgs->forward(xy);
    if (!std::isfinite(lonLat.x) || !std::isfinite(lonLat.y))
        return fail("PROJ cannot convert it to longitude/latitude: it is no place in " + crs);
    if (!geographic) {
        // A projection's inverse maps any number somewhere (1e308 became -180, 90); going back shows
        // whether this point really is that place.
        const Vec2d back = toWgs->inverse(lonLat);
        const double tol = 1e-6 * std::max({1.0, std::fabs(xy.x), std::fabs(xy.y)}) + 1e-3;
        if (!(std::fabs(back.x - xy.x) <= tol && std::fabs(back.y - xy.y) <= tol))
            return fail("it lies outside the range of " + crs + ": no place on Earth has these coordinates in it");
        if (haveArea) {
            // Half a degree of slack: a projection is still good just past its stated area.
            const double m = 0.5;
            bool inside = lonLat.y >= south - m && lonLat.y <= north + m;
            if (west <= east) inside = inside && lonLat.x >= west - m && lonLat.x <= east + m;
            else inside = inside && (lonLat.x >= west - m || lonLat.x <= east + m);  // across the antimeridian
            if (!inside) {
                std::snprintf(buf, sizeof buf, "it lies at %.4f, %.4f, outside the area %s is for (%.1f to %.1f E, %.1f to %.1f N",
                              lonLat.x, lonLat.y, crs.c_str(), west, east, south, north);
                return fail(std::string(buf) + (areaName.empty() ? ")" : ": " + areaName + ")"));
            }
        }
    }
    return lonLat;
}

struct CrsTransform::Impl {
    PJ_CONTEXT* ctx = nullptr;
    PJ* op = nullptr;
    // PROJ's operation is exactly longitude/latitude in degrees to Web Mercator (every WGS 84 or
    // CGCS2000 layer shown on the default map): done in closed form without its pipeline a point, a
    // point alone with PROJ's webmerc arithmetic bit for bit, a batch's northings by MercatorNorthing
    // within nanometres of it (tests/test_crs's WebMercator cases).
    bool webMercator = false;
    ~Impl() {
        if (op) proj_destroy(op);
        if (ctx) proj_context_destroy(ctx);
    }
};

CrsTransform::~CrsTransform() = default;
CrsTransform::CrsTransform(CrsTransform&&) noexcept = default;
CrsTransform& CrsTransform::operator=(CrsTransform&&) noexcept = default;

Outcome<CrsTransform> CrsTransform::create(const std::string& source, const std::string& target) {
    CrsTransform t;
    t.impl_ = std::make_unique<Impl>();
    Impl& d = *t.impl_;
    d.ctx = quietContext();
    const Outcome<PJ*> madeSource = createCrsStrictly(d.ctx, source);
    if (!madeSource) return Diagnostic::error(source, "the source CRS: " + madeSource.why());
    PJ* src = *madeSource;
    const Outcome<PJ*> madeTarget = createCrsStrictly(d.ctx, target);
    if (!madeTarget) {
        proj_destroy(src);
        return Diagnostic::error(target, "the target CRS: " + madeTarget.why());
    }
    PJ* dst = *madeTarget;
    PJ* raw = proj_create_crs_to_crs_from_pj(d.ctx, src, dst, nullptr, nullptr);
    proj_destroy(src);
    proj_destroy(dst);
    if (!raw) return Diagnostic::error(source, "no coordinate operation from the layer's CRS to " + target + " (" + lastError(d.ctx) + ")");
    d.op = proj_normalize_for_visualization(d.ctx, raw);
    proj_destroy(raw);
    if (!d.op) return Diagnostic::error(source, "cannot normalise the axis order of the transformation (" + lastError(d.ctx) + ")");
    const char* steps = proj_as_proj_string(d.ctx, d.op, PJ_PROJ_5, nullptr);
    d.webMercator = steps && std::strcmp(steps, "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step +proj=webmerc "
                                                "+lat_0=0 +lon_0=0 +x_0=0 +y_0=0 +ellps=WGS84") == 0;
    return t;
}

std::size_t CrsTransform::apply(Vec2d* pts, std::size_t n, bool fwd) const {
    if (n == 0) return 0;
    if (fwd && impl_->webMercator) {
        constexpr double kRadians = 0.017453292519943296, kRadius = 6378137.0;
        // A batch by the polynomials (their table is made per call: a point alone takes libm's).
        std::optional<MercatorNorthing> northing;
        if (n >= 256) northing.emplace();
        for (std::size_t i = 0; i < n; ++i) {
            Vec2d& p = pts[i];
            if (northing && std::fabs(p.x) <= 180 && std::fabs(p.y) <= MercatorNorthing::kLimit) {
                p = {kRadius * (p.x * kRadians), kRadius * (*northing)(p.y)};
            } else if (std::fabs(p.x) <= 180 && std::fabs(p.y) <= 89) {
                p = {kRadius * (p.x * kRadians), kRadius * std::asinh(std::tan(p.y * kRadians))};
            } else {  // wrapped longitudes, the poles, NaN: PROJ's rules
                proj_trans_generic(impl_->op, PJ_FWD, &p.x, sizeof(Vec2d), 1, &p.y, sizeof(Vec2d), 1, nullptr, 0, 0, nullptr, 0, 0);
            }
        }
    } else {
        proj_trans_generic(impl_->op, fwd ? PJ_FWD : PJ_INV, &pts[0].x, sizeof(Vec2d), n, &pts[0].y, sizeof(Vec2d), n,
                           nullptr, 0, 0, nullptr, 0, 0);
    }
    std::size_t failed = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(pts[i].x) || !std::isfinite(pts[i].y) || std::fabs(pts[i].x) > 1e20) {
            pts[i] = {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
            ++failed;
        }
    }
    return failed;
}

std::size_t CrsTransform::forward(Vec2d* pts, std::size_t n) const { return apply(pts, n, true); }
std::size_t CrsTransform::inverse(Vec2d* pts, std::size_t n) const { return apply(pts, n, false); }

Vec2d CrsTransform::forward(Vec2d p) const {
    apply(&p, 1, true);
    return p;
}

Vec2d CrsTransform::inverse(Vec2d p) const {
    apply(&p, 1, false);
    return p;
}

double geodesicDistance(Vec2d a, Vec2d b) {
    static thread_local PJ_CONTEXT* ctx = quietContext();
    static thread_local PJ* ellps = proj_create(ctx, "+proj=longlat +ellps=WGS84 +no_defs");
    if (!ellps) return std::numeric_limits<double>::quiet_NaN();
    PJ_COORD ca = proj_coord(proj_torad(a.x), proj_torad(a.y), 0, 0);
    PJ_COORD cb = proj_coord(proj_torad(b.x), proj_torad(b.y), 0, 0);
    return proj_lp_dist(ellps, ca, cb);
}

double geodesicLength(const std::vector<Vec2d>& p) {
    double total = 0;
    for (std::size_t i = 1; i < p.size(); ++i) total += geodesicDistance(p[i - 1], p[i]);
    return total;
}

double geodesicArea(const std::vector<Vec2d>& ring) {
    if (ring.size() < 3) return 0;
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    std::vector<double> lats, lons;
    for (const Vec2d& v : ring) {
        lats.push_back(v.y);
        lons.push_back(v.x);
    }
    double area = 0, perimeter = 0;
    geod_polygonarea(&g, lats.data(), lons.data(), int(ring.size()), &area, &perimeter);
    return std::fabs(area);
}

}  // namespace pa
