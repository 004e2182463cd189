#include "render/picture_frames.h"

#include <cmath>

#include <QFontMetricsF>
#include <QRegion>

#include "render/scene_painter.h"

namespace pa {

void PictureFrames::show(std::shared_ptr<const Scene> scene, std::shared_ptr<const MapPicture> picture) {
    const bool sameScene = scene == scene_;
    if (scene) {
        background_ = scene->background;
        labels_ = scene->labels ? scene->labels : std::make_shared<const std::vector<LabelSource>>();
        showLabels_ = scene->settings.labels;
    }
    scene_ = std::move(scene);
    if (!picture || picture->image.isNull()) return;
    if (!sameScene) {
        const bool sameView = picture_ && picture->view.center() == picture_->view.center() &&
                              picture->view.resolution() == picture_->view.resolution();
        previous_ = sameView ? nullptr : std::move(picture_);
    }
    picture_ = std::move(picture);
}

QRectF PictureFrames::movedRect(const MapPicture& picture, const Viewport& vp, QSize fb) {
    const double dpr = vp.devicePixelRatio();
    if (picture.view.devicePixelRatio() != dpr) return {};
    const Viewport& c = picture.view;
    const QSizeF cs = picture.image.size();
    const double k = c.resolution() / vp.resolution();
    return QRectF((c.center().x - vp.center().x) * dpr / vp.resolution() - cs.width() * 0.5 * k + fb.width() * 0.5,
                  (vp.center().y - c.center().y) * dpr / vp.resolution() - cs.height() * 0.5 * k + fb.height() * 0.5,
                  cs.width() * k, cs.height() * k);
}

bool PictureFrames::serves(const Viewport& vp, QSize fb, QPoint& origin) const {
    if (!picture_) return false;
    const Viewport& c = picture_->view;
    if (picture_->fb != fb || c.resolution() != vp.resolution() || c.devicePixelRatio() != vp.devicePixelRatio())
        return false;
    // The pan in device pixels: map x grows to the right as columns do, map y upwards, rows downwards.
    const double dx = (vp.center().x - c.center().x) / vp.resolution() * vp.devicePixelRatio();
    const double dy = (vp.center().y - c.center().y) / vp.resolution() * vp.devicePixelRatio();
    const double rx = std::round(dx), ry = std::round(dy);
    if (std::fabs(dx - rx) > 1e-3 || std::fabs(dy - ry) > 1e-3) return false;
    const FrameMargins& m = picture_->margin;
    if (std::fabs(rx) > m.x || std::fabs(ry) > m.y) return false;
    origin = QPoint(m.x + int(rx), m.y - int(ry));
    return true;
}

bool PictureFrames::servesExactly(const Viewport& vp, QSize fb) const {
    QPoint origin;
    return serves(vp, fb, origin);
}

void PictureFrames::paint(QPainter& p, const Viewport& vp, QSize fb) {
    const double dpr = vp.devicePixelRatio();
    QPoint origin;
    const bool exact = serves(vp, fb, origin);
    p.save();
    p.scale(1 / dpr, 1 / dpr);  // the picture in device px, one to one
    if (exact) {
        p.setCompositionMode(QPainter::CompositionMode_Source);
        p.drawImage(QPoint(0, 0), picture_->image, QRect(origin, fb));
    } else {
        // The last picture moved and scaled to this view, the background around it: its pixels
        // stretched (no smoothing: a frame must stay cheap), until this view's own is painted.
        const QRect frame(QPoint(0, 0), fb);
        const QRectF now = picture_ ? movedRect(*picture_, vp, fb) : QRectF();
        // What the picture does not cover, whole pixels: the picture before, else the background
        // (each pixel scaled once: a frame of a zoom is a few milliseconds).
        const QRect inside(QPoint(int(std::ceil(now.left())), int(std::ceil(now.top()))),
                           QPoint(int(std::floor(now.right())) - 1, int(std::floor(now.bottom())) - 1));
        const QRegion around = now.isEmpty() ? QRegion(frame) : QRegion(frame).subtracted(inside);
        if (!around.isEmpty()) {
            p.save();
            p.setClipRegion(around);
            p.fillRect(frame, toQColor(background_));
            const QRectF before = previous_ ? movedRect(*previous_, vp, fb) : QRectF();
            if (!before.isEmpty()) p.drawImage(before, previous_->image, QRectF(previous_->image.rect()));
            p.restore();
        }
        if (!now.isEmpty()) p.drawImage(now, picture_->image, QRectF(picture_->image.rect()));
    }
    p.restore();
    stats_ = FrameStats{};
    stats_.picture = true;
    if (picture_) {
        stats_.polygons = picture_->polygons;
        stats_.lines = picture_->lines;
        stats_.markers = picture_->markers;
        stats_.tiles = picture_->tiles;
    }
    stats_.preview = !exact;
    // A picture painted for another view (shifted or scaled to this one), as OpenGL's cached frame is.
    stats_.fromCache = !exact || origin != QPoint(picture_->margin.x, picture_->margin.y);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setClipRect(QRectF(0, 0, vp.width(), vp.height()));
    paintOverlays(p, overlays_, vp, dpr);
    placed_.clear();
    if (showLabels_ && !labels_->empty()) paintLabels(p, vp);
    p.restore();
}

void PictureFrames::paintLabels(QPainter& p, const Viewport& vp) {
    const double k = vp.devicePixelRatio();
    if (!fonts_ || fontsDpr_ != k) {
        fonts_.emplace(mapFontFamily(), k);
        fontsDpr_ = k;
        sprites_.clear();
    }
    if (sprites_.size() > 4096) sprites_.clear();
    const GlyphAdvance advance = [&](char32_t ch, float size) { return fonts_->advance(ch, size); };
    placed_ = placeLabels(labelCandidates(*labels_, vp, advance), vp.width(), vp.height());
    auto rgba = [](const Rgba& c) { return std::uint32_t(c.r) << 24 | std::uint32_t(c.g) << 16 | std::uint32_t(c.b) << 8 | c.a; };
    for (const PlacedLabel& pl : placed_) {
        const LabelSource& s = (*labels_)[std::size_t(pl.id)];
        for (std::size_t g = 0; g < pl.glyphs.size() && g < s.text.size(); ++g) {
            QImage& sprite = sprites_[{s.text[g], s.style.size, s.style.haloWidth, rgba(s.style.color), rgba(s.style.halo)}];
            if (sprite.isNull()) {
                const QFontMetricsF fm(fonts_->font(s.style.size));
                const double pad = s.style.haloWidth * k + 2;
                sprite = QImage(int(std::ceil(fonts_->advance(s.text[g], s.style.size) * k + 2 * pad)),
                                int(std::ceil(fm.height() + 2 * pad)), QImage::Format_ARGB32_Premultiplied);
                sprite.fill(Qt::transparent);
                QPainter sp(&sprite);
                sp.setRenderHint(QPainter::Antialiasing);
                sp.setRenderHint(QPainter::TextAntialiasing);
                sp.translate(sprite.width() * 0.5, sprite.height() * 0.5);
                fonts_->paintGlyph(sp, s.text[g], s.style);
            }
            const double angle = pl.glyphs[g].angle;
            p.save();
            p.translate(pl.glyphs[g].center.x, pl.glyphs[g].center.y);
            if (angle != 0) {
                p.rotate(-angle * 180.0 / M_PI);
                p.setRenderHint(QPainter::SmoothPixmapTransform);
            }
            p.scale(1 / k, 1 / k);
            p.drawImage(QPointF(-sprite.width() * 0.5, -sprite.height() * 0.5), sprite);
            p.restore();
        }
    }
}

}  // namespace pa
