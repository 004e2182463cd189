#include "io/layer_builder.h"

#include <ogr_api.h>

#include <cmath>

#include "core/triangulator.h"

namespace pa {

bool LayerBuilder::readPoints(OGRGeometryH curve, bool ring) {
    const int n = OGR_G_GetPointCount(curve);
    scratch_.resize(static_cast<std::size_t>(std::max(n, 0)));
    if (n > 0)
        OGR_G_GetPoints(curve, &scratch_[0].x, sizeof(Vec2d), &scratch_[0].y, sizeof(Vec2d), nullptr, 0);
    for (const Vec2d& p : scratch_) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
            stats_.badCoordinates++;
            return false;
        }
    }
    if (ring && n >= 3 && !(scratch_.front() == scratch_.back())) {
        // Close it so outlines and validity checks see the ring the author meant.
        stats_.unclosedRings++;
        scratch_.push_back(scratch_.front());
    }
    return true;
}

bool LayerBuilder::addPoint(OGRGeometryH point) {
    if (OGR_G_IsEmpty(point)) return false;
    const Vec2d p{OGR_G_GetX(point, 0), OGR_G_GetY(point, 0)};
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
        stats_.badCoordinates++;
        return false;
    }
    layer_.beginPart(PartKind::Point);
    layer_.addRing(&p, 1);
    return true;
}

bool LayerBuilder::addLine(OGRGeometryH line) {
    if (!readPoints(line, false) || scratch_.size() < 2) return false;
    layer_.beginPart(PartKind::Line);
    layer_.addRing(scratch_.data(), scratch_.size());
    return true;
}

bool LayerBuilder::addPolygon(OGRGeometryH poly, bool allowRepair) {
    const int rings = OGR_G_GetGeometryCount(poly);
    if (rings < 1) return false;
    layer_.beginPart(PartKind::Polygon);
    for (int r = 0; r < rings; ++r) {
        OGRGeometryH ring = OGR_G_GetGeometryRef(poly, r);
        if (!readPoints(ring, true)) {
            layer_.popLastPart();
            return false;
        }
        if (scratch_.size() < 4) {
            if (r == 0) {  // an outer ring of fewer than 3 distinct points encloses nothing
                layer_.popLastPart();
                return false;
            }
            continue;  // a degenerate hole removes nothing
        }
        layer_.addRing(scratch_.data(), scratch_.size());
    }
    Part& part = layer_.parts.back();
    std::vector<RingView> views(part.ringCount);
    for (std::uint32_t r = 0; r < part.ringCount; ++r)
        views[r] = {layer_.ringBegin(part.firstRing + r), layer_.ringEnd(part.firstRing + r)};
    const TriangulationResult t = triangulatePolygon(layer_.vertices, views.data(), views.size(), layer_.triangles);
    part.indexCount = static_cast<std::uint32_t>(layer_.triangles.size() - part.firstIndex);
    if (t.consistent) return true;
    layer_.popLastPart();
    if (allowRepair && repairPolygon(poly)) return true;
    return false;
}

bool LayerBuilder::repairPolygon(OGRGeometryH poly) {
    OGRGeometryH fixed = OGR_G_MakeValid(poly);
    if (!fixed) return false;
    bool any = false;
    const OGRwkbGeometryType t = wkbFlatten(OGR_G_GetGeometryType(fixed));
    if (t == wkbPolygon) {
        any = addPolygon(fixed, false);
    } else if (t == wkbMultiPolygon || t == wkbGeometryCollection) {
        for (int i = 0; i < OGR_G_GetGeometryCount(fixed); ++i) {
            OGRGeometryH sub = OGR_G_GetGeometryRef(fixed, i);
            if (wkbFlatten(OGR_G_GetGeometryType(sub)) == wkbPolygon) any = addPolygon(sub, false) || any;
        }
    }
    OGR_G_DestroyGeometry(fixed);
    if (any) {
        if (stats_.repaired++ == 0) stats_.firstRepairedId = layer_.features.back().id;
    }
    return any;
}

bool LayerBuilder::addGeometry(OGRGeometryH g) {
    if (!g || OGR_G_IsEmpty(g)) return false;
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    bool ok = false;
    switch (type) {
        case wkbPoint: ok = addPoint(g); break;
        case wkbLineString: ok = addLine(g); break;
        case wkbPolygon:
        case wkbTriangle: ok = addPolygon(g, true); break;
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection:
        case wkbTIN:
        case wkbPolyhedralSurface:
            for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) ok = addGeometry(OGR_G_GetGeometryRef(g, i)) || ok;
            break;
        default:
            if (OGR_GT_IsCurve(type) || OGR_GT_IsSurface(type) || OGR_G_HasCurveGeometry(g, TRUE)) {
                // Arcs and curved polygons: linearise with GDAL's default angular step.
                OGRGeometryH lin = OGR_G_GetLinearGeometry(g, 0, nullptr);
                if (lin && wkbFlatten(OGR_G_GetGeometryType(lin)) != type) {
                    ok = addGeometry(lin);
                }
                if (lin) OGR_G_DestroyGeometry(lin);
            }
            break;
    }
    return ok;
}

}  // namespace pa
