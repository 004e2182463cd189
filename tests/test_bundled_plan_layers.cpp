// The plan's blue-green, transport and project-site layers lie where the city's reference data says:
// creeks reach the Pearl River past their villages, roads and hubs placed by station points pass
// those stations, forest parks and projects lie in Tianhe. Distances in metres, in CGCS2000 / GK 38.
#include <gtest/gtest.h>

#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <memory>

#include "io/geodata_paths.h"

namespace {

struct GeomDeleter {
    void operator()(OGRGeometryH g) const { OGR_G_DestroyGeometry(g); }
};
using Geom = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeomDeleter>;

// Every feature of a bundled file, with its geometry in metres.
class MetricLayer {
public:
    explicit MetricLayer(const std::string& file) {
        OGRSpatialReferenceH wgs = OSRNewSpatialReference(nullptr), gk = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(wgs, 4326);
        OSRSetAxisMappingStrategy(wgs, OAMS_TRADITIONAL_GIS_ORDER);
        OSRImportFromEPSG(gk, 4547);
        OSRSetAxisMappingStrategy(gk, OAMS_TRADITIONAL_GIS_ORDER);
        OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(wgs, gk);
        QFile f(QString::fromStdString(pa::bundledGeodataDir() + "/" + file));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file;
        for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).object()["features"].toArray()) {
            const QJsonObject feat = v.toObject();
            const QByteArray json = QJsonDocument(feat["geometry"].toObject()).toJson(QJsonDocument::Compact);
            OGRGeometryH g = OGR_G_CreateGeometryFromJson(json.constData());
            EXPECT_TRUE(g) << file;
            if (!g) continue;
            EXPECT_EQ(OGR_G_Transform(g, ct), OGRERR_NONE);
            props.push_back(feat["properties"].toObject());
            geoms.emplace_back(g);
        }
        OCTDestroyCoordinateTransformation(ct);
        OSRDestroySpatialReference(wgs);
        OSRDestroySpatialReference(gk);
    }
    OGRGeometryH byName(const QString& zh) const {
        for (std::size_t i = 0; i < props.size(); ++i)
            if (props[i]["name_zh"].toString() == zh) return geoms[i].get();
        ADD_FAILURE() << "no feature named " << zh.toStdString();
        return nullptr;
    }
    std::vector<QJsonObject> props;
    std::vector<Geom> geoms;
};

double distance(OGRGeometryH a, OGRGeometryH b) { return a && b ? OGR_G_Distance(a, b) : 1e9; }

Geom lastPoint(OGRGeometryH line) {
    OGRGeometryH p = OGR_G_CreateGeometry(wkbPoint);
    const int n = OGR_G_GetPointCount(line);
    OGR_G_SetPoint_2D(p, 0, OGR_G_GetX(line, n - 1), OGR_G_GetY(line, n - 1));
    return Geom(p);
}

}  // namespace

TEST(BundledBlueGreen, FiveCreeksReachTheRiverPastTheirVillages) {
    const MetricLayer net("bluegreen_network.geojson"), river("bluegreen_pearl_river.geojson"),
        stations("transport_metro_stations.geojson");
    ASSERT_EQ(river.geoms.size(), 1u);
    int creeks = 0, villagesChecked = 0;
    for (std::size_t i = 0; i < net.props.size(); ++i) {
        if (net.props[i]["kind"].toString() != "creek corridor") continue;
        ++creeks;
        const std::string name = net.props[i]["name_zh"].toString().toStdString();
        EXPECT_LT(distance(lastPoint(net.geoms[i].get()).get(), river.geoms[0].get()), 5.0) << name << " stops short of the river";
        for (const QString& v : net.props[i]["villages"].toString().split(',')) {
            for (std::size_t s = 0; s < stations.props.size(); ++s) {
                if (stations.props[s]["name_zh"].toString() != v) continue;
                EXPECT_LT(distance(net.geoms[i].get(), stations.geoms[s].get()), 400.0) << name << " misses " << v.toStdString();
                ++villagesChecked;
            }
        }
    }
    EXPECT_EQ(creeks, 5);
    EXPECT_GE(villagesChecked, 5);
    for (const char* n : {"猎德涌", "车陂涌", "沙河涌", "深涌", "棠下涌"}) EXPECT_TRUE(net.byName(n)) << n;
}

