#pragma once
// Targets as first-class records: every 表2 indicator, and every quantified goal in the text that
// has a year or a period (到2025年…达7000亿元, “十四五”期间累计…, 年均增长6%左右).
#include <vector>

#include "core/plan.h"

namespace pa {

std::vector<Target> extractTargets(const Plan& plan);

}  // namespace pa
