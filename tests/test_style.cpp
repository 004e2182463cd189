#include <gtest/gtest.h>

#include <cstdio>

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

TEST(Style, ALargeLayerResolvedOnAllCoresIsAsOnePassMakesIt) {
    // Colours from an attribute, in an order where later ranges meet new symbols first: the palette
    // must still be in order of first use over the whole layer.
    StyleSheet s;
    StyleRule byColour;
    byColour.property = "kind";
    byColour.values = {"lake"};
    byColour.patch.fill = Rgba{0, 0, 255, 255};
    StyleRule fromAttr;
    fromAttr.patch.fillColorProperty = "colour";
    s.rules = {byColour, fromAttr};
    Layer layer;
    layer.name = "parcels";
    const int n = 120000;
    for (int i = 0; i < n; ++i) {
        Feature f;
        char colour[8];
        std::snprintf(colour, sizeof colour, "#%02x%02x00", (i * 7919) % 256 * (i > n / 2), i % 5);
        f.properties = {{"kind", i % 11 == 0 ? "lake" : "parcel"}, {"colour", colour}};
        layer.features.push_back(f);
    }
    const ResolvedStyle r = resolveLayerStyle(layer, s);
    std::vector<Symbol> palette;
    ASSERT_EQ(r.symbolOf.size(), std::size_t(n));
    ASSERT_EQ(r.labels.size(), std::size_t(n));
    for (int i = 0; i < n; ++i) {
        const Symbol want = s.resolve(layer, layer.features[std::size_t(i)]);
        const Symbol& got = r.symbol(std::uint32_t(i));
        ASSERT_EQ(got.fill, want.fill) << i;
        std::size_t first = 0;
        while (first < palette.size() && !(palette[first].fill == want.fill)) ++first;
        if (first == palette.size()) palette.push_back(want);
        ASSERT_EQ(r.symbolOf[std::size_t(i)], first) << "feature " << i << ": the palette in order of first use";
    }
    EXPECT_EQ(r.palette.size(), palette.size());
    EXPECT_GT(palette.size(), 300u);
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
