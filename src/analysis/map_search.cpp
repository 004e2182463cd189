#include "analysis/map_search.h"

#include <QFile>

#include <algorithm>
#include <cctype>

#include "io/geodata_paths.h"
#include "plan/plan_search.h"

namespace pa {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool asciiLetters(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

}  // namespace

const PinyinInitials& bundledPinyin() {
    static const PinyinInitials table = [] {
        PinyinInitials t;
        QFile f(QString::fromStdString(dataRoot() + "/assets/pinyin/initials.txt"));
        if (f.open(QIODevice::ReadOnly)) t.load(f.readAll().toStdString());
        return t;
    }();
    return table;
}

std::vector<MapSearchHit> searchMapAndPlan(const MapDocument& doc, const Plan* plan, const PinyinInitials& pinyin,
                                           const std::string& rawQuery, std::size_t limit) {
    std::vector<MapSearchHit> hits;
    std::string query = rawQuery;
    while (!query.empty() && std::isspace(static_cast<unsigned char>(query.back()))) query.pop_back();
    while (!query.empty() && std::isspace(static_cast<unsigned char>(query.front()))) query.erase(query.begin());
    if (query.empty()) return hits;
    const std::string q = lower(query);
    const bool initials = asciiLetters(query);
    for (std::size_t li = 0; li < doc.layers().size(); ++li) {
        const Layer& l = doc.layers().at(li);
        for (std::uint32_t fi = 0; fi < l.features.size(); ++fi) {
            const Feature& f = l.features[fi];
            const std::string zh = f.value("name_zh"), en = f.value("name_en");
            const std::string name = featureName(f);
            double score = 0;
            if (!name.empty() && name == query) score = 10;
            else if (!name.empty() && name.find(query) != std::string::npos) score = 6 - std::min(3.0, double(name.size()) / 30);
            else if (!en.empty() && lower(en).find(q) != std::string::npos) score = 5;
            else if (initials && pinyin.matches(name, query)) score = 4 + (pinyin.initialsOf(name).rfind(q, 0) == 0 ? 1 : 0);
            else if (lower(f.id) == q) score = 3;
            if (score <= 0) continue;
            MapSearchHit h;
            h.kind = MapSearchHit::Kind::Feature;
            h.feature = {l.id, fi};
            h.title = name.empty() ? f.id : name;
            h.detail = f.value("kind") + (en.empty() ? "" : " · " + en);
            // Plan features before user data with the same match.
            h.score = score + (doc.states()[li].group != MapDocument::kUserGroup ? 0.5 : 0);
            hits.push_back(std::move(h));
        }
    }
    if (plan) {
        for (const SearchHit& s : searchPlan(*plan, query, limit)) {
            MapSearchHit h;
            h.kind = s.type == "target" ? MapSearchHit::Kind::Target : MapSearchHit::Kind::Clause;
            h.planId = s.id;
            h.title = s.path.empty() ? s.id : s.path;
            h.detail = s.context;
            h.score = std::min(3.0, 1.0 + s.score / 10.0);
            hits.push_back(std::move(h));
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const MapSearchHit& a, const MapSearchHit& b) { return a.score > b.score; });
    if (hits.size() > limit) hits.resize(limit);
    return hits;
}

}  // namespace pa
