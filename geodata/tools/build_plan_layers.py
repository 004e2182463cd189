#!/usr/bin/env python3
"""Builds the plan's blue-green, transport and project-site layers of geodata/ (专栏7-28, 第六章, 第十章).

Run from the repository root, after build_reference_layers.py:
    python3 geodata/tools/build_plan_layers.py ../shared/reference

No road, creek or park geometry exists in ../shared/reference (its README lists what was searched for), so
these features are placed from two kinds of knowledge, and each says which in `accuracy` and `note`:
  * located: through metro station points (reference data, WGS 84) that stand on the road or at the place,
    or derived from reference lines (the river, the boundary); within the issue's 300 m / 100 m.
  * approximate: a course or site placed from the named place it is called after (a village, a campus, a
    zone) or from knowledge of the city's network; the note says what it was placed by and how uncertain.
  * schematic: concepts (the green ring, the park belt) and lines under planning whose alignment is not
    public; drawn through the places the text names.
The script checks what it can (creeks pass their villages and end on the river; anchors exist) and fails
rather than write a layer that does not. Output is deterministic.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geo import (M_PER_DEG_LAT, M_PER_DEG_LON, buffer_line, clip_polygons, load, nearest_on_line, offset_line,  # noqa: E402
                 rect, rounded, sub_line, write)

GEODATA = "geodata"
STATION_SRC = "metro station points of shared/reference (MetroMan 2025, GCJ-02 converted to WGS 84)"
KNOWN_SRC = "placed from the named place (knowledge of Guangzhou), no reference geometry available"


class Anchors:
    """Named points: metro stations from the reference data, and named places given here in WGS 84."""

    # Named places that are not metro stations: (lon, lat), what the point is, and how sure it is.
    PLACES = {
        "猎德村": (113.3270, 23.1168), "车陂村": (113.3905, 23.1240),
        "棠下村": (113.3765, 23.1300), "深涌村": (113.4070, 23.1175),
        "华南理工大学五山校区": (113.3455, 23.1565), "华南农业大学": (113.3590, 23.1620),
        "中科院广州地球化学研究所": (113.3512, 23.1588), "广东省农业科学院": (113.3575, 23.1525),
        "广东省科学院(长兴路)": (113.3640, 23.1675), "华南师范大学石牌校区": (113.3455, 23.1415),
        "金融城起步区": (113.3640, 23.1160), "天河智慧城核心区": (113.4000, 23.1680),
        "海心沙东区": (113.3207, 23.1124), "广东奥林匹克体育中心": (113.4215, 23.1325),
        "广氮": (113.4120, 23.1300), "岑村": (113.3700, 23.1650), "大观": (113.4030, 23.1550),
        "元岗": (113.3330, 23.1770), "天河软件园": (113.3800, 23.1450), "棠下北": (113.3760, 23.1350),
        "丰乐": (113.3800, 23.1290), "猎德大桥北": (113.3285, 23.1150), "黄村立交": (113.4040, 23.1400),
        "龙洞街": (113.3720, 23.1960), "凤凰街": (113.4050, 23.2050), "元岗街": (113.3330, 23.1770),
        "长兴街": (113.3600, 23.1680), "新塘街": (113.3750, 23.1560), "员村街": (113.3600, 23.1220),
        "黄村街": (113.4050, 23.1380), "珠吉街": (113.4250, 23.1250), "兴华街": (113.3300, 23.1600),
        "沙东街": (113.3200, 23.1585), "石牌西路": (113.3295, 23.1395),
        "吉山村": (113.4300, 23.1460), "程界村": (113.3660, 23.1730),
        "华南植物园": (113.3620, 23.1830), "马鞍山(智谷)": (113.4060, 23.1780),
    }

    def __init__(self, ref):
        self.pts = {}
        for f in load(os.path.join(ref, "gz_metro_stations_2025.wgs84.geojson"))["features"]:
            self.pts[f["properties"]["name_zh"]] = tuple(f["geometry"]["coordinates"])
        for k, v in self.PLACES.items():
            assert k not in self.pts, k
            self.pts[k] = v

    def __getitem__(self, key):
        if isinstance(key, tuple):
            return key
        if key not in self.pts:
            sys.exit("unknown anchor " + key)
        return self.pts[key]

    def line(self, through):
        return [list(self[k]) for k in through]


def feature(fid, zh, en, layer, kind, geometry, clauses, targets=(), status=None, accuracy="approximate",
            source=KNOWN_SRC, note=None, **extra):
    p = {"id": fid, "name_zh": zh, "name_en": en, "layer": layer, "kind": kind}
    if status:
        p["status"] = status
    p.update({"clauses": list(clauses), "targets": list(targets), "source": source, "accuracy": accuracy})
    if note:
        p["note"] = note
    p.update(extra)
    return {"type": "Feature", "properties": p, "geometry": {"type": geometry[0], "coordinates": rounded(geometry[1])}}


def point(xy):
    return ("Point", list(xy))


def line(coords):
    return ("LineString", coords)


def polygon(ring):
    return ("Polygon", [ring])


# ---------------------------------------------------------------------------------------------- blue-green
BG = "blue-green"
CREEK_CLAUSES = ["ch10.s2.p1", "ch10.s2.p3", "box22.i3"]

# Creeks: course from the upstream end to the river; each must pass its named villages within 400 m.
# The last vertex is snapped onto the 珠江前航道 line, so every corridor reaches the river.
CREEKS = [
    ("creek.liede", "猎德涌", "Liede Creek", ["华师", (113.3340, 23.1440), (113.3300, 23.1385), (113.3265, 23.1320),
                                           "冼村", (113.3255, 23.1230), "猎德村"],
     ["猎德村", "冼村"], CREEK_CLAUSES + ["box23.i2"]),
    ("creek.chebei", "车陂涌", "Chebei Creek", [(113.3750, 23.2050), (113.3705, 23.1900), (113.3680, 23.1760),
                                              (113.3665, 23.1640), (113.3700, 23.1510), (113.3770, 23.1410),
                                              (113.3850, 23.1330), "车陂村", (113.3920, 23.1160), (113.3925, 23.1095)],
     ["车陂村", "车陂"], CREEK_CLAUSES + ["box23.i1"]),
    ("creek.shahe", "沙河涌", "Shahe Creek", [(113.3170, 23.1730), (113.3162, 23.1615), (113.3100, 23.1560),
                                            (113.3150, 23.1480), (113.3125, 23.1420), (113.3098, 23.1370),
                                            (113.3050, 23.1300), (113.3045, 23.1220), (113.3040, 23.1175)],
     ["沙河", "天平架"], ["box22.i3", "ch10.s2.p3", "box23.i2", "ch9.s2.p3"]),
    ("creek.shenyong", "深涌", "Shenyong Creek", [(113.4060, 23.1320), (113.4055, 23.1230), "深涌村", (113.4090, 23.1080), (113.4095, 23.1035)],
     ["深涌村", "三溪"], CREEK_CLAUSES),
    ("creek.tangxia", "棠下涌", "Tangxia Creek", [(113.3700, 23.1460), (113.3725, 23.1380), "棠下村", (113.3742, 23.1220),
                                               (113.3745, 23.1150)],
     ["棠下村"], ["box22.i3", "ch10.s2.p3", "box23.i2"]),
]

FOREST_PARKS = [
    ("park.forest.huolushan", "火炉山森林公园", "Huolushan Forest Park",
     [(113.3770, 23.1720), (113.3990, 23.1700), (113.4010, 23.1880), (113.3850, 23.1905), (113.3770, 23.1850)]),
    ("park.forest.longyandong", "龙眼洞森林公园", "Longyandong Forest Park",
     [(113.3690, 23.1990), (113.3960, 23.1990), (113.3975, 23.2300), (113.3780, 23.2330), (113.3690, 23.2150)]),
    ("park.forest.fenghuangshan", "凤凰山森林公园", "Fenghuangshan Forest Park",
     [(113.3990, 23.1975), (113.4200, 23.1950), (113.4200, 23.2150), (113.3990, 23.2200)]),
]

# Parks the text names (第十章第二节): centre and size in metres, or a ring.
PARKS = [
    ("park.huacheng-square", "花城广场", "Huacheng Square", rect(113.3190, 23.1225, 260, 1400), "located",
     STATION_SRC + "; the central axis from 黄埔大道 to 临江大道 along the APM stations",
     None, ["ch10.s2.p1", "ch11.s1.p2", "ch8.s2.p4"]),
    ("park.haixinsha", "海心沙亚运公园", "Haixinsha Asian Games Park", rect(113.3190, 23.1133, 520, 280), "located",
     STATION_SRC + "; the island of the APM station 海心沙",
     None, ["ch10.s2.p1", "ch11.s1.p2", "ch11.s3.p1", "ch8.s2.p4", "box25.i1"]),
    ("park.ifc", "金融城公园", "Finance City Park", rect(113.3660, 23.1140, 400, 300), "approximate", KNOWN_SRC,
     "placed in the 金融城 start-up area by the river; the park's outline is not known here (±500 m)", ["ch10.s2.p1"]),
    ("park.changban", "长湴公园", "Changban Park", rect(113.3465, 23.1845, 350, 350), "approximate", KNOWN_SRC,
     "placed by 长湴 village and station; outline not known (±400 m)", ["ch10.s2.p1"]),
    ("park.zhujiang", "珠江公园", "Zhujiang Park", rect(113.3505, 23.1270, 450, 500), "approximate", KNOWN_SRC,
     "north of 黄埔大道 between 华南快速路 and 天河公园 (±400 m)", ["ch10.s2.p1"]),
    ("park.tianhe", "天河公园", "Tianhe Park", rect(113.3598, 23.1330, 700, 900), "approximate",
     STATION_SRC + "; north of the station 天河公园", "outline drawn north of the station it is named for (±300 m)",
     ["ch10.s2.p1", "box23.i3"]),
    ("park.yangtao", "杨桃公园", "Yangtao Park", rect(113.3935, 23.1215, 250, 250), "approximate", KNOWN_SRC,
     "position uncertain: placed in 车陂-东圃 (±800 m)", ["ch10.s2.p1"]),
    ("park.scbg", "华南植物园", "South China Botanical Garden",
     [[113.3530, 23.1760], [113.3700, 23.1745], [113.3715, 23.1905], [113.3580, 23.1915], [113.3530, 23.1850],
      [113.3530, 23.1760]], "approximate", KNOWN_SRC,
     "south of 广汕路 between the stations 植物园 and 龙洞; outline generalised (±300 m)", ["ch10.s2.p1", "ch8.s2.p4"]),
]


def bluegreen(a, river):
    feats, creek_lines = [], {}
    for fid, zh, en, course, villages, clauses in CREEKS:
        coords = a.line(course)
        d, _, _, mouth = nearest_on_line(coords[-1], river)
        if d > 600:
            sys.exit("%s ends %.0f m from the river" % (zh, d))
        coords.append(list(mouth))
        for v in villages:
            dv = nearest_on_line(a[v], coords)[0]
            if dv > 400:
                sys.exit("%s passes %.0f m from %s" % (zh, dv, v))
        creek_lines[zh] = coords
        feats.append(feature(fid, zh, en, BG, "creek corridor", line(coords), clauses, status="existing",
                             note="course drawn through " + "、".join(villages) + " to the river from knowledge of "
                                  "the city; no creek geometry in the reference data (±300 m)",
                             villages=",".join(villages)))
    for fid, zh, en, ring in FOREST_PARKS:
        feats.append(feature(fid, zh, en, BG, "forest park", polygon(a.line(ring + [ring[0]])),
                             ["ch10.s2.p1", "box22.i1", "ch8.s2.p4"], ["t.table2.14", "t.table2.16"], status="existing",
                             note="outline generalised around the hills north and south of 广汕路 (±500 m)"))
    ring = [(113.3700, 23.1780), (113.3690, 23.2050), (113.3800, 23.2300), (113.3960, 23.2250), (113.4150, 23.2080),
            (113.4120, 23.1850), (113.3950, 23.1720), (113.3780, 23.1720), (113.3700, 23.1780)]
    feats.append(feature("green.suburban-ring", "郊野绿环", "Suburban Green Ring", BG, "green ring", line(a.line(ring)),
                         ["box22.i1", "ch10.s2.p1"], ["t.table2.14", "t.table2.16"], status="planned",
                         accuracy="schematic", note="a loop joining the 火炉山, 龙眼洞 and 凤凰山 forest parks"))
    belt = [(113.3660, 23.1140), "天河公园", (113.3770, 23.1410), "大观南路", "天河智慧城"]
    feats.append(feature("green.innovation-park-belt", "创新公园带", "Innovation Park Belt", BG, "park belt",
                         line(a.line(belt)), ["box22.i2"], status="planned", accuracy="schematic",
                         note="a green band joining 金融城 (金融城公园) and 天河智慧城, drawn through 天河公园"))
    for fid, zh, en, ring, acc, src, note, clauses in PARKS:
        feats.append(feature(fid, zh, en, BG, "park", polygon(ring), clauses, status="existing", accuracy=acc,
                             source=src, note=note))
    return feats, creek_lines


def buffer_zone(boundary):
    """白云山缓冲区（天河区段）: the land within 500 m of Tianhe's north-west edge, which faces 白云山."""
    ring = boundary["features"][0]["geometry"]["coordinates"][0][0]
    edge = [p for p in ring if p[1] >= 23.150 and p[0] <= 113.330]
    edge = edge[:edge.index(max(edge, key=lambda p: p[0])) + 1]
    g = buffer_line(edge, 500)
    return feature("green.baiyunshan-buffer", "白云山缓冲区", "Baiyun Mountain Buffer Zone (Tianhe section)", BG,
                   "buffer zone", (g["type"], g["coordinates"]), ["ch10.s2.p1", "ch9.s2.p3", "box21.i2", "box23.i3"],
                   status="existing", accuracy="schematic",
                   source="500 m inside the reference district boundary where it faces 白云山 (clipped to Tianhe)",
                   note="the buffer zone's statutory limit is not public; drawn as a band along Tianhe's north-west edge")


