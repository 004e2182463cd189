#include "app/raster_command.h"

#include <cstdio>

#include "io/georeferencer.h"
#include "io/raster_reader.h"

namespace pa {

int runGeoreference(const std::vector<std::string>& args) {
    std::string image, points, out, method = "affine";
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == "--points" && hasValue) points = args[++i];
        else if ((a == "--out" || a == "-o") && hasValue) out = args[++i];
        else if (a == "--method" && hasValue) method = args[++i];
        else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "planatlas georeference: unknown option %s\n", a.c_str());
            return 2;
        } else if (image.empty()) image = a;
        else {
            std::fprintf(stderr, "planatlas georeference: one image at a time (got %s too)\n", a.c_str());
            return 2;
        }
    }
    if (image.empty() || points.empty() || out.empty()) {
        std::fprintf(stderr, "planatlas georeference: IMAGE --points FILE.points --out OUT.tif [--method affine|polynomial|tps]\n");
        return 2;
    }
    GeorefMethod m = GeorefMethod::Affine;
    if (method == "polynomial") m = GeorefMethod::Polynomial2;
    else if (method == "tps") m = GeorefMethod::ThinPlateSpline;
    else if (method != "affine") {
        std::fprintf(stderr, "planatlas georeference: --method is affine, polynomial or tps\n");
        return 2;
    }
    const Outcome<ControlPointFile> cp = readControlPoints(points);
    if (!cp) {
        std::fprintf(stderr, "planatlas: %s\n", cp.problem().toLine().c_str());
        return 1;
    }
    const Outcome<GeorefFit> fit = fitControlPoints(cp->points, m, cp->crs);
    if (!fit) {
        std::fprintf(stderr, "planatlas: %s: %s\n", points.c_str(), fit.why().c_str());
        return 1;
    }
    for (std::size_t i = 0; i < cp->points.size(); ++i)
        std::fprintf(stderr, "planatlas: point %zu: residual %.2f px, %.2f m%s\n", i + 1, fit->residualPixels[i], fit->residualMetres[i],
                     cp->points[i].enabled ? "" : " (off)");
    std::fprintf(stderr, "planatlas: %s: RMS %.2f px, %.2f m\n", methodName(m), fit->rmsPixels, fit->rmsMetres);
    OutputRules rules;
    rules.inputs = {points};
    if (const Problem p = writeGeoreferencedTiff(image, cp->points, m, cp->crs, out, rules)) {
        std::fprintf(stderr, "planatlas: %s\n", p->toLine().c_str());
        return 1;
    }
    std::fprintf(stderr, "planatlas: wrote %s\n", out.c_str());
    return 0;
}

int runOverviews(const std::vector<std::string>& args) {
    if (args.size() != 1 || args[0].empty() || args[0][0] == '-') {
        std::fprintf(stderr, "planatlas overviews: RASTER (writes RASTER.ovr beside it; the raster is not changed)\n");
        return 2;
    }
    int shown = -1;
    const Problem p = buildOverviews(args[0], [&](double f) {
        const int pct = int(f * 100);
        if (pct / 10 != shown / 10) std::fprintf(stderr, "planatlas: overviews %d%%\n", pct);
        shown = pct;
        return true;
    });
    if (p) {
        std::fprintf(stderr, "planatlas: %s\n", p->toLine().c_str());
        return 1;
    }
    std::fprintf(stderr, "planatlas: wrote %s.ovr\n", args[0].c_str());
    return 0;
}

}  // namespace pa
