#pragma once
// Presentations: a tour is a sequence of slides, each a view (lon/lat extent), the layers shown,
// the features selected and a caption. The default tour is built from the plan: one slide per zone
// strategy (专栏1-5: the zone's 发展定位 and 发展目标, and its targets). Tours are saved in a project
// file (JSON, written atomically).
#include <QByteArray>

#include <string>
#include <vector>

#include "core/geometry.h"
#include "core/plan.h"
#include "io/map_document.h"

namespace pa {

struct Slide {
    std::string caption;                 // the heading
    std::string body;                    // the text under it (plain, lines separated by \n)
    Bounds extentLonLat;                 // WGS 84
    std::vector<std::string> layers;     // layer names shown; empty: all
    std::vector<std::string> selection;  // feature ids highlighted
};

struct Tour {
    std::string name;
    std::vector<Slide> slides;
};

// One slide per zone strategy box of the plan whose zone the map has.
Tour defaultZoneTour(const Plan& plan, const MapDocument& doc);

// Atomically, after outputProblem's checks (a .json name, not an input or bundled file).
bool writeTourFile(const std::string& path, const std::vector<Tour>& tours, std::string* error);
// Empty with the reason (naming the file, the tour and the slide) when the file is not a project.
std::vector<Tour> readTourFile(const std::string& path, std::string* error);
std::vector<Tour> readTourBytes(const QByteArray& bytes, const std::string& path, std::string* error);

}  // namespace pa
