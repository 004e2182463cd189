#include <gtest/gtest.h>

#include "core/layer.h"
#include "core/style.h"

using namespace pa;

TEST(Style, ParsesColours) {
    EXPECT_EQ(*parseColor("#ff8000"), (Rgba{255, 128, 0, 255}));
    EXPECT_EQ(*parseColor("#FF800080"), (Rgba{255, 128, 0, 128}));
    EXPECT_EQ(*parseColor("#fff"), (Rgba{255, 255, 255, 255}));
    EXPECT_FALSE(parseColor("red"));
    EXPECT_FALSE(parseColor("#12345"));
    EXPECT_FALSE(parseColor("#gg0000"));
}

TEST(Style, RulesMatchLayerAndAttributeInOrder) {
    StyleSheet s;
    StyleRule byLayer;
    byLayer.layer = "roads";
    byLayer.patch.strokeWidth = 4.0f;
    StyleRule byKind;
    byKind.property = "kind";
    byKind.values = {"expressway", "motorway"};
    byKind.patch.stroke = Rgba{200, 0, 0, 255};
    StyleRule fromAttr;
    fromAttr.property = "kind";
    fromAttr.values = {"metro line"};
    fromAttr.patch.strokeColorProperty = "color";
    s.rules = {byLayer, byKind, fromAttr};

    Layer roads;
    roads.name = "roads";
    Feature f;
    f.properties = {{"kind", "expressway"}};
    Symbol sym = s.resolve(roads, f);
    EXPECT_FLOAT_EQ(sym.strokeWidth, 4.0f);
    EXPECT_EQ(sym.stroke, (Rgba{200, 0, 0, 255}));

    Layer other;
    other.name = "other";
    Feature m;
    m.properties = {{"kind", "metro line"}, {"color", "#00629b"}};
    sym = s.resolve(other, m);
    EXPECT_FLOAT_EQ(sym.strokeWidth, s.base.strokeWidth);
    EXPECT_EQ(sym.stroke, (Rgba{0, 0x62, 0x9b, 255}));
}

#include "core/text.h"

TEST(Text, Utf8Validation) {
    EXPECT_TRUE(pa::isValidUtf8("天河 Tianhe"));
    EXPECT_TRUE(pa::isValidUtf8(""));
    EXPECT_FALSE(pa::isValidUtf8("\xCC\xEC\xBA\xD3"));  // GBK for 天河
    EXPECT_FALSE(pa::isValidUtf8("\xC0\xAF"));          // overlong '/'
    EXPECT_FALSE(pa::isValidUtf8("\xED\xA0\x80"));      // surrogate
    EXPECT_FALSE(pa::isValidUtf8("\xE5\xA4"));          // truncated
}