// Features whose accuracy is 'located' were placed through the stations that stand on them.
TEST(BundledTransport, LocatedRoadsAndHubsPassTheirStations) {
    const MetricLayer net("transport_network.geojson"), stations("transport_metro_stations.geojson");
    const std::map<QString, QStringList> through = {
        {"燕岭路-天源路-广汕路", {"天河客运站", "长湴", "植物园", "龙洞", "柯木塱", "高塘石"}},
        {"黄埔大道", {"冼村", "潭村", "员村", "车陂南", "东圃", "三溪"}},
        {"猎德大道", {"猎德", "石牌桥"}},
        {"花城大道", {"珠江新城", "花城大道"}},
        {"广州大道", {"沙河", "天平架", "梅花园", "京溪南方医院"}},
        {"广州东站", {"广州东站"}},
        {"天河客运站", {"天河客运站"}},
    };
    for (const auto& [feature, names] : through) {
        for (const QString& s : names) {
            OGRGeometryH station = nullptr;
            for (std::size_t i = 0; i < stations.props.size(); ++i)
                if (stations.props[i]["name_zh"].toString() == s) station = stations.geoms[i].get();
            EXPECT_LT(distance(net.byName(feature), station), 100.0) << feature.toStdString() << " / " << s.toStdString();
        }
    }
    for (std::size_t i = 0; i < net.props.size(); ++i) {
        const QString name = net.props[i]["name_zh"].toString();
        const bool checked = through.count(name) || name == "临江大道";
        if (net.props[i]["accuracy"].toString() == "located") {
            EXPECT_TRUE(checked) << name.toStdString() << " is 'located' but no test checks it";
        }
    }
}

TEST(BundledTransport, LinjiangAvenueFollowsTheRiverBank) {
    const MetricLayer net("transport_network.geojson"), river("bluegreen_pearl_river.geojson");
    const double d = distance(net.byName("临江大道"), river.geoms[0].get());
    EXPECT_GT(d, 100.0);
    EXPECT_LT(d, 300.0);
}

TEST(BundledBlueGreen, ParksAndForestParksLieInTianhe) {
    const MetricLayer net("bluegreen_network.geojson"), boundary("boundary_tianhe.geojson");
    OGRGeometryH tianhe = boundary.geoms[0].get();
    int areas = 0;
    for (std::size_t i = 0; i < net.props.size(); ++i) {
        const QString kind = net.props[i]["kind"].toString();
        if (kind != "forest park" && kind != "park" && kind != "buffer zone") continue;
        ++areas;
        OGRGeometryH g = net.geoms[i].get();
        const Geom inside(OGR_G_Intersection(g, tianhe));
        // The reference boundary is generalised (tens of metres, more along the river), so 海心沙's
        // island is partly cut by it.
        EXPECT_GT(OGR_G_Area(inside.get()), 0.75 * OGR_G_Area(g)) << net.props[i]["name_zh"].toString().toStdString();
        if (kind == "forest park") {  // 火炉山, 龙眼洞, 凤凰山: the hills of the district's north
            OGREnvelope e, t;
            OGR_G_GetEnvelope(g, &e);
            OGR_G_GetEnvelope(tianhe, &t);
            EXPECT_GT(e.MinY, t.MinY + 0.4 * (t.MaxY - t.MinY)) << net.props[i]["name_zh"].toString().toStdString();
        }
    }
    EXPECT_GE(areas, 12);
}

TEST(BundledProjects, EverySiteLiesInOrBesideTianhe) {
    const MetricLayer boundary("boundary_tianhe.geojson");
    const Geom near(OGR_G_Buffer(boundary.geoms[0].get(), 300.0, 8));
    for (const char* file : {"project_sites.geojson", "bluegreen_projects.geojson", "transport_projects.geojson"}) {
        const MetricLayer l(file);
        EXPECT_GT(l.props.size(), 10u) << file;
        for (std::size_t i = 0; i < l.props.size(); ++i) {
            EXPECT_TRUE(OGR_G_Intersects(near.get(), l.geoms[i].get())) << file << ": " << l.props[i]["name_zh"].toString().toStdString();
            EXPECT_FALSE(l.props[i]["note"].toString().isEmpty() && l.props[i]["accuracy"].toString() == "approximate");
        }
    }
}

TEST(BundledLayers, ManifestGivesDrawingOrderAndGroups) {
    const auto layers = pa::bundledLayers();
    ASSERT_GE(layers.size(), 12u);
    EXPECT_NE(layers.front().path.find("boundary_neighbours"), std::string::npos);
    EXPECT_NE(layers.back().path.find("project_sites"), std::string::npos);
    for (const auto& l : layers) EXPECT_FALSE(l.group.empty()) << l.path << " is not in geodata/layers.json";
}
