#include "render/png_encoder.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

namespace pa {

namespace {

void put32(std::string& s, std::uint32_t v) {
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    s.append(b, 4);
}

void putChunk(std::string& png, const char* type, const std::string& data) {
    put32(png, std::uint32_t(data.size()));
    const std::size_t start = png.size();
    png.append(type, 4);
    png += data;
    put32(png, std::uint32_t(crc32(0, reinterpret_cast<const Bytef*>(png.data() + start), uInt(png.size() - start))));
}

// One run of rows: filtered, deflated without a zlib header, ended on a byte boundary (or finished).
// Row by row, so a run holds one row and what it has deflated, never the whole picture again.
struct Run {
    std::string deflated;
    uLong adler = 1;
    std::size_t rawBytes = 0;
    bool ok = false;
};

void encodeRun(const QImage& image, bool alpha, int y0, int y1, bool last, Run& out) {
    const int w = image.width();
    const std::size_t channels = alpha ? 4 : 3;
    const std::size_t rowBytes = std::size_t(w) * channels;
    std::vector<unsigned char> pixels(rowBytes), filtered(rowBytes + 1);
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK) return;
    // Allocated, not filled: only the pages deflate writes become memory.
    const std::size_t capacity = deflateBound(&z, uLong((rowBytes + 1) * std::size_t(y1 - y0))) + 64;
    std::unique_ptr<unsigned char[]> buffer(new unsigned char[capacity]);
    z.next_out = buffer.get();
    z.avail_out = uInt(capacity);
    bool ok = true;
    // Pixels read as they are where no conversion changes them: 32-bit pixels written as RGB, whose
    // alpha is 255 throughout (premultiplied or not, the same bytes).
    const bool direct = !alpha && (image.format() == QImage::Format_ARGB32_Premultiplied || image.format() == QImage::Format_ARGB32 ||
                                   image.format() == QImage::Format_RGB32);
    for (int y = y0; y < y1 && ok; ++y) {
        // Otherwise unpremultiplied by Qt's own conversion, as its PNG writer does it (its SIMD rounding).
        const QImage line = direct ? QImage() : image.copy(0, y, w, 1).convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
        const QRgb* px = reinterpret_cast<const QRgb*>(direct ? image.constScanLine(y) : line.constScanLine(0));
        unsigned char* r = pixels.data();
        for (int x = 0; x < w; ++x) {
            *r++ = std::uint8_t(qRed(px[x]));
            *r++ = std::uint8_t(qGreen(px[x]));
            *r++ = std::uint8_t(qBlue(px[x]));
            if (alpha) *r++ = std::uint8_t(qAlpha(px[x]));
        }
        unsigned char* o = filtered.data();
        *o++ = 1;  // Sub: each byte less the same channel of the pixel to its left
        for (std::size_t i = 0; i < channels && i < rowBytes; ++i) o[i] = pixels[i];
        for (std::size_t i = channels; i < rowBytes; ++i) o[i] = std::uint8_t(pixels[i] - pixels[i - channels]);
        out.adler = adler32(out.adler, filtered.data(), uInt(filtered.size()));
        out.rawBytes += filtered.size();
        z.next_in = filtered.data();
        z.avail_in = uInt(filtered.size());
        const bool end = y + 1 == y1;
        const int rc = deflate(&z, end ? (last ? Z_FINISH : Z_SYNC_FLUSH) : Z_NO_FLUSH);
        ok = end && last ? rc == Z_STREAM_END : rc == Z_OK && z.avail_in == 0;
    }
    out.ok = ok;
    out.deflated.assign(reinterpret_cast<const char*>(buffer.get()), capacity - z.avail_out);
    deflateEnd(&z);
}

bool opaque(const QImage& image) {
    if (image.format() != QImage::Format_ARGB32_Premultiplied && image.format() != QImage::Format_ARGB32) return false;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb* px = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        QRgb all = 0xff000000;
        for (int x = 0; x < image.width(); ++x) all &= px[x];
        if ((all >> 24) != 0xff) return false;
    }
    return true;
}

}  // namespace

std::string encodePng(const QImage& image) {
    if (image.isNull()) return {};
    // An image with an alpha channel that is opaque throughout (a map on its background) is written
    // as RGB: the same picture in three quarters of the bytes to filter and deflate.
    const bool alpha = image.hasAlphaChannel() && !opaque(image);
    const QImage& im = image;
    const int h = im.height();
    const int runs = std::clamp(std::min(int(std::thread::hardware_concurrency()), h / 64), 1, 8);
    std::vector<Run> parts(static_cast<std::size_t>(runs));
    auto work = [&](int i) { encodeRun(im, alpha, h * i / runs, h * (i + 1) / runs, i == runs - 1, parts[std::size_t(i)]); };
    std::vector<std::thread> pool;
    for (int i = 1; i < runs; ++i) pool.emplace_back(work, i);
    work(0);
    for (std::thread& t : pool) t.join();
    std::string idat("\x78\x01", 2);  // zlib: deflate, 32 KB window; the level field is advisory
    uLong adler = parts[0].adler;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (!parts[i].ok) return {};
        idat += parts[i].deflated;
        if (i) adler = adler32_combine(adler, parts[i].adler, z_off_t(parts[i].rawBytes));
    }
    put32(idat, std::uint32_t(adler));
    std::string png("\x89PNG\r\n\x1a\n", 8);
    std::string header;
    put32(header, std::uint32_t(im.width()));
    put32(header, std::uint32_t(h));
    header += char(8);               // bits a channel
    header += char(alpha ? 6 : 2);   // RGBA or RGB
    header.append("\0\0\0", 3);      // deflate, adaptive filtering, no interlace
    putChunk(png, "IHDR", header);
    putChunk(png, "IDAT", idat);
    putChunk(png, "IEND", {});
    return png;
}

}  // namespace pa
