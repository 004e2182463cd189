#pragma once
// The plan as data: its structure (chapters, sections, paragraphs as clauses, boxes, tables,
// footnotes) and its targets, each with a stable readable ID. Built by io/plan_import from the
// plan text, stored in assets/plan/ and read back by io/plan_file.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pa {

// One paragraph of text, quoted exactly from the source (lines joined by "\n" where the export
// broke a paragraph).
struct Clause {
    std::string id;  // e.g. "ch3.s2.p4", "ch4.p1", "box3.i2", "pre.p1"
    int line = 0;    // first source line, 1-based
    std::string text;
};

struct Section {
    std::string id;  // "ch3.s2"
    int number = 0;
    std::string title;
    int line = 0;
    std::vector<Clause> clauses;
    std::vector<std::string> boxes, tables, figures;  // ids, in reading order
};

struct Chapter {
    std::string id;  // "ch3"
    int number = 0;
    std::string title;
    int line = 0;
    std::vector<Clause> clauses;  // before the first section
    std::vector<Section> sections;
    std::vector<std::string> boxes, tables, figures;  // those outside any section
};

struct Box {
    std::string id;  // "box7"
    int number = 0;
    std::string title;
    int line = 0;
    std::string chapter, section;  // where it stands
    std::vector<Clause> items;      // "box7.i1", ...
};

struct Figure {
    std::string id;  // "fig1", "fig2", ...
    std::string label;  // "图1" or "图"
    std::string title;
    int line = 0;
    std::string chapter, section;
};

// A table row: its cells as printed (wrapped cells joined), plus what the typed readers made of it.
struct TableRow {
    std::string id;  // "table2.i9" (indicator 9), "table1.r3", "annex.r5"
    int line = 0;
    std::vector<std::string> cells;
};

struct Table {
    std::string id;  // "table1", "table2", "annex"
    std::string label;  // "表1", "表2", "附表"
    std::string title;
    int line = 0;
    std::string chapter, section;
    std::vector<std::string> header;
    std::vector<TableRow> rows;
    std::vector<std::string> remarks;  // the 备注 under the table, one per numbered remark
    std::string unitNote;              // e.g. "单位：万元"
};

// 表1: progress of the 13th-plan indicators.
struct Indicator13 {
    std::string row;  // TableRow id
    std::string category;
    std::string number;   // as printed; empty for a continuation row
    std::string name;     // as printed, its unit in brackets: 地区生产总值（亿元）
    std::string unit;     // the bracketed unit on its own: 亿元
    std::string subItem;  // e.g. "二氧化硫" for the pollutant rows
    std::vector<std::string> values;  // 2016..2020 as printed ("暂无数据", "—" kept)
    std::string averageGrowth;
    std::string attribute;  // 预期性 / 约束性
    std::string target;     // the 13th-plan target as printed
};

// 表2: the main indicators of the 14th plan.
struct Indicator14 {
    std::string row;
    std::string category;
    int number = 0;
    bool cityIndicator = false;   // ※
    bool carriedOver = false;     // △
    std::string name, unit;
    std::string value2020, target2025;  // as printed
    bool cumulative2020 = false, cumulative2025 = false;  // [] five-year cumulative figure
    std::string attribute;  // 预期性 / 约束性
};

// 附表: major construction projects by category.
struct ProjectCategory {
    std::string row;
    std::string level;  // "total", "一", "（一）", "（1）" — the marker as printed
    int depth = 0;      // 0 total, 1 一、, 2 （一）, 3 （1）
    std::string name;   // without the count
    int projects = 0;
    long long totalInvestment = 0;  // 万元
    long long planInvestment = 0;   // 万元, 2021-2025
};

struct Footnote {
    std::string id;  // "fn1"
    int line = 0;
    std::string text;
    std::string term;    // the words it explains
    std::string clause;  // the clause where the term stands
};

// A place where the export lost structure and the importer put it back.
struct Restoration {
    int line = 0;
    std::string kind;      // "chapter heading", "section heading", "paragraph continuation"
    std::string text;      // the source text concerned
    std::string restored;  // what it became, e.g. "第二章第二节"
    std::string id;        // the id it now has
};

struct Quantity {
    std::optional<double> value;  // absent for non-numeric targets ("完成市下达的目标")
    std::string text;             // the figure as printed, e.g. "5000", "[20]", "8-8.5"
    std::optional<int> year;
    std::string period;  // e.g. "2021-2025" for cumulative or average-growth figures
};

struct Target {
    std::string id;       // "t.table2.9", "t.box3.i2.1", "t.ch5.s2.p3.1"
    std::string subject;  // 天河区, a zone, a sector
    std::string metric;
    std::string unit;
    std::optional<Quantity> baseline;
    Quantity target;
    std::string comparator;  // 达, 超, 以上, 左右, 不低于, 累计, … ; empty when the figure stands alone
    std::string kind;        // 预期性 / 约束性 where stated
    bool cumulative = false;
    std::string source;  // clause or table-row id
    std::string quote;   // the words of the source that state it
};

struct Plan {
    std::string title;
    std::string sourceFile;
    std::string sourceSha256;
    int sourceLines = 0;
    std::vector<Clause> preamble;
    std::vector<Chapter> chapters;
    std::vector<Box> boxes;
    std::vector<Figure> figures;
    std::vector<Table> tables;
    std::vector<Indicator13> table1;
    std::vector<Indicator14> table2;
    std::vector<ProjectCategory> annex;
    std::vector<Footnote> footnotes;
    std::vector<Restoration> restorations;
    std::vector<Target> targets;
    std::vector<Clause> closing;  // the issuing notes after the annex (公开方式, 抄送, 印发)

    // Every clause in reading order (preamble, chapters, sections, boxes after their paragraph).
    std::vector<const Clause*> allClauses() const;
    const Clause* findClause(const std::string& id) const;
    const Box* findBox(const std::string& id) const;
    const Table* findTable(const std::string& id) const;
    const TableRow* findRow(const std::string& id) const;
    const Target* findTarget(const std::string& id) const;
    // "第三章 › 第二节 › 专栏3" for a clause, box, table row or target source.
    std::string pathOf(const std::string& id) const;
};

std::string chineseNumeral(int n);  // 1 -> 一, 12 -> 十二

}  // namespace pa
