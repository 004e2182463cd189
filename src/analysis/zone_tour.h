#pragma once
// The plan's own tour: one slide per zone strategy (专栏1-5: the zone's 发展定位 and 发展目标, and
// its targets), framed on the zone with room for its context.
#include "core/plan.h"
#include "document/map_document.h"
#include "document/tour_file.h"

namespace pa {

// One slide per zone strategy box of the plan whose zone the map has.
Tour defaultZoneTour(const Plan& plan, const MapDocument& doc);

}  // namespace pa
