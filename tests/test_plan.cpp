// The plan as data, imported from the real source text.
#include <gtest/gtest.h>

#include <QByteArray>
#include <QFile>
#include <QString>

#include <fstream>
#include <set>
#include <sstream>

#include "io/geodata_paths.h"
#include "plan/plan_file.h"
#include "plan/plan_import.h"
#include "plan/plan_search.h"

using namespace pa;

namespace {

std::string sourcePath() { return std::string(PLANATLAS_SOURCE_DIR_FOR_TESTS) + "/../shared/plan/tianhe-14th-fyp-outline.txt"; }

QByteArray sourceBytes() {
    QFile f(QString::fromStdString(sourcePath()));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class PlanImport : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        bytes_ = sourceBytes();
        if (bytes_.isEmpty()) return;
        result_ = importPlanText(bytes_, "tianhe-14th-fyp-outline.txt");
    }
    void SetUp() override {
        // The plan text lives in ../shared (see README): without it these tests cannot run, and say so.
        ASSERT_FALSE(bytes_.isEmpty()) << "no plan source at " << sourcePath();
        ASSERT_TRUE(result_.ok) << (result_.errors.empty() ? "" : result_.errors.front());
    }
    static const Plan& plan() { return result_.plan; }
    static inline QByteArray bytes_;
    static inline PlanImportResult result_;
};

const Indicator14* indicator(const Plan& p, int n) {
    for (const auto& i : p.table2)
        if (i.number == n) return &i;
    return nullptr;
}

// A damaged copy of the source: `edit` changes the lines.
PlanImportResult importEdited(const std::function<void(std::vector<std::string>&)>& edit) {
    std::vector<std::string> lines;
    std::stringstream in(sourceBytes().toStdString());
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    edit(lines);
    std::string text;
    for (const auto& l : lines) text += l + "\n";
    return importPlanText(QByteArray::fromStdString(text), "edited.txt");
}

