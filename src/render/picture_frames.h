#pragma once
// The window's frames where the layers are painted pictures (map_picture) rather than drawn by
// OpenGL: a plain widget shows them with QPainter, a blit of about a millisecond where composing an
// OpenGL widget on a software rasteriser costs 40-70 ms a frame. As OpenGL's frame cache does, a view
// that is the picture's shifted by whole pixels within its margin shows the picture exactly; any other
// (a zoom under way, a pan past the margin, a picture not yet painted) shows it moved and scaled, a
// preview, until the view's own picture comes. The overlays and labels are painted over each frame.
#include <QPainter>
#include <QSize>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/label_placer.h"
#include "core/viewport.h"
#include "render/frame_stats.h"
#include "render/label_layout.h"
#include "render/map_picture.h"
#include "render/scene.h"
#include "render/scene_painter.h"

namespace pa {

class PictureFrames {
public:
    // A scene prepared for the window and its picture (null: none yet, the background). Previews
    // show the picture shown before under a new one of another view (a picture painted for where a
    // zoom will rest covers less than the views on the way); a second picture of the same scene (its
    // view again, with the margin) keeps that one, a new scene of the same view drops it (it would
    // show what is no longer there).
    void show(std::shared_ptr<const Scene> scene, std::shared_ptr<const MapPicture> picture);
    // Painted over every frame: prepared for QPainter (prepareOverlays(..., gpu = false)).
    void setOverlays(std::vector<SceneLayer> overlays) { overlays_ = std::move(overlays); }
    // Whether a frame of `vp` into `fb` device px would show the picture exactly.
    bool servesExactly(const Viewport& vp, QSize fb) const;
    // One frame of `vp` (its size in logical px) painted by `p`, which paints in logical px onto a
    // device of `fb` device px.
    void paint(QPainter& p, const Viewport& vp, QSize fb);
    const FrameStats& lastFrame() const { return stats_; }
    // The labels the last frame placed (logical px) and their text.
    const std::vector<PlacedLabel>& placed() const { return placed_; }
    std::u32string textOf(int id) const {
        return id >= 0 && std::size_t(id) < labels_->size() ? (*labels_)[std::size_t(id)].text : std::u32string();
    }

private:
    void paintLabels(QPainter& p, const Viewport& vp);
    bool serves(const Viewport& vp, QSize fb, QPoint& origin) const;  // origin: the view's top left in the image
    // Where `picture` lies in a frame of `vp` (device px); empty when it was painted at another pixel ratio.
    static QRectF movedRect(const MapPicture& picture, const Viewport& vp, QSize fb);
    std::shared_ptr<const Scene> scene_;
    std::shared_ptr<const MapPicture> picture_, previous_;
    Rgba background_{244, 242, 236, 255};
    std::vector<SceneLayer> overlays_;
    std::shared_ptr<const std::vector<LabelSource>> labels_ = std::make_shared<const std::vector<LabelSource>>();
    bool showLabels_ = true;
    // Each glyph painted once as the QPainter backend paints it (halo, then text) and then blitted:
    // stroking outlines for every glyph of every frame cost a frame 20-60 ms.
    std::optional<LabelFonts> fonts_;
    double fontsDpr_ = 0;
    std::map<std::tuple<char32_t, float, float, std::uint32_t, std::uint32_t>, QImage> sprites_;
    std::vector<PlacedLabel> placed_;
    FrameStats stats_;
};

}  // namespace pa
