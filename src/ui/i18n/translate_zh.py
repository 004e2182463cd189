#!/usr/bin/env python3
"""Fills planatlas_zh_CN.ts with the Chinese UI strings after lupdate has refreshed it:

    /usr/lib/qt6/bin/lupdate -silent -I src src/ui src/app src/io src/plan src/document src/analysis -ts src/ui/i18n/planatlas_zh_CN.ts
    python3 src/ui/i18n/translate_zh.py

Strings not listed here stay unfinished (shown in English) and are printed, so none is missed.
"""
import os
import sys
import xml.etree.ElementTree as ET

ZH = {
    " (BD-09, aligned to WGS 84)": "(BD-09,已纠正到 WGS 84)",
    "Raster values here": "此处的栅格值",
    "Band %1": "波段 %1",
    "no tables with geometry": "没有带几何的表",
    '&Basemap': '底图(&B)',
    ' (GCJ-02, aligned to WGS 84)': '(GCJ-02,已纠正到 WGS 84)',
    ' (needs a key)': '(需要密钥)',
    'Tile service by &URL…': '按网址添加瓦片服务(&U)…',
    'Tile service': '瓦片服务',
    'URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png\nAdd ,gcj02 for Amap or Tencent tiles, ,bd09 for BD-09 tiles, ,attribution=… for the credit line.': '网址模板,例如 https://tile.openstreetmap.org/{z}/{x}/{y}.png\n高德、腾讯瓦片加 ,gcj02,BD-09 瓦片加 ,bd09,版权说明加 ,attribution=…',
    'Tile &file (MBTiles, GeoPackage)…': '瓦片文件(MBTiles、GeoPackage)(&F)…',
    'Basemap tile file': '底图瓦片文件',
    'Tile files (*.mbtiles *.gpkg *.tif *.tiff *.vrt);;All files (*)': '瓦片文件 (*.mbtiles *.gpkg *.tif *.tiff *.vrt);;所有文件 (*)',
    '&Remove basemaps': '移除底图(&R)',
    'Key for %1': '%1 的密钥',
    "%1 serves its tiles with a key of your own (free from the service's developer site). It is remembered on this computer.": '%1 的瓦片需要您自己的密钥(可在该服务的开发者网站免费申请)。密钥会保存在本机。',
    'GDAL cannot read this file as a raster (%1)': 'GDAL 无法将此文件读取为栅格(%1)',
    'the file holds several rasters (subdatasets); open one of them by its GDAL name': '文件包含多个栅格(子数据集);请按 GDAL 名称打开其中之一',
    'the file holds no raster bands': '文件中没有栅格波段',
    'the header claims %1 × %2 pixels, which no real raster has: the file is damaged': '文件头声称有 %1 × %2 像素,不是真实的栅格:文件已损坏',
    "the raster's data cannot be read: the file is truncated or damaged (%1)": '无法读取栅格数据:文件被截断或已损坏(%1)',
    'the image has no georeference (no world file, .aux.xml or GeoTIFF tags): georeference it with control points first (Tools › Georeference an image…)': '图像没有地理参考(没有世界文件、.aux.xml 或 GeoTIFF 标签):请先用控制点配准(工具 › 配准图像…)',
    'the raster has a georeference but no CRS (no .prj, .aux.xml or GeoTIFF keys): say which CRS it is in an .aux.xml beside it': '栅格有地理参考但没有坐标系(没有 .prj、.aux.xml 或 GeoTIFF 键):请在旁边的 .aux.xml 中注明坐标系',
    "the raster's CRS is one PROJ cannot use (%1)": '栅格的坐标系 PROJ 无法使用(%1)',
    'the raster can no longer be opened (%1)': '栅格已无法打开(%1)',
    'the raster could not be read for this view (%1)': '无法为此视图读取栅格(%1)',
    'Georeference an image': '配准图像',
    'On': '启用',
    'Image x': '图像 x',
    'Image y': '图像 y',
    'Map x': '地图 x',
    'Map y': '地图 y',
    'Residual (px)': '残差(像素)',
    'Residual (m)': '残差(米)',
    'Affine (3 points or more)': '仿射(至少 3 点)',
    'Second-order polynomial (6 or more)': '二次多项式(至少 6 点)',
    'Thin-plate spline (exact at every point)': '薄板样条(每点精确)',
    'Remove point': '删除点',
    'Load points…': '载入控制点…',
    'Save points…': '保存控制点…',
    'Save GeoTIFF and add to map…': '保存为 GeoTIFF 并加入地图…',
    'Control points': '控制点',
    'Control points (*.points)': '控制点 (*.points)',
    'Georeferenced image': '配准后的图像',
    'GeoTIFF (*.tif)': 'GeoTIFF (*.tif)',
    'Georeference %1': '配准 %1',
    'RMS %1 px, %2 m over %3 points': '均方根误差 %1 像素,%2 米(%3 个点)',
    'Open an image to georeference.': '打开要配准的图像。',
    'Now click the same place on the map.': '现在在地图上点击同一位置。',
    'Click a place you can recognise on the image, then the same place on the map (drag to pan, wheel to zoom).': '在图像上点击一个可辨认的位置,再在地图上点击同一位置(拖动平移,滚轮缩放)。',
    'Basemaps': '底图',
    'Brightness': '亮度',
    'Contrast': '对比度',
    'Building overviews of %1…': '正在为 %1 建立金字塔…',
    '&Georeference an image…': '配准图像(&G)…',
    'Image to georeference': '要配准的图像',
    'Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp);;All files (*)': '图像 (*.png *.jpg *.jpeg *.tif *.tiff *.bmp);;所有文件 (*)',
    'Map data (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite *.tif *.tiff *.vrt *.mbtiles *.jpg *.jpeg *.png *.jp2 *.img *.asc);;Vector data (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;Rasters (*.tif *.tiff *.vrt *.mbtiles *.gpkg *.jpg *.jpeg *.png *.jp2 *.img *.asc);;All files (*)': '地图数据 (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite *.tif *.tiff *.vrt *.mbtiles *.jpg *.jpeg *.png *.jp2 *.img *.asc);;矢量数据 (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;栅格 (*.tif *.tiff *.vrt *.mbtiles *.gpkg *.jpg *.jpeg *.png *.jp2 *.img *.asc);;所有文件 (*)',
    'Build overviews': '建立金字塔',
    'Georeference…': '配准…',
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
    "[Server] Search %1 for “%2”": "[服务器] 在 %1 中搜索“%2”", "Nothing on the server is named so": "服务器上没有这样命名的要素",
    "Searching %1 on the server…": "正在服务器上搜索 %1…", "Asking the server…": "正在查询服务器…",
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
    "Tianhe District 14th Five-Year Plan: spatial layout": "广州市天河区“十四五”规划纲要 · 空间布局",
    "Data: the plan text; boundaries and metro from DataV and MetroMan (GCJ-02 converted to WGS 84); CRS %1. Schematic and approximate positions: docs/geodata.md":
        "数据：规划纲要文本；区界与地铁据 DataV、MetroMan（GCJ-02 已转 WGS 84）；坐标系 %1。示意与近似位置见 docs/geodata.md",
    "Remove layer": "移除图层", "&Remove layer": "移除图层(&R)", "Choose a layer in the layer tree first.": "请先在图层树中选择一个图层。",
    "Add a &PostGIS layer…": "添加 &PostGIS 图层…", "Add a PostGIS layer": "添加 PostGIS 图层", "not saved": "不会保存",
    "Host": "主机", "Port": "端口", "Database": "数据库", "User": "用户", "Password": "密码", "List tables": "列出数据表",
    "Table": "数据表", "%n table(s) with geometry": "%n 个含几何的数据表",
    "Go to": "转到", "Export slide…": "导出幻灯片…",
    "Present (F5)": "演示（F5）", "Remove": "删除", "Zone strategies": "片区发展战略", "Save…": "保存…", "Open…": "打开…",
}