bool anyErrorMentions(const PlanImportResult& r, const std::string& words) {
    for (const auto& e : r.errors)
        if (e.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_F(PlanImport, ThirteenChaptersAndTwentyEightBoxes) {
    ASSERT_EQ(plan().chapters.size(), 13u);
    for (int i = 0; i < 13; ++i) EXPECT_EQ(plan().chapters[std::size_t(i)].number, i + 1);
    ASSERT_EQ(plan().boxes.size(), 28u);
    for (int i = 0; i < 28; ++i) EXPECT_EQ(plan().boxes[std::size_t(i)].id, "box" + std::to_string(i + 1));
    EXPECT_EQ(plan().chapters[0].title, "高水平全面建成小康社会  开启全面建设社会主义现代化新征程");
    EXPECT_EQ(plan().findBox("box22")->title, "“一环、一带、五廊、多园”通山达水的蓝绿空间网络");
    EXPECT_EQ(plan().findBox("box22")->items.size(), 4u);
    EXPECT_EQ(plan().pathOf("box3.i1"), "第三章 › 第二节 › 专栏3");
}

TEST_F(PlanImport, Table2HasTwentyFourIndicatorsAsItsRemarkSays) {
    ASSERT_EQ(plan().table2.size(), 24u);
    int expected = 0, binding = 0;
    for (const auto& i : plan().table2) (i.attribute == "预期性" ? expected : binding)++;
    EXPECT_EQ(expected, 16);
    EXPECT_EQ(binding, 8);
    const Table* t = plan().findTable("table2");
    ASSERT_TRUE(t);
    ASSERT_FALSE(t->remarks.empty());
    EXPECT_NE(t->remarks[0].find("共计16个预期性指标，8个约束性指标"), std::string::npos);
    EXPECT_EQ(t->remarks.size(), 5u);

    const Indicator14* nine = indicator(plan(), 9);
    ASSERT_TRUE(nine);
    EXPECT_EQ(nine->name, "全区软件业务收入");
    EXPECT_EQ(nine->unit, "亿元");
    EXPECT_EQ(nine->value2020, "2200");
    EXPECT_EQ(nine->target2025, "5000");
    EXPECT_EQ(nine->attribute, "预期性");
    EXPECT_EQ(nine->category, "创新驱动");
    const Indicator14* one = indicator(plan(), 1);
    EXPECT_TRUE(one->cityIndicator && one->carriedOver);
    EXPECT_EQ(one->category, "经济发展");
    const Indicator14* eighteen = indicator(plan(), 18);
    EXPECT_TRUE(eighteen->cumulative2020 && eighteen->cumulative2025);
}

TEST_F(PlanImport, Table1SpotValues) {
    ASSERT_FALSE(plan().table1.empty());
    const Indicator13& gdp = plan().table1.front();
    EXPECT_EQ(gdp.name, "地区生产总值（亿元）");
    EXPECT_EQ(gdp.unit, "亿元");
    ASSERT_EQ(gdp.values.size(), 5u);
    EXPECT_EQ(gdp.values[4], "5312.79");
    EXPECT_EQ(gdp.target, "总量5000亿元左右");
    int pollutants = 0;
    for (const auto& i : plan().table1) pollutants += i.name == "主要污染物削减量（吨）";
    EXPECT_EQ(pollutants, 4);
    EXPECT_EQ(plan().findTable("table1")->remarks.size(), 3u);
}

TEST_F(PlanImport, AnnexOfMajorProjects) {
    ASSERT_FALSE(plan().annex.empty());
    const ProjectCategory& total = plan().annex.front();
    EXPECT_EQ(total.depth, 0);
    EXPECT_EQ(total.projects, 345);
    EXPECT_EQ(total.totalInvestment, 42387486);
    EXPECT_EQ(total.planInvestment, 24347338);
    int top = 0;
    long long invest = 0;
    for (const auto& c : plan().annex)
        if (c.depth == 1) {
            top += c.projects;
            invest += c.totalInvestment;
        }
    EXPECT_EQ(top, 345);
    EXPECT_EQ(invest, 42387486);
}

TEST_F(PlanImport, EveryClauseIsQuotedVerbatim) {
    const std::string source = bytes_.toStdString();
    std::set<std::string> ids;
    std::size_t n = 0;
    for (const Clause* c : plan().allClauses()) {
        EXPECT_NE(source.find(c->text), std::string::npos) << c->id;
        EXPECT_TRUE(ids.insert(c->id).second) << "duplicate id " << c->id;
        ++n;
    }
    EXPECT_GT(n, 250u);
    EXPECT_EQ(plan().findClause("ch3.s1.p1")->text.rfind("现代服务经济发展轴。", 0), 0u);
}

TEST_F(PlanImport, RestorationsOfTheReadmeAreAllFound) {
    std::map<std::string, std::string> restored;
    for (const Restoration& r : plan().restorations) restored[r.id] = r.kind;
    EXPECT_EQ(restored["ch1"], "chapter heading");
    for (const char* id : {"ch2.s2", "ch4.s4", "ch8.s2", "ch12.s1", "ch12.s4"}) EXPECT_EQ(restored[id], "section heading") << id;
    const Chapter& ch2 = plan().chapters[1];
    EXPECT_EQ(ch2.sections[1].title, "必须遵循的原则");
    EXPECT_EQ(plan().chapters[11].sections[0].title, "健全完善社会保障体系");
}

TEST_F(PlanImport, FootnotesAttachWhereTheirTermsStand) {
    ASSERT_EQ(plan().footnotes.size(), 2u);
    for (const Footnote& f : plan().footnotes) {
        const Clause* c = plan().findClause(f.clause);
        ASSERT_TRUE(c) << f.id;
        EXPECT_NE(c->text.find(f.term), std::string::npos);
    }
    EXPECT_EQ(plan().footnotes[0].term, "五大河涌");
    EXPECT_EQ(plan().pathOf(plan().footnotes[0].clause).rfind("第十章 › 第二节", 0), 0u);
}

TEST_F(PlanImport, TargetsQuoteTheirSources) {
    std::map<std::string, int> perChapter;
    for (const Target& t : plan().targets) {
        std::string source;
        if (const Clause* c = plan().findClause(t.source))
            source = c->text;
        else if (const TableRow* r = plan().findRow(t.source))
            for (const auto& cell : r->cells) source += cell + "\n";
        ASSERT_FALSE(source.empty()) << t.id << " has no source " << t.source;
        EXPECT_NE(source.find(t.target.text), std::string::npos) << t.id;
        ASSERT_TRUE(t.target.year) << t.id;
        EXPECT_GE(*t.target.year, 2021) << t.id;
        perChapter[plan().pathOf(t.source).substr(0, plan().pathOf(t.source).find(" › "))]++;
    }
    EXPECT_EQ(perChapter["第二章"], 26) << "24 indicators of 表2 and two goals of the text";
    auto find = [&](const std::string& source, double value) -> const Target* {
        for (const Target& t : plan().targets)
            if (t.source == source && t.target.value && *t.target.value == value) return &t;
        return nullptr;
    };
    const Target* hightech = find("box3.i3", 300);  // 专栏3: 高新技术企业超300家 by 2025
    ASSERT_TRUE(hightech);
    EXPECT_EQ(hightech->comparator, "超");
    EXPECT_EQ(*hightech->target.year, 2025);
    EXPECT_EQ(hightech->subject, "天河高新区");
    const Target* firstStores = find("box4.i2", 300);  // 专栏4: 累计引进广州首店达300家
    ASSERT_TRUE(firstStores);
    EXPECT_TRUE(firstStores->cumulative);
    const Target* finance = find("ch5.s2.p2", 22);  // 金融业增加值占地区生产总值比重达22%
    ASSERT_TRUE(finance);
    EXPECT_EQ(finance->unit, "%");
    EXPECT_EQ(finance->subject, "金融业");
    ASSERT_TRUE(find("ch5.s3.p2", 5000));  // 软件业务收入超5000亿元
    const Target* software = plan().findTarget("t.table2.9");
    ASSERT_TRUE(software);
    EXPECT_EQ(*software->baseline->value, 2200);
    EXPECT_EQ(*software->target.value, 5000);
    EXPECT_EQ(software->kind, "预期性");
}

TEST_F(PlanImport, ReimportIsByteIdenticalAndMatchesTheCommittedFile) {
    const QByteArray once = planToJson(plan());
    const PlanImportResult again = importPlanText(bytes_, "tianhe-14th-fyp-outline.txt");
    EXPECT_EQ(planToJson(again.plan), once);
    auto back = planFromJson(once, "the plan written");
    ASSERT_TRUE(back) << back.why();
    EXPECT_EQ(planToJson(*back), once) << "the plan file reads back to the same plan";
    QFile committed(QString::fromStdString(bundledPlanPath()));
    ASSERT_TRUE(committed.open(QIODevice::ReadOnly)) << bundledPlanPath();
    EXPECT_TRUE(committed.readAll() == once) << "assets/plan is out of date: run planatlas plan import SOURCE --out assets/plan/tianhe-14th-fyp.json --update-bundled";
}

TEST_F(PlanImport, SearchFindsChineseSubstringsInContext) {
    const auto hits = searchPlan(plan(), "猎德", 50);
    ASSERT_FALSE(hits.empty());
    bool box22 = false;
    for (const auto& h : hits) {
        EXPECT_NE(h.context.find("【猎德】"), std::string::npos);
        box22 = box22 || h.id == "box22.i3";
    }
    EXPECT_TRUE(box22) << "五条休闲廊道：打造猎德涌…";
    const auto titled = searchPlan(plan(), "蓝绿空间网络", 5);
    ASSERT_FALSE(titled.empty());
    EXPECT_EQ(titled.front().id, "box22") << "a title match ranks first";
    EXPECT_TRUE(searchPlan(plan(), "不存在的词语", 5).empty());
}

TEST(PlanImportErrors, TruncatedSourceIsRefusedWithALine) {
    ASSERT_FALSE(sourceBytes().isEmpty()) << "no plan source at " << sourcePath();
    const PlanImportResult r = importEdited([](std::vector<std::string>& l) { l.resize(900); });
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyErrorMentions(r, "truncated")) << (r.errors.empty() ? "" : r.errors.front());
    EXPECT_EQ(r.errors.front().rfind("line ", 0), 0u);
}

TEST(PlanImportErrors, ChapterOutOfOrderNamesItsLine) {
    ASSERT_FALSE(sourceBytes().isEmpty()) << "no plan source at " << sourcePath();
    const PlanImportResult r = importEdited([](std::vector<std::string>& l) {
        for (auto& s : l)
            if (s.rfind("第五章", 0) == 0) s.replace(0, std::string("第五章").size(), "第七章");
    });
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyErrorMentions(r, "line 918: 第七章 where 第五章 was expected"));
}

