#pragma once
// Turns the plan's plain-text export into a Plan: structure, clauses, tables, footnotes, the
// restorations of what the export lost, and the targets. Strict: a source that does not have the
// structure the profile describes is refused with the line where it went wrong.
#include <string>
#include <vector>

#include "core/plan.h"
#include "plan/plan_profile.h"

class QByteArray;

namespace pa {

struct PlanImportResult {
    bool ok = false;
    Plan plan;
    std::vector<std::string> errors;  // "line N: ..."
};

PlanImportResult importPlanText(const QByteArray& utf8, const std::string& sourceName,
                                const PlanProfile& profile = tianhe14thProfile());
PlanImportResult importPlanFile(const std::string& path, const PlanProfile& profile = tianhe14thProfile());

}  // namespace pa