def bluegreen_projects(a, creeks):
    feats = []
    pts = [
        ("proj.daguan-wtp", "大观净水厂", "Daguan Water Purification Plant", (113.4085, 23.1620), "box23.i1",
         "placed by 大观 north of 中山大道 (±600 m)"),
        ("proj.daguan-wtp-east", "大观净水厂东侧进厂管及泵站工程", "Daguan plant east inlet main and pumping station",
         (113.4115, 23.1615), "box23.i1", "beside the plant, east (±600 m)"),
        ("proj.liede-east-sewer", "前航道片区（猎德东片）合流渠箱清污分流工程", "Front channel (Liede east) sewer separation",
         (113.3330, 23.1180), "box23.i1", "the 猎德 catchment east of 猎德涌 (area, ±500 m)"),
        ("proj.liede-west-sewer", "前航道片区（猎德西片）合流渠箱清污分流工程", "Front channel (Liede west) sewer separation",
         (113.3215, 23.1185), "box23.i1", "the 猎德 catchment west of 猎德涌 (area, ±500 m)"),
        ("proj.chebei-guangshan-sewer", "车陂涌流域广汕公路南排水渠片区配套公共管网工程",
         "Chebei basin: sewers south of Guangshan Road", (113.3720, 23.1880), "box23.i1",
         "the 车陂涌 catchment south of 广汕路 (area, ±800 m)"),
        ("proj.chebei-guangdan-sewer", "车陂涌流域车陂横涌及广氮片区配套公共管网工程",
         "Chebei basin: sewers of Chebei cross-creek and Guangdan", "广氮", "box23.i1",
         "the 广氮 area (area, ±800 m)"),
        ("proj.jishan-creek", "吉山涌综合整治工程", "Jishan Creek rehabilitation", "吉山村", "box23.i2",
         "the creek's course is not in the reference data; marked at 吉山 village"),
        ("proj.chengjie-east", "程界东涌综合整治工程", "Chengjie East Creek rehabilitation", (113.3685, 23.1735), "box23.i2",
         "the creek's course is not in the reference data; marked at 程界 village, east"),
        ("proj.chengjie-west", "程界西涌综合整治工程", "Chengjie West Creek rehabilitation", (113.3635, 23.1725), "box23.i2",
         "the creek's course is not in the reference data; marked at 程界 village, west"),
        ("proj.zhiwuyuan-creek", "植物园涌综合整治工程", "Botanical Garden Creek rehabilitation", "华南植物园", "box23.i2",
         "the creek's course is not in the reference data; marked in 华南植物园"),
        ("proj.tianhe-park-station", "天河公园地铁站场复绿和景观改造工程", "Tianhe Park metro site re-greening",
         "天河公园", "box23.i3", None),
        ("proj.maanshan-park", "天河智谷片区马鞍山公园（一期）", "Ma'anshan Park, Tianhe Zhigu (phase 1)", "马鞍山(智谷)",
         "box23.i3", "position uncertain: placed in the 天河智谷 area north of 智慧城 (±1 km)"),
    ]
    for fid, zh, en, where, clause, note in pts:
        acc = "located" if note is None else "approximate"
        src = STATION_SRC if note is None else KNOWN_SRC
        feats.append(feature(fid, zh, en, BG, "project site", point(a[where]), [clause], status="planned",
                             accuracy=acc, source=src, note=note, box="专栏23"))
    greenways = [
        ("greenway.shahe-1", "沙河涌（天河北路-林和西横路）碧道建设工程", "Shahe Creek greenway (Tianhe N. Rd - Linhexi Heng Rd)",
         "沙河涌", (113.3125, 23.1420), (113.3150, 23.1480)),
        ("greenway.shahe-2", "沙河涌（广州大道-天河北路）碧道建设工程", "Shahe Creek greenway (Guangzhou Ave - Tianhe N. Rd)",
         "沙河涌", (113.3098, 23.1370), (113.3125, 23.1420)),
        ("greenway.shahe-3", "沙河涌（林和西横路-天平架桥段）综合整治工程", "Shahe Creek works (Linhexi Heng Rd - Tianpingjia Bridge)",
         "沙河涌", (113.3150, 23.1480), (113.3162, 23.1615)),
        ("greenway.tangxia", "棠下涌（科韵路以北段）及大塘涌碧道建设工程", "Tangxia Creek greenway north of Keyun Road",
         "棠下涌", (113.3742, 23.1220), (113.3700, 23.1460)),
        ("greenway.liede", "猎德涌碧道建设工程", "Liede Creek greenway", "猎德涌", None, None),
    ]
    for fid, zh, en, creek, start, end in greenways:
        c = creeks[creek]
        coords = c if start is None else sub_line(c, start, end)
        feats.append(feature(fid, zh, en, BG, "greenway", line(coords), ["box23.i2"], status="planned",
                             note="the part of the " + creek + " corridor between the named ends; the corridor itself is "
                                  "approximate (±300 m)" + ("; 大塘涌 is not drawn" if "大塘涌" in zh else ""), box="专栏23"))
    xb = [(113.3785, 23.1585), (113.3720, 23.1615)]
    feats.append(feature("greenway.xibiankeng", "西边坑（御银科技园-广东省农业技术推广总站）碧道建设工程",
                         "Xibiankeng greenway (Yuyin Tech Park - Guangdong Agricultural Extension Station)", BG, "greenway",
                         line(a.line(xb)), ["box23.i2"], status="planned",
                         note="position uncertain: the creek and both ends lie in 天河高新区-岑村; drawn between them (±1 km)",
                         box="专栏23"))
    return feats


