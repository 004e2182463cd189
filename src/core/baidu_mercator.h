#pragma once
// Baidu's own Mercator ("BD09MC"): the plane Baidu Maps numbers its tiles in. Not a projection PROJ
// knows: the forward and inverse are the piecewise polynomials (six latitude bands) of Baidu's
// published map API, as open projects reproduce them; they agree with Baidu's own published pairs to
// a centimetre (tests). Input and output of the datum: BD-09 longitude/latitude (core/chinese_datums).
#include "core/geometry.h"

namespace pa {

// BD-09 lon/lat (degrees) to Baidu Mercator (x, y in Baidu's metre-like units).
Vec2d bd09ToBaiduMercator(Vec2d lonLat);
// Baidu Mercator to BD-09 lon/lat.
Vec2d baiduMercatorToBd09(Vec2d mc);

// Baidu's tile grid: at level z a pixel is 2^(18 − z) units, a tile 256 pixels, numbered from the
// origin, rows counting northwards.
double baiduTileSpan(int z);

}  // namespace pa
