#include <QPainter>

#include "ui/map_canvas.h"
#include "ui/map_surface.h"

namespace pa {

PictureMapSurface::PictureMapSurface(MapCanvas* canvas) : QWidget(canvas), canvas_(canvas) {
    // The canvas takes the input; this only draws, and every frame covers it whole.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::NoFocus);
}

bool PictureMapSurface::adoptScene(const std::shared_ptr<const Scene>& scene, const std::shared_ptr<const MapPicture>& picture) {
    frames_.show(scene, picture);
    return true;
}

void PictureMapSurface::paintEvent(QPaintEvent*) {
    QPainter p(this);
    MapFrame f;
    if (!canvas_->beginFrame(*this, f)) {
        p.fillRect(rect(), palette().window());
        return;
    }
    frames_.paint(p, f.view, f.fb);
    canvas_->endFrame(f);
}

}  // namespace pa