# ----------------------------------------------------------------------------------------------- transport
TR = "transport"
ROAD_CLAUSES = ["box19.i1", "ch6.s1.p2"]
EXPRESS_CLAUSES = ["box19.i2", "ch6.s1.p2"]

# Main roads (专栏19 六横七纵): course, accuracy, note. Station names are points on the road.
MAIN_ROADS = [
    ("road.huaguan", "华观路", "Huaguan Road", "h",
     [(113.3620, 23.1760), (113.3760, 23.1705), (113.3977, 23.1668), (113.4120, 23.1680)], "approximate",
     "through the 天河智慧城 station area from 华南快速路 to 大观路; course from knowledge (±400 m)"),
    ("road.changxing-mubei-hejing", "长兴路-沐陂路-合景路", "Changxing Rd - Mubei Rd - Hejing Rd", "h",
     [(113.3410, 23.1710), (113.3580, 23.1660), (113.3720, 23.1605), (113.3860, 23.1585)], "approximate",
     "from 天河客运站 east through 长兴 and 岑村; course from knowledge (±500 m)"),
    ("road.tianhebei-wushan-huijing", "天河北路-五山路-汇景路", "Tianhe N. Rd - Wushan Rd - Huijing Rd", "h",
     [(113.3098, 23.1432), "林和西", "龙口西", "华师", (113.3440, 23.1495), (113.3560, 23.1500)], "approximate",
     "天河北路 through the stations 林和西 and 龙口西 (located); 五山路 and 汇景路 from knowledge (±400 m)"),
    ("road.tianhe-zhongshan", "天河路-中山大道", "Tianhe Rd - Zhongshan Ave", "h",
     [(113.3098, 23.1340), "体育西路", "石牌桥", "岗顶", (113.3400, 23.1398), (113.3546, 23.1385),
      (113.3700, 23.1358), "棠东", "黄村", (113.4200, 23.1350), (113.4400, 23.1352)], "approximate",
     "天河路 through 体育西路, 石牌桥 and 岗顶 (located); 中山大道 through 棠东 and 黄村 (±200 m)"),
    ("road.huacheng", "花城大道", "Huacheng Avenue", "h",
     [(113.3098, 23.1222), "珠江新城", "花城大道", (113.3267, 23.1213), (113.3370, 23.1206)], "located",
     "through the stations 珠江新城 and 花城大道 (APM), which stand on it"),
    ("road.linjiang", "临江大道", "Linjiang Avenue", "h", None, "located",
     "the river bank road: the 珠江前航道 line moved 230 m north, from 广州大道 to 科韵路"),
    ("road.guangzhou-ave", "广州大道", "Guangzhou Avenue", "v",
     [(113.3099, 23.1153), (113.3098, 23.1300), (113.3097, 23.1360), (113.3092, 23.1444), "沙河", "天平架", "燕塘",
      "梅花园", "京溪南方医院", "同和"], "located",
     "the district boundary north to 天河北路, then through the stations on 广州大道北"),
    ("road.liede-ave", "猎德大道", "Liede Avenue", "v",
     [(113.3285, 23.1150), "猎德", "石牌桥", (113.3268, 23.1442)], "located",
     "through the stations 猎德 and 石牌桥, which stand on it"),
    ("road.keyun", "科韵路", "Keyun Road", "v",
     [(113.3725, 23.1125), "科韵路", (113.3720, 23.1355), (113.3735, 23.1500), (113.3760, 23.1700)], "approximate",
     "through the station 科韵路 (located); 科韵北路 north of 中山大道 from knowledge (±300 m)"),
    ("road.jianming6-kemulangnan", "健明六路-柯木塱南路", "Jianming 6th Rd - Kemulang S. Rd", "v",
     [(113.3830, 23.1480), (113.3845, 23.1600), (113.3870, 23.1750), (113.3905, 23.1880), "柯木塱"], "approximate",
     "from 天河高新区 north to 柯木塱 station; course from knowledge (±600 m)"),
    ("road.chebei-gaotang-kemulangnan", "车陂路-高唐大道-柯木塱南路", "Chebei Rd - Gaotang Ave - Kemulang S. Rd", "v",
     [(113.3860, 23.1115), "车陂南", "车陂", (113.3935, 23.1400), (113.3960, 23.1530), "天河智慧城",
      (113.3960, 23.1800), (113.3925, 23.1900), "柯木塱"], "approximate",
     "车陂路 through 车陂南 and 车陂 (located); 高唐大道 by 天河智慧城; north part from knowledge (±400 m)"),
    ("road.huangcun-huicai", "黄村大道-汇彩路", "Huangcun Ave - Huicai Rd", "v",
     [(113.4085, 23.1105), (113.4070, 23.1250), (113.4060, 23.1350), (113.4080, 23.1480), (113.4100, 23.1600)],
     "approximate", "east of 黄村 station from 黄埔大道 north; course from knowledge (±500 m)"),
    ("road.zhuji", "珠吉路", "Zhuji Road", "v",
     [(113.4230, 23.1140), (113.4245, 23.1260), (113.4265, 23.1380), (113.4290, 23.1500)], "approximate",
     "through 珠村 and 吉山 in the east of the district; course from knowledge (±500 m)"),
]

