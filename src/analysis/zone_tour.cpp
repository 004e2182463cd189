#include "analysis/zone_tour.h"

#include "analysis/locate.h"

namespace pa {

Tour defaultZoneTour(const Plan& plan, const MapDocument& doc) {
    Tour t;
    t.name = "片区发展战略";
    for (const Box& box : plan.boxes) {
        if (box.number < 1 || box.number > 5) continue;  // 专栏1-5: the zones' positioning and goals
        FeatureRef zone;
        for (const FeatureRef& f : doc.links().featuresCiting(box.id))
            if (doc.feature(f).value("kind") == "zone") zone = f;
        if (!zone.valid()) continue;
        Slide s;
        s.caption = "专栏" + std::to_string(box.number) + "  " + box.title;
        for (const Clause& c : box.items) s.body += (s.body.empty() ? "" : "\n") + c.text;
        std::vector<std::string> targets;
        for (const Target& tg : plan.targets)
            if (tg.source.rfind(box.id + ".", 0) == 0)
                targets.push_back(tg.metric + " " + tg.comparator + " " + tg.target.text + tg.unit +
                                  (tg.target.year ? "（" + std::to_string(*tg.target.year) + "）" : ""));
        if (!targets.empty()) {
            s.body += "\n目标：";
            for (std::size_t i = 0; i < targets.size(); ++i) s.body += (i ? "；" : "") + targets[i];
        }
        Bounds b;
        for (const auto& ring : featureLonLatRings(doc, zone))
            for (const Vec2d& v : ring) b.extend(v);
        // Room around the zone for its context and the caption.
        const double mx = b.width() * 0.35, my = b.height() * 0.35;
        s.extentLonLat = Bounds{b.minX - mx, b.minY - my, b.maxX + mx, b.maxY + my};
        s.selection = {doc.feature(zone).id};
        t.slides.push_back(std::move(s));
    }
    return t;
}

}  // namespace pa
