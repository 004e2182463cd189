#include "render/glyph_atlas.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace pa {

namespace {

QString pickFamily() {
    const QStringList have = QFontDatabase::families();
    for (const char* f : {"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Noto Sans CJK JP"})
        if (have.contains(f)) return f;
    return QFont().family();
}

unsigned long long key(char32_t c, int size, int halo) {
    return (static_cast<unsigned long long>(c) << 24) | (static_cast<unsigned long long>(size & 0xfff) << 12) |
           static_cast<unsigned long long>(halo & 0xfff);
}

}  // namespace

GlyphAtlas::GlyphAtlas(int size) : image_(size, size, QImage::Format_RGBA8888), family_(pickFamily()) { clear(); }

void GlyphAtlas::clear() {
    image_.fill(QColor(0, 0, 0, 255));
    glyphs_.clear();
    shelfX_ = shelfY_ = shelfH_ = 0;
    dirty_ = true;
}

QFont GlyphAtlas::font(int pixelSize) const {
    QFont f(family_);
    f.setPixelSize(pixelSize);
    f.setStyleStrategy(QFont::PreferAntialias);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

float GlyphAtlas::advance(char32_t code, int pixelSize) {
    const QString s = QString::fromUcs4(&code, 1);
    return float(QFontMetricsF(font(pixelSize)).horizontalAdvance(s));
}

const GlyphInfo* GlyphAtlas::glyph(char32_t code, int pixelSize, int halo) {
    const unsigned long long k = key(code, pixelSize, halo);
    if (auto it = glyphs_.find(k); it != glyphs_.end()) return &it->second;
    const QFont f = font(pixelSize);
    const QFontMetricsF fm(f);
    const QString s = QString::fromUcs4(&code, 1);
    GlyphInfo g;
    g.advance = float(fm.horizontalAdvance(s));
    g.inFont = fm.inFontUcs4(code);
    const int w = int(std::ceil(g.advance)) + 2 * halo + 2, h = int(std::ceil(fm.height())) + 2 * halo + 2;
    if (shelfX_ + w > image_.width()) {
        shelfX_ = 0;
        shelfY_ += shelfH_;
        shelfH_ = 0;
    }
    if (shelfY_ + h > image_.height()) return nullptr;
    g.rect = QRect(shelfX_, shelfY_, w, h);
    g.width = float(w);
    g.height = float(h);
    shelfX_ += w;
    shelfH_ = std::max(shelfH_, h);

    // Coverage and halo drawn as alpha, then packed into the atlas's red and green.
    QImage fill(w, h, QImage::Format_ARGB32_Premultiplied), ring(w, h, QImage::Format_ARGB32_Premultiplied);
    fill.fill(Qt::transparent);
    ring.fill(Qt::transparent);
    QPainterPath path;
    path.addText(QPointF(1 + halo + (w - 2 - 2 * halo - g.advance) / 2, 1 + halo + fm.ascent()), f, s);
    {
        QPainter p(&fill);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillPath(path, Qt::white);
    }
    {
        QPainter p(&ring);
        p.setRenderHint(QPainter::Antialiasing);
        if (halo > 0) p.strokePath(path, QPen(Qt::white, 2.0 * halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.fillPath(path, Qt::white);
    }
    for (int y = 0; y < h; ++y) {
        const QRgb* a = reinterpret_cast<const QRgb*>(fill.constScanLine(y));
        const QRgb* b = reinterpret_cast<const QRgb*>(ring.constScanLine(y));
        uchar* dst = image_.scanLine(g.rect.y() + y) + 4 * g.rect.x();
        for (int x = 0; x < w; ++x) {
            dst[4 * x + 0] = uchar(qAlpha(a[x]));
            dst[4 * x + 1] = uchar(qAlpha(b[x]));
            dst[4 * x + 2] = 0;
            dst[4 * x + 3] = 255;
        }
    }
    dirty_ = true;
    return &(glyphs_[k] = g);
}

}  // namespace pa
