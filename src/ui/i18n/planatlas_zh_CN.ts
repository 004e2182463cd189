<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>pa::BasemapMenu</name>
    <message>
        <location filename="../basemap_menu.cpp" line="15" />
        <source>&amp;Basemap</source>
        <translation>底图(&amp;B)</translation>
    </message>
    <message>
        <location filename="../basemap_menu.cpp" line="20" />
        <source> (GCJ-02, aligned to WGS 84)</source>
        <translation>(GCJ-02,已纠正到 WGS 84)</translation>
    </message>
    <message>
        <location filename="../basemap_menu.cpp" line="21" />
        <source> (BD-09, aligned to WGS 84)</source>
        <translation>(BD-09,已纠正到 WGS 84)</translation>
    </message>
    <message>
        <location filename="../basemap_menu.cpp" line="22" />
        <source> (needs a key)</source>
        <translation>(需要密钥)</translation>
    </message>
    <message>
        <location filename="../basemap_menu.cpp" line="28" />
        <source>Tile service by &amp;URL…</source>
        <translation>按网址添加瓦片服务(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../basemap_menu.cpp" line="31" />
        <source>Tile service</source>
        <translation>瓦片服务</translation>
    </message>
    <message>
        <location filename="../basemap_menu.cpp" line="32" />
        <source>URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png
Add ,gcj02 for Amap or Tencent tiles, ,bd09 for BD-09 tiles, ,attribution=… for the credit line.</source>
        <translation>网址模板,例如 https://tile.openstreetmap.org/{z}/{x}/{y}.png
高德、腾讯瓦片加 ,gcj02,BD-09 瓦片加 ,bd09,版权说明加 ,attribution=…</translation>
    </message>
    <message>
        <location filename="../basemap_menu.cpp" line="37" />
        <source>Tile &amp;file (MBTiles, GeoPackage)…</source>
        <translation>瓦片文件(MBTiles、GeoPackage)(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../basemap_menu.cpp" line="38" />
        <source>Basemap tile file</source>
        <translation>底图瓦片文件</translation>
    </message>
    <message>
        <location filename="../basemap_menu.cpp" line="39" />
        <source>Tile files (*.mbtiles *.gpkg *.tif *.tiff *.vrt);;All files (*)</source>
        <translation>瓦片文件 (*.mbtiles *.gpkg *.tif *.tiff *.vrt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../basemap_menu.cpp" line="43" />
        <source>&amp;Remove basemaps</source>
        <translation>移除底图(&amp;R)</translation>
    </message>
    <message>
        <location filename="../basemap_menu.cpp" line="56" />
        <source>Key for %1</source>
        <translation>%1 的密钥</translation>
    </message>
    <message>
        <location filename="../basemap_menu.cpp" line="57" />
        <source>%1 serves its tiles with a key of your own (free from the service's developer site). It is remembered on this computer.</source>
        <translation>%1 的瓦片需要您自己的密钥(可在该服务的开发者网站免费申请)。密钥会保存在本机。</translation>
    </message>
</context>
<context>
    <name>pa::CheckPanel</name>
    <message>
        <location filename="../check_panel.cpp" line="63" />
        <source>WGS 84 lon/lat</source>
        <translation>WGS 84 经纬度</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="64" />
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="65" />
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="66" />
        <source>CGCS2000 lon/lat (EPSG:4490)</source>
        <translation>CGCS2000 经纬度（EPSG:4490）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="67" />
        <source>CGCS2000 / 3-degree GK CM 114E (EPSG:4547)</source>
        <translation>CGCS2000 3度带 中央经线114°E（EPSG:4547）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="71" />
        <source>longitude or easting</source>
        <translation>经度或东坐标</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="72" />
        <source>latitude or northing</source>
        <translation>纬度或北坐标</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="73" />
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="74" />
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="75" />
        <source>Coordinates in</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="76" />
        <source>Within</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="78" />
        <source>Check this place</source>
        <translation>核查此处</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="83" />
        <source>Right-click the map (Check this place), type coordinates, or check the selected feature.</source>
        <translation>在地图上右键（核查此处）、输入坐标，或核查所选要素。</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="84" />
        <source>Place</source>
        <translation>位置核查</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="90" />
        <source>Open projects…</source>
        <translation>打开项目图层…</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="91" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="98" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="98" />
        <source>Zones</source>
        <translation>所在片区</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="98" />
        <source>Nearest hub</source>
        <translation>最近枢纽</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="98" />
        <location filename="../check_panel.cpp" line="99" />
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="98" />
        <source>Nearest station</source>
        <translation>最近车站</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="99" />
        <source>Plan clauses</source>
        <translation>规划条文</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="104" />
        <source>Projects</source>
        <translation>项目核查</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="111" />
        <source>Export the check</source>
        <translation>导出核查结果</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="112" />
        <source>CSV (*.csv);;GeoPackage (*.gpkg)</source>
        <translation>CSV (*.csv);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="155" />
        <source>Type two numbers: longitude and latitude, or easting and northing.</source>
        <translation>请输入两个数字：经度和纬度，或东坐标和北坐标。</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="159" />
        <location filename="../check_panel.cpp" line="165" />
        <source>%1, %2 is not a place in %3.</source>
        <translation>%1, %2 不是 %3 中的有效位置。</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="188" />
        <source>inside</source>
        <translation>位于其内</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="193" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="196" />
        <source>Zones, belts and parks (inside or within %1)</source>
        <translation>片区、发展带与公园（所在或 %1 内）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="197" />
        <source>Corridors and axes within %1</source>
        <translation>%1 内的廊道与发展轴</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="198" />
        <source>Nearest hubs</source>
        <translation>最近枢纽</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="199" />
        <source>Nearest stations</source>
        <translation>最近车站</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="200" />
        <source>Nearest metro lines</source>
        <translation>最近地铁线</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="201" />
        <source>Plan clauses (%1)</source>
        <translation>规划条文（%1）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="205" />
        <source>Targets (%1)</source>
        <translation>目标指标（%1）</translation>
    </message>
    <message>
        <location filename="../check_panel.cpp" line="254" />
        <source>Open a projects file first.</source>
        <translation>请先打开项目图层。</translation>
    </message>
</context>
<context>
    <name>pa::Figure</name>
    <message>
        <location filename="../figure.cpp" line="19" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../figure.cpp" line="21" />
        <source>Tianhe District 14th Five-Year Plan: spatial layout</source>
        <translation>广州市天河区“十四五”规划纲要 · 空间布局</translation>
    </message>
    <message>
        <location filename="../figure.cpp" line="22" />
        <source>Data: the plan text; boundaries and metro from DataV and MetroMan (GCJ-02 converted to WGS 84); CRS %1. Schematic and approximate positions: docs/geodata.md</source>
        <translation>数据：规划纲要文本；区界与地铁据 DataV、MetroMan（GCJ-02 已转 WGS 84）；坐标系 %1。示意与近似位置见 docs/geodata.md</translation>
    </message>
</context>
<context>
    <name>pa::FileProblem</name>
    <message>
        <location filename="../../io/layer_builder.cpp" line="256" />
        <source>a ring of fewer than three points</source>
        <translation>环少于三个点</translation>
    </message>
    <message>
        <location filename="../../io/layer_builder.cpp" line="256" />
        <source>zero area (its points on a line or all the same)</source>
        <translation>面积为零（各点共线或重合）</translation>
    </message>
    <message>
        <location filename="../../io/layer_builder.cpp" line="283" />
        <source>its holes cover it all (a hole equal to its shell)</source>
        <translation>内环覆盖了整个面（内环与外环相同）</translation>
    </message>
    <message>
        <location filename="../../io/layer_builder.cpp" line="303" />
        <source>rings touching where the fill cannot be cut</source>
        <translation>环在某处相接，无法剖分填充</translation>
    </message>
    <message>
        <location filename="../../io/layer_builder.cpp" line="325" />
        <source>, and nothing of it was left after repair</source>
        <translation>，修复后已无剩余部分</translation>
    </message>
    <message>
        <location filename="../../io/layer_builder.cpp" line="351" />
        <source>parts of the multipolygon overlap</source>
        <translation>多面的各部分相互重叠</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="94" />
        <source>byte %1 (line %2, column %3)</source>
        <translation>第 %1 字节（第 %2 行第 %3 列）</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="97" />
        <source>not GeoJSON: the file holds only white space</source>
        <translation>不是 GeoJSON：文件只有空白字符</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="99" />
        <source>not GeoJSON, nor JSON at all: it starts with "%1"</source>
        <translation>不是 GeoJSON，也不是 JSON：文件以“%1”开头</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="101" />
        <source>not valid JSON at %1: expected %2</source>
        <translation>JSON 无效，位于%1：此处应为 %2</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="103" />
        <source>not valid JSON at %1: %2 is not a number JSON can spell (use null, or leave the feature out)</source>
        <translation>JSON 无效，位于%1：%2 不是 JSON 能表示的数值（请改用 null，或删去该要素）</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="106" />
        <source>truncated: the JSON ends at byte %1 inside %2; the file was cut short (an interrupted download or copy?)</source>
        <translation>文件不完整：JSON 在第 %1 字节处结束于%2之中；文件被截断（下载或复制中断？）</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="107" />
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="107" />
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="107" />
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="109" />
        <source>not valid JSON: more data after the end of the GeoJSON object, at %1 ("%2")</source>
        <translation>JSON 无效：GeoJSON 对象结束后还有数据，位于%1（“%2”）</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="111" />
        <source>nested deeper than %1 levels at %2; GeoJSON needs only a few</source>
        <translation>嵌套超过 %1 层（位于%2）；GeoJSON 只需几层</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="113" />
        <source>the features use more than %1 distinct property names (at %2), over PlanAtlas's limit for one layer</source>
        <translation>要素使用了超过 %1 个不同的属性名（位于%2），超出 PlanAtlas 对单个图层的限制</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="116" />
        <source>a text value of %1 at %2, longer than the 10 MB a GeoJSON value may be; shorten it or keep it in a separate file</source>
        <translation>位于%2的文本值长 %1，超过 GeoJSON 单个值 10 MB 的限制；请缩短，或另存为单独的文件</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="120" />
        <source>a JSON array</source>
        <translation>JSON 数组</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="121" />
        <source>a JSON string</source>
        <translation>JSON 字符串</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="122" />
        <source>a JSON number</source>
        <translation>JSON 数值</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="123" />
        <source>the JSON value %1</source>
        <translation>JSON 值 %1</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="124" />
        <source>not GeoJSON: the file is %1, where GeoJSON is an object with a "type"</source>
        <translation>不是 GeoJSON：文件是%1，而 GeoJSON 是带“type”的对象</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="127" />
        <source>not GeoJSON: a JSON object without a "type" (GeoJSON's is "FeatureCollection", "Feature" or a geometry)</source>
        <translation>不是 GeoJSON：JSON 对象没有“type”（GeoJSON 的为“FeatureCollection”、“Feature”或几何类型）</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="129" />
        <source>not GeoJSON: its "type" is "%1", not "FeatureCollection", "Feature" or a geometry type</source>
        <translation>不是 GeoJSON：其“type”为“%1”，而非“FeatureCollection”、“Feature”或几何类型</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="184" />
        <source>the header has %1 columns, over PlanAtlas's limit of 2000 attributes for one layer</source>
        <translation>表头有 %1 列，超出 PlanAtlas 单个图层 2000 个属性的限制</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="192" />
        <source>not a shapefile: the .shp does not start with the shapefile header (it is %1)</source>
        <translation>不是 Shapefile：.shp 不以 Shapefile 文件头开始（文件大小 %1）</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="197" />
        <source>the .shp is truncated at byte %1: its header announces %2 bytes; the shapes after the cut are lost</source>
        <translation>.shp 在第 %1 字节处被截断：文件头声明 %2 字节；截断处之后的图形已丢失</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="201" />
        <source>the shapefile's index %1 is missing: copy the .shx that came with it (PlanAtlas does not write beside your data)</source>
        <translation>缺少 Shapefile 索引 %1：请复制随附的 .shx（PlanAtlas 不在您的数据旁写入文件）</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="209" />
        <source>the shapefile's index is damaged: it does not start with the shapefile header</source>
        <translation>Shapefile 索引已损坏：不以 Shapefile 文件头开始</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="220" />
        <source>the attribute table %1 is missing: the shapes are drawn, but they have no attributes (names, kinds)</source>
        <translation>缺少属性表 %1：图形可以显示，但没有属性（名称、类型）</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="223" />
        <source>the attribute table: %1</source>
        <translation>属性表：%1</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="229" />
        <source>the attribute table is truncated at byte %1, inside its 32-byte header</source>
        <translation>属性表在第 %1 字节处被截断，位于其 32 字节的文件头之内</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="234" />
        <source>the attribute table is damaged: its header gives a header of %1 bytes and records of %2 bytes</source>
        <translation>属性表已损坏：文件头声明头长 %1 字节、记录长 %2 字节</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="241" />
        <source>the attribute table is truncated at byte %1, inside its %2-byte header</source>
        <translation>属性表在第 %1 字节处被截断，位于其 %2 字节的文件头之内</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="246" />
        <source>the attribute table is truncated at byte %1: its header announces %2 records of %3 bytes (%4 bytes); only %5 are whole</source>
        <translation>属性表在第 %1 字节处被截断：文件头声明 %2 条记录、每条 %3 字节（共 %4 字节）；仅 %5 条完整</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="253" />
        <source>the attribute table has %1 records for %2 shapes: attributes may be on the wrong shapes</source>
        <translation>属性表有 %1 条记录，图形有 %2 个：属性可能对错了图形</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="266" />
        <source>the .cpg is empty, so it names no encoding: text that is not UTF-8 is read as GB18030</source>
        <translation>.cpg 为空，未指明编码：非 UTF-8 文字按 GB18030 读取</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="268" />
        <source>the .cpg names the encoding "%1", which is unknown: text that is not UTF-8 is read as GB18030; choose the encoding in File › Open with coordinates and encoding (or --encoding)</source>
        <translation>.cpg 指明的编码“%1”无法识别：非 UTF-8 文字按 GB18030 读取；可在“文件 › 按坐标系与编码打开”（或 --encoding）中选择编码</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="279" />
        <source>not a GeoPackage: the file does not start with the SQLite header (it may be another format renamed)</source>
        <translation>不是 GeoPackage：文件不以 SQLite 文件头开始（可能是改了扩展名的其他格式）</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="287" />
        <source>the GeoPackage is truncated at byte %1: its header announces %2 pages of %3 bytes (%4 bytes)</source>
        <translation>GeoPackage 在第 %1 字节处被截断：文件头声明 %2 页、每页 %3 字节（共 %4 字节）</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="303" />
        <source>the file is %1: reading it whole would take about %2 of memory, and this machine has %3; open a part of it (ogr2ogr -spat WEST SOUTH EAST NORTH part.gpkg FILE)</source>
        <translation>文件大小 %1：整体读取约需 %2 内存，而本机只有 %3；请只打开其中一部分（ogr2ogr -spat 西 南 东 北 part.gpkg 文件）</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="356" />
        <source>the encoding "%1" is unknown (try GBK, GB18030, Big5 or UTF-8)</source>
        <translation>无法识别编码“%1”（可试 GBK、GB18030、Big5 或 UTF-8）</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="372" />
        <source>%1 text, not a vector format PlanAtlas knows by this name</source>
        <translation>%1 文本，不是 PlanAtlas 按此文件名可识别的矢量格式</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="380" />
        <source>%1 text that cannot be converted (%2); save it as UTF-8</source>
        <translation>%1 文本无法转换（%2）；请另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="390" />
        <source>%1 text: no memory to convert it; save it as UTF-8</source>
        <translation>%1 文本：内存不足，无法转换；请另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="394" />
        <location filename="../../io/vector_precheck.cpp" line="443" />
        <source>%1 text, read as such; save it as UTF-8 for other GIS software</source>
        <translation>%1 文本，已按此编码读取；为便于其他 GIS 软件使用，请另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="403" />
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="414" />
        <location filename="../../io/vector_precheck.cpp" line="455" />
        <source>the header line is longer than 1 MB: this is not a table PlanAtlas can read</source>
        <translation>表头行超过 1 MB：不是 PlanAtlas 能读取的表格</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="430" />
        <source>the data is empty (0 bytes)</source>
        <translation>数据为空（0 字节）</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="434" />
        <source>the data is %1, over the limit of %2</source>
        <translation>数据大小 %1，超出 %2 的限制</translation>
    </message>
    <message>
        <location filename="../../io/vector_precheck.cpp" line="461" />
        <source>no memory to read it</source>
        <translation>内存不足，无法读取</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="38" />
        <source>a named pipe (FIFO), not a file: PlanAtlas reads regular files only</source>
        <translation>这是命名管道（FIFO），不是文件：PlanAtlas 只读取普通文件</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="39" />
        <source>a device, not a file: PlanAtlas reads regular files only</source>
        <translation>这是设备，不是文件：PlanAtlas 只读取普通文件</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="40" />
        <source>a socket, not a file: PlanAtlas reads regular files only</source>
        <translation>这是套接字，不是文件：PlanAtlas 只读取普通文件</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="41" />
        <location filename="../../io/input_file.cpp" line="60" />
        <source>a directory, not a file: open the files in it</source>
        <translation>这是文件夹，不是文件：请打开其中的文件</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="42" />
        <location filename="../../io/output_file.cpp" line="178" />
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="52" />
        <source>a symbolic link to %1, which does not exist</source>
        <translation>指向 %1 的符号链接，而该目标不存在</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="54" />
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="55" />
        <source>a symbolic link loop: the link leads back to itself</source>
        <translation>符号链接循环：链接最终指回自身</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="57" />
        <source>permission denied: this user may not read the file</source>
        <translation>权限不足：当前用户无权读取该文件</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="58" />
        <source>a part of the path is a file, not a directory</source>
        <translation>路径中的某一级是文件而不是文件夹</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="59" />
        <source>the path is too long</source>
        <translation>路径过长</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="61" />
        <source>cannot open the file (%1)</source>
        <translation>无法打开文件（%1）</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="77" />
        <source>no file name given</source>
        <translation>未给出文件名</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="78" />
        <source>the file name holds a NUL byte</source>
        <translation>文件名含有 NUL 字节</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="86" />
        <source>cannot read the file's status (%1)</source>
        <translation>无法读取文件状态（%1）</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="89" />
        <location filename="../../io/input_file.cpp" line="163" />
        <location filename="../../io/raster_reader.cpp" line="100" />
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="91" />
        <source>the file is %1, over the limit of %2 for this kind of file</source>
        <translation>文件大小 %1，超出此类文件 %2 的限制</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="152" />
        <source>reading failed (%1)</source>
        <translation>读取失败（%1）</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="158" />
        <source>the file grew past the limit of %1 while it was read</source>
        <translation>文件在读取过程中增大，超出 %1 的限制</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="168" />
        <source>%1 text with invalid characters; save it as UTF-8</source>
        <translation>%1 文本含有无效字符；请另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../io/input_file.cpp" line="178" />
        <source>binary data, not text: a NUL byte at byte %1</source>
        <translation>这是二进制数据而不是文本：第 %1 字节为 NUL</translation>
    </message>
    <message>
        <location filename="../../io/ogr_reader.cpp" line="182" />
        <source>layer '%1': </source>
        <translation>图层“%1”：</translation>
    </message>
    <message>
        <location filename="../../io/ogr_reader.cpp" line="184" />
        <source>%1 attribute columns, over PlanAtlas's limit of %2 for one layer</source>
        <translation>%1 个属性列，超出 PlanAtlas 单个图层 %2 列的限制</translation>
    </message>
    <message>
        <location filename="../../io/ogr_reader.cpp" line="192" />
        <source>the table has %1 rows, over the %2 PlanAtlas reads whole; open a view of a part of it (CREATE VIEW … WHERE …)</source>
        <translation>数据表有 %1 行，超出 PlanAtlas 整表读取的 %2 行；请建立其中一部分的视图（CREATE VIEW … WHERE …）</translation>
    </message>
    <message>
        <location filename="../../io/geojson_reader.cpp" line="565" />
        <location filename="../../io/ogr_reader.cpp" line="217" />
        <location filename="../../io/ogr_reader.cpp" line="265" />
        <location filename="../../io/ogr_reader.cpp" line="296" />
        <location filename="../../io/ogr_reader.cpp" line="317" />
        <location filename="../../io/vector_precheck.cpp" line="130" />
        <source>loading was cancelled</source>
        <translation>已取消加载</translation>
    </message>
    <message>
        <location filename="../../io/layer_finish.cpp" line="77" />
        <source>%1 invalid polygon(s) repaired with GEOS MakeValid: %2 (first: feature %3%4)</source>
        <translation>%1 个无效多边形已用 GEOS MakeValid 修复：%2（首个：要素 %3%4）</translation>
    </message>
    <message>
        <location filename="../../io/layer_finish.cpp" line="80" />
        <source>%1 polygon(s) left out: %2 (first: feature %3)</source>
        <translation>%1 个多边形未载入：%2（首个：要素 %3）</translation>
    </message>
    <message>
        <location filename="../../io/layer_finish.cpp" line="83" />
        <source>%1 unclosed ring(s) were closed</source>
        <translation>%1 个未闭合的环已闭合</translation>
    </message>
    <message>
        <location filename="../../io/layer_finish.cpp" line="85" />
        <source>%1 attribute value(s) were not UTF-8 and were read as %2</source>
        <translation>%1 个属性值不是 UTF-8，已按 %2 读取</translation>
    </message>
    <message>
        <location filename="../../io/layer_finish.cpp" line="89" />
        <source>%1 attribute value(s) are in an unknown text encoding (neither UTF-8 nor GB18030) and will show replacement characters</source>
        <translation>%1 个属性值的文字编码无法识别（既非 UTF-8 也非 GB18030），将显示为替换字符</translation>
    </message>
    <message>
        <location filename="../../io/layer_finish.cpp" line="93" />
        <source>%1 feature(s) without usable geometry were skipped (empty, degenerate or non-finite coordinates), first feature id %2</source>
        <translation>%1 个要素没有可用几何（空、退化或坐标非有限值），已跳过，首个要素编号 %2</translation>
    </message>
    <message>
        <location filename="../../io/layer_finish.cpp" line="98" />
        <source>the layer is empty (no features with geometry)</source>
        <translation>图层为空（没有带几何的要素）</translation>
    </message>
    <message>
        <location filename="../../io/layer_finish.cpp" line="111" />
        <source>the layer has no CRS; its coordinates are within longitude/latitude range, so WGS 84 was assumed</source>
        <translation>图层没有坐标系；其坐标在经纬度范围内，因此按 WGS 84 处理</translation>
    </message>
    <message>
        <location filename="../../io/layer_finish.cpp" line="114" />
        <source>the layer has no CRS and its coordinates are not longitude/latitude; add a .prj file or reproject it</source>
        <translation>图层没有坐标系，且坐标不是经纬度；请补充 .prj 文件或重新投影</translation>
    </message>
    <message>
        <location filename="../../io/layer_finish.cpp" line="121" />
        <source>GCJ-02/BD-09 coordinates are longitude/latitude, but this layer's are not; open it without choosing a Chinese web-map system</source>
        <translation>GCJ-02/BD-09 坐标是经纬度，而此图层不是；打开时请不要选择国内网络地图坐标系</translation>
    </message>
    <message>
        <location filename="../../io/ogr_reader.cpp" line="273" />
        <source>valid JSON, but not GeoJSON GDAL can read: a geometry's coordinates or a feature's members are not what GeoJSON says (GDAL: %1)</source>
        <translation>JSON 有效，但不是 GDAL 能读取的 GeoJSON：几何坐标或要素成员不符合 GeoJSON 规范（GDAL：%1）</translation>
    </message>
    <message>
        <location filename="../../io/ogr_reader.cpp" line="279" />
        <source>valid JSON, but not GeoJSON GDAL can read: a geometry's coordinates or a feature's members are not what GeoJSON says</source>
        <translation>JSON 有效，但不是 GDAL 能读取的 GeoJSON：几何坐标或要素成员不符合 GeoJSON 规范</translation>
    </message>
    <message>
        <location filename="../../io/ogr_reader.cpp" line="282" />
        <source>the shapefile is damaged or its .shx/.dbf companions are missing</source>
        <translation>Shapefile 已损坏，或缺少配套的 .shx/.dbf</translation>
    </message>
    <message>
        <location filename="../../io/ogr_reader.cpp" line="284" />
        <location filename="../../io/raster_reader.cpp" line="110" />
        <source>unknown or unsupported format</source>
        <translation>未知或不支持的格式</translation>
    </message>
    <message>
        <location filename="../../io/ogr_reader.cpp" line="286" />
        <source>GDAL cannot read this file as vector data (%1)</source>
        <translation>GDAL 无法将此文件读取为矢量数据（%1）</translation>
    </message>
    <message>
        <location filename="../../io/ogr_reader.cpp" line="290" />
        <source>the file holds no vector layers</source>
        <translation>文件中没有矢量图层</translation>
    </message>
    <message>
        <location filename="../../io/geojson_reader.cpp" line="585" />
        <location filename="../../io/ogr_reader.cpp" line="301" />
        <source>GDAL reported: %1</source>
        <translation>GDAL 提示：%1</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="161" />
        <source>no output file was named</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="162" />
        <source>the output file name holds a NUL byte</source>
        <translation>输出文件名含有 NUL 字节</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="164" />
        <source>%1: the output must be a file name, not a directory</source>
        <translation>%1：输出必须是文件名，而不是文件夹</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="170" />
        <source>%1 is a symbolic link (to %2): PlanAtlas does not write through links; name the file itself</source>
        <translation>%1 是符号链接（指向 %2）：PlanAtlas 不通过链接写入；请直接指定文件</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="174" />
        <source>a directory</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="175" />
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="176" />
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="177" />
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="179" />
        <source>%1 is %2: PlanAtlas replaces regular files only</source>
        <translation>%1 是%2：PlanAtlas 只替换普通文件</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="183" />
        <source>%1 is read-only: PlanAtlas does not replace it; save under another name</source>
        <translation>%1 为只读：PlanAtlas 不会替换它；请另存为其他文件名</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="185" />
        <source>%1: the directory %2 does not exist</source>
        <translation>%1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="199" />
        <source>%1 is the input %2: PlanAtlas never writes over its inputs; choose another name</source>
        <translation>%1 即输入文件 %2：PlanAtlas 从不覆盖输入文件；请另选文件名</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="206" />
        <source>%1 is %2, which PlanAtlas has open: choose another name</source>
        <translation>%1 即 PlanAtlas 已打开的 %2：请另选文件名</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="212" />
        <source>%1 is inside PlanAtlas's bundled data (%2), which is never written over; write elsewhere</source>
        <translation>%1 位于 PlanAtlas 自带数据（%2）之中，自带数据从不被覆盖；请写到其他位置</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="218" />
        <source>%1: the file written is %2, so its name must end in %3</source>
        <translation>%1：写出的是%2，文件名须以 %3 结尾</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="292" />
        <source>cannot create a file in %1 (%2)</source>
        <translation>无法在 %1 中创建文件（%2）</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="293" />
        <location filename="../../io/output_file.cpp" line="311" />
        <location filename="../../io/output_file.cpp" line="317" />
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../io/output_file.cpp" line="310" />
        <location filename="../../io/output_file.cpp" line="316" />
        <source>cannot write %1 (%2); nothing was replaced</source>
        <translation>无法写出 %1（%2）；原有文件未被替换</translation>
    </message>
    <message>
        <location filename="../../io/raster_reader.cpp" line="109" />
        <source>GDAL cannot read this file as a raster (%1)</source>
        <translation>GDAL 无法将此文件读取为栅格(%1)</translation>
    </message>
    <message>
        <location filename="../../io/raster_reader.cpp" line="124" />
        <source>the file holds several rasters (subdatasets); open one of them by its GDAL name</source>
        <translation>文件包含多个栅格(子数据集);请按 GDAL 名称打开其中之一</translation>
    </message>
    <message>
        <location filename="../../io/raster_reader.cpp" line="125" />
        <source>the file holds no raster bands</source>
        <translation>文件中没有栅格波段</translation>
    </message>
    <message>
        <location filename="../../io/raster_reader.cpp" line="128" />
        <source>the header claims %1 × %2 pixels, which no real raster has: the file is damaged</source>
        <translation>文件头声称有 %1 × %2 像素,不是真实的栅格:文件已损坏</translation>
    </message>
    <message>
        <location filename="../../io/raster_reader.cpp" line="146" />
        <location filename="../../io/raster_reader.cpp" line="154" />
        <source>the raster's data cannot be read: the file is truncated or damaged (%1)</source>
        <translation>无法读取栅格数据:文件被截断或已损坏(%1)</translation>
    </message>
    <message>
        <location filename="../../io/raster_reader.cpp" line="167" />
        <source>the image has no georeference (no world file, .aux.xml or GeoTIFF tags): georeference it with control points first (Tools › Georeference an image…)</source>
        <translation>图像没有地理参考(没有世界文件、.aux.xml 或 GeoTIFF 标签):请先用控制点配准(工具 › 配准图像…)</translation>
    </message>
    <message>
        <location filename="../../io/raster_reader.cpp" line="170" />
        <source>the raster has a georeference but no CRS (no .prj, .aux.xml or GeoTIFF keys): say which CRS it is in an .aux.xml beside it</source>
        <translation>栅格有地理参考但没有坐标系(没有 .prj、.aux.xml 或 GeoTIFF 键):请在旁边的 .aux.xml 中注明坐标系</translation>
    </message>
    <message>
        <location filename="../../io/raster_reader.cpp" line="173" />
        <source>the raster's CRS is one PROJ cannot use (%1)</source>
        <translation>栅格的坐标系 PROJ 无法使用(%1)</translation>
    </message>
    <message>
        <location filename="../../io/raster_reader.cpp" line="249" />
        <source>the raster can no longer be opened (%1)</source>
        <translation>栅格已无法打开(%1)</translation>
    </message>
    <message>
        <location filename="../../io/raster_warp.cpp" line="52" />
        <source>the raster could not be read for this view (%1)</source>
        <translation>无法为此视图读取栅格(%1)</translation>
    </message>
</context>
<context>
    <name>pa::Georeferencer</name>
    <message>
        <location filename="../georeferencer.cpp" line="45" />
        <source>Georeference an image</source>
        <translation>配准图像</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="52" />
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="52" />
        <source>Image x</source>
        <translation>图像 x</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="52" />
        <source>Image y</source>
        <translation>图像 y</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="52" />
        <source>Map x</source>
        <translation>地图 x</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="52" />
        <source>Map y</source>
        <translation>地图 y</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="52" />
        <source>Residual (px)</source>
        <translation>残差(像素)</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="53" />
        <source>Residual (m)</source>
        <translation>残差(米)</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="63" />
        <source>Affine (3 points or more)</source>
        <translation>仿射(至少 3 点)</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="64" />
        <source>Second-order polynomial (6 or more)</source>
        <translation>二次多项式(至少 6 点)</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="65" />
        <source>Thin-plate spline (exact at every point)</source>
        <translation>薄板样条(每点精确)</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="68" />
        <source>Remove point</source>
        <translation>删除点</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="69" />
        <source>Load points…</source>
        <translation>载入控制点…</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="70" />
        <source>Save points…</source>
        <translation>保存控制点…</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="71" />
        <source>Save GeoTIFF and add to map…</source>
        <translation>保存为 GeoTIFF 并加入地图…</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="80" />
        <location filename="../georeferencer.cpp" line="84" />
        <source>Control points</source>
        <translation>控制点</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="80" />
        <location filename="../georeferencer.cpp" line="84" />
        <source>Control points (*.points)</source>
        <translation>控制点 (*.points)</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="89" />
        <source>Georeferenced image</source>
        <translation>配准后的图像</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="91" />
        <source>GeoTIFF (*.tif)</source>
        <translation>GeoTIFF (*.tif)</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="140" />
        <source>Georeference %1</source>
        <translation>配准 %1</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="204" />
        <source>RMS %1 px, %2 m over %3 points</source>
        <translation>均方根误差 %1 像素,%2 米(%3 个点)</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="232" />
        <source>Open an image to georeference.</source>
        <translation>打开要配准的图像。</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="233" />
        <source>Now click the same place on the map.</source>
        <translation>现在在地图上点击同一位置。</translation>
    </message>
    <message>
        <location filename="../georeferencer.cpp" line="234" />
        <source>Click a place you can recognise on the image, then the same place on the map (drag to pan, wheel to zoom).</source>
        <translation>在图像上点击一个可辨认的位置,再在地图上点击同一位置(拖动平移,滚轮缩放)。</translation>
    </message>
</context>
<context>
    <name>pa::IdentifyPanel</name>
    <message>
        <location filename="../identify_panel.cpp" line="59" />
        <source>Raster values here</source>
        <translation>此处的栅格值</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="63" />
        <source>Band %1</source>
        <translation>波段 %1</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="76" />
        <source>Click a feature on the map to see what the plan says of it.</source>
        <translation>点击地图上的要素，查看规划对它的表述。</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="92" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="93" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="94" />
        <source>Accuracy</source>
        <translation>位置精度</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="95" />
        <source>How placed</source>
        <translation>定位方式</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="96" />
        <location filename="../identify_panel.cpp" line="118" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="97" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="98" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="108" />
        <source>Plan clauses (%1)</source>
        <translation>规划条文（%1）</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="115" />
        <source>Targets (%1)</source>
        <translation>目标指标（%1）</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="117" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="117" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="117" />
        <source>2020 baseline</source>
        <translation>2020年基期</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="118" />
        <source>2025 target</source>
        <translation>2025年目标</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="118" />
        <source>Type</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="145" />
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="149" />
        <source>Related features (%1)</source>
        <translation>相关要素（%1）</translation>
    </message>
</context>
<context>
    <name>pa::LayerTree</name>
    <message>
        <location filename="../layer_tree.cpp" line="57" />
        <source>Basemaps</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../layer_tree.cpp" line="73" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../layer_tree.cpp" line="78" />
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <location filename="../layer_tree.cpp" line="80" />
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <location filename="../layer_tree.cpp" line="169" />
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <location filename="../layer_tree.cpp" line="335" />
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
        <location filename="../main_window.cpp" line="114" />
        <source>Building overviews of %1…</source>
        <translation>正在为 %1 建立金字塔…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="154" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="155" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="156" />
        <source>Add a &amp;PostGIS layer…</source>
        <translation>添加 &amp;PostGIS 图层…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="165" />
        <source>Open with &amp;coordinates and encoding…</source>
        <translation>按坐标系与编码打开(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="171" />
        <source>As the file says</source>
        <translation>按文件声明</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="171" />
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="171" />
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="172" />
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="173" />
        <source>The coordinates are in:</source>
        <translation>坐标属于：</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="175" />
        <source>As the file says (.cpg), else UTF-8 or GB18030</source>
        <translation>按文件声明（.cpg），否则 UTF-8 或 GB18030</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="176" />
        <source>Text encoding</source>
        <translation>文字编码</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="176" />
        <source>The attributes' text is in:</source>
        <translation>属性文字的编码：</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="186" />
        <source>&amp;Export map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="187" />
        <source>Export the map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="188" />
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="193" />
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="193" />
        <source>Dots per inch:</source>
        <translation>每英寸点数（DPI）：</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="196" />
        <source>Wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="198" />
        <source>&amp;Remove layer</source>
        <translation>移除图层(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="200" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="202" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="204" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="208" />
        <source>Zoom to &amp;Home</source>
        <translation>回到天河全貌(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="209" />
        <source>Zoom to &amp;Full Extent</source>
        <translation>全部范围(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="211" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="212" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="214" />
        <source>Display &amp;CRS…</source>
        <translation>显示坐标系(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="221" />
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="224" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="225" />
        <source>&amp;Georeference an image…</source>
        <translation>配准图像(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="226" />
        <source>Image to georeference</source>
        <translation>要配准的图像</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="227" />
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.tif *.tiff *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="230" />
        <source>Check the selected feature</source>
        <translation>核查所选要素</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="231" />
        <source>Select a feature first.</source>
        <translation>请先选择一个要素。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="233" />
        <source>Check a layer of projects…</source>
        <translation>核查项目图层…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="511" />
        <source>Map data (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite *.tif *.tiff *.vrt *.mbtiles *.jpg *.jpeg *.png *.jp2 *.img *.asc);;Vector data (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;Rasters (*.tif *.tiff *.vrt *.mbtiles *.gpkg *.jpg *.jpeg *.png *.jp2 *.img *.asc);;All files (*)</source>
        <translation>地图数据 (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite *.tif *.tiff *.vrt *.mbtiles *.jpg *.jpeg *.png *.jp2 *.img *.asc);;矢量数据 (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;栅格 (*.tif *.tiff *.vrt *.mbtiles *.gpkg *.jpg *.jpeg *.png *.jp2 *.img *.asc);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../main_window_tools.cpp" line="75" />
        <source>Open a layer of projects</source>
        <translation>打开项目图层</translation>
    </message>
    <message>
        <location filename="../main_window_tools.cpp" line="76" />
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite);;All files (*)</source>
        <translation>矢量数据 (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="235" />
        <source>Measure &amp;distance</source>
        <translation>量测距离(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="237" />
        <source>Measure &amp;area</source>
        <translation>量测面积(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="239" />
        <location filename="../main_window_tools.cpp" line="35" />
        <source>Stop measuring</source>
        <translation>停止量测</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="240" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="244" />
        <source>The language changes when PlanAtlas starts next.</source>
        <translation>语言设置将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="272" />
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="114" />
        <location filename="../main_window.cpp" line="272" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="323" />
        <source>Build overviews</source>
        <translation>建立金字塔</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="331" />
        <source>Georeference…</source>
        <translation>配准…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="349" />
        <source>Choose a layer in the layer tree first.</source>
        <translation>请先在图层树中选择一个图层。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="358" />
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="364" />
        <source>Plan</source>
        <translation>规划文本</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="370" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="378" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="400" />
        <source>Check</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="413" />
        <source>Tours</source>
        <translation>演示路线</translation>
    </message>
    <message>
        <source>Add this view</source>
        <translation>添加当前视图</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>视图 %1</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>PlanAtlas project (*.json)</source>
        <translation>PlanAtlas 项目 (*.json)</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../main_window_tools.cpp" line="30" />
        <source>Check this place</source>
        <translation>核查此处</translation>
    </message>
    <message>
        <location filename="../main_window_tools.cpp" line="32" />
        <source>Measure distance</source>
        <translation>量测距离</translation>
    </message>
    <message>
        <location filename="../main_window_tools.cpp" line="33" />
        <source>Measure area</source>
        <translation>量测面积</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>PlanAtlas map</source>
        <translation>PlanAtlas 地图</translation>
    </message>
    <message>
        <source>Data: the plan text; boundaries and metro from DataV and MetroMan (GCJ-02 converted to WGS 84); CRS %1</source>
        <translation>数据：规划纲要文本；区界与地铁据 DataV、MetroMan（GCJ-02 已转 WGS 84）；坐标系 %1</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>距离：%1</translation>
    </message>
    <message>
        <source>Area: %1 (perimeter %2)</source>
        <translation>面积：%1（周长 %2）</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 平方千米</translation>
    </message>
    <message>
        <source>No map feature is linked to %1</source>
        <translation>没有地图要素关联到 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) linked to %1</source>
        <translation>
            <numerusform>%n 个要素关联到 %1</numerusform></translation>
    </message>
    <message>
        <source>Features here</source>
        <translation>此处的要素</translation>
    </message>
    <message>
        <source>outside the CRS</source>
        <translation>超出坐标系范围</translation>
    </message>
    <message>
        <source>Scale 1:%L1</source>
        <translation>比例尺 1:%L1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="501" />
        <source>Display CRS</source>
        <translation>显示坐标系</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="502" />
        <source>Any CRS PROJ knows, e.g. EPSG:3857, EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E), EPSG:4326:</source>
        <translation>PROJ 支持的任意坐标系，例如 EPSG:3857、EPSG:4547（CGCS2000 3度带高斯-克吕格 中央经线114°E）、EPSG:4326：</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="167" />
        <location filename="../main_window.cpp" line="510" />
        <source>Open vector data</source>
        <translation>打开矢量数据</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="168" />
        <source>Vector data (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;All files (*)</source>
        <translation>矢量数据 (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>pa::MapCanvas</name>
    <message numerus="yes">
        <location filename="../map_canvas.cpp" line="493" />
        <source>+%n more here</source>
        <translation>
            <numerusform>此处另有 %n 个</numerusform></translation>
    </message>
</context>
<context>
    <name>pa::MessageBar</name>
    <message>
        <location filename="../message_bar.cpp" line="20" />
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../message_bar.cpp" line="54" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../message_bar.cpp" line="54" />
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
    <message>
        <location filename="../postgis_dialog.cpp" line="77" />
        <source>no tables with geometry</source>
        <translation>没有带几何的表</translation>
    </message>
    <message numerus="yes">
        <location filename="../postgis_dialog.cpp" line="78" />
        <source>%n table(s) with geometry</source>
        <translation>
            <numerusform>%n 个含几何的数据表</numerusform></translation>
    </message>
</context>
<context>
    <name>pa::Presentation</name>
    <message>
        <location filename="../presentation.cpp" line="92" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>pa::SearchBox</name>
    <message>
        <location filename="../search_box.cpp" line="15" />
        <source>Search names, pinyin initials, clauses, targets (Ctrl+F)</source>
        <translation>搜索名称、拼音首字母、条文、指标（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../search_box.cpp" line="59" />
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../search_box.cpp" line="60" />
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../search_box.cpp" line="61" />
        <source>Clause</source>
        <translation>条文</translation>
    </message>
    <message>
        <location filename="../search_box.cpp" line="68" />
        <source>[Server] Search %1 for “%2”</source>
        <translation>[服务器] 在 %1 中搜索“%2”</translation>
    </message>
    <message>
        <location filename="../search_box.cpp" line="85" />
        <source>Searching %1 on the server…</source>
        <translation>正在服务器上搜索 %1…</translation>
    </message>
    <message>
        <location filename="../search_box.cpp" line="106" />
        <source>Nothing on the server is named so</source>
        <translation>服务器上没有这样命名的要素</translation>
    </message>
    <message>
        <location filename="../search_box.cpp" line="52" />
        <source>Nothing found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>pa::Selection</name>
    <message>
        <location filename="../selection.cpp" line="52" />
        <source>No map feature is linked to %1</source>
        <translation>没有地图要素关联到 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../selection.cpp" line="56" />
        <source>%n feature(s) linked to %1</source>
        <translation>
            <numerusform>%n 个要素关联到 %1</numerusform></translation>
    </message>
    <message>
        <location filename="../selection.cpp" line="96" />
        <source>Asking the server…</source>
        <translation>正在查询服务器…</translation>
    </message>
    <message>
        <location filename="../selection.cpp" line="156" />
        <source>Features here</source>
        <translation>此处的要素</translation>
    </message>
</context>
<context>
    <name>pa::StatusReadout</name>
    <message>
        <location filename="../status_readout.cpp" line="73" />
        <source>outside the CRS</source>
        <translation>超出坐标系范围</translation>
    </message>
    <message>
        <location filename="../status_readout.cpp" line="103" />
        <source>Scale 1:%L1</source>
        <translation>比例尺 1:%L1</translation>
    </message>
    <message>
        <location filename="../status_readout.cpp" line="114" />
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../status_readout.cpp" line="114" />
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <location filename="../status_readout.cpp" line="116" />
        <source>Distance: %1</source>
        <translation>距离：%1</translation>
    </message>
    <message>
        <location filename="../status_readout.cpp" line="121" />
        <source>Area: %1 (perimeter %2)</source>
        <translation>面积：%1（周长 %2）</translation>
    </message>
    <message>
        <location filename="../status_readout.cpp" line="122" />
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <location filename="../status_readout.cpp" line="122" />
        <source>%1 km²</source>
        <translation>%1 平方千米</translation>
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
<context>
    <name>pa::Tours</name>
    <message>
        <location filename="../tours.cpp" line="33" />
        <source>Add this view</source>
        <translation>添加当前视图</translation>
    </message>
    <message>
        <location filename="../tours.cpp" line="33" />
        <source>Caption:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../tours.cpp" line="34" />
        <source>View %1</source>
        <translation>视图 %1</translation>
    </message>
    <message>
        <location filename="../tours.cpp" line="43" />
        <source>Export the map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../tours.cpp" line="44" />
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../tours.cpp" line="49" />
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../tours.cpp" line="50" />
        <location filename="../tours.cpp" line="55" />
        <source>PlanAtlas project (*.json)</source>
        <translation>PlanAtlas 项目 (*.json)</translation>
    </message>
    <message>
        <location filename="../tours.cpp" line="55" />
        <source>Open a project</source>
        <translation>打开项目</translation>
    </message>
</context>
</TS>