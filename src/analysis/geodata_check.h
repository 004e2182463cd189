#pragma once
// Checks the bundled geodata against RFC 7946 and the project's feature schema, resolves every
// clause and target reference in the plan, and measures it against the checklist of spatial
// elements drawn from the plan text (tests/geodata-checklist.tsv).
#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/plan.h"

namespace pa {

struct GeodataProblem {
    std::string file;
    std::string feature;  // its id, or empty for the file as a whole
    std::string text;
};

struct GeodataLayerCount {
    std::string file;
    int features = 0;
    std::map<std::string, int> kinds;
    std::map<std::string, int> accuracy;
};

struct ChecklistItem {
    std::string group;  // the feature's layer: boundary, spatial structure, blue-green, transport, project site
    std::string name;   // name_zh as the plan writes it
    // Why the item has no feature (no site: a network or a programme; or a site no source here gives).
    // Empty for items that must be mapped.
    std::string notMappedBecause;
};

struct GeodataReport {
    std::vector<GeodataProblem> problems;
    std::vector<GeodataLayerCount> layers;
    std::vector<ChecklistItem> missing;    // checklist items to be mapped that no feature carries
    std::vector<ChecklistItem> notMapped;  // items the checklist explains are not mapped
    std::size_t checklistItems = 0;
    bool ok() const { return problems.empty(); }
};

// tests/geodata-checklist.tsv: "group<TAB>name[<TAB>why it is not mapped]" lines; '#' starts a comment.
Outcome<std::vector<ChecklistItem>> readChecklist(const std::string& path);

GeodataReport checkGeodata(const std::vector<std::string>& files, const Plan& plan,
                           const std::vector<ChecklistItem>& checklist);

// Guangzhou's extent with a margin: bundled features must lie inside it.
constexpr double kGuangzhouMinLon = 112.9, kGuangzhouMaxLon = 114.1;
constexpr double kGuangzhouMinLat = 22.5, kGuangzhouMaxLat = 23.95;

}  // namespace pa
