#pragma once
// Reading the plan's tables from the export, where every cell is a line of its own: the cells
// grouped into rows, then each known table (表1, 表2, 附表) read into typed records.
#include <string>
#include <vector>

#include "core/plan.h"

namespace pa {

struct RawGroup {
    int line = 0;  // first line of the row
    std::vector<std::string> cells;
    std::vector<int> wrappedLines;  // lines that continued a cell
};

struct RawTable {
    std::string label, title, unitNote;
    int line = 0;
    std::vector<RawGroup> groups;
    std::vector<std::string> remarks;
};

struct TableParse {
    Table table;
    std::vector<Indicator13> table1;
    std::vector<Indicator14> table2;
    std::vector<ProjectCategory> annex;
    std::vector<std::string> errors;  // "line N: ..."
};

TableParse parseTypedTable(const RawTable& raw, const std::string& chapter, const std::string& section);

// "年均6左右" -> 6, "[20.5]" -> 20.5, "42,387,486" -> 42387486; nullopt when there is no figure.
std::optional<double> firstNumber(const std::string& text);

}  // namespace pa
