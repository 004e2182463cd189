#include "io/crs.h"

#include <geodesic.h>
#include <proj.h>

#include <cmath>
#include <limits>

namespace pa {

namespace {

PJ_CONTEXT* quietContext() {
    PJ_CONTEXT* ctx = proj_context_create();
    proj_log_level(ctx, PJ_LOG_NONE);
    return ctx;
}

std::string lastError(PJ_CONTEXT* ctx) {
    const int err = proj_context_errno(ctx);
    const char* s = err ? proj_context_errno_string(ctx, err) : nullptr;
    return s ? s : "unknown CRS";
}

}  // namespace

bool describeCrs(const std::string& definition, CrsInfo* info, std::string* error) {
    PJ_CONTEXT* ctx = quietContext();
    PJ* crs = definition.empty() ? nullptr : proj_create(ctx, definition.c_str());
    bool ok = crs != nullptr;
    if (ok) {
        const PJ_TYPE t = proj_get_type(crs);
        const bool isCrs = t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_GEOGRAPHIC_3D_CRS ||
                           t == PJ_TYPE_GEOCENTRIC_CRS || t == PJ_TYPE_PROJECTED_CRS || t == PJ_TYPE_COMPOUND_CRS ||
                           t == PJ_TYPE_BOUND_CRS || t == PJ_TYPE_ENGINEERING_CRS || t == PJ_TYPE_OTHER_CRS ||
                           t == PJ_TYPE_GEOGRAPHIC_CRS;
        if (!isCrs || t == PJ_TYPE_GEOCENTRIC_CRS) {
            ok = false;
            if (error) *error = "'" + definition + "' is not a 2D coordinate reference system";
        } else if (info) {
            const char* name = proj_get_name(crs);
            info->name = name ? name : "";
            const char* auth = proj_get_id_auth_name(crs, 0);
            const char* code = proj_get_id_code(crs, 0);
            info->authority = (auth && code) ? std::string(auth) + ":" + code : "";
            info->geographic = t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_GEOGRAPHIC_3D_CRS;
        }
    } else if (error) {
        *error = "PROJ does not know the CRS '" + definition + "' (" + lastError(ctx) + ")";
    }
    if (crs) proj_destroy(crs);
    proj_context_destroy(ctx);
    return ok;
}

struct CrsTransform::Impl {
    PJ_CONTEXT* ctx = nullptr;
    PJ* op = nullptr;
    ~Impl() {
        if (op) proj_destroy(op);
        if (ctx) proj_context_destroy(ctx);
    }
};

CrsTransform::~CrsTransform() = default;

std::unique_ptr<CrsTransform> CrsTransform::create(const std::string& source, const std::string& target,
                                                   std::string* error) {
    std::unique_ptr<CrsTransform> t(new CrsTransform);
    t->impl_ = std::make_unique<Impl>();
    Impl& d = *t->impl_;
    d.ctx = quietContext();
    PJ* raw = proj_create_crs_to_crs(d.ctx, source.c_str(), target.c_str(), nullptr);
    if (!raw) {
        if (error) *error = "no coordinate operation from the layer's CRS to " + target + " (" + lastError(d.ctx) + ")";
        return nullptr;
    }
    d.op = proj_normalize_for_visualization(d.ctx, raw);
    proj_destroy(raw);
    if (!d.op) {
        if (error) *error = "cannot normalise the axis order of the transformation (" + lastError(d.ctx) + ")";
        return nullptr;
    }
    return t;
}

std::size_t CrsTransform::apply(Vec2d* pts, std::size_t n, bool fwd) const {
    if (n == 0) return 0;
    proj_trans_generic(impl_->op, fwd ? PJ_FWD : PJ_INV, &pts[0].x, sizeof(Vec2d), n, &pts[0].y, sizeof(Vec2d), n,
                       nullptr, 0, 0, nullptr, 0, 0);
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