EXPRESSWAYS = [
    ("xway.guanghe", "广河高速", "Guangzhou-Heyuan Expressway (Huanan Expressway III - Fenghuangshan Tunnel)", "h",
     [(113.3640, 23.1960), (113.3720, 23.2050), (113.3900, 23.2120), (113.4050, 23.2100), (113.4200, 23.2050)],
     "approximate", "from the end of 华南快速路 east through the 凤凰山 tunnel; course from knowledge (±600 m)"),
    ("xway.beihuan-guangshen", "北环高速-广深高速", "North Ring Expressway - Guangzhou-Shenzhen Expressway", "h",
     [(113.3050, 23.1760), (113.3200, 23.1790), (113.3400, 23.1800), (113.3600, 23.1720), (113.3800, 23.1560),
      (113.4040, 23.1430), (113.4250, 23.1330), (113.4420, 23.1290)], "approximate",
     "position uncertain: north of 广园快速路 to the 广深高速 start near 黄村; drawn from knowledge (±800 m)"),
    ("xway.guangyuan", "广园快速路", "Guangyuan Expressway", "h",
     ["燕塘", (113.3400, 23.1630), (113.3600, 23.1580), (113.3800, 23.1480), "黄村立交", (113.4300, 23.1390),
      (113.4420, 23.1380)], "approximate",
     "from 燕塘 east to the 黄村 interchange the plan names (专栏19); course from knowledge (±500 m)"),
    ("xway.yanling-tianyuan-guangshan", "燕岭路-天源路-广汕路", "Yanling Rd - Tianyuan Rd - Guangshan Rd", "h",
     ["燕塘", "天河客运站", "长湴", "植物园", "龙洞", "柯木塱", "高塘石", "黄陂"], "located",
     "through the 6号线 stations, which run under these roads"),
    ("xway.huangpu-ave", "黄埔大道", "Huangpu Avenue", "h",
     [(113.3098, 23.1303), "黄埔大道", "冼村", "潭村", "员村", (113.3717, 23.1195), "车陂南", "东圃", "三溪", "鱼珠"],
     "located", "through the stations on it (APM 黄埔大道, 冼村, 潭村, 员村, 车陂南, 东圃, 三溪, 鱼珠)"),
    ("xway.huanan", "华南快速路", "Huanan Expressway", "v",
     [(113.3445, 23.1105), (113.3440, 23.1250), (113.3470, 23.1400), (113.3530, 23.1550), (113.3560, 23.1700),
      (113.3600, 23.1850), (113.3640, 23.1960)], "approximate",
     "from 华南大桥 north between 珠江新城 and 金融城 to 广汕路; course from knowledge (±400 m)"),
    ("xway.donghuan-daguan", "东环高速-大观路", "East Ring Expressway - Daguan Road", "v",
     [(113.3950, 23.1060), (113.3985, 23.1150), (113.4030, 23.1300), "大观南路", (113.4040, 23.1600),
      (113.4080, 23.1750)], "approximate",
     "大观路 through the station 大观南路 (located); 东环高速 south to the river from knowledge (±600 m)"),
]

HUBS = [
    ("hub.guangzhou-east", "广州东站", "Guangzhou East Railway Station", "广州东站", "under construction", "located",
     STATION_SRC, None, ["ch6.s1.p1", "box19.i3"]),
    ("hub.longdong", "龙洞站", "Longdong intercity hub", (113.3735, 23.1905), "planned", "approximate", KNOWN_SRC,
     "position uncertain: placed by 龙洞 metro station; the intercity station's site is not public (±800 m)",
     ["ch6.s1.p1"]),
    ("hub.smart-city", "智慧城站", "Smart City intercity hub", (113.3990, 23.1640), "planned", "approximate", KNOWN_SRC,
     "position uncertain: placed by 天河智慧城 metro station (±800 m)", ["ch6.s1.p1"]),
    ("hub.ifc", "金融城站", "Finance City intercity hub", (113.3700, 23.1200), "planned", "approximate", KNOWN_SRC,
     "position uncertain: placed in the 金融城 start-up area by 科韵路 station (±800 m); the 综合交通枢纽 of 专栏19",
     ["ch6.s1.p1", "box19.i3"]),
    ("hub.shipai", "石牌站", "Shipai intercity hub", (113.3330, 23.1385), "planned", "approximate", KNOWN_SRC,
     "position uncertain: placed in 石牌 between 石牌桥 and 岗顶 stations (±600 m)", ["ch6.s1.p1", "box19.i4"]),
    ("hub.olympic", "奥体中心站", "Olympic Sports Centre intercity hub", "广东奥林匹克体育中心", "planned", "approximate",
     KNOWN_SRC, "placed at the Guangdong Olympic Sports Centre (±500 m)", ["ch6.s1.p1", "box19.i4"]),
    ("hub.tianhe-coach", "天河客运站", "Tianhe Coach Terminal", "天河客运站", "existing", "located", STATION_SRC, None,
     ["ch6.s1.p1", "box19.i4"]),
]