# What is wrong with a file (io/input_file, io/output_file, io/vector_precheck, io/ogr_reader), as the
# message bar shows it.
ZH.update({
    "a ring of fewer than three points": "环少于三个点",
    "zero area (its points on a line or all the same)": "面积为零（各点共线或重合）",
    "its holes cover it all (a hole equal to its shell)": "内环覆盖了整个面（内环与外环相同）",
    "rings touching where the fill cannot be cut": "环在某处相接，无法剖分填充",
    ", and nothing of it was left after repair": "，修复后已无剩余部分",
    "parts of the multipolygon overlap": "多面的各部分相互重叠",
    "byte %1 (line %2, column %3)": "第 %1 字节（第 %2 行第 %3 列）",
    "not GeoJSON: the file holds only white space": "不是 GeoJSON：文件只有空白字符",
    "not GeoJSON, nor JSON at all: it starts with \"%1\"": "不是 GeoJSON，也不是 JSON：文件以“%1”开头",
    "not valid JSON at %1: expected %2": "JSON 无效，位于%1：此处应为 %2",
    "not valid JSON at %1: %2 is not a number JSON can spell (use null, or leave the feature out)":
        "JSON 无效，位于%1：%2 不是 JSON 能表示的数值（请改用 null，或删去该要素）",
    "truncated: the JSON ends at byte %1 inside %2; the file was cut short (an interrupted download or copy?)":
        "文件不完整：JSON 在第 %1 字节处结束于%2之中；文件被截断（下载或复制中断？）",
    "a string": "字符串", "an array": "数组", "an object": "对象",
    "not valid JSON: more data after the end of the GeoJSON object, at %1 (\"%2\")": "JSON 无效：GeoJSON 对象结束后还有数据，位于%1（“%2”）",
    "nested deeper than %1 levels at %2; GeoJSON needs only a few": "嵌套超过 %1 层（位于%2）；GeoJSON 只需几层",
    "the features use more than %1 distinct property names (at %2), over PlanAtlas's limit for one layer":
        "要素使用了超过 %1 个不同的属性名（位于%2），超出 PlanAtlas 对单个图层的限制",
    "a JSON array": "JSON 数组", "a JSON string": "JSON 字符串", "a JSON number": "JSON 数值", "the JSON value %1": "JSON 值 %1",
    "not GeoJSON: the file is %1, where GeoJSON is an object with a \"type\"": "不是 GeoJSON：文件是%1，而 GeoJSON 是带“type”的对象",
    "not GeoJSON: a JSON object without a \"type\" (GeoJSON's is \"FeatureCollection\", \"Feature\" or a geometry)":
        "不是 GeoJSON：JSON 对象没有“type”（GeoJSON 的为“FeatureCollection”、“Feature”或几何类型）",
    "not GeoJSON: its \"type\" is \"%1\", not \"FeatureCollection\", \"Feature\" or a geometry type":
        "不是 GeoJSON：其“type”为“%1”，而非“FeatureCollection”、“Feature”或几何类型",
    "the header has %1 columns, over PlanAtlas's limit of 2000 attributes for one layer": "表头有 %1 列，超出 PlanAtlas 单个图层 2000 个属性的限制",
    "not a shapefile: the .shp does not start with the shapefile header (it is %1)": "不是 Shapefile：.shp 不以 Shapefile 文件头开始（文件大小 %1）",
    "the .shp is truncated at byte %1: its header announces %2 bytes; the shapes after the cut are lost":
        ".shp 在第 %1 字节处被截断：文件头声明 %2 字节；截断处之后的图形已丢失",
    "the shapefile's index %1 is missing: copy the .shx that came with it (PlanAtlas does not write beside your data)":
        "缺少 Shapefile 索引 %1：请复制随附的 .shx（PlanAtlas 不在您的数据旁写入文件）",
    "the shapefile's index is damaged: it does not start with the shapefile header": "Shapefile 索引已损坏：不以 Shapefile 文件头开始",
    "the attribute table %1 is missing: the shapes are drawn, but they have no attributes (names, kinds)":
        "缺少属性表 %1：图形可以显示，但没有属性（名称、类型）",
    "the attribute table: %1": "属性表：%1",
    "the attribute table is truncated at byte %1, inside its 32-byte header": "属性表在第 %1 字节处被截断，位于其 32 字节的文件头之内",
    "the attribute table is damaged: its header gives a header of %1 bytes and records of %2 bytes":
        "属性表已损坏：文件头声明头长 %1 字节、记录长 %2 字节",
    "the attribute table is truncated at byte %1, inside its %2-byte header": "属性表在第 %1 字节处被截断，位于其 %2 字节的文件头之内",
    "the attribute table is truncated at byte %1: its header announces %2 records of %3 bytes (%4 bytes); only %5 are whole":
        "属性表在第 %1 字节处被截断：文件头声明 %2 条记录、每条 %3 字节（共 %4 字节）；仅 %5 条完整",
    "the attribute table has %1 records for %2 shapes: attributes may be on the wrong shapes": "属性表有 %1 条记录，图形有 %2 个：属性可能对错了图形",
    "the .cpg is empty, so it names no encoding: text that is not UTF-8 is read as GB18030": ".cpg 为空，未指明编码：非 UTF-8 文字按 GB18030 读取",
    "the .cpg names the encoding \"%1\", which is unknown: text that is not UTF-8 is read as GB18030; choose the encoding in File › Open with coordinates and encoding (or --encoding)":
        ".cpg 指明的编码“%1”无法识别：非 UTF-8 文字按 GB18030 读取；可在“文件 › 按坐标系与编码打开”（或 --encoding）中选择编码",
    "not a GeoPackage: the file does not start with the SQLite header (it may be another format renamed)":
        "不是 GeoPackage：文件不以 SQLite 文件头开始（可能是改了扩展名的其他格式）",
    "the GeoPackage is truncated at byte %1: its header announces %2 pages of %3 bytes (%4 bytes)":
        "GeoPackage 在第 %1 字节处被截断：文件头声明 %2 页、每页 %3 字节（共 %4 字节）",
    "the encoding \"%1\" is unknown (try GBK, GB18030, Big5 or UTF-8)": "无法识别编码“%1”（可试 GBK、GB18030、Big5 或 UTF-8）",
    "%1 text, not a vector format PlanAtlas knows by this name": "%1 文本，不是 PlanAtlas 按此文件名可识别的矢量格式",
    "%1 text that cannot be converted (%2); save it as UTF-8": "%1 文本无法转换（%2）；请另存为 UTF-8",
    "%1 text: no memory to convert it; save it as UTF-8": "%1 文本：内存不足，无法转换；请另存为 UTF-8",
    "%1 text, read as such; save it as UTF-8 for other GIS software": "%1 文本，已按此编码读取；为便于其他 GIS 软件使用，请另存为 UTF-8",
    "cannot read the file": "无法读取文件",
    "the header line is longer than 1 MB: this is not a table PlanAtlas can read": "表头行超过 1 MB：不是 PlanAtlas 能读取的表格",
    "the data is empty (0 bytes)": "数据为空（0 字节）",
    "the data is %1, over the limit of %2": "数据大小 %1，超出 %2 的限制",
    "no memory to read it": "内存不足，无法读取",
    "a named pipe (FIFO), not a file: PlanAtlas reads regular files only": "这是命名管道（FIFO），不是文件：PlanAtlas 只读取普通文件",
    "a device, not a file: PlanAtlas reads regular files only": "这是设备，不是文件：PlanAtlas 只读取普通文件",
    "a socket, not a file: PlanAtlas reads regular files only": "这是套接字，不是文件：PlanAtlas 只读取普通文件",
    "a directory, not a file: open the files in it": "这是文件夹，不是文件：请打开其中的文件",
    "not a regular file": "不是普通文件",
    "a symbolic link to %1, which does not exist": "指向 %1 的符号链接，而该目标不存在",
    "file not found": "找不到文件",
    "a symbolic link loop: the link leads back to itself": "符号链接循环：链接最终指回自身",
    "permission denied: this user may not read the file": "权限不足：当前用户无权读取该文件",
    "a part of the path is a file, not a directory": "路径中的某一级是文件而不是文件夹",
    "the path is too long": "路径过长",
    "cannot open the file (%1)": "无法打开文件（%1）",
    "no file name given": "未给出文件名",
    "the file name holds a NUL byte": "文件名含有 NUL 字节",
    "cannot read the file's status (%1)": "无法读取文件状态（%1）",
    "the file is empty (0 bytes)": "文件为空（0 字节）",
    "the file is %1, over the limit of %2 for this kind of file": "文件大小 %1，超出此类文件 %2 的限制",
    "reading failed (%1)": "读取失败（%1）",
    "the file grew past the limit of %1 while it was read": "文件在读取过程中增大，超出 %1 的限制",
    "%1 text with invalid characters; save it as UTF-8": "%1 文本含有无效字符；请另存为 UTF-8",
    "binary data, not text: a NUL byte at byte %1": "这是二进制数据而不是文本：第 %1 字节为 NUL",
    "layer '%1': ": "图层“%1”：",
    "%1 attribute columns, over PlanAtlas's limit of %2 for one layer": "%1 个属性列，超出 PlanAtlas 单个图层 %2 列的限制",
    "loading was cancelled": "已取消加载",
    "%1 invalid polygon(s) repaired with GEOS MakeValid: %2 (first: feature %3%4)": "%1 个无效多边形已用 GEOS MakeValid 修复：%2（首个：要素 %3%4）",
    "%1 polygon(s) left out: %2 (first: feature %3)": "%1 个多边形未载入：%2（首个：要素 %3）",
    "%1 unclosed ring(s) were closed": "%1 个未闭合的环已闭合",
    "%1 attribute value(s) were not UTF-8 and were read as %2": "%1 个属性值不是 UTF-8，已按 %2 读取",
    "%1 attribute value(s) are in an unknown text encoding (neither UTF-8 nor GB18030) and will show replacement characters":
        "%1 个属性值的文字编码无法识别（既非 UTF-8 也非 GB18030），将显示为替换字符",
    "%1 feature(s) without usable geometry were skipped (empty, degenerate or non-finite coordinates), first feature id %2":
        "%1 个要素没有可用几何（空、退化或坐标非有限值），已跳过，首个要素编号 %2",
    "the layer is empty (no features with geometry)": "图层为空（没有带几何的要素）",
    "the layer has no CRS; its coordinates are within longitude/latitude range, so WGS 84 was assumed":
        "图层没有坐标系；其坐标在经纬度范围内，因此按 WGS 84 处理",
    "the layer has no CRS and its coordinates are not longitude/latitude; add a .prj file or reproject it":
        "图层没有坐标系，且坐标不是经纬度；请补充 .prj 文件或重新投影",
    "GCJ-02/BD-09 coordinates are longitude/latitude, but this layer's are not; open it without choosing a Chinese web-map system":
        "GCJ-02/BD-09 坐标是经纬度，而此图层不是；打开时请不要选择国内网络地图坐标系",
    "valid JSON, but not GeoJSON GDAL can read: a geometry's coordinates or a feature's members are not what GeoJSON says (GDAL: %1)":
        "JSON 有效，但不是 GDAL 能读取的 GeoJSON：几何坐标或要素成员不符合 GeoJSON 规范（GDAL：%1）",
    "valid JSON, but not GeoJSON GDAL can read: a geometry's coordinates or a feature's members are not what GeoJSON says":
        "JSON 有效，但不是 GDAL 能读取的 GeoJSON：几何坐标或要素成员不符合 GeoJSON 规范",
    "the shapefile is damaged or its .shx/.dbf companions are missing": "Shapefile 已损坏，或缺少配套的 .shx/.dbf",
    "unknown or unsupported format": "未知或不支持的格式",
    "GDAL cannot read this file as vector data (%1)": "GDAL 无法将此文件读取为矢量数据（%1）",
    "the file holds no vector layers": "文件中没有矢量图层",
    "GDAL reported: %1": "GDAL 提示：%1",
    "no output file was named": "未指定输出文件",
    "the output file name holds a NUL byte": "输出文件名含有 NUL 字节",
    "%1: the output must be a file name, not a directory": "%1：输出必须是文件名，而不是文件夹",
    "%1 is a symbolic link (to %2): PlanAtlas does not write through links; name the file itself":
        "%1 是符号链接（指向 %2）：PlanAtlas 不通过链接写入；请直接指定文件",
    "a directory": "文件夹", "a named pipe (FIFO)": "命名管道（FIFO）", "a device": "设备", "a socket": "套接字",
    "%1 is %2: PlanAtlas replaces regular files only": "%1 是%2：PlanAtlas 只替换普通文件",
    "%1 is read-only: PlanAtlas does not replace it; save under another name": "%1 为只读：PlanAtlas 不会替换它；请另存为其他文件名",
    "%1: the directory %2 does not exist": "%1：文件夹 %2 不存在",
    "%1 is the input %2: PlanAtlas never writes over its inputs; choose another name": "%1 即输入文件 %2：PlanAtlas 从不覆盖输入文件；请另选文件名",
    "%1 is %2, which PlanAtlas has open: choose another name": "%1 即 PlanAtlas 已打开的 %2：请另选文件名",
    "%1 is inside PlanAtlas's bundled data (%2), which is never written over; write elsewhere":
        "%1 位于 PlanAtlas 自带数据（%2）之中，自带数据从不被覆盖；请写到其他位置",
    "%1: the file written is %2, so its name must end in %3": "%1：写出的是%2，文件名须以 %3 结尾",
    "cannot create a file in %1 (%2)": "无法在 %1 中创建文件（%2）",
    "the disk is full": "磁盘已满",
    "cannot write %1 (%2); nothing was replaced": "无法写出 %1（%2）；原有文件未被替换",
    "the table has %1 rows, over the %2 PlanAtlas reads whole; open a view of a part of it (CREATE VIEW … WHERE …)":
        "数据表有 %1 行，超出 PlanAtlas 整表读取的 %2 行；请建立其中一部分的视图（CREATE VIEW … WHERE …）",
    "a text value of %1 at %2, longer than the 10 MB a GeoJSON value may be; shorten it or keep it in a separate file":
        "位于%2的文本值长 %1，超过 GeoJSON 单个值 10 MB 的限制；请缩短，或另存为单独的文件",
    "the file is %1: reading it whole would take about %2 of memory, and this machine has %3; open a part of it (ogr2ogr -spat WEST SOUTH EAST NORTH part.gpkg FILE)":
        "文件大小 %1：整体读取约需 %2 内存，而本机只有 %3；请只打开其中一部分（ogr2ogr -spat 西 南 东 北 part.gpkg 文件）",
})


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
