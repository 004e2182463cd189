#include "render/png_encoder.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
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
struct Run {
    std::string deflated;
    uLong adler = 1;
    std::size_t rawBytes = 0;
    bool ok = false;
};

void encodeRun(const QImage& im, bool alpha, int y0, int y1, bool last, int level, Run& out) {
    const int w = im.width();
    const int channels = alpha ? 4 : 3;
    const std::size_t rowBytes = std::size_t(w) * std::size_t(channels);
    std::vector<unsigned char> raw((rowBytes + 1) * std::size_t(y1 - y0));
    std::vector<unsigned char> row(rowBytes);
    unsigned char* o = raw.data();
    for (int y = y0; y < y1; ++y) {
        const QRgb* px = reinterpret_cast<const QRgb*>(im.constScanLine(y));
        unsigned char* r = row.data();
        for (int x = 0; x < w; ++x) {
            const QRgb c = px[x];
            *r++ = std::uint8_t(qRed(c));
            *r++ = std::uint8_t(qGreen(c));
            *r++ = std::uint8_t(qBlue(c));
            if (alpha) *r++ = std::uint8_t(qAlpha(c));
        }
        *o++ = 1;  // Sub: each byte less the same channel of the pixel to its left
        for (int i = 0; i < channels; ++i) o[i] = row[std::size_t(i)];
        for (std::size_t i = std::size_t(channels); i < rowBytes; ++i) o[i] = std::uint8_t(row[i] - row[i - std::size_t(channels)]);
        o += rowBytes;
    }
    out.rawBytes = raw.size();
    out.adler = adler32(1, raw.data(), uInt(raw.size()));
    z_stream z{};
    if (deflateInit2(&z, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return;
    out.deflated.resize(deflateBound(&z, uLong(raw.size())) + 16);
    z.next_in = raw.data();
    z.avail_in = uInt(raw.size());
    z.next_out = reinterpret_cast<Bytef*>(&out.deflated[0]);
    z.avail_out = uInt(out.deflated.size());
    const int rc = deflate(&z, last ? Z_FINISH : Z_SYNC_FLUSH);
    out.ok = last ? rc == Z_STREAM_END : rc == Z_OK && z.avail_in == 0;
    out.deflated.resize(out.deflated.size() - z.avail_out);
    deflateEnd(&z);
}

}  // namespace

std::string encodePng(const QImage& image, int zlibLevel) {
    if (image.isNull()) return {};
    const bool alpha = image.hasAlphaChannel();
    // Unpremultiplied by Qt's own conversion (SIMD, on its thread pool), as its PNG writer does it.
    const QImage im = image.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    const int h = im.height();
    const int runs = std::clamp(std::min(int(std::thread::hardware_concurrency()), h / 64), 1, 8);
    std::vector<Run> parts(static_cast<std::size_t>(runs));
    auto work = [&](int i) { encodeRun(im, alpha, h * i / runs, h * (i + 1) / runs, i == runs - 1, zlibLevel, parts[std::size_t(i)]); };
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
