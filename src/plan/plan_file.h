#pragma once
// The plan file (JSON, assets/plan/): written by `planatlas plan import`, read at start-up.
// Deterministic: the same plan gives the same bytes (keys sorted, arrays in document order).
#include <QByteArray>
#include <QJsonObject>

#include <optional>
#include <string>

#include "core/plan.h"
#include "io/output_file.h"

namespace pa {

QByteArray planToJson(const Plan& plan);
// One target as the plan file writes it (the command line prints the same).
QJsonObject targetToJson(const Target& t);
Outcome<Plan> planFromJson(const QByteArray& json, const std::string& source);

// Atomically, after outputProblem's checks (a .json name; `rules` adds the inputs and allowBundled).
Problem writePlanFile(const Plan& plan, const std::string& path, OutputRules rules = {});
Outcome<Plan> readPlanFile(const std::string& path);

// assets/plan/tianhe-14th-fyp.json under the data root.
std::string bundledPlanPath();

}  // namespace pa
