#include "io/tour_file.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

#include "io/locate.h"

namespace pa {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QJsonArray strings(const std::vector<std::string>& v) {
    QJsonArray a;
    for (const std::string& s : v) a.append(q(s));
    return a;
}

std::vector<std::string> strings(const QJsonArray& a) {
    std::vector<std::string> v;
    for (const QJsonValue& x : a) v.push_back(x.toString().toStdString());
    return v;
}

}  // namespace

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

bool writeTourFile(const std::string& path, const std::vector<Tour>& tours, std::string* error) {
    QJsonArray ts;
    for (const Tour& t : tours) {
        QJsonArray slides;
        for (const Slide& s : t.slides) {
            const Bounds& b = s.extentLonLat;
            slides.append(QJsonObject{{"caption", q(s.caption)},
                                      {"body", q(s.body)},
                                      {"extent", QJsonArray{b.minX, b.minY, b.maxX, b.maxY}},
                                      {"layers", strings(s.layers)},
                                      {"selection", strings(s.selection)}});
        }
        ts.append(QJsonObject{{"name", q(t.name)}, {"slides", slides}});
    }
    QSaveFile f(q(path));
    if (!f.open(QIODevice::WriteOnly)) {
        if (error) *error = "cannot write " + path + ": " + f.errorString().toStdString();
        return false;
    }
    f.write(QJsonDocument(QJsonObject{{"planatlas_project", 1}, {"tours", ts}}).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        if (error) *error = "cannot write " + path + ": " + f.errorString().toStdString();
        return false;
    }
    return true;
}

std::vector<Tour> readTourFile(const std::string& path, std::string* error) {
    std::vector<Tour> out;
    QFile f(q(path));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) *error = "cannot open " + path;
        return out;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (doc.isNull() || !doc.object().contains("tours")) {
        if (error) *error = path + " is not a PlanAtlas project file" + (doc.isNull() ? " (" + pe.errorString().toStdString() + ")" : "");
        return out;
    }
    for (const QJsonValue& tv : doc.object()["tours"].toArray()) {
        Tour t;
        t.name = tv.toObject()["name"].toString().toStdString();
        for (const QJsonValue& sv : tv.toObject()["slides"].toArray()) {
            const QJsonObject o = sv.toObject();
            const QJsonArray e = o["extent"].toArray();
            Slide s;
            s.caption = o["caption"].toString().toStdString();
            s.body = o["body"].toString().toStdString();
            if (e.size() == 4) s.extentLonLat = Bounds{e[0].toDouble(), e[1].toDouble(), e[2].toDouble(), e[3].toDouble()};
            s.layers = strings(o["layers"].toArray());
            s.selection = strings(o["selection"].toArray());
            if (s.extentLonLat.isEmpty()) {
                if (error) *error = path + ": a slide has no valid extent";
                return {};
            }
            t.slides.push_back(std::move(s));
        }
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace pa
