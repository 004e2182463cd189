#pragma once
// Presentations: a tour is a sequence of slides, each a view (lon/lat extent), the layers shown,
// the features selected and a caption. Tours are saved in a project file (JSON, written
// atomically); the plan's own tour is analysis/zone_tour.
#include <QByteArray>

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/geometry.h"

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

// Atomically, after outputProblem's checks (a .json name, not an input or bundled file).
Problem writeTourFile(const std::string& path, const std::vector<Tour>& tours);
// The tours, or why the file is not a project (naming the tour and the slide).
Outcome<std::vector<Tour>> readTourFile(const std::string& path);
Outcome<std::vector<Tour>> readTourBytes(const QByteArray& bytes, const std::string& path);

}  // namespace pa