TEST(PlanImportErrors, DamagedTableRow) {
    ASSERT_FALSE(sourceBytes().isEmpty()) << "no plan source at " << sourcePath();
    // Indicator 9 (lines 634-640) loses its name and unit cells.
    const PlanImportResult r = importEdited([](std::vector<std::string>& l) { l.erase(l.begin() + 635, l.begin() + 637); });
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyErrorMentions(r, "line 634: 表2 row has 5 cells")) << (r.errors.empty() ? "" : r.errors.front());
}

TEST(PlanImportErrors, WrongEncodingEmptyAndMissing) {
    ASSERT_FALSE(sourceBytes().isEmpty()) << "no plan source at " << sourcePath();
    const PlanImportResult gbk = importEdited([](std::vector<std::string>& l) { l[9] = "\xCC\xEC\xBA\xD3"; });
    EXPECT_FALSE(gbk.ok);
    EXPECT_TRUE(anyErrorMentions(gbk, "line 10: not valid UTF-8"));
    const PlanImportResult empty = importPlanText(QByteArray("\n\n"), "empty.txt");
    EXPECT_FALSE(empty.ok);
    EXPECT_EQ(empty.errors.front(), "line 1: the source is empty");
    const PlanImportResult missing = importPlanFile("/no/such/plan.txt");
    EXPECT_FALSE(missing.ok);
}
