<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>pa::CheckPanel</name>
    <message>
        <location filename="../check_panel.cpp" line="60" />
        <source>WGS 84 lon/lat</source>
        <translation>WGS 84 经纬度</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="61" />
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="62" />
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="63" />
        <source>CGCS2000 lon/lat (EPSG:4490)</source>
        <translation>CGCS2000 经纬度（EPSG:4490）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="64" />
        <source>CGCS2000 / 3-degree GK CM 114E (EPSG:4547)</source>
        <translation>CGCS2000 3度带 中央经线114°E（EPSG:4547）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="68" />
        <source>longitude or easting</source>
        <translation>经度或东坐标</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="69" />
        <source>latitude or northing</source>
        <translation>纬度或北坐标</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="70" />
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="71" />
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="72" />
        <source>Coordinates in</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="73" />
        <source>Within</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="75" />
        <source>Check this place</source>
        <translation>核查此处</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="80" />
        <source>Right-click the map (Check this place), type coordinates, or check the selected feature.</source>
        <translation>在地图上右键（核查此处）、输入坐标，或核查所选要素。</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="81" />
        <source>Place</source>
        <translation>位置核查</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="87" />
        <source>Open projects…</source>
        <translation>打开项目图层…</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="88" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="95" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="95" />
        <source>Zones</source>
        <translation>所在片区</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="95" />
        <source>Nearest hub</source>
        <translation>最近枢纽</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="95" />
        <location filename="../check_panel.cpp" line="96" />
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="95" />
        <source>Nearest station</source>
        <translation>最近车站</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="96" />
        <source>Plan clauses</source>
        <translation>规划条文</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="101" />
        <source>Projects</source>
        <translation>项目核查</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="108" />
        <source>Export the check</source>
        <translation>导出核查结果</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="109" />
        <source>CSV (*.csv);;GeoPackage (*.gpkg)</source>
        <translation>CSV (*.csv);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="142" />
        <source>Type two numbers: longitude and latitude, or easting and northing.</source>
        <translation>请输入两个数字：经度和纬度，或东坐标和北坐标。</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="154" />
        <source>%1, %2 is not a place in %3.</source>
        <translation>%1, %2 不是 %3 中的有效位置。</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="175" />
        <source>inside</source>
        <translation>位于其内</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="180" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="183" />
        <source>Zones, belts and parks (inside or within %1)</source>
        <translation>片区、发展带与公园（所在或 %1 内）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="184" />
        <source>Corridors and axes within %1</source>
        <translation>%1 内的廊道与发展轴</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="185" />
        <source>Nearest hubs</source>
        <translation>最近枢纽</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="186" />
        <source>Nearest stations</source>
        <translation>最近车站</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="187" />
        <source>Nearest metro lines</source>
        <translation>最近地铁线</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="188" />
        <source>Plan clauses (%1)</source>
        <translation>规划条文（%1）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="192" />
        <source>Targets (%1)</source>
        <translation>目标指标（%1）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="243" />
        <source>Open a projects file first.</source>
        <translation>请先打开项目图层。</translation>
    </message>
</context>
<context>
    <name>pa::IdentifyPanel</name>
    <message>
        <location filename="../identify_panel.cpp" line="62" />
        <source>Click a feature on the map to see what the plan says of it.</source>
        <translation>点击地图上的要素，查看规划对它的表述。</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="78" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="79" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="80" />
        <source>Accuracy</source>
        <translation>位置精度</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="81" />
        <source>How placed</source>
        <translation>定位方式</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="82" />
        <location filename="../identify_panel.cpp" line="104" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="83" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="84" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="94" />
        <source>Plan clauses (%1)</source>
        <translation>规划条文（%1）</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="101" />
        <source>Targets (%1)</source>
        <translation>目标指标（%1）</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="103" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="103" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="103" />
        <source>2020 baseline</source>
        <translation>2020年基期</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="104" />
        <source>2025 target</source>
        <translation>2025年目标</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="104" />
        <source>Type</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="131" />
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="135" />
        <source>Related features (%1)</source>
        <translation>相关要素（%1）</translation>
    </message>
</context>
<context>
    <name>pa::LayerTree</name>
    <message>
        <location filename="../layer_tree.cpp" line="61" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../layer_tree.cpp" line="207" />
        <source>features</source>
        <translation>要素</translation>
    </message>
