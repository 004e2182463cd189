#!/usr/bin/env python3
"""Fills planatlas_zh_CN.ts with the Chinese UI strings after lupdate has refreshed it:

    /usr/lib/qt6/bin/lupdate -silent -I src src/ui src/app -ts src/ui/i18n/planatlas_zh_CN.ts
    python3 src/ui/i18n/translate_zh.py

Strings not listed here stay unfinished (shown in English) and are printed, so none is missed.
"""
import os
import sys
import xml.etree.ElementTree as ET

ZH = {
    "Click a feature on the map to see what the plan says of it.": "点击地图上的要素，查看规划对它的表述。",
    "Kind": "类型", "Status": "状态", "Accuracy": "位置精度", "How placed": "定位方式", "Source": "来源",
    "Layer": "图层", "ID": "编号", "Plan clauses (%1)": "规划条文（%1）", "Targets (%1)": "目标指标（%1）",
    "Metric": "指标", "Unit": "单位", "2020 baseline": "2020年基期", "2025 target": "2025年目标", "Type": "属性",
    "Related features (%1)": "相关要素（%1）", "Opacity": "不透明度", "features": "要素", "PlanAtlas": "规划图鉴 PlanAtlas",
    "&File": "文件(&F)", "&Open…": "打开(&O)…", "&Quit": "退出(&Q)", "&View": "视图(&V)", "&Find…": "查找(&F)…",
    "Zoom to &Home": "回到天河全貌(&H)", "Zoom to &Full Extent": "全部范围(&F)", "Zoom &In": "放大(&I)",
    "Zoom &Out": "缩小(&O)", "Display &CRS…": "显示坐标系(&C)…", "&Language": "语言(&L)",
    "The language changes when PlanAtlas starts next.": "语言设置将在下次启动时生效。",
    "Feature": "要素", "Plan": "规划文本", "Layers": "图层", "Search": "搜索",
    "No map feature is linked to %1": "没有地图要素关联到 %1", "%n feature(s) linked to %1": "%n 个要素关联到 %1",
    "Features here": "此处的要素", "outside the CRS": "超出坐标系范围", "Scale 1:%L1": "比例尺 1:%L1",
    "Display CRS": "显示坐标系",
    "Any CRS PROJ knows, e.g. EPSG:3857, EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E), EPSG:4326:":
        "PROJ 支持的任意坐标系，例如 EPSG:3857、EPSG:4547（CGCS2000 3度带高斯-克吕格 中央经线114°E）、EPSG:4326：",
    "Open vector data": "打开矢量数据",
    "Vector data (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;All files (*)":
        "矢量数据 (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;所有文件 (*)",
    "+%n more here": "此处另有 %n 个", "Dismiss": "关闭", "Error": "错误", "Warning": "警告",
    "Outline": "目录", "Targets": "目标指标", "预期性 and 约束性": "预期性与约束性", "Linked or not": "全部（含未关联）",
    "With map features": "有关联要素", "Without map features": "无关联要素", "Subject": "对象", "2020": "2020年",
    "2025": "2025年", "Features": "要素数", "%n map feature(s) cite this": "%n 个地图要素引用此处",
    "All chapters": "全部章节", "Search names, pinyin initials, clauses, targets (Ctrl+F)":
        "搜索名称、拼音首字母、条文、指标（Ctrl+F）",
    "Target": "指标", "Clause": "条文", "Nothing found": "未找到",
    "WGS 84 lon/lat": "WGS 84 经纬度", "GCJ-02 (Amap, Tencent)": "GCJ-02（高德、腾讯）", "BD-09 (Baidu)": "BD-09（百度）",
    "CGCS2000 lon/lat (EPSG:4490)": "CGCS2000 经纬度（EPSG:4490）",
    "CGCS2000 / 3-degree GK CM 114E (EPSG:4547)": "CGCS2000 3度带 中央经线114°E（EPSG:4547）",
    "longitude or easting": "经度或东坐标", "latitude or northing": "纬度或北坐标", "X": "X", "Y": "Y",
    "Coordinates in": "坐标系", "Within": "范围", "Check this place": "核查此处",
    "Right-click the map (Check this place), type coordinates, or check the selected feature.":
        "在地图上右键（核查此处）、输入坐标，或核查所选要素。",
    "Place": "位置核查", "Open projects…": "打开项目图层…", "Export…": "导出…", "Project": "项目", "Zones": "所在片区",
    "Nearest hub": "最近枢纽", "m": "米", "Nearest station": "最近车站", "Plan clauses": "规划条文", "Projects": "项目核查",
    "Export the check": "导出核查结果", "CSV (*.csv);;GeoPackage (*.gpkg)": "CSV (*.csv);;GeoPackage (*.gpkg)",
    "Type two numbers: longitude and latitude, or easting and northing.": "请输入两个数字：经度和纬度，或东坐标和北坐标。",
    "%1, %2 is not a place in %3.": "%1, %2 不是 %3 中的有效位置。", "inside": "位于其内", "none": "无",
    "Zones, belts and parks (inside or within %1)": "片区、发展带与公园（所在或 %1 内）",
    "Corridors and axes within %1": "%1 内的廊道与发展轴", "Nearest hubs": "最近枢纽", "Nearest stations": "最近车站",
    "Nearest metro lines": "最近地铁线", "Open a projects file first.": "请先打开项目图层。", "Attributes": "属性",
    "&Tools": "工具(&T)", "Check the selected feature": "核查所选要素", "Select a feature first.": "请先选择一个要素。",
    "Check a layer of projects…": "核查项目图层…", "Open a layer of projects": "打开项目图层",
    "Vector data (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite);;All files (*)":
        "矢量数据 (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite);;所有文件 (*)",
    "Measure &distance": "量测距离(&D)", "Measure &area": "量测面积(&A)", "Stop measuring": "停止量测", "Check": "核查",
    "Measure distance": "量测距离", "Measure area": "量测面积", "%1 m": "%1 米", "%1 km": "%1 千米",
    "Distance: %1": "距离：%1", "Area: %1 (perimeter %2)": "面积：%1（周长 %2）", "%1 m²": "%1 平方米",
    "%1 km²": "%1 平方千米",
    "&Export map…": "导出地图(&E)…", "Export the map": "导出地图", "PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)":
        "PDF (*.pdf);;SVG (*.svg);;PNG 图像 (*.png)", "Resolution": "分辨率", "Dots per inch:": "每英寸点数（DPI）：",
    "Wrote %1": "已写出 %1", "Legend": "图例", "PlanAtlas map": "PlanAtlas 地图",
    "Data: the plan text; boundaries and metro from DataV and MetroMan (GCJ-02 converted to WGS 84); CRS %1":
        "数据：规划纲要文本；区界与地铁据 DataV、MetroMan（GCJ-02 已转 WGS 84）；坐标系 %1",
    "Open with &coordinates and encoding…": "按坐标系与编码打开(&C)…", "As the file says": "按文件声明",
    "Coordinate system": "坐标系", "The coordinates are in:": "坐标属于：",
    "As the file says (.cpg), else UTF-8 or GB18030": "按文件声明（.cpg），否则 UTF-8 或 GB18030",
    "Text encoding": "文字编码", "The attributes' text is in:": "属性文字的编码：",
    "&Present": "演示(&P)", "Tours": "演示路线", "Add this view": "添加当前视图", "Caption:": "标题：", "View %1": "视图 %1",
    "Save the project": "保存项目", "PlanAtlas project (*.json)": "PlanAtlas 项目 (*.json)", "Open a project": "打开项目",
    "Loading %1…": "正在加载 %1…", "Cancel": "取消",
    "Add a &PostGIS layer…": "添加 &PostGIS 图层…", "Add a PostGIS layer": "添加 PostGIS 图层", "not saved": "不会保存",
    "Host": "主机", "Port": "端口", "Database": "数据库", "User": "用户", "Password": "密码", "List tables": "列出数据表",
    "Table": "数据表", "%n table(s) with geometry": "%n 个含几何的数据表",
    "Go to": "转到", "Export slide…": "导出幻灯片…",
    "Present (F5)": "演示（F5）", "Remove": "删除", "Zone strategies": "片区发展战略", "Save…": "保存…", "Open…": "打开…",
}


def main(path):
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        src = msg.find("source").text or ""
        tr = msg.find("translation")
        numerus = msg.get("numerus") == "yes"
        if src in ZH:
            tr.attrib.pop("type", None)
            if numerus:
                for c in list(tr):
                    tr.remove(c)
                form = ET.SubElement(tr, "numerusform")
                form.text = ZH[src]
            else:
                tr.text = ZH[src]
        else:
            missing.append(src)
    tmp = path + ".tmp"
    tree.write(tmp, encoding="utf-8", xml_declaration=True)
    os.replace(tmp, path)
    for m in missing:
        print("untranslated:", m)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "planatlas_zh_CN.ts"))