RAIL = [
    ("rail.gz-gze-34", "广州至广州东三四线", "Guangzhou - Guangzhou East 3rd/4th tracks",
     [(113.2580, 23.1500), (113.2900, 23.1520), "广州东站"], "planned"),
    ("rail.gze-xintang-56", "广州东至新塘五六线", "Guangzhou East - Xintang 5th/6th tracks",
     ["广州东站", (113.3500, 23.1480), (113.3900, 23.1400), (113.4300, 23.1330), (113.4900, 23.1300)], "planned"),
    ("rail.guangshan", "广州至汕尾铁路（广州段）", "Guangzhou - Shanwei Railway (Guangzhou section)",
     ["广州东站", (113.3700, 23.1620), (113.4300, 23.1650), (113.4900, 23.1700)], "under construction"),
    ("rail.guanghe-hsr", "广河高铁", "Guangzhou - Heyuan High-speed Railway",
     ["广州东站", (113.3400, 23.1750), (113.3735, 23.1905), (113.4200, 23.2100), (113.4900, 23.2400)], "planned"),
    ("rail.gzzm-hsr", "广中珠澳高铁（广州段）", "Guangzhou - Zhongshan - Zhuhai - Macao HSR (Guangzhou section)",
     ["广州东站", (113.3330, 23.1385), (113.3500, 23.1100), (113.3600, 23.0750)], "planned"),
    ("rail.guangfo-ring", "广佛环线广州南至白云机场段", "Guangzhou-Foshan Ring: Guangzhou South - Baiyun Airport",
     [(113.3650, 23.0750), (113.3700, 23.1200), (113.3990, 23.1640), (113.3735, 23.1905), (113.3500, 23.2300),
      (113.3200, 23.2800)], "under construction"),
    ("rail.tiangui", "广州东至花都天贵城际", "Guangzhou East - Huadu Tiangui Intercity",
     ["广州东站", (113.3000, 23.1800), (113.2700, 23.2300), (113.2550, 23.2800)], "planned"),
    ("rail.suiguanshen", "穗莞深城际铁路（新塘-广州东站段）", "Guangzhou-Dongguan-Shenzhen Intercity (Xintang - Guangzhou East)",
     ["广州东站", (113.3330, 23.1385), (113.3700, 23.1200), "广东奥林匹克体育中心", (113.4900, 23.1250)],
     "under construction"),
]

TUNNELS = [
    ("tunnel.yuzhu", "鱼珠隧道", "Yuzhu Tunnel", [(113.4180, 23.1120), (113.4190, 23.0950)], "under study",
     ["ch6.s1.p2", "box19.i4"]),
    ("tunnel.linjiang-yuejiang", "临江大道-阅江路过江隧道", "Linjiang Ave - Yuejiang Rd river tunnel",
     [(113.3380, 23.1135), (113.3385, 23.1060)], "under study", ["ch6.s1.p2", "box19.i4"]),
    ("tunnel.xiancun-guangchangdong", "冼村路-广场东路隧道", "Xiancun Rd - Guangchang E. Rd tunnel",
     [(113.3227, 23.1250), (113.3230, 23.1160), (113.3235, 23.1060)], "under study", ["ch6.s1.p2", "box19.i4"]),
    ("tunnel.huizhanxi", "会展西路过江隧道", "Huizhan W. Rd river tunnel", [(113.3505, 23.1150), (113.3507, 23.1069)],
     "under study", ["ch6.s1.p2", "box19.i4"]),
    ("tunnel.chebei-xinjiaodong", "车陂路-新滘东路隧道", "Chebei Rd - Xinjiao E. Rd tunnel",
     [(113.3860, 23.1115), (113.3840, 23.1000), (113.3800, 23.0900)], "under construction", ["ch6.s1.p2", "box19.i4"]),
]


def transport(a, river):
    feats = []
    for fid, zh, en, orient, course, acc, note in MAIN_ROADS:
        if course is None:  # 临江大道
            coords = [p for p in offset_line(river, 230) if 113.3099 <= p[0] <= 113.3725]
        else:
            coords = a.line(course)
        feats.append(feature(fid, zh, en, TR, "road", line(coords), ROAD_CLAUSES + (["box19.i4"] if "车陂" in zh else []),
                             status="existing", accuracy=acc, source=STATION_SRC if acc == "located" else KNOWN_SRC,
                             note=note, direction="horizontal" if orient == "h" else "vertical"))
    for fid, zh, en, orient, course, acc, note in EXPRESSWAYS:
        extra = ["box19.i4"] if zh in ("黄埔大道", "广园快速路", "华南快速路", "东环高速-大观路") else []
        feats.append(feature(fid, zh, en, TR, "expressway", line(a.line(course)), EXPRESS_CLAUSES + extra,
                             status="existing", accuracy=acc, source=STATION_SRC if acc == "located" else KNOWN_SRC,
                             note=note, direction="horizontal" if orient == "h" else "vertical"))
    for fid, zh, en, where, status, acc, src, note, clauses in HUBS:
        feats.append(feature(fid, zh, en, TR, "hub", point(a[where]), clauses, status=status, accuracy=acc, source=src,
                             note=note))
    rail = [feature(fid, zh, en, TR, "rail line", line(a.line(course)), ["box19.i3", "ch6.s1.p1"], status=status,
                    accuracy="schematic", source="plan text 第六章第一节 and 专栏19: drawn through the hubs it names",
                    note="alignment not public: straight links between the hubs and stations it serves, shown within "
                         "Tianhe only") for fid, zh, en, course, status in RAIL]
    feats.extend(clip_polygons(rail, os.path.join(GEODATA, "boundary_tianhe.geojson")))
    for fid, zh, en, course, status, clauses in TUNNELS:
        feats.append(feature(fid, zh, en, TR, "tunnel", line(a.line(course)), clauses, status=status,
                             note="crossing drawn from the road it continues on the Tianhe bank to the named road on the "
                                  "south bank; alignment not public (±500 m)"))
    feats.append(feature("xway.airport-2nd-south", "广州新白云国际机场第二高速公路南段工程", "Baiyun Airport 2nd Expressway, south section",
                         TR, "expressway", line([[113.3150, 23.1777], [113.3100, 23.2100], [113.3000, 23.2600]]),
                         ["box19.i3", "ch6.s1.p2"], status="under construction", accuracy="schematic",
                         note="from 广州大道北 near 梅花园 north towards the airport; alignment not drawn from a source"))
    feats.append(feature("metro.line-10", "10号线", "Line 10", TR, "metro line", line(a.line(["杨箕", "体育西路", "石牌桥"])),
                         ["ch6.s1.p1", "box19.i3"], status="under construction", accuracy="schematic",
                         source="plan text 第六章; under construction, not in the 2025 reference data",
                         note="east end at 石牌桥 through 杨箕; straight links between the interchanges", color="#5BBCE4"))
    feats.append(feature("metro.line-13-phase2", "13号线二期", "Line 13 phase II", TR, "metro line",
                         line(a.line([(113.2575, 23.1495), "区庄", "天河公园", "棠东", "鱼珠"])), ["ch6.s1.p1", "box19.i3"],
                         status="under construction", accuracy="schematic",
                         source="plan text 第六章; under construction, not in the 2025 reference data",
                         note="drawn through its interchanges (广州火车站, 区庄, 天河公园, 鱼珠); course between them not public",
                         color="#AFAC46"))
    return feats


