#include "render/map_export.h"

#include <QFileInfo>
#include <QIODevice>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>
#include <set>

#include "render/image_output.h"
#include "render/scene_painter.h"

namespace pa {

namespace {

QColor qc(const Rgba& c, float opacity = 1.0f) { return toQColor(c, opacity); }

// The page's font family, chosen per figure (see exportMap); the painting functions read it.
thread_local QString pageFamily;

QString family() { return pageFamily; }

struct Frame {
    QRectF rect;       // the map's frame in device units
    Viewport view;     // what it shows, in logical px (1/96 inch)
    double metresPerDevice(double metresPerUnit, double dpi) const { return metresPerUnit * view.resolution() * 96.0 / dpi; }
};

// A scale bar of a round length about a fifth of the frame wide.
void paintScaleBar(QPainter& p, const Frame& f, double metresPerUnit, double dpi) {
    const double metresPerDevice = f.metresPerDevice(metresPerUnit, dpi);
    const double target = f.rect.width() * 0.2 * metresPerDevice;
    const double mag = std::pow(10.0, std::floor(std::log10(target)));
    double len = mag;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * mag <= target) len = m * mag;
    const double w = len / metresPerDevice, mm = dpi / 25.4;
    const QPointF o(f.rect.left() + 6 * mm, f.rect.bottom() - 8 * mm);
    p.setPen(QPen(Qt::black, 0.3 * mm));
    p.setBrush(Qt::white);
    p.drawRect(QRectF(o.x(), o.y(), w, 1.5 * mm));
    p.setBrush(Qt::black);
    p.drawRect(QRectF(o.x(), o.y(), w / 2, 1.5 * mm));
    QFont font(family());
    font.setPixelSize(int(3 * mm));
    p.setFont(font);
    const QString text = len >= 1000 ? QString("%1 km").arg(len / 1000) : QString("%1 m").arg(len);
    p.drawText(QPointF(o.x(), o.y() - 1 * mm), "0");
    p.drawText(QPointF(o.x() + w - QFontMetricsF(font).horizontalAdvance(text) / 2, o.y() - 1 * mm), text);
}

void paintNorthArrow(QPainter& p, const Frame& f, double dpi) {
    const double mm = dpi / 25.4;
    const QPointF c(f.rect.right() - 10 * mm, f.rect.top() + 14 * mm);
    QPainterPath left, right;
    left.moveTo(c + QPointF(0, -8 * mm));
    left.lineTo(c + QPointF(-3 * mm, 4 * mm));
    left.lineTo(c);
    left.closeSubpath();
    right.moveTo(c + QPointF(0, -8 * mm));
    right.lineTo(c + QPointF(3 * mm, 4 * mm));
    right.lineTo(c);
    right.closeSubpath();
    p.setPen(QPen(Qt::black, 0.25 * mm));
    p.setBrush(Qt::black);
    p.drawPath(left);
    p.setBrush(Qt::white);
    p.drawPath(right);
    QFont font(family());
    font.setPixelSize(int(4 * mm));
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QRectF(c.x() - 5 * mm, c.y() - 14 * mm, 10 * mm, 5 * mm), Qt::AlignCenter, "N");
}