</context>
<context>
    <name>pa::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="64" />
        <source>PlanAtlas</source>
        <translation>规划图鉴 PlanAtlas</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="104" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="105" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="106" />
        <source>Add a &amp;PostGIS layer…</source>
        <translation>添加 &amp;PostGIS 图层…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="115" />
        <source>Open with &amp;coordinates and encoding…</source>
        <translation>按坐标系与编码打开(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="121" />
        <source>As the file says</source>
        <translation>按文件声明</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="121" />
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="121" />
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="122" />
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="123" />
        <source>The coordinates are in:</source>
        <translation>坐标属于：</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="125" />
        <source>As the file says (.cpg), else UTF-8 or GB18030</source>
        <translation>按文件声明（.cpg），否则 UTF-8 或 GB18030</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="126" />
        <source>Text encoding</source>
        <translation>文字编码</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="126" />
        <source>The attributes' text is in:</source>
        <translation>属性文字的编码：</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="136" />
        <source>&amp;Export map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="137" />
        <location filename="../main_window.cpp" line="358" />
        <source>Export the map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="138" />
        <location filename="../main_window.cpp" line="359" />
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="143" />
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="143" />
        <source>Dots per inch:</source>
        <translation>每英寸点数（DPI）：</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="146" />
        <source>Wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="150" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="152" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="154" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="158" />
        <source>Zoom to &amp;Home</source>
        <translation>回到天河全貌(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="159" />
        <source>Zoom to &amp;Full Extent</source>
        <translation>全部范围(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="161" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="162" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="164" />
        <source>Display &amp;CRS…</source>
        <translation>显示坐标系(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="171" />
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="172" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="173" />
        <source>Check the selected feature</source>
        <translation>核查所选要素</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="174" />
        <source>Select a feature first.</source>
        <translation>请先选择一个要素。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="176" />
        <source>Check a layer of projects…</source>
        <translation>核查项目图层…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="178" />
        <location filename="../main_window.cpp" line="333" />
        <source>Open a layer of projects</source>
        <translation>打开项目图层</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="179" />
        <location filename="../main_window.cpp" line="334" />
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite);;All files (*)</source>
        <translation>矢量数据 (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="183" />
        <source>Measure &amp;distance</source>
        <translation>量测距离(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="185" />
        <source>Measure &amp;area</source>
        <translation>量测面积(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="187" />
        <location filename="../main_window.cpp" line="390" />
        <source>Stop measuring</source>
        <translation>停止量测</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="188" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="192" />
        <source>The language changes when PlanAtlas starts next.</source>
        <translation>语言设置将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="219" />
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="219" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="278" />
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="284" />
        <source>Plan</source>
        <translation>规划文本</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="290" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="298" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="319" />
        <source>Check</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="338" />
        <source>Tours</source>
        <translation>演示路线</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="348" />
        <source>Add this view</source>
        <translation>添加当前视图</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="348" />
        <source>Caption:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="349" />
        <source>View %1</source>
        <translation>视图 %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="365" />
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="366" />
        <location filename="../main_window.cpp" line="372" />
        <source>PlanAtlas project (*.json)</source>
        <translation>PlanAtlas 项目 (*.json)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="372" />
        <source>Open a project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="385" />
        <source>Check this place</source>
        <translation>核查此处</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="387" />
        <source>Measure distance</source>
        <translation>量测距离</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="388" />
        <source>Measure area</source>
        <translation>量测面积</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="493" />
        <location filename="../main_window.cpp" line="529" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="530" />
        <source>PlanAtlas map</source>
        <translation>PlanAtlas 地图</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="495" />
        <location filename="../main_window.cpp" line="531" />
        <source>Data: the plan text; boundaries and metro from DataV and MetroMan (GCJ-02 converted to WGS 84); CRS %1</source>
        <translation>数据：规划纲要文本；区界与地铁据 DataV、MetroMan（GCJ-02 已转 WGS 84）；坐标系 %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="549" />
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="549" />
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="551" />
        <source>Distance: %1</source>
        <translation>距离：%1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="556" />
        <source>Area: %1 (perimeter %2)</source>
        <translation>面积：%1（周长 %2）</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="557" />
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="557" />
        <source>%1 km²</source>
        <translation>%1 平方千米</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="595" />
        <source>No map feature is linked to %1</source>
        <translation>没有地图要素关联到 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="599" />
        <source>%n feature(s) linked to %1</source>
        <translation>
            <numerusform>%n 个要素关联到 %1</numerusform></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="633" />
        <source>Features here</source>
        <translation>此处的要素</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="734" />
        <source>outside the CRS</source>
        <translation>超出坐标系范围</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="763" />
        <source>Scale 1:%L1</source>
        <translation>比例尺 1:%L1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="768" />
        <source>Display CRS</source>
        <translation>显示坐标系</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="769" />
        <source>Any CRS PROJ knows, e.g. EPSG:3857, EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E), EPSG:4326:</source>
        <translation>PROJ 支持的任意坐标系，例如 EPSG:3857、EPSG:4547（CGCS2000 3度带高斯-克吕格 中央经线114°E）、EPSG:4326：</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="117" />
        <location filename="../main_window.cpp" line="777" />
        <source>Open vector data</source>
        <translation>打开矢量数据</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="118" />
        <location filename="../main_window.cpp" line="778" />
        <source>Vector data (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;All files (*)</source>
        <translation>矢量数据 (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>pa::MapCanvas</name>
    <message numerus="yes">
        <location filename="../map_canvas.cpp" line="434" />
        <source>+%n more here</source>
        <translation>
            <numerusform>此处另有 %n 个</numerusform></translation>
    </message>
</context>
<context>
    <name>pa::MessageBar</name>
    <message>
        <location filename="../message_bar.cpp" line="19" />
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../message_bar.cpp" line="36" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../message_bar.cpp" line="36" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>pa::PlanBrowser</name>
    <message>
        <location filename="../plan_browser.cpp" line="52" />
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../plan_browser.cpp" line="63" />
        <source>Targets</source>
        <translation>目标指标</translation>
    </message>
    <message>
        <location filename="../plan_browser.cpp" line="64" />
        <source>预期性 and 约束性</source>
        <translation>预期性与约束性</translation>
    </message>
    <message>
        <location filename="../plan_browser.cpp" line="67" />
        <source>Linked or not</source>
        <translation>全部（含未关联）</translation>
    </message>
    <message>
        <location filename="../plan_browser.cpp" line="68" />
        <source>With map features</source>
        <translation>有关联要素</translation>
    </message>
    <message>
        <location filename="../plan_browser.cpp" line="69" />
        <source>Without map features</source>
        <translation>无关联要素</translation>
    </message>
    <message>
        <location filename="../plan_browser.cpp" line="72" />
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../plan_browser.cpp" line="72" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../plan_browser.cpp" line="72" />
        <source>2020</source>
        <translation>2020年</translation>
    </message>
    <message>
        <location filename="../plan_browser.cpp" line="72" />
        <source>2025</source>
        <translation>2025年</translation>
    </message>
    <message>
        <location filename="../plan_browser.cpp" line="72" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../plan_browser.cpp" line="72" />
        <source>Type</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../plan_browser.cpp" line="73" />
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message numerus="yes">
        <location filename="../plan_browser.cpp" line="111" />
        <source>%n map feature(s) cite this</source>
        <translation>
            <numerusform>%n 个地图要素引用此处</numerusform></translation>
    </message>
    <message>
        <location filename="../plan_browser.cpp" line="139" />
        <source>All chapters</source>
        <translation>全部章节</translation>
    </message>
</context>
<context>
    <name>pa::PostgisDialog</name>
    <message>
        <location filename="../postgis_dialog.cpp" line="23" />
        <source>Add a PostGIS layer</source>
        <translation>添加 PostGIS 图层</translation>
    </message>
    <message>
        <location filename="../postgis_dialog.cpp" line="29" />
        <source>not saved</source>
        <translation>不会保存</translation>
    </message>
    <message>
        <location filename="../postgis_dialog.cpp" line="31" />
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../postgis_dialog.cpp" line="32" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../postgis_dialog.cpp" line="33" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../postgis_dialog.cpp" line="34" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../postgis_dialog.cpp" line="35" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../postgis_dialog.cpp" line="36" />
        <source>List tables</source>
        <translation>列出数据表</translation>
    </message>
    <message>
        <location filename="../postgis_dialog.cpp" line="38" />
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message numerus="yes">
        <location filename="../postgis_dialog.cpp" line="77" />
        <source>%n table(s) with geometry</source>
        <translation>
            <numerusform>%n 个含几何的数据表</numerusform></translation>
    </message>
</context>
<context>
    <name>pa::Presentation</name>
    <message>
        <location filename="../presentation.cpp" line="106" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>pa::SearchBox</name>
    <message>
        <location filename="../search_box.cpp" line="11" />
        <source>Search names, pinyin initials, clauses, targets (Ctrl+F)</source>
        <translation>搜索名称、拼音首字母、条文、指标（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../search_box.cpp" line="46" />
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../search_box.cpp" line="47" />
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../search_box.cpp" line="48" />
        <source>Clause</source>
        <translation>条文</translation>
    </message>
    <message>
        <location filename="../search_box.cpp" line="53" />
        <source>Nothing found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>pa::TourPanel</name>
    <message>
        <location filename="../tour_panel.cpp" line="18" />
        <source>Present (F5)</source>
        <translation>演示（F5）</translation>
    </message>
    <message>
        <location filename="../tour_panel.cpp" line="19" />
        <source>Add this view</source>
        <translation>添加当前视图</translation>
    </message>
    <message>
        <location filename="../tour_panel.cpp" line="20" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../tour_panel.cpp" line="21" />
        <source>Zone strategies</source>
        <translation>片区发展战略</translation>
    </message>
    <message>
        <location filename="../tour_panel.cpp" line="22" />
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../tour_panel.cpp" line="23" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../tour_panel.cpp" line="24" />
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <location filename="../tour_panel.cpp" line="25" />
        <source>Export slide…</source>
        <translation>导出幻灯片…</translation>
    </message>
</context>
</TS>