def municipal_projects(a, roads, river):
    """专栏19's 市政道路工程项目 that have a place: lines between their named ends, or points."""
    by_name = {f["properties"]["name_zh"]: f["geometry"]["coordinates"] for f in roads}
    east = [p for p in offset_line(river, 230) if 113.3725 <= p[0] <= 113.4080]
    out = []
    lines = [
        ("proj.road.chebei-north", "车陂路北延线", "Chebei Road north extension",
         sub_line(by_name["车陂路-高唐大道-柯木塱南路"], (113.3935, 23.1400), a["天河智慧城"]), "planned",
         "the part of 车陂路-高唐大道 north of 中山大道 (±400 m)"),
        ("proj.road.linjiang-east", "临江大道东延线", "Linjiang Avenue east extension", east, "planned",
         "the river bank from 科韵路 east to 三溪, 230 m north of the 珠江前航道 line"),
        ("proj.road.huangpu-ave-2", "黄埔大道快速化改造二期", "Huangpu Avenue expressway upgrade phase 2",
         sub_line(by_name["黄埔大道"], a["车陂南"], a["鱼珠"]), "planned",
         "assumed to be the eastern part of 黄埔大道 (车陂南-鱼珠); the plan does not give the ends"),
        ("proj.road.jianming6", "健明六路建设工程", "Jianming 6th Road", sub_line(by_name["健明六路-柯木塱南路"],
                                                                           (113.3830, 23.1480), (113.3870, 23.1750)),
         "planned", "the 健明六路 part of the main road (±600 m)"),
        ("proj.road.huangyun", "黄云路（奥体路-珠吉路）建设工程", "Huangyun Road (Aoti Rd - Zhuji Rd)",
         [[113.4180, 23.1400], [113.4262, 23.1400]], "planned", "between 奥体路 and 珠吉路 north of the Olympic centre (±500 m)"),
        ("proj.road.zhuji-widening", "珠吉路拓宽工程", "Zhuji Road widening", by_name["珠吉路"], "planned",
         "the whole of 珠吉路 (±500 m)"),
        ("proj.road.daguan-express", "大观路快捷改造", "Daguan Road upgrade",
         sub_line(by_name["东环高速-大观路"], (113.4030, 23.1300), (113.4080, 23.1750)), "planned",
         "the 大观路 part of 东环高速-大观路 (±400 m)"),
        ("proj.road.huaguan-west", "华观路西段工程", "Huaguan Road west section",
         sub_line(by_name["华观路"], (113.3620, 23.1760), (113.3760, 23.1705)), "planned",
         "west of 科韵北路 (±400 m)"),
        ("proj.road.huaguan-express", "华观路快捷化（科韵北路-大观路）", "Huaguan Road upgrade (Keyun N. Rd - Daguan Rd)",
         sub_line(by_name["华观路"], (113.3760, 23.1705), (113.4060, 23.1672)), "planned",
         "between 科韵北路 and 大观路 (±400 m)"),
        ("proj.road.chebei-upgrade", "车陂路（黄埔大道-泰安北路）改造工程", "Chebei Road (Huangpu Ave - Tai'an N. Rd) upgrade",
         sub_line(by_name["车陂路-高唐大道-柯木塱南路"], a["车陂南"], a["车陂"]), "planned",
         "north from 黄埔大道 to 泰安北路 near 车陂 station (±300 m)"),
        ("proj.road.scut-changjiang", "华南理工大学五山校区南北（长江路）下沉隧道工程",
         "SCUT Wushan campus north-south (Changjiang Rd) underpass",
         [[113.3450, 23.1525], [113.3455, 23.1610]], "planned", "across the 华南理工 campus, north-south (±400 m)"),
        ("proj.utility.line11", "广州市中心城区地下综合管廊（沿轨道交通十一号线）工程PPP项目",
         "Utility tunnel along Metro Line 11", None, "under construction", "follows 11号线 in Tianhe (schematic, as the line)"),
    ]
    metro = {f["properties"]["name_zh"]: f["geometry"] for f in
             load(os.path.join(GEODATA, "transport_metro_lines.geojson"))["features"]}
    for fid, zh, en, coords, status, note in lines:
        kind = "utility tunnel" if "管廊" in zh else "road project"
        if coords is None:  # the line 11 utility tunnel: 11号线 within Tianhe
            g = metro["11号线"]
            f = feature(fid, zh, en, TR, kind, (g["type"], g["coordinates"]), ["box19.i4"], status=status,
                        accuracy="schematic", note=note, box="专栏19")
            out.extend(clip_polygons([f], os.path.join(GEODATA, "boundary_tianhe.geojson")))
            continue
        out.append(feature(fid, zh, en, TR, kind, line(coords), ["box19.i4"], status=status, note=note, box="专栏19"))
    pts = [
        ("proj.smartcity-utility", "天河智慧城地下综合管廊工程PPP项目", "Tianhe Smart City utility tunnel", "天河智慧城核心区",
         "utility tunnel", "marked in the 智慧城 core; the network's layout is not public"),
        ("proj.shuiyin-4", "水荫四横路建设工程", "Shuiyin 4th Cross Road", (113.3045, 23.1480), "road project",
         "marked at 水荫 near 沙河顶 (±500 m)"),
        ("proj.shipai-station-works", "穗莞深城际铁路（新塘-广州东站段）石牌站市政配套设施工程",
         "Shipai station municipal works", (113.3330, 23.1385), "road project", "at the 石牌站 hub (±600 m)"),
        ("proj.olympic-station-works", "穗莞深城际铁路（新塘-广州东站段）奥体中心站市政配套设施工程",
         "Olympic Centre station municipal works", "广东奥林匹克体育中心", "road project", "at the 奥体中心站 hub (±500 m)"),
        ("proj.shimentangshan-tunnel", "华南快速路石门堂山隧道扩建工程", "Huanan Expressway Shimentangshan tunnel extension",
         (113.3610, 23.1880), "road project", "on 华南快速路 north of 长湴 where it crosses the hills (±800 m)"),
        ("proj.huangcun-interchange", "广园快速路黄村立交桥大中修工程", "Huangcun interchange repair (Guangyuan Expressway)",
         "黄村立交", "road project", "at 黄村 where 广园快速路 meets 黄村大道 (±400 m)"),
        ("proj.daguan-street-2", "大观街道路扩建二期工程", "Daguan street roads phase 2", "大观", "road project",
         "marked in 大观 (area, ±1 km)"),
        ("proj.huijing-north", "汇景北路", "Huijing N. Road", (113.3500, 23.1520), "road project",
         "north of 汇景路 by 汇景新城 (±500 m)"),
        ("proj.software-park-south", "广州天河软件园南部道路工程（一期）", "Tianhe Software Park south roads (phase 1)",
         "天河软件园", "road project", "marked in 天河软件园 south (area, ±800 m)"),
        ("proj.tech-park-road10", "天河科技园10号路工程", "Tianhe Science Park Road No. 10", (113.3780, 23.1420),
         "road project", "marked in 天河科技园 (area, ±800 m)"),
        ("proj.coach-underpass", "天河客运站人行隧道", "Tianhe Coach Terminal pedestrian tunnel", "天河客运站", "road project",
         "at the terminal and metro station (±100 m)"),
    ]
    for fid, zh, en, where, kind, note in pts:
        out.append(feature(fid, zh, en, TR, kind, point(a[where]), ["box19.i4"], status="planned", note=note, box="专栏19"))
    return out


