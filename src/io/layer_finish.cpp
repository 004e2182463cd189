#include "io/layer_finish.h"

#include <QCoreApplication>

#include <cpl_conv.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cstdio>

#include "io/gdal_support.h"
#include "io/postgis.h"

namespace pa {

namespace {

std::string srsToWkt(OGRSpatialReferenceH srs) {
    char* wkt = nullptr;
    const char* opts[] = {"FORMAT=WKT2_2019", nullptr};
    OSRExportToWktEx(srs, &wkt, opts);
    std::string s = wkt ? wkt : "";
    CPLFree(wkt);
    return s;
}

bool looksLikeLonLat(const Layer& l) {
    if (l.vertices.empty()) return false;
    for (const Vec2d& v : l.vertices)
        if (!(v.x >= -180.0 && v.x <= 180.0 && v.y >= -90.0 && v.y <= 90.0)) return false;
    return true;
}

}  // namespace

void joinBuilt(Layer& into, BuildStats& stats, ReadTally& tally, std::vector<std::string>& errors, Layer&& piece,
               const BuildStats& pieceStats, const ReadTally& pieceTally, const std::vector<std::string>& pieceErrors) {
    auto join = [](std::map<std::string, PolygonIssue>& to, const std::map<std::string, PolygonIssue>& from) {
        for (const auto& [reason, issue] : from) {
            PolygonIssue& g = to[reason];
            if (g.count == 0) g = issue;
            else g.count += issue.count;
        }
    };
    join(stats.repaired, pieceStats.repaired);
    join(stats.refused, pieceStats.refused);
    stats.unclosedRings += pieceStats.unclosedRings;
    if (pieceTally.skipped && !tally.skipped) tally.firstSkipped = pieceTally.firstSkipped;
    tally.skipped += pieceTally.skipped;
    tally.recoded += pieceTally.recoded;
    tally.undecodable += pieceTally.undecodable;
    for (const std::string& e : pieceErrors)
        if (errors.size() < 5 && std::find(errors.begin(), errors.end(), e) == errors.end()) errors.push_back(e);
    into.append(std::move(piece));
}

// Messages name the source; a database connection string is shown without its password.
Diagnostic readError(const std::string& file, std::string text) {
    return Diagnostic{Diagnostic::Severity::Error, redactConnection(file), redactConnection(text)};
}
Diagnostic readWarning(const std::string& file, std::string text) {
    return Diagnostic{Diagnostic::Severity::Warning, redactConnection(file), redactConnection(text)};
}

void finishLayer(Layer&& layer, const std::string& path, const std::string& where, const BuildStats& stats,
                 const ReadTally& tally, OGRSpatialReferenceH srs, const ReadOptions& options, ReadResult& out) {
    const BuildStats& st = stats;
    auto at = [](const PolygonIssue& i) {
        if (!i.haveWhere) return std::string();
        char buf[96];
        std::snprintf(buf, sizeof buf, " at %.7g, %.7g", i.where.x, i.where.y);
        return std::string(buf);
    };
    // GEOS's reasons are GEOS's English; ours are translated.
    auto reasonText = [](const std::string& r) { return QCoreApplication::translate("pa::FileProblem", r.c_str()).toStdString(); };
    for (const auto& [reason, issue] : st.repaired)
        out.messages.push_back(readWarning(path, where + say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 invalid polygon(s) repaired with GEOS MakeValid: %2 (first: feature %3%4)"),
                                                         {std::to_string(issue.count), reasonText(reason), issue.firstId, at(issue)})));
    for (const auto& [reason, issue] : st.refused)
        out.messages.push_back(readWarning(path, where + say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 polygon(s) left out: %2 (first: feature %3)"),
                                                         {std::to_string(issue.count), reasonText(reason), issue.firstId})));
    if (st.unclosedRings)
        out.messages.push_back(readWarning(path, where + say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 unclosed ring(s) were closed"), {std::to_string(st.unclosedRings)})));
    if (tally.recoded)
        out.messages.push_back(readWarning(path, where + say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 attribute value(s) were not UTF-8 and were read as %2"),
                                                         {std::to_string(tally.recoded),
                                                          options.encoding.empty() ? std::string("GB18030/GBK") : options.encoding})));
    if (tally.undecodable)
        out.messages.push_back(readWarning(path, where + say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 attribute value(s) are in an unknown text encoding (neither UTF-8 "
                                                            "nor GB18030) and will show replacement characters"),
                                                         {std::to_string(tally.undecodable)})));
    if (tally.skipped)
        out.messages.push_back(readWarning(path, where + say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 feature(s) without usable geometry were skipped (empty, degenerate or "
                                                            "non-finite coordinates), first feature id %2"),
                                                         {std::to_string(tally.skipped), tally.firstSkipped})));

    if (layer.features.empty() && !options.allowEmpty) {
        out.messages.push_back(readError(path, where + say(QT_TRANSLATE_NOOP("pa::FileProblem", "the layer is empty (no features with geometry)"))));
        return;
    }

    if (srs) {
        layer.sourceCrs = srsToWkt(srs);
        const char* n = OSRGetName(srs);
        layer.sourceCrsName = n ? n : "";
        // OGR hands out coordinates in the data's axis order; PROJ is told to use the
        // east/north order too (see CrsTransform), which is what files store in practice.
    } else if (looksLikeLonLat(layer)) {
        layer.sourceCrs = "OGC:CRS84";
        layer.sourceCrsName = "WGS 84 (assumed)";
        out.messages.push_back(readWarning(path, where + say(QT_TRANSLATE_NOOP("pa::FileProblem", "the layer has no CRS; its coordinates are within longitude/latitude "
                                                            "range, so WGS 84 was assumed"))));
    } else {
        out.messages.push_back(readError(path, where + say(QT_TRANSLATE_NOOP("pa::FileProblem", "the layer has no CRS and its coordinates are not longitude/latitude; "
                                                          "add a .prj file or reproject it"))));
        return;
    }
    if (options.datum != ChineseDatum::None) {
        // GCJ-02 and BD-09 offset longitude/latitude; a projected layer cannot be in them.
        if (!looksLikeLonLat(layer)) {
            out.messages.push_back(readError(path, where + say(QT_TRANSLATE_NOOP("pa::FileProblem", "GCJ-02/BD-09 coordinates are longitude/latitude, but this layer's "
                                                              "are not; open it without choosing a Chinese web-map system"))));
            return;
        }
        for (Vec2d& v : layer.vertices) v = toWgs84(options.datum, v);
        layer.sourceCrs = "OGC:CRS84";
        layer.sourceCrsName = options.datum == ChineseDatum::Gcj02 ? "WGS 84 (from GCJ-02)" : "WGS 84 (from BD-09)";
    }
    out.layers.push_back(std::move(layer));
}

}  // namespace pa
