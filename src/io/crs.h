#pragma once
// Every coordinate operation goes through PROJ. Axis order is always normalised for display
// (x = east/longitude, y = north/latitude), whatever the CRS's official order.
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/geometry.h"

namespace pa {

struct CrsInfo {
    std::string name;       // e.g. "WGS 84 / Pseudo-Mercator"
    std::string authority;  // e.g. "EPSG:3857", empty when the CRS has no identifier
    bool geographic = false;
};

// Checks a user-supplied CRS string: an AUTHORITY:CODE in PROJ's database (EPSG:4547, OGC:CRS84), an
// OGC URN, a PROJ string, WKT or PROJJSON, each taken whole. A bare name is refused, never matched.
// Nothing when it is a CRS (and `info` filled); else what is wrong with it.
Problem describeCrs(const std::string& definition, CrsInfo* info = nullptr);

// A point typed in `crs` as WGS 84 lon/lat, after checking that it is a place in that CRS: within
// ±180°/±90° for a geographic CRS, within the CRS's area of use (and back again unchanged) for a
// projected one. The reason in the user's terms when it is not.
Outcome<Vec2d> pointToLonLat(const std::string& crs, Vec2d xy);

class CrsTransform {
public:
    ~CrsTransform();
    CrsTransform(const CrsTransform&) = delete;
    CrsTransform& operator=(const CrsTransform&) = delete;
    CrsTransform(CrsTransform&&) noexcept;
    CrsTransform& operator=(CrsTransform&&) noexcept;

    // The transformation, or why there is none (the problem names the CRS at fault).
    static Outcome<CrsTransform> create(const std::string& source, const std::string& target);

    // In place; points PROJ cannot transform become NaN. Returns how many failed.
    std::size_t forward(Vec2d* pts, std::size_t n) const;
    std::size_t inverse(Vec2d* pts, std::size_t n) const;
    Vec2d forward(Vec2d p) const;
    Vec2d inverse(Vec2d p) const;
    // A box's extent on the other side: its edges sampled (a straight edge is curved in most CRS
    // pairs), points that fail left out; empty when none of it can be moved.
    Bounds forwardBox(const Bounds& box, int steps = 20) const;
    Bounds inverseBox(const Bounds& box, int steps = 20) const;

private:
    CrsTransform() = default;
    std::size_t apply(Vec2d* pts, std::size_t n, bool forward) const;
    Bounds applyBox(const Bounds& box, int steps, bool forward) const;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The display-CRS extent of a WGS 84 lon/lat box: its edges sampled (a straight lon/lat edge is
// curved in most projected CRSs), points outside the CRS left out. Empty when none of the box can
// be shown in `crs`. The one way a box (a slide, --bbox, the home district) becomes a view.
Bounds lonLatBoxToDisplay(const Bounds& lonLat, const std::string& crs);

// Geodesic distance in metres on the WGS 84 ellipsoid between two lon/lat points in degrees.
double geodesicDistance(Vec2d lonLatA, Vec2d lonLatB);
// Length of a lon/lat path and area of a lon/lat ring on the WGS 84 ellipsoid (PROJ's geodesic
// routines, Karney's algorithms): metres and square metres.
double geodesicLength(const std::vector<Vec2d>& lonLat);
double geodesicArea(const std::vector<Vec2d>& lonLatRing);

}  // namespace pa
