<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>pa::IdentifyPanel</name>
    <message>
        <location filename="../identify_panel.cpp" line="60" />
        <source>Click a feature on the map to see what the plan says of it.</source>
        <translation>点击地图上的要素，查看规划对它的表述。</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="76" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="77" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="78" />
        <source>Accuracy</source>
        <translation>位置精度</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="79" />
        <source>How placed</source>
        <translation>定位方式</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="80" />
        <location filename="../identify_panel.cpp" line="102" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="81" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="82" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="92" />
        <source>Plan clauses (%1)</source>
        <translation>规划条文（%1）</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="99" />
        <source>Targets (%1)</source>
        <translation>目标指标（%1）</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="101" />
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="101" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="101" />
        <source>2020 baseline</source>
        <translation>2020年基期</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="102" />
        <source>2025 target</source>
        <translation>2025年目标</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="102" />
        <source>Type</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../identify_panel.cpp" line="125" />
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
        <location filename="../main_window.cpp" line="47" />
        <source>PlanAtlas</source>
        <translation>规划图鉴 PlanAtlas</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="87" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="88" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="90" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="92" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="94" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="98" />
        <source>Zoom to &amp;Home</source>
        <translation>回到天河全貌(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="99" />
        <source>Zoom to &amp;Full Extent</source>
        <translation>全部范围(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="101" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="102" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="104" />
        <source>Display &amp;CRS…</source>
        <translation>显示坐标系(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="109" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="113" />
        <source>The language changes when PlanAtlas starts next.</source>
        <translation>语言设置将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="141" />
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="147" />
        <source>Plan</source>
        <translation>规划文本</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="153" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="161" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="213" />
        <source>No map feature is linked to %1</source>
        <translation>没有地图要素关联到 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="217" />
        <source>%n feature(s) linked to %1</source>
        <translation>
            <numerusform>%n 个要素关联到 %1</numerusform></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="251" />
        <source>Features here</source>
        <translation>此处的要素</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="352" />
        <source>outside the CRS</source>
        <translation>超出坐标系范围</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="381" />
        <source>Scale 1:%L1</source>
        <translation>比例尺 1:%L1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="386" />
        <source>Display CRS</source>
        <translation>显示坐标系</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="387" />
        <source>Any CRS PROJ knows, e.g. EPSG:3857, EPSG:4547 (CGCS2000 / 3-degree Gauss-Kruger CM 114E), EPSG:4326:</source>
        <translation>PROJ 支持的任意坐标系，例如 EPSG:3857、EPSG:4547（CGCS2000 3度带高斯-克吕格 中央经线114°E）、EPSG:4326：</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="395" />
        <source>Open vector data</source>
        <translation>打开矢量数据</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="396" />
        <source>Vector data (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;All files (*)</source>
        <translation>矢量数据 (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>pa::MapCanvas</name>
    <message numerus="yes">
        <location filename="../map_canvas.cpp" line="305" />
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
</TS>