#pragma once
// Glyphs rasterised once into one texture image: coverage in red, halo in green, at the device
// pixel size they are drawn at, so labels are crisp at any zoom and on HiDPI screens. Chinese comes
// from the system CJK font (Debian fonts-noto-cjk: Noto Sans CJK SC).
#include <QFont>
#include <QImage>
#include <QRect>

#include <unordered_map>

namespace pa {

struct GlyphInfo {
    QRect rect;          // in the atlas image
    float advance = 0;   // device px
    float width = 0, height = 0;  // the cell's size, device px (glyph plus halo)
    bool inFont = true;  // false: the font has no such glyph (it would draw as a box)
};

class GlyphAtlas {
public:
    explicit GlyphAtlas(int size = 2048);
    // The glyph at a pixel size with a halo of `halo` px, rasterised on first use. Returns null when
    // the atlas is full (call clear() and build the frame again).
    const GlyphInfo* glyph(char32_t code, int pixelSize, int halo);
    float advance(char32_t code, int pixelSize);
    const QImage& image() const { return image_; }
    bool dirty() const { return dirty_; }
    void markClean() { dirty_ = false; }
    void clear();
    QString family() const { return family_; }

private:
    QFont font(int pixelSize) const;
    QImage image_;
    QString family_;
    int shelfX_ = 0, shelfY_ = 0, shelfH_ = 0;
    bool dirty_ = true;
    std::unordered_map<unsigned long long, GlyphInfo> glyphs_;
};

}  // namespace pa
