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

#include "core/label_placer.h"
#include "core/text.h"
#include "render/image_output.h"
#include "render/label_renderer.h"

namespace pa {

namespace {

QColor qc(const Rgba& c, float opacity = 1.0f) { return QColor(c.r, c.g, c.b, int(std::lround(c.a * opacity))); }

// The page's font family, chosen per figure (see exportMap); the painting functions read it.
thread_local QString pageFamily;

QString family() { return pageFamily; }

QString firstInstalled(std::initializer_list<const char*> families) {
    const QStringList have = QFontDatabase::families();
    for (const char* f : families)
        if (have.contains(f)) return f;
    return QFont().family();
}

// Logical pixels of the style (1/96 inch) in device units.
double px(double v, double dpi) { return v * dpi / 96.0; }

struct Frame {
    QRectF rect;       // the map's frame in device units
    Bounds extent;     // what it shows, display units, aspect kept
    double scale = 1;  // device units per display unit
    QPointF toDevice(Vec2d p) const {
        return {rect.left() + (p.x - extent.minX) * scale, rect.top() + (extent.maxY - p.y) * scale};
    }
};

Frame fitFrame(const QRectF& r, Bounds e) {
    Frame f;
    f.rect = r;
    const double s = std::min(r.width() / e.width(), r.height() / e.height());
    const Vec2d c = e.center();
    const double hw = r.width() / s / 2, hh = r.height() / s / 2;
    f.extent = Bounds{c.x - hw, c.y - hh, c.x + hw, c.y + hh};
    f.scale = s;
    return f;
}

QPen strokePen(const Symbol& s, double dpi, float opacity) {
    QPen pen(qc(s.stroke, opacity), std::max(0.1, px(s.strokeWidth, dpi)));
    pen.setCapStyle(s.cap == LineCap::Butt ? Qt::FlatCap : s.cap == LineCap::Square ? Qt::SquareCap : Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    if (s.dashOn > 0 && s.dashOff > 0) {
        pen.setDashPattern({s.dashOn / s.strokeWidth, s.dashOff / s.strokeWidth});
        pen.setCapStyle(Qt::FlatCap);
    }
    return pen;
}

void paintLayer(QPainter& p, const Layer& l, const StyleSheet& style, const Frame& f, double dpi, float opacity, int pass) {
    for (const Feature& feat : l.features) {
        const Symbol s = style.resolve(l, feat);
        for (std::uint32_t pi = feat.firstPart; pi < feat.firstPart + feat.partCount; ++pi) {
            const Part& part = l.parts[pi];
            if (part.kind == PartKind::Polygon && pass == 0) {
                QPainterPath path;
                path.setFillRule(Qt::OddEvenFill);
                for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r) {
                    QPolygonF ring;
                    for (std::uint32_t i = l.ringBegin(r); i < l.ringEnd(r); ++i) ring << f.toDevice(l.projected[i]);
                    path.addPolygon(ring);
                    path.closeSubpath();
                }
                p.fillPath(path, qc(s.fill, opacity));
                if (s.hatchSpacing > 0) {
                    QBrush hatch(qc(s.stroke, 0.5f * opacity), Qt::BDiagPattern);
                    p.fillPath(path, hatch);
                }
                if (s.strokeWidth > 0 && s.stroke.a > 0) p.strokePath(path, strokePen(s, dpi, opacity));
            } else if (part.kind == PartKind::Line && pass == 1) {
                QPolygonF line;
                for (std::uint32_t i = l.ringBegin(part.firstRing); i < l.ringEnd(part.firstRing); ++i)
                    line << f.toDevice(l.projected[i]);
                p.setPen(strokePen(s, dpi, opacity));
                p.setBrush(Qt::NoBrush);
                p.drawPolyline(line);
            } else if (part.kind == PartKind::Point && pass == 2) {
                const QPointF c = f.toDevice(l.projected[l.ringBegin(part.firstRing)]);
                const double r = px(s.markerSize, dpi) / 2;
                p.setPen(s.strokeWidth > 0 ? QPen(qc(s.stroke, opacity), px(s.strokeWidth, dpi)) : Qt::NoPen);
                p.setBrush(qc(s.fill, opacity));
                if (s.marker == MarkerShape::Square) p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
                else p.drawEllipse(c, r, r);
            }
        }
    }
}

void paintLabels(QPainter& p, const std::vector<ExportLayer>& layers, const StyleSheet& style, const Frame& f,
                 double dpi, const std::string& lang) {
    std::vector<Layer> copies;  // collectLabelSources wants a vector of layers
    std::vector<int> order;
    for (const ExportLayer& e : layers) {
        copies.push_back(*e.layer);
        order.push_back(int(order.size()));
    }
    const std::vector<LabelSource> sources = collectLabelSources(copies, order, {}, style, lang);
    // Placement in the frame's device units, with the style's pixel sizes scaled to the page.
    const double k = dpi / 96.0;
    std::vector<LabelCandidate> cands;
    const double unitsPerDevice = 1.0 / f.scale;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const LabelSource& s = sources[i];
        // The style's zoom limits read resolution per logical pixel; on the page one logical pixel is k device units.
        if (s.style.maxResolution > 0 && unitsPerDevice * k > s.style.maxResolution) continue;
        if (!s.bounds.intersects(f.extent)) continue;
        QFont font(family());
        font.setPixelSize(std::max(1, int(std::lround(s.style.size * k))));
        const QFontMetricsF fm(font);
        LabelCandidate c;
        c.id = int(i);
        c.priority = s.style.priority * 1000 + s.order;
        bool cjk = false;
        for (char32_t ch : s.text) {
            c.advances.push_back(float(fm.horizontalAdvance(QString::fromUcs4(&ch, 1))));
            cjk = cjk || ch >= 0x2E80;
        }
        c.upright = cjk;
        c.height = float(s.style.size * k * 1.25);
        auto local = [&](Vec2d m) {
            const QPointF d = f.toDevice(m);
            return Vec2d{d.x() - f.rect.left(), d.y() - f.rect.top()};
        };
        if (s.kind == LabelCandidate::Kind::Line) {
            c.kind = LabelCandidate::Kind::Line;
            for (const Vec2d& v : s.line) c.path.push_back(local(v));
        } else {
            c.kind = s.kind;
            c.anchor = local(s.anchor);
            c.offset = float(s.markerRadius * k);
            c.areaWidth = s.bounds.width() * f.scale;
        }
        cands.push_back(std::move(c));
    }
    for (const PlacedLabel& pl : placeLabels(cands, f.rect.width(), f.rect.height())) {
        const LabelSource& s = sources[std::size_t(pl.id)];
        QFont font(family());
        font.setPixelSize(std::max(1, int(std::lround(s.style.size * k))));
        const QFontMetricsF fm(font);
        for (std::size_t g = 0; g < pl.glyphs.size() && g < s.text.size(); ++g) {
            const QString ch = QString::fromUcs4(&s.text[g], 1);
            const QPointF c(pl.glyphs[g].center.x + f.rect.left(), pl.glyphs[g].center.y + f.rect.top());
            p.save();
            p.translate(c);
            p.rotate(-pl.glyphs[g].angle * 180.0 / M_PI);
            const QPointF at(-fm.horizontalAdvance(ch) / 2, (fm.ascent() - fm.descent()) / 2);
            // Halo as a stroked outline, then the glyph as real text on top.
            QPainterPath path;
            path.addText(at, font, ch);
            p.strokePath(path, QPen(qc(s.style.halo), s.style.haloWidth * k * 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setFont(font);
            p.setPen(qc(s.style.color));
            p.drawText(at, ch);
            p.restore();
        }
    }
}

// A scale bar of a round length about a fifth of the frame wide.
void paintScaleBar(QPainter& p, const Frame& f, double metresPerUnit, double dpi) {
    const double metresPerDevice = metresPerUnit / f.scale;
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

void paintLegend(QPainter& p, const QRectF& box, const std::vector<ExportLayer>& layers, const StyleSheet& style,
                 const ExportOptions& o, double dpi) {
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
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {  // top of the drawing first
        const Layer& l = *it->layer;
        for (const Feature& f : l.features) {
            if (f.partCount == 0) continue;
            const Symbol s = style.resolve(l, f);
            // Dashes show on lines and outlines only; a point's status does not change its symbol.
            const bool dashed = s.dashOn > 0 && s.dashOff > 0 && l.parts[f.firstPart].kind != PartKind::Point;
            const std::string key = f.value("kind") + (dashed ? "|" + f.value("status") : "");
            if (f.value("kind").empty() || !seen.insert(key).second) continue;
            if (y + line > box.bottom() - 2 * mm) return;
            y += line;
            const QRectF sw(box.left() + 3 * mm, y - 3 * mm, 8 * mm, 3.2 * mm);
            const PartKind k = l.parts[f.firstPart].kind;
            if (k == PartKind::Polygon) {
                p.fillRect(sw, qc(s.fill));
                if (s.hatchSpacing > 0) p.fillRect(sw, QBrush(qc(s.stroke, 0.5f), Qt::BDiagPattern));
                p.setPen(strokePen(s, dpi, 1.0f));
                p.setBrush(Qt::NoBrush);
                p.drawRect(sw);
            } else if (k == PartKind::Line) {
                p.setPen(strokePen(s, dpi, 1.0f));
                p.drawLine(QPointF(sw.left(), sw.center().y()), QPointF(sw.right(), sw.center().y()));
            } else {
                const double r = std::min(px(s.markerSize, dpi) / 2, 1.6 * mm);
                p.setPen(QPen(qc(s.stroke), 0.2 * mm));
                p.setBrush(qc(s.fill));
                if (s.marker == MarkerShape::Square) p.drawRect(QRectF(sw.center().x() - r, sw.center().y() - r, 2 * r, 2 * r));
                else p.drawEllipse(sw.center(), r, r);
            }
            p.setPen(Qt::black);
            QString text = o.kindName(f.value("kind"));
            if (dashed) text += " · " + o.kindName(f.value("status"));
            p.drawText(QPointF(sw.right() + 2 * mm, y), text);
        }
    }
}

}  // namespace

void paintMapPage(QPainter& p, double dpi, const std::vector<ExportLayer>& layers, const StyleSheet& style,
                  const ExportOptions& o) {
    pageFamily = o.fontFamily.isEmpty() ? firstInstalled({"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC"}) : o.fontFamily;
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
    const Frame f = fitFrame(frameRect, o.extent);
    p.save();
    p.setClipRect(frameRect);
    p.fillRect(frameRect, qc(style.background));
    for (int pass = 0; pass < 3; ++pass)
        for (const ExportLayer& e : layers)
            if (e.layer && e.opacity > 0) paintLayer(p, *e.layer, style, f, dpi, e.opacity, pass);
    if (o.labels) paintLabels(p, layers, style, f, dpi, o.language);
    p.restore();
    p.setPen(QPen(QColor("#444"), 0.3 * mm));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frameRect);
    paintScaleBar(p, f, o.metresPerUnit, dpi);
    paintNorthArrow(p, f, dpi);
    paintLegend(p, QRectF(frameRect.right() + 4 * mm, frameRect.top(), legendW, frameRect.height()), layers, style, o, dpi);
    QFont small(family());
    small.setPixelSize(int(2.8 * mm));
    p.setFont(small);
    p.setPen(QColor("#444"));
    p.drawText(QRectF(margin, page.height() - margin - footH + 2 * mm, page.width() - 2 * margin, footH),
               Qt::AlignLeft | Qt::AlignVCenter, o.sourceNote);
    p.drawText(QRectF(margin, page.height() - margin - footH + 2 * mm, page.width() - 2 * margin, footH),
               Qt::AlignRight | Qt::AlignVCenter, o.date);
}

bool exportMap(const std::string& path, const std::vector<ExportLayer>& layers, const StyleSheet& style,
               const ExportOptions& o, std::string* error) {
    const QString suffix = QFileInfo(QString::fromStdString(path)).suffix().toLower();
    OutputRules rules = o.outputRules;
    rules.extensions = {"pdf", "svg", "png"};
    rules.format = "a PDF, SVG or PNG figure";
    if (std::string why = outputProblem(path, rules); !why.empty()) {
        if (error) *error = why;
        return false;
    }
    if (o.extent.isEmpty() || o.extent.width() <= 0 || o.extent.height() <= 0) {
        if (error) *error = "nothing to show: the extent is empty";
        return false;
    }
    if (suffix == "png") {
        const QSize size(int(std::lround(o.pageMm.width() / 25.4 * o.dpi)), int(std::lround(o.pageMm.height() / 25.4 * o.dpi)));
        if (std::int64_t(size.width()) * size.height() > 400'000'000) {
            if (error) *error = "a page that large at that DPI would need more than 400 megapixels";
            return false;
        }
        QImage img(size, QImage::Format_ARGB32_Premultiplied);
        img.setDotsPerMeterX(int(std::lround(o.dpi / 0.0254)));
        img.setDotsPerMeterY(int(std::lround(o.dpi / 0.0254)));
        {
            QPainter p(&img);
            paintMapPage(p, o.dpi, layers, style, o);
        }
        return savePngAtomically(img, path, rules, error);
    }
    AtomicOutput file(path);
    if (!file.open(error)) return false;
    QIODevice& out = *file.device();
    bool ok = true;
    if (suffix == "pdf") {
        // Qt's PDF writer maps each glyph back to its lowest code point; Noto Sans CJK shares the glyphs of
        // common characters (目, 金, 大 …) with Kangxi radicals, which would then copy and search as the
        // radicals. WenQuanYi Micro Hei (Debian fonts-wqy-microhei) keeps them apart.
        ExportOptions po = o;
        if (po.fontFamily.isEmpty())
            po.fontFamily = firstInstalled({"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC"});
        QPdfWriter pdf(&out);
        pdf.setPageSize(QPageSize(o.pageMm, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(int(o.dpi));
        pdf.setTitle(o.title);
        pdf.setCreator("PlanAtlas");
        QPainter p(&pdf);
        paintMapPage(p, o.dpi, layers, style, po);
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
        paintMapPage(p, dpi, layers, style, o);
        ok = p.end();
    }
    if (!ok) {
        // A painter that failed says no more; the device knows whether a write failed (a full disk).
        const std::string why = file.writeProblem();
        if (error) *error = why.empty() ? "cannot write " + path + ": the " + suffix.toUpper().toStdString() + " writer failed" : why;
        return false;  // the temporary file goes with `file`; the target is untouched
    }
    return file.commit(error);
}

}  // namespace pa