void paintLegend(QPainter& p, const QRectF& box, const Scene& scene, const ExportOptions& o, double dpi) {
    const double mm = dpi / 25.4;
    QFont head(family()), body(family());
    head.setPixelSize(int(4.2 * mm));
    head.setBold(true);
    body.setPixelSize(int(3.0 * mm));
    p.setPen(QPen(QColor("#888"), 0.2 * mm));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRect(box);
    double y = box.top() + 6 * mm;
    p.setFont(head);
    p.setPen(Qt::black);
    p.drawText(QPointF(box.left() + 3 * mm, y), o.legendTitle);
    y += 3 * mm;
    p.setFont(body);
    const double line = 4.6 * mm;
    std::set<std::string> seen;
    for (auto it = scene.layers.rbegin(); it != scene.layers.rend(); ++it) {  // top of the drawing first
        const Layer& l = *it->layer;
        for (std::uint32_t fi = 0; fi < l.features.size(); ++fi) {
            const Feature& f = l.features[fi];
            if (f.partCount == 0) continue;
            const Symbol& s = it->style->symbol(fi);
            // Dashes show on lines and outlines only; a point's status does not change its symbol.
            const bool dashed = s.dashOn > 0 && s.dashOff > 0 && l.parts[f.firstPart].kind != PartKind::Point;
            const std::string key = f.value("kind") + (dashed ? "|" + f.value("status") : "");
            if (f.value("kind").empty() || !seen.insert(key).second) continue;
            if (y + line > box.bottom() - 2 * mm) return;
            y += line;
            const QRectF sw(box.left() + 3 * mm, y - 3 * mm, 8 * mm, 3.2 * mm);
            const PartKind k = l.parts[f.firstPart].kind;
            // The swatch in the map's own symbols, at the page's scale.
            p.save();
            p.translate(sw.topLeft());
            const double scale = dpi / 96.0;
            p.scale(scale, scale);
            const QRectF r(0, 0, sw.width() / scale, sw.height() / scale);
            if (k == PartKind::Polygon) {
                QPainterPath path;
                path.addRect(r);
                p.fillPath(path, qc(s.fill));
                if (s.hatchSpacing > 0) {
                    p.setClipPath(path, Qt::IntersectClip);
                    Rgba c = s.stroke;
                    c.a = std::uint8_t(std::lround(c.a * 0.55));
                    p.setPen(QPen(qc(c), s.hatchWidth, Qt::SolidLine, Qt::FlatCap));
                    for (double x = -r.height(); x < r.width(); x += s.hatchSpacing * std::sqrt(2.0))
                        p.drawLine(QPointF(x, 0), QPointF(x + r.height(), r.height()));
                    p.setClipping(false);
                }
                p.setPen(symbolPen(s));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r);
            } else if (k == PartKind::Line) {
                p.setPen(symbolPen(s));
                p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
            } else {
                const double rad = std::min(s.markerSize / 2.0, r.height() / 2);
                const double swd = std::min<double>(s.strokeWidth, rad);
                p.setPen(swd > 0 ? QPen(qc(s.stroke), swd) : QPen(Qt::NoPen));
                p.setBrush(qc(s.fill));
                const double ri = rad - swd / 2;
                if (s.marker == MarkerShape::Square) p.drawRect(QRectF(r.center().x() - ri, r.center().y() - ri, 2 * ri, 2 * ri));
                else p.drawEllipse(r.center(), ri, ri);
            }
            p.restore();
            p.setPen(Qt::black);
            QString text = o.kindName(f.value("kind"));
            if (dashed) text += " · " + o.kindName(f.value("status"));
            p.drawText(QPointF(sw.right() + 2 * mm, y), text);
        }
    }
}

}  // namespace

void paintMapPage(QPainter& p, double dpi, const Scene& scene, const ExportOptions& o) {
    pageFamily = o.fontFamily.isEmpty() ? mapFontFamily() : o.fontFamily;
    const double mm = dpi / 25.4;
    const QRectF page(0, 0, o.pageMm.width() * mm, o.pageMm.height() * mm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(page, Qt::white);
    const double margin = 10 * mm, titleH = o.title.isEmpty() ? 0 : 12 * mm, footH = 8 * mm, legendW = 62 * mm;
    if (!o.title.isEmpty()) {
        QFont t(family());
        t.setPixelSize(int(7 * mm));
        t.setBold(true);
        p.setFont(t);
        p.setPen(Qt::black);
        p.drawText(QRectF(margin, margin, page.width() - 2 * margin, titleH), Qt::AlignLeft | Qt::AlignVCenter, o.title);
    }
    const QRectF frameRect(margin, margin + titleH, page.width() - 2 * margin - legendW - 4 * mm,
                           page.height() - 2 * margin - titleH - footH);
    // The map in logical px (1/96 inch) of the page, so line widths, markers and labels keep the
    // sizes they have on screen.
    const double k = dpi / 96.0;
    Frame f;
    f.rect = frameRect;
    f.view = scene.settings.viewIn(std::max(1, int(std::lround(frameRect.width() / k))),
                                   std::max(1, int(std::lround(frameRect.height() / k))), k);
    p.save();
    p.translate(frameRect.topLeft());
    p.scale(frameRect.width() / f.view.width(), frameRect.height() / f.view.height());
    paintScene(p, scene, PaintTarget{f.view, k, pageFamily, {}, {}});
    p.restore();
    p.setPen(QPen(QColor("#444"), 0.3 * mm));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frameRect);
    if (o.metresPerUnit > 0 && std::isfinite(o.metresPerUnit)) paintScaleBar(p, f, o.metresPerUnit, dpi);
    paintNorthArrow(p, f, dpi);
    paintLegend(p, QRectF(frameRect.right() + 4 * mm, frameRect.top(), legendW, frameRect.height()), scene, o, dpi);
    QFont small(family());
    small.setPixelSize(int(2.8 * mm));
    p.setFont(small);
    p.setPen(QColor("#444"));
    p.drawText(QRectF(margin, page.height() - margin - footH + 2 * mm, page.width() - 2 * margin, footH),
               Qt::AlignLeft | Qt::AlignVCenter, o.sourceNote);
    p.drawText(QRectF(margin, page.height() - margin - footH + 2 * mm, page.width() - 2 * margin, footH),
               Qt::AlignRight | Qt::AlignVCenter, o.date);
}

