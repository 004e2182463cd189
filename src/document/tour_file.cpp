#include "document/tour_file.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

#include "io/input_file.h"
#include "io/output_file.h"

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

Problem writeTourFile(const std::string& path, const std::vector<Tour>& tours) {
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
    OutputRules rules;
    rules.extensions = {"json"};
    rules.format = "a PlanAtlas project (JSON)";
    return writeFileAtomically(
        path, QJsonDocument(QJsonObject{{"planatlas_project", 1}, {"tours", ts}}).toJson(QJsonDocument::Indented).toStdString(),
        rules);
}

Outcome<std::vector<Tour>> readTourFile(const std::string& path) {
    QByteArray bytes;
    if (Problem p = readTextInput(path, InputLimits::kProject, bytes)) return std::move(*p);
    return readTourBytes(bytes, path);
}

Outcome<std::vector<Tour>> readTourBytes(const QByteArray& bytes, const std::string& path) {
    auto fail = [&](const std::string& why) -> Outcome<std::vector<Tour>> { return Diagnostic::error(path, why); };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (doc.isNull())
        return fail("not a PlanAtlas project: not valid JSON at byte " + std::to_string(pe.offset) + " (" +
                    pe.errorString().toStdString() + ")");
    if (!doc.isObject() || !doc.object().contains("tours"))
        return fail("not a PlanAtlas project: a project is a JSON object with \"tours\"");
    const QJsonObject root = doc.object();
    if (root.contains("planatlas_project") && root["planatlas_project"].toInt() != 1)
        return fail("a PlanAtlas project of version " + root["planatlas_project"].toVariant().toString().toStdString() +
                    ", which this PlanAtlas does not read (it reads version 1)");
    if (!root["tours"].isArray()) return fail("\"tours\" is not a list");
    std::vector<Tour> out;
    const QJsonArray tours = root["tours"].toArray();
    for (qsizetype ti = 0; ti < tours.size(); ++ti) {
        const std::string where = "tour " + std::to_string(ti + 1);
        if (!tours[ti].isObject()) return fail(where + " is not an object");
        const QJsonObject to = tours[ti].toObject();
        Tour t;
        t.name = to["name"].toString().toStdString();
        if (!to["slides"].isArray()) return fail(where + ": \"slides\" is not a list");
        const QJsonArray slides = to["slides"].toArray();
        for (qsizetype si = 0; si < slides.size(); ++si) {
            const std::string at = where + ", slide " + std::to_string(si + 1);
            if (!slides[si].isObject()) return fail(at + " is not an object");
            const QJsonObject o = slides[si].toObject();
            const QJsonArray e = o["extent"].toArray();
            bool numbers = e.size() == 4;
            for (const QJsonValue& v : e) numbers = numbers && v.isDouble() && std::isfinite(v.toDouble());
            if (!numbers) return fail(at + ": \"extent\" must be four numbers (west, south, east, north in WGS 84 degrees)");
            const Bounds b{e[0].toDouble(), e[1].toDouble(), e[2].toDouble(), e[3].toDouble()};
            if (!(b.minX >= -180 && b.maxX <= 180 && b.minY >= -90 && b.maxY <= 90 && b.minX < b.maxX && b.minY < b.maxY))
                return fail(at + ": the extent is not a box in WGS 84 degrees (west < east within ±180, south < north within ±90)");
            Slide sl;
            sl.caption = o["caption"].toString().toStdString();
            sl.body = o["body"].toString().toStdString();
            sl.extentLonLat = b;
            for (const char* key : {"layers", "selection"})
                if (o.contains(key) && !o[key].isArray()) return fail(at + ": \"" + key + "\" is not a list");
            sl.layers = strings(o["layers"].toArray());
            sl.selection = strings(o["selection"].toArray());
            t.slides.push_back(std::move(sl));
        }
        out.push_back(std::move(t));
    }
    if (out.empty()) return fail("the project holds no tour");
    return out;
}

}  // namespace pa
