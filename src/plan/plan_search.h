#pragma once
// Chinese substring search over the plan: headings, clauses, box items, table rows, targets and
// footnotes, ranked, each hit with the matched words in context.
#include <string>
#include <vector>

#include "core/plan.h"

namespace pa {

struct SearchHit {
    std::string id;
    std::string type;  // chapter, section, box, clause, table row, target, footnote
    std::string path;
    double score = 0;
    int matches = 0;
    std::string context;  // …前文【match】后文…
};

std::vector<SearchHit> searchPlan(const Plan& plan, const std::string& needle, std::size_t limit);

}  // namespace pa
