#include "plan/plan_search.h"

#include <QString>

#include <algorithm>

namespace pa {

namespace {

constexpr int kContextChars = 24;

struct Candidate {
    std::string id, type;
    QString text;
    double weight;  // how much a hit here says about the thing: titles and targets over prose
};

std::string contextOf(const QString& text, int at, int len) {
    const int from = std::max(0, at - kContextChars);
    const int to = std::min(int(text.size()), at + len + kContextChars);
    QString c = (from > 0 ? QStringLiteral("…") : QString()) + text.mid(from, at - from) + QStringLiteral("【") +
                text.mid(at, len) + QStringLiteral("】") + text.mid(at + len, to - at - len) +
                (to < text.size() ? QStringLiteral("…") : QString());
    c.replace('\n', ' ');
    return c.toStdString();
}

}  // namespace

std::vector<SearchHit> searchPlan(const Plan& plan, const std::string& needleUtf8, std::size_t limit) {
    const QString needle = QString::fromStdString(needleUtf8).trimmed();
    if (needle.isEmpty()) return {};
    std::vector<Candidate> cands;
    auto add = [&](const std::string& id, const char* type, const std::string& text, double w) {
        cands.push_back({id, type, QString::fromStdString(text), w});
    };
    for (const Chapter& c : plan.chapters) {
        add(c.id, "chapter", c.title, 3.0);
        for (const Clause& cl : c.clauses) add(cl.id, "clause", cl.text, 1.0);
        for (const Section& s : c.sections) {
            add(s.id, "section", s.title, 3.0);
            for (const Clause& cl : s.clauses) add(cl.id, "clause", cl.text, 1.0);
        }
    }
    for (const Box& b : plan.boxes) {
        add(b.id, "box", b.title, 3.0);
        for (const Clause& cl : b.items) add(cl.id, "box item", cl.text, 1.2);
    }
    for (const Table& t : plan.tables)
        for (const TableRow& r : t.rows) {
            std::string joined;
            for (const auto& c : r.cells) joined += (joined.empty() ? "" : " | ") + c;
            add(r.id, "table row", joined, 1.5);
        }
    for (const Target& t : plan.targets) add(t.id, "target", t.subject + " " + t.metric + " " + t.quote, 2.0);
    for (const Footnote& f : plan.footnotes) add(f.id, "footnote", f.text, 1.0);
    for (const Clause& c : plan.preamble) add(c.id, "clause", c.text, 1.0);

    std::vector<SearchHit> hits;
    for (std::size_t k = 0; k < cands.size(); ++k) {
        const Candidate& c = cands[k];
        const int first = int(c.text.indexOf(needle, 0, Qt::CaseInsensitive));
        if (first < 0) continue;
        SearchHit h;
        h.id = c.id;
        h.type = c.type;
        h.path = plan.pathOf(c.id);
        h.matches = int(c.text.count(needle, Qt::CaseInsensitive));
        // More mentions, an early mention (the topic of a paragraph) and a short text all rank higher.
        h.score = c.weight + 0.5 * (h.matches - 1) + (first < 12 ? 1.0 : 0.0) + 1.0 / (1.0 + c.text.size() / 200.0);
        h.context = contextOf(c.text, first, int(needle.size()));
        hits.push_back(std::move(h));
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
    if (hits.size() > limit) hits.resize(limit);
    return hits;
}

}  // namespace pa
