#pragma once
// Qt's raster engine's byte arithmetic, for the pixels the painter writes straight into an image
// (coverage fill, thin outlines) to be the very bytes QPainter would write.
#include <QRgb>

namespace pa {

// x * a / 255 on each byte of x, rounded, as Qt computes it (its BYTE_MUL).
inline QRgb byteMul(QRgb x, unsigned a) {
    unsigned t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = x + ((x >> 8) & 0xff00ff) + 0x800080;
    x &= 0xff00ff00;
    return x | t;
}

}  // namespace pa
