#pragma once
// One search over the map and the plan: features by Chinese name or part of it, English name or
// pinyin initials; clauses and targets by their words. The locator and Ctrl+F use it.
#include <string>
#include <vector>

#include "core/feature_ref.h"
#include "core/pinyin.h"
#include "core/plan.h"
#include "document/map_document.h"

namespace pa {

struct MapSearchHit {
    enum class Kind { Feature, Clause, Target } kind = Kind::Feature;
    FeatureRef feature;   // for features
    std::string planId;   // for clauses (clause, box, section, row) and targets
    std::string title;    // the name, or the plan element's path
    std::string detail;   // kind and English name, or the matched words in context
    double score = 0;
};

std::vector<MapSearchHit> searchMapAndPlan(const MapDocument& doc, const Plan* plan, const PinyinInitials& pinyin,
                                           const std::string& query, std::size_t limit = 50);

// The bundled pinyin table (assets/pinyin/initials.txt); empty when it cannot be read.
const PinyinInitials& bundledPinyin();

}  // namespace pa