# ------------------------------------------------------------------------------------------- project sites
PS = "project site"
# (box, clause, category, targets, [(name_zh, name_en, where, note)])
PROJECTS = [
    ("专栏7", "box7.i1", "laboratory", ["t.table2.6"], [
        ("有机地球化学国家重点实验室", "State Key Lab of Organic Geochemistry", "中科院广州地球化学研究所", "host institute"),
        ("同位素地球化学国家重点实验室", "State Key Lab of Isotope Geochemistry", "中科院广州地球化学研究所", "host institute"),
        ("制浆造纸工程国家重点实验室", "State Key Lab of Pulp and Paper Engineering", "华南理工大学五山校区", "host university"),
        ("亚热带建筑科学国家重点实验室", "State Key Lab of Subtropical Building Science", "华南理工大学五山校区", "host university"),
        ("发光材料与器件国家重点实验室", "State Key Lab of Luminescent Materials and Devices", "华南理工大学五山校区",
         "host university"),
        ("畜禽育种国家重点实验室", "State Key Lab of Livestock and Poultry Breeding", "广东省农业科学院", "host academy"),
        ("稀有金属分离与综合利用国家重点实验室", "State Key Lab of Rare Metals Separation and Comprehensive Utilization",
         "广东省科学院(长兴路)", "host institute (广东省科学院资源综合利用研究所)"),
        ("亚热带农业生物资源保护与利用国家重点实验室", "State Key Lab for Conservation and Utilization of Subtropical "
         "Agro-bioresources", "华南农业大学", "host university"),
    ]),
    ("专栏7", "box7.i2", "laboratory", ["t.table2.6"], [
        ("粤港澳环境污染过程与控制联合实验室", "GBA Joint Lab for Environmental Pollution and Control",
         "中科院广州地球化学研究所", "host institute"),
        ("华南师范大学粤港澳量子物质联合实验室", "SCNU GBA Joint Lab of Quantum Matter", "华南师范大学石牌校区",
         "host university"),
    ]),
    ("专栏7", "box7.i3", "laboratory", ["t.table2.6"], [
        ("中国-乌克兰巴顿焊接研究院研发大楼（KY-24）", "China-Ukraine E.O. Paton Welding Institute R&D building (KY-24)",
         "广东省科学院(长兴路)", "the institute's seat at 广东省科学院, 长兴路; parcel KY-24 not located"),
        ("岭南现代农业科学与技术广东省实验室广州总部", "Lingnan Modern Agriculture Laboratory, Guangzhou HQ", "华南农业大学",
         "host university"),
    ]),
    ("专栏10", "box10.i1", "finance", ["t.table2.3", "t.ch5.s2.p2.1"], [
        ("金融城AT090955地块项目", "Finance City parcel AT090955", "金融城起步区", "parcel in the start-up area (AT09)"),
        ("金融城AT090956地块项目", "Finance City parcel AT090956", "金融城起步区", "parcel in the start-up area (AT09)"),
        ("金融城AT090958地块项目", "Finance City parcel AT090958", "金融城起步区", "parcel in the start-up area (AT09)"),        ("新华保险大厦", "New China Life Insurance Tower", "金融城起步区",
         "the start-up area, where the financial headquarters' land was sold; parcel not identified"),
        ("广东南粤银行金融大厦", "Guangdong Nanyue Bank Tower", "金融城起步区",
         "the start-up area, where the financial headquarters' land was sold; parcel not identified"),
        ("广州太平金融大厦", "Guangzhou Taiping Finance Tower", "金融城起步区",
         "the start-up area, where the financial headquarters' land was sold; parcel not identified"),
        ("中国人寿大厦", "China Life Tower", "金融城起步区",
         "the start-up area, where the financial headquarters' land was sold; parcel not identified"),
        ("广东华兴银行广州分行办公大楼", "Guangdong Huaxing Bank Guangzhou branch building", "金融城起步区",
         "the start-up area, where the financial headquarters' land was sold; parcel not identified"),
        ("广发银行总部大楼", "China Guangfa Bank HQ", "金融城起步区",
         "the start-up area, where the financial headquarters' land was sold; parcel not identified"),
        ("广州金控总部大楼", "Guangzhou Financial Holdings HQ", "金融城起步区",
         "the start-up area, where the financial headquarters' land was sold; parcel not identified"),
        ("广州国际金融交易广场", "Guangzhou International Financial Exchange Plaza", "金融城起步区",
         "the start-up area, where the financial headquarters' land was sold; parcel not identified"),
        ("中国人保广州国际金融中心", "PICC Guangzhou International Finance Centre", "金融城起步区",
         "the start-up area, where the financial headquarters' land was sold; parcel not identified"),
        ("南方财经大厦", "Southern Finance Tower", "金融城起步区",
         "the start-up area, where the financial headquarters' land was sold; parcel not identified"),
        ("农业银行项目", "Agricultural Bank of China project", "金融城起步区",
         "the start-up area, where the financial headquarters' land was sold; parcel not identified"),
    ]),
    ("专栏10", "box10.i2", "commerce", ["t.ch5.s2.p3.2"], [
        ("金融城起步区棠下集体物业复建安置房项目", "Start-up area: Tangxia collective property rehousing", "金融城起步区",
         "in the start-up area"),
        ("金融城起步区石东集体物业拆迁安置房项目", "Start-up area: Shidong collective property rehousing", "金融城起步区",
         "in the start-up area"),
        ("金融城起步区棠下新墟集体物业复建安置房工程", "Start-up area: Tangxia Xinxu collective property rehousing",
         "金融城起步区", "in the start-up area"),
        ("金融城起步区车陂集体物业拆迁安置用地项目", "Start-up area: Chebei collective property rehousing land",
         "金融城起步区", "in the start-up area"),
    ]),
    ("专栏11", "box11.i1", "information technology", ["t.ch5.s3.p2.1", "t.table2.9"], [
        ("中国移动南方基地二期", "China Mobile Southern Base phase 2", "天河智慧城核心区",
         "beside phase 1 in 天河智慧城 (高唐)"),        ("联奕科技研发基地", "Linkage Technology R&D base", "天河智慧城核心区",
         "zone level: a software company's own building in 天河软件园's 高唐 area of 天河智慧城; parcel not identified (±1.5 km)"),
        ("百田办公楼项目", "Baitian office building", "天河智慧城核心区",
         "zone level: a software company's own building in 天河软件园's 高唐 area of 天河智慧城; parcel not identified (±1.5 km)"),
        ("品高云计算产业基地大楼", "Bingo Cloud Computing building", "天河智慧城核心区",
         "zone level: a software company's own building in 天河软件园's 高唐 area of 天河智慧城; parcel not identified (±1.5 km)"),
        ("金税梦想大厦", "Jinshui Dream Tower", "天河智慧城核心区",
         "zone level: a software company's own building in 天河软件园's 高唐 area of 天河智慧城; parcel not identified (±1.5 km)"),
        ("南方数码空间大数据创新中心", "South Digital Spatial Big Data Innovation Centre", "天河智慧城核心区",
         "zone level: a software company's own building in 天河软件园's 高唐 area of 天河智慧城; parcel not identified (±1.5 km)"),
        ("尚恩科技大楼", "Shang'en Technology building", "天河智慧城核心区",
         "zone level: a software company's own building in 天河软件园's 高唐 area of 天河智慧城; parcel not identified (±1.5 km)"),
        ("德生科技大楼", "Desheng Technology building", "天河智慧城核心区",
         "zone level: a software company's own building in 天河软件园's 高唐 area of 天河智慧城; parcel not identified (±1.5 km)"),
    ]),
    ("专栏13", "box13.i1", "digital creative", ["t.ch5.s3.p4.1", "t.table2.5"], [
        ("网易总部二期", "NetEase HQ phase 2", "天河智慧城核心区", "NetEase's 智慧谷 campus in 天河智慧城 (第一章)"),
        ("网易城", "NetEase City", "天河智慧城核心区", "beside the NetEase campus in 天河智慧城"),
    ]),
    ("专栏24", "box24.i2", "energy", [], [
        ("广州金融城起步区综合能源项目", "Finance City start-up area district energy", "金融城起步区", "in the start-up area"),
    ]),
    ("专栏24", "box24.i4", "energy", [], [
        ("奥林站第3台主变扩建主变工程", "Aolin 220 kV substation 3rd transformer", "广东奥林匹克体育中心",
         "named for the Olympic centre area"),
        ("软件园输变电工程", "Software Park 220 kV substation", "天河软件园", "named for 天河软件园"),
        ("金融城二期输变电工程", "Finance City phase 2 220 kV substation", (113.3850, 23.1170), "named for 金融城 (east area)"),
    ]),
    ("专栏24", "box24.i5", "energy", [], [
        ("启程（金融）输变电工程", "Qicheng (Finance) 110 kV substation", (113.3600, 23.1185), "named for 金融城"),
        ("桥西（猎桥）输变电工程", "Qiaoxi (Liede Bridge) 110 kV substation", "猎德大桥北", "named for 猎德大桥"),
        ("北棠站扩建主变工程", "Beitang 110 kV substation extension", "棠下北", "named for 棠下 (north)"),
        ("大观输变电工程", "Daguan 110 kV substation", "大观", "named for 大观"),
        ("岑村输变电工程", "Cencun 110 kV substation", "岑村", "named for 岑村"),
        ("丰乐输变电工程（油置气厂）", "Fengle 110 kV substation (former gas works)", "丰乐", "named for 丰乐"),
        ("车陂输变电工程（羊晚）", "Chebei 110 kV substation (Yangcheng Evening News site)", "车陂村", "named for 车陂"),
        ("三溪（深涌口）输变电工程", "Sanxi (Shenyong mouth) 110 kV substation", "三溪", "named for 三溪 and 深涌口"),
    ]),
    ("专栏24", "box24.i7", "energy", [], [
        ("元岗加氢站", "Yuangang hydrogen station", "元岗", "named for 元岗"),
        ("黄村加氢站", "Huangcun hydrogen station", "黄村", "named for 黄村"),
        ("大观加油加氢站", "Daguan fuel and hydrogen station", "大观", "named for 大观"),
    ]),
    ("专栏25", "box25.i1", "culture", [], [
        ("海心沙东区微改造项目（含湾区音乐博物馆）", "Haixinsha east renewal (Bay Area Music Museum)", "海心沙东区",
         "the island's east part"),
        ("陆军新编新一军印缅阵亡将士公墓保护项目", "New 1st Army cemetery conservation", "沙河顶",
         "the cemetery at 沙河顶 (±400 m)"),
    ]),
    ("专栏27", "box27.i3", "school", ["t.table2.20"], [
        ("天河外国语学校智慧城校区建设工程", "Tianhe Foreign Language School, Smart City campus", (113.4020, 23.1600),
         "in 天河智慧城 as its name says"),
        ("广州市天河区龙口西小学太阳广场校区建设工程", "Longkou West Primary, Sun Plaza campus", "龙口西",
         "by 龙口西 (太阳广场)"),
        ("广州海关石牌西路配套小学建设工程", "Shipai W. Rd primary school", "石牌西路", "on 石牌西路"),
        ("广州市天河区员村五小综合楼扩建工程", "Yuancun No. 5 Primary extension", "员村", "in 员村"),
        ("广氮地区储备居住用地AT06070310地块幼儿园", "Guangdan parcel AT06070310 kindergarten", (113.4105, 23.1290),
         "in the 广氮 area"),
        ("广氮AT0607118地块九年制学校工程", "Guangdan parcel AT0607118 nine-year school", (113.4135, 23.1310),
         "in the 广氮 area"),
        ("广州中学凤凰校区加扩建工程（二期）", "Guangzhou Middle School Fenghuang campus phase 2", "凤凰街",
         "in 凤凰街 as its name says"),
    ]),
    ("专栏28", "box28.i1", "health", ["t.table2.22"], [
        ("天河区沙东街社区卫生服务中心升级改造工程", "Shadong street community health centre upgrade", "沙东街",
         "in 沙东街 (±600 m)"),
    ]),
]
STREET_CENTRES = ["龙洞街", "凤凰街", "元岗街", "长兴街", "新塘街", "员村街", "黄村街", "珠吉街", "兴华街"]
STREET_EN = {"龙洞街": "Longdong", "凤凰街": "Fenghuang", "元岗街": "Yuangang", "长兴街": "Changxing", "新塘街": "Xintang",
             "员村街": "Yuancun", "黄村街": "Huangcun", "珠吉街": "Zhuji", "兴华街": "Xinghua"}


