#pragma once
// A user's layer of project sites or parcels checked against the plan, one row per project: the
// zones, sub-zones, belts and carriers it lies in, its nearest intercity hub and metro station with
// their distances, and the plan clauses of the zones it lies in. Written as CSV or GeoPackage,
// atomically and never over the input.
#include <functional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/layer.h"
#include "document/map_document.h"

namespace pa {

struct ProjectRow {
    std::uint32_t feature = 0;   // in the checked layer
    std::string id, name;
    Vec2d lonLat;                // the point checked: the point itself, a line's middle, an area's interior pole
    std::vector<std::string> zones;  // names of the plan areas containing it
    std::string hub, station;
    double hubMetres = 0, stationMetres = 0;
    std::vector<std::string> clauses;
};

// `plan` holds the bundled plan layers (groups set); `projects` is a layer of it or read separately
// with its display-CRS vertices in plan's display CRS.
// `progress` (optional) hears of every thousandth project: done, total.
// The rows, or why the layer could not be checked at all (its coordinates are not in the plan's
// display CRS, or that CRS has no way to WGS 84).
Outcome<std::vector<ProjectRow>> checkProjects(const MapDocument& plan, const Layer& projects,
                                               const std::function<void(std::size_t, std::size_t)>& progress = {});

// Writes the rows; `.csv` (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese) or
// `.gpkg` (points in WGS 84 with the same columns). Refuses to write over `inputPath`.
Problem writeProjectReport(const std::vector<ProjectRow>& rows, const std::string& outPath, const std::string& inputPath);

// The name a project carries: name_zh, name, 名称, 项目名称, NAME, else its id.
std::string projectName(const Feature& f);

}  // namespace pa
