#!/usr/bin/env python3
"""Builds geodata/structure_*.geojson: the plan's spatial structure 两轴两带多片区 (第三章).

Run from the repository root:  python3 geodata/tools/build_structure_layer.py ../shared/reference

The plan's zone layout maps (图1 and the 功能布局 figures) are missing from the export, so zone outlines are
schematic envelopes drawn around the landmarks the text names for each zone, anchored on metro station points
of the reference data (WGS 84). The script checks that every zone contains its landmarks and stays inside or
near Tianhe; it fails rather than write a layer that does not. Output is deterministic.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geo import clip_polygons, load, write  # noqa: E402

SCHEMATIC = "schematic"


def stations(ref):
    pts = {}
    for f in load(os.path.join(ref, "gz_metro_stations_2025.wgs84.geojson"))["features"]:
        pts[f["properties"]["name_zh"]] = tuple(f["geometry"]["coordinates"])
    return pts


def inside(pt, ring):
    x, y = pt
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            hit = not hit
    return hit


def polygon(ring):
    ring = [list(p) for p in ring]
    return {"type": "Polygon", "coordinates": [ring + [ring[0]]]}


def feature(fid, zh, en, kind, geometry, clauses, targets=(), source=None, note=None, anchors=()):
    props = {"id": fid, "name_zh": zh, "name_en": en, "layer": "spatial structure", "kind": kind,
             "accuracy": SCHEMATIC, "clauses": list(clauses), "targets": list(targets),
             "source": source or "plan text 第三章; outline drawn around the landmarks it names (zone maps missing "
                                 "from the export)"}
    if anchors:
        props["landmarks"] = ",".join(anchors)
    if note:
        props["note"] = note
    return {"type": "Feature", "properties": props, "geometry": geometry}


# Zones and sub-zones: (id, 中文, English, kind, ring (lon, lat), landmarks it must contain, clauses, targets)
ZONES = [
    ("zone.cbd", "天河中央商务区", "Tianhe Central Business District", "zone",
     [(113.3065, 23.1160), (113.3200, 23.1140), (113.3350, 23.1135), (113.3360, 23.1420), (113.3280, 23.1500),
      (113.3230, 23.1585), (113.3100, 23.1585), (113.3065, 23.1400)],
     ["珠江新城", "花城大道", "体育西路", "体育中心", "林和西", "广州东站", "猎德", "天河南"],
     ["ch3.s2.p1", "box1", "box1.i1", "box1.i2"], ["t.box1.i2.1", "t.box1.i2.2"]),
    ("zone.ifc", "广州国际金融城", "Guangzhou International Finance City", "zone",
     [(113.3380, 23.1105), (113.3560, 23.1093), (113.3760, 23.1101), (113.3950, 23.1058), (113.3960, 23.1230),
      (113.3800, 23.1320), (113.3500, 23.1320), (113.3380, 23.1235)],
     ["员村", "科韵路", "车陂南", "潭村"], ["ch3.s2.p2", "box2", "box2.i1", "box2.i2"], []),
    ("zone.ifc.start", "金融城起步区", "Finance City Start-up Area", "sub-zone",
     [(113.3555, 23.1102), (113.3720, 23.1102), (113.3725, 23.1230), (113.3555, 23.1225)],
     ["员村", "科韵路"], ["ch3.s2.p2"], []),
    ("zone.ifc.east", "金融城东区", "Finance City East Area", "sub-zone",
     [(113.3730, 23.1101), (113.3940, 23.1062), (113.3950, 23.1225), (113.3735, 23.1230)],
     ["车陂南"], ["ch3.s2.p2"], []),
    ("zone.ifc.west", "金融城西区", "Finance City West Area", "sub-zone",
     [(113.3385, 23.1108), (113.3550, 23.1097), (113.3550, 23.1225), (113.3385, 23.1232)],
     ["潭村"], ["ch3.s2.p2"], []),
    ("zone.ifc.north", "金融城北区", "Finance City North Area", "sub-zone",
     [(113.3555, 23.1235), (113.3790, 23.1235), (113.3790, 23.1315), (113.3555, 23.1315)],
     ["天河公园"], ["ch3.s2.p2"], []),
    ("zone.smartcity", "天河智慧城", "Tianhe Smart City", "zone",
     [(113.3680, 23.1380), (113.4150, 23.1380), (113.4400, 23.1650), (113.4400, 23.2250), (113.3700, 23.2250),
      (113.3640, 23.1850)],
     ["天河智慧城", "大观南路", "柯木塱", "龙洞"], ["ch3.s2.p3", "box3", "box3.i1"], []),
    ("zone.smartcity.core", "天河智慧城核心区", "Tianhe Smart City Core Area", "sub-zone",
     [(113.3850, 23.1550), (113.4150, 23.1550), (113.4150, 23.1800), (113.3850, 23.1800)],
     ["天河智慧城"], ["ch3.s2.p3", "box3.i2"], []),
    ("zone.hightech", "天河高新区", "Tianhe Hi-tech Industrial Zone", "sub-zone",
     [(113.3690, 23.1390), (113.4120, 23.1390), (113.4120, 23.1545), (113.3845, 23.1545), (113.3700, 23.1600)],
     ["大观南路"], ["ch3.s2.p3", "box3.i3"], ["t.box3.i3.1", "t.box3.i3.2"]),
    ("zone.smartcity.north", "北部未来科技生态发展区", "Northern Future Technology and Ecology Area", "sub-zone",
     [(113.3680, 23.1850), (113.4400, 23.1850), (113.4400, 23.2250), (113.3700, 23.2250)],
     ["龙洞", "柯木塱"], ["ch3.s2.p3", "box3.i4"], []),
    ("zone.tianheroad", "天河路商圈", "Tianhe Road Business District", "zone",
     [(113.3115, 23.1310), (113.3380, 23.1330), (113.3380, 23.1410), (113.3115, 23.1395)],
     ["体育西路", "体育中心", "石牌桥", "岗顶"], ["ch3.s2.p4", "box4", "box4.i1", "box4.i2"],
     ["t.box4.i2.1", "t.box4.i2.2", "t.box4.i2.3", "t.box4.i2.4", "t.box4.i2.5", "t.box4.i2.6", "t.box4.i2.7"]),
    ("zone.shahe", "沙河片区", "Shahe Area", "zone",
     [(113.3030, 23.1480), (113.3180, 23.1480), (113.3185, 23.1660), (113.3040, 23.1660)],
     ["沙河", "天平架"], ["ch3.s2.p5", "box5", "box5.i1", "box5.i2"], []),
    ("carrier.wushan-shipai", "五山—石牌高教区", "Wushan-Shipai Higher Education Area", "carrier",
     [(113.3350, 23.1300), (113.3650, 23.1300), (113.3650, 23.1700), (113.3350, 23.1700)],
     ["华师", "五山"], ["ch3.s1.p4"], []),
    ("carrier.keyun-software", "科韵路软件业集聚区", "Keyun Road Software Cluster", "carrier",
     [(113.3660, 23.1240), (113.3780, 23.1240), (113.3790, 23.1650), (113.3670, 23.1650)],
     [], ["ch3.s1.p2", "ch3.s1.p4"], []),  # no station on 科韵路 north of 黄埔大道: drawn along the road
]

# Platforms each axis runs through, in the order the text lists them.
# Each runs through a landmark of each platform (a station point, or a place on the road it follows).
AXES = [
    ("axis.modern-services", "现代服务经济发展轴", "Modern Service Economy Axis",
     [("天河中央商务区", "珠江新城"), ("天河路商圈", "体育中心"), ("沙河片区", "沙河")], ["ch3.p1", "ch3.s1.p1"]),
    ("axis.ai-digital", "人工智能与数字经济发展轴", "AI and Digital Economy Axis",
     [("广州国际金融城", "员村"), ("科韵路软件业集聚区", (113.3725, 23.1450)), ("天河智慧城", "天河智慧城")],
     ["ch3.p1", "ch3.s1.p2"]),
]

BELTS = [
    ("belt.riverside", "临江高端经济带", "Riverside High-end Economic Belt",
     [(113.3065, 23.1150), (113.3220, 23.1128), (113.3400, 23.1118), (113.3565, 23.1104), (113.3760, 23.1110),
      (113.3945, 23.1068), (113.3960, 23.1260), (113.3500, 23.1285), (113.3065, 23.1290)],
     ["珠江新城", "猎德", "潭村", "员村", "科韵路", "车陂南"], ["ch3.p1", "ch3.s1.p3"]),
    ("belt.central-innovation", "中部科技创新带", "Central Science and Innovation Belt",
     [(113.3350, 23.1320), (113.3700, 23.1290), (113.4150, 23.1420), (113.4200, 23.1700), (113.3900, 23.1780),
      (113.3350, 23.1720)],
     ["华师", "五山", "华景路", "大观南路", "天河智慧城"], ["ch3.p1", "ch3.s1.p4"]),
]

BASE = ("carrier.transfer-base", "广州（国际）科技成果转化天河基地", "Guangzhou (International) Technology Transfer Tianhe Base",
        "五山", ["ch3.s1.p4", "ch4.s1.p1", "box6", "box6.i1"])


def main(ref):
    pts = stations(ref)
    rings = {}
    zones = []
    for fid, zh, en, kind, ring, anchors, clauses, targets in ZONES:
        for a in anchors:
            if not inside(pts[a], ring):
                sys.exit("%s (%s) does not contain its landmark %s at %s" % (zh, fid, a, pts[a]))
        rings[fid] = ring
        zones.append(feature(fid, zh, en, kind, polygon(ring), clauses, targets, anchors=anchors))
    for fid, zh, en, ring, anchors, clauses in BELTS:
        for a in anchors:
            if not inside(pts[a], ring):
                sys.exit("%s does not contain %s" % (zh, a))
        zones.append(feature(fid, zh, en, "belt", polygon(ring), clauses, anchors=anchors))
    fid, zh, en, anchor, clauses = BASE
    base = feature(fid, zh, en, "carrier", {"type": "Point", "coordinates": list(pts[anchor])}, clauses,
                   source="plan text 第三章, 第四章 and 专栏6; placed at the 五山 universities that run it",
                   note="position uncertain: the base is a network of the universities' transfer centres; shown at 五山")
    axes = []
    for fid, zh, en, through, clauses in AXES:
        line = [list(pts[where]) if isinstance(where, str) else list(where) for _, where in through]
        axes.append(feature(fid, zh, en, "axis", {"type": "LineString", "coordinates": line}, clauses,
                            source="plan text 第三章第一节: a directed line through the platforms it names, in order",
                            note="direction follows the text: " + " → ".join(p for p, _ in through)))
    # Zones stop at the district boundary (the envelopes are drawn generously; the boundary is reference data).
    zones = clip_polygons(zones, os.path.join("geodata", "boundary_tianhe.geojson"), explode=True)
    write(os.path.join("geodata", "structure_zones.geojson"), "structure_zones", zones + [base])
    write(os.path.join("geodata", "structure_axes.geojson"), "structure_axes", axes)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