Problem exportMap(const std::string& path, const Scene& scene, const ExportOptions& o) {
    const QString suffix = QFileInfo(QString::fromStdString(path)).suffix().toLower();
    OutputRules rules = o.outputRules;
    rules.extensions = {"pdf", "svg", "png"};
    rules.format = "a PDF, SVG or PNG figure";
    if (Problem refused = outputProblem(path, rules)) return refused;
    const Bounds& extent = scene.settings.extent;
    if (extent.isEmpty() || !(extent.width() > 0) || !(extent.height() > 0))
        return Diagnostic::error(path, "nothing to show: the extent is empty");
    if (suffix == "png") {
        const QSize size(int(std::lround(o.pageMm.width() / 25.4 * o.dpi)), int(std::lround(o.pageMm.height() / 25.4 * o.dpi)));
        if (std::int64_t(size.width()) * size.height() > 400'000'000)
            return Diagnostic::error(path, "a page that large at that DPI would need more than 400 megapixels");
        QImage img(size, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);  // the page may end inside the last pixel: no uninitialised memory there
        img.setDotsPerMeterX(int(std::lround(o.dpi / 0.0254)));
        img.setDotsPerMeterY(int(std::lround(o.dpi / 0.0254)));
        {
            QPainter p(&img);
            paintMapPage(p, o.dpi, scene, o);
        }
        return savePngAtomically(img, path, rules);
    }
    AtomicOutput file(path);
    if (Problem p = file.open()) return p;
    QIODevice& out = *file.device();
    bool ok = true;
    if (suffix == "pdf") {
        // Qt's PDF writer maps each glyph back to its lowest code point; Noto Sans CJK shares the glyphs of
        // common characters (目, 金, 大 …) with Kangxi radicals, which would then copy and search as the
        // radicals. WenQuanYi Micro Hei (Debian fonts-wqy-microhei) keeps them apart.
        ExportOptions po = o;
        if (po.fontFamily.isEmpty())
            po.fontFamily = firstInstalledFamily({"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC"});
        QPdfWriter pdf(&out);
        pdf.setPageSize(QPageSize(o.pageMm, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(int(o.dpi));
        pdf.setTitle(o.title);
        pdf.setCreator("PlanAtlas");
        QPainter p(&pdf);
        paintMapPage(p, o.dpi, scene, po);
        ok = p.end();
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&out);
        // SVG user units: 96 per inch, so the page keeps its millimetres.
        const double dpi = 96;
        svg.setResolution(int(dpi));
        svg.setSize(QSize(int(std::lround(o.pageMm.width() / 25.4 * dpi)), int(std::lround(o.pageMm.height() / 25.4 * dpi))));
        svg.setViewBox(QRectF(0, 0, o.pageMm.width() / 25.4 * dpi, o.pageMm.height() / 25.4 * dpi));
        svg.setTitle(o.title);
        QPainter p(&svg);
        paintMapPage(p, dpi, scene, o);
        ok = p.end();
    }
    if (!ok) {
        // A painter that failed says no more; the device knows whether a write failed (a full disk).
        if (Problem p = file.writeProblem()) return p;  // the temporary file goes with `file`; the target is untouched
        return Diagnostic::error(path, "cannot write " + path + ": the " + suffix.toUpper().toStdString() + " writer failed");
    }
    return file.commit();
}

}  // namespace pa
