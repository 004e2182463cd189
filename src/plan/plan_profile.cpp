#include "plan/plan_profile.h"

namespace pa {

const PlanProfile& tianhe14thProfile() {
    static const PlanProfile profile = [] {
        PlanProfile p;
        p.title = "广州市天河区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要";
        p.chapters = 13;
        p.boxes = 28;
        p.footnotes = 2;
        p.table2Indicators = 24;
        p.tables = {"表1", "表2", "附表"};
        // From shared/plan/README.md, "Known defects of the export".
        p.lostHeadings = {
            {"高水平全面建成小康社会  开启全面建设社会主义", "现代化新征程", 1, 0,
             "chapter 1 lost its 第一章 marker; its title is split over two lines"},
            {"必须遵循的原则", "", 2, 2, "section heading without its 第二节 marker"},
            {"厚植创新雨林生态", "", 4, 4, "section heading without its 第四节 marker"},
            {"共建宜居宜业宜游优质生活圈", "", 8, 2, "section heading without its 第二节 marker"},
            {"健全完善社会保障体系", "", 12, 1, "section heading without its 第一节 marker"},
            {"加快推进健康天河建设", "", 12, 4, "section heading without its 第四节 marker"},
        };
        p.footnoteTerms = {{1, "五大河涌"}, {2, "五个一"}};
        return p;
    }();
    return profile;
}

}  // namespace pa
