#pragma once
// Both directions between the map's features and the plan: each bundled feature names the clauses
// and targets that speak of it (its `clauses` and `targets` properties); this index answers which
// features a clause, a box, a section or a target concerns.
#include <map>
#include <string>
#include <vector>

#include "core/feature_ref.h"
#include "core/layer_list.h"

namespace pa {

class FeatureLinks {
public:
    void build(const LayerList& layers);

    // Features citing the plan element `id` or anything inside it: "box22" covers "box22.i3",
    // "ch3.s2" covers "ch3.s2.p1", "table2" covers "table2.i14"; a target ID ("t.table2.14") and a
    // feature's own list match exactly.
    const std::vector<FeatureRef>& featuresCiting(const std::string& id) const;
private:
    std::map<std::string, std::vector<FeatureRef>> citing_;
};

}  // namespace pa
