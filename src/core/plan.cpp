#include "core/plan.h"

namespace pa {

std::string chineseNumeral(int n) {
    static const char* const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n <= 0 || n >= 100) return std::to_string(n);
    if (n < 10) return digits[n];
    const int tens = n / 10, ones = n % 10;
    std::string s = tens == 1 ? "" : digits[tens];
    s += "十";
    if (ones) s += digits[ones];
    return s;
}

std::vector<const Clause*> Plan::allClauses() const {
    std::vector<const Clause*> out;
    for (const Clause& c : preamble) out.push_back(&c);
    for (const Chapter& ch : chapters) {
        for (const Clause& c : ch.clauses) out.push_back(&c);
        for (const Section& s : ch.sections)
            for (const Clause& c : s.clauses) out.push_back(&c);
    }
    for (const Box& b : boxes)
        for (const Clause& c : b.items) out.push_back(&c);
    for (const Clause& c : closing) out.push_back(&c);
    return out;
}

const Clause* Plan::findClause(const std::string& id) const {
    for (const Clause* c : allClauses())
        if (c->id == id) return c;
    return nullptr;
}

const Box* Plan::findBox(const std::string& id) const {
    for (const Box& b : boxes)
        if (b.id == id) return &b;
    return nullptr;
}

const Table* Plan::findTable(const std::string& id) const {
    for (const Table& t : tables)
        if (t.id == id) return &t;
    return nullptr;
}

const TableRow* Plan::findRow(const std::string& id) const {
    for (const Table& t : tables)
        for (const TableRow& r : t.rows)
            if (r.id == id) return &r;
    return nullptr;
}

const Target* Plan::findTarget(const std::string& id) const {
    for (const Target& t : targets)
        if (t.id == id) return &t;
    return nullptr;
}

namespace {

std::string chapterPath(const Plan& plan, const std::string& chapter, const std::string& section) {
    std::string out;
    for (const Chapter& ch : plan.chapters) {
        if (ch.id != chapter) continue;
        out = "第" + chineseNumeral(ch.number) + "章";
        for (const Section& s : ch.sections)
            if (s.id == section) out += " › 第" + chineseNumeral(s.number) + "节";
    }
    return out;
}

std::string head(const std::string& id) { return id.substr(0, id.find('.')); }

}  // namespace

std::string Plan::pathOf(const std::string& id) const {
    if (id.empty()) return {};
    const std::string h = head(id);
    if (h == "pre") return "序言";
    if (h == "end") return "印发";
    if (h.rfind("fn", 0) == 0) return "注释";
    if (h.rfind("box", 0) == 0) {
        const Box* b = findBox(h);
        return b ? chapterPath(*this, b->chapter, b->section) + " › 专栏" + std::to_string(b->number) : std::string();
    }
    if (h.rfind("table", 0) == 0 || h == "annex") {
        const Table* t = findTable(h);
        if (!t) return {};
        const std::string where = chapterPath(*this, t->chapter, t->section);
        return where.empty() ? t->label : where + " › " + t->label;
    }
    if (h.rfind("ch", 0) == 0) {
        const std::size_t dot = id.find('.');
        std::string section;
        if (dot != std::string::npos && id.compare(dot + 1, 1, "s") == 0) section = id.substr(0, id.find('.', dot + 1));
        return chapterPath(*this, h, section);
    }
    if (h == "t") {
        const Target* t = findTarget(id);
        return t ? pathOf(t->source) : std::string();
    }
    return {};
}

}  // namespace pa
