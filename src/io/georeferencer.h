#pragma once
// Georeferencing a plain image (a scanned plan figure, a photo of a paper map) by control points:
// each ties an image pixel to a map position. The fit is GDAL's: a first- or second-order polynomial
// (GDAL's GCP transformer, least squares) or a thin-plate spline (exact at every point). The result
// is written as a GeoTIFF through GDALWarp, and the points as a QGIS-compatible .points file.
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/geometry.h"
#include "io/output_file.h"

namespace pa {

enum class GeorefMethod { Affine, Polynomial2, ThinPlateSpline };

struct ControlPoint {
    Vec2d pixel;  // image column and row (0,0: the top-left corner of the first pixel)
    Vec2d map;    // in the points' CRS
    bool enabled = true;
};

// How many enabled points a method needs: 3, 6, 3 (10 for a spline that means much more than an affine).
int minimumControlPoints(GeorefMethod m);
const char* methodName(GeorefMethod m);

struct GeorefFit {
    std::vector<double> residualPixels;  // per point (0 for disabled ones): |image position − fit's inverse of the map position|
    std::vector<double> residualMetres;  // per point: ground distance between the map position and the fit's image of the pixel
    double rmsPixels = 0, rmsMetres = 0;
};

// The fit and its residuals, or why there is none (too few points, points in a line).
Outcome<GeorefFit> fitControlPoints(const std::vector<ControlPoint>& points, GeorefMethod method, const std::string& crs);

// Writes `image` georeferenced to `out` (.tif) in `crs`, transparent outside the image. `rules` as for
// every output (never over an input).
Problem writeGeoreferencedTiff(const std::string& image, const std::vector<ControlPoint>& points, GeorefMethod method,
                               const std::string& crs, const std::string& out, OutputRules rules = {});

// The control points file (QGIS's .points: "#CRS: …", then mapX,mapY,sourceX,sourceY,enable,… with
// sourceY the negative row).
Problem writeControlPoints(const std::string& path, const std::vector<ControlPoint>& points, const std::string& crs,
                           OutputRules rules = {});
struct ControlPointFile {
    std::string crs;
    std::vector<ControlPoint> points;
};
Outcome<ControlPointFile> readControlPoints(const std::string& path);

}  // namespace pa
