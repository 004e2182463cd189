#pragma once
// Qt's raster engine's byte arithmetic, for the pixels the painter writes straight into an image
// (coverage fill, thin outlines) to be the very bytes QPainter would write.
#include <QRgb>

#include <cstddef>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// *d = src + byteMul(*d, rest) over [d, end): a solid colour over a span, source over. Four pixels
// at a time in SSE2 the same arithmetic, a channel in a 16-bit lane (c * a + (c * a >> 8) + 128 stays
// under 2^16), and the sum added as 32-bit words as the scalar form adds them.
inline void sourceOverSpan(QRgb* d, QRgb* end, QRgb src, unsigned rest) {
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128(), a = _mm_set1_epi16(short(rest)), half = _mm_set1_epi16(0x80);
    const __m128i s = _mm_set1_epi32(int(src));
    auto mul = [&](__m128i c) {
        c = _mm_mullo_epi16(c, a);
        c = _mm_add_epi16(c, _mm_srli_epi16(c, 8));
        return _mm_srli_epi16(_mm_add_epi16(c, half), 8);
    };
    for (; end - d >= 4; d += 4) {
        const __m128i px = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d));
        const __m128i lo = mul(_mm_unpacklo_epi8(px, zero)), hi = mul(_mm_unpackhi_epi8(px, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(d), _mm_add_epi32(s, _mm_packus_epi16(lo, hi)));
    }
#endif
    for (; d < end; ++d) *d = src + byteMul(*d, rest);
}

}  // namespace pa
