#pragma once
// The plan's elements as the panels show them: full text of a clause, box, section or table row,
// targets as table rows, and a small chart of a target's history or gap.
#include <QImage>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "core/plan.h"

namespace pa {

// The full text of a plan element by ID (clause, box, box item, section, chapter, table, row).
QString planElementText(const Plan& plan, const std::string& id);
// Its heading as the outline shows it, e.g. "专栏22 “一环、一带、五廊、多园”…".
QString planElementTitle(const Plan& plan, const std::string& id);
// HTML-escaped text with every occurrence of each of `terms` marked.
QString markTerms(const QString& text, const QStringList& terms);

struct TargetSeries {
    QStringList labels;           // "2016" … "2020", "2025"
    std::vector<double> values;   // NaN where the plan prints no number
    int targetIndex = -1;         // the bar that is the 2025 target
};
// 表1's 2016–2020 values of the same indicator, then the target; or the 2020 baseline and the target.
std::optional<TargetSeries> targetSeries(const Plan& plan, const Target& t);
QImage drawTargetChart(const TargetSeries& s, const QString& unit, QSize size, qreal dpr);

}  // namespace pa
