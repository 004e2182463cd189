#pragma once
// Chinese web-map coordinates. GCJ-02 (Amap, Tencent, DataV) and BD-09 (Baidu) are obfuscated
// offsets of WGS 84, not datums PROJ knows: the forward formulas are the widely published public
// reconstruction; the inverses are iterated to 1e-10 degrees (a round trip stays well under 1 cm
// inside China). Outside China the GCJ-02 offset is zero, as the services apply it.
#include <string>

#include "core/geometry.h"

namespace pa {

enum class ChineseDatum { None, Gcj02, Bd09 };

// "GCJ02", "GCJ-02", "BD09", "BD-09" (any case); None for anything else.
ChineseDatum chineseDatumFromName(const std::string& name);

bool outsideChina(Vec2d lonLat);
Vec2d wgs84ToGcj02(Vec2d lonLat);
Vec2d gcj02ToWgs84(Vec2d lonLat);
Vec2d gcj02ToBd09(Vec2d lonLat);
Vec2d bd09ToGcj02(Vec2d lonLat);
Vec2d wgs84ToBd09(Vec2d lonLat);
Vec2d bd09ToWgs84(Vec2d lonLat);

// WGS 84 lon/lat of a point given in the datum (identity for None), and the reverse.
Vec2d toWgs84(ChineseDatum d, Vec2d p);
Vec2d fromWgs84(ChineseDatum d, Vec2d p);

}  // namespace pa