# Grid offsets nearest first, so the projects sharing one place fan out around it.
FAN = sorted(((dx, dy) for dx in range(-3, 4) for dy in range(-3, 4)), key=lambda d: (d[0] ** 2 + d[1] ** 2, d))


def project_sites(a):
    feats, spread = [], {}
    for box, clause, category, targets, items in PROJECTS:
        for i, (zh, en, where, how) in enumerate(items):
            xy = a[where]
            # Several projects on one named place are fanned out 120 m apart so each can be picked.
            k = spread.get(xy, 0)
            spread[xy] = k + 1
            dx, dy = FAN[k]
            xy = (xy[0] + dx * 120 / M_PER_DEG_LON, xy[1] + dy * 120 / M_PER_DEG_LAT)
            fid = "site.%s-%d" % (clause, i + 1)
            feats.append(feature(fid, zh, en, PS, "project site", point(xy), [clause] + (["ch11.s3.p1"] if "海心沙" in zh else []),
                                 targets, status="planned", category=category, box=box,
                                 note="placed by " + how + "; the building's own site is not in any source here "
                                      "(±500 m, more where the place is an area)"))
    for i, street in enumerate(STREET_CENTRES):
        feats.append(feature("site.box28.street-health-%d" % (i + 1), street + "社区卫生服务中心",
                             STREET_EN[street] + " Street community health centre", PS, "project site", point(a[street]),
                             ["box28.i2"], ["t.box28.i2.1"], status="planned", category="health", box="专栏28",
                             note="placed in the street (街道) the plan names; the centre's site is not decided in the plan "
                                  "(area, ±1 km)"))
    return feats


def main(ref):
    a = Anchors(ref)
    river = load(os.path.join(GEODATA, "bluegreen_pearl_river.geojson"))["features"][0]["geometry"]["coordinates"]
    boundary = load(os.path.join(GEODATA, "boundary_tianhe.geojson"))
    bg, creeks = bluegreen(a, river)
    bg.append(buffer_zone(boundary))
    # Forest parks and the buffer zone are drawn generously and stop at the district boundary (the plan's
    # 天河区段); the city parks lie well inside and keep their outlines.
    clip = [f for f in bg if f["properties"]["kind"] in ("forest park", "buffer zone")]
    keep = [f for f in bg if f not in clip]
    clipped = clip_polygons(clip, os.path.join(GEODATA, "boundary_tianhe.geojson"))
    write(os.path.join(GEODATA, "bluegreen_network.geojson"), "bluegreen_network", clipped + keep)
    write(os.path.join(GEODATA, "bluegreen_projects.geojson"), "bluegreen_projects", bluegreen_projects(a, creeks))
    tr = transport(a, river)
    write(os.path.join(GEODATA, "transport_network.geojson"), "transport_network", tr)
    write(os.path.join(GEODATA, "transport_projects.geojson"), "transport_projects", municipal_projects(a, tr, river))
    write(os.path.join(GEODATA, "project_sites.geojson"), "project_sites", project_sites(a))
    for name in ("bluegreen_network", "bluegreen_projects", "transport_network", "transport_projects", "project_sites"):
        n = len(load(os.path.join(GEODATA, name + ".geojson"))["features"])
        print("%s: %d features" % (name, n))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
