#include "ui/plan_text.h"

#include <QPainter>
#include <QRegularExpression>

#include <cmath>

namespace pa {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

bool startsWith(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

std::optional<double> number(const std::string& text) {
    static const QRegularExpression num(R"((-?\d+(?:\.\d+)?))");
    const auto m = num.match(q(text));
    if (!m.hasMatch()) return std::nullopt;
    return m.captured(1).toDouble();
}

QString stripUnit(const std::string& name) {
    QString n = q(name);
    const int bracket = n.indexOf(QStringLiteral("（"));
    return (bracket > 0 ? n.left(bracket) : n).trimmed();
}

}  // namespace

QString planElementTitle(const Plan& plan, const std::string& id) {
    for (const Chapter& c : plan.chapters) {
        if (c.id == id) return QStringLiteral("第%1章  %2").arg(q(chineseNumeral(c.number)), q(c.title));
        for (const Section& s : c.sections)
            if (s.id == id) return QStringLiteral("第%1节  %2").arg(q(chineseNumeral(s.number)), q(s.title));
    }
    if (const Box* b = plan.findBox(id)) return QStringLiteral("专栏%1  %2").arg(b->number).arg(q(b->title));
    if (const Table* t = plan.findTable(id)) return q(t->label) + "  " + q(t->title);
    if (const Target* t = plan.findTarget(id)) return q(t->subject) + " · " + q(t->metric);
    return q(id);
}

QString planElementText(const Plan& plan, const std::string& id) {
    if (const Clause* c = plan.findClause(id)) return q(c->text);
    if (const Box* b = plan.findBox(id)) {
        QStringList items;
        for (const Clause& c : b->items) items << q(c.text);
        return items.join("\n");
    }
    if (const TableRow* r = plan.findRow(id)) {
        QStringList cells;
        for (const std::string& c : r->cells) cells << q(c);
        return cells.join(" | ");
    }
    if (const Table* t = plan.findTable(id)) {
        QStringList rows;
        for (const TableRow& r : t->rows) {
            QStringList cells;
            for (const std::string& c : r.cells) cells << q(c);
            rows << cells.join(" | ");
        }
        return rows.join("\n");
    }
    for (const Chapter& ch : plan.chapters) {
        auto join = [](const std::vector<Clause>& cs) {
            QStringList out;
            for (const Clause& c : cs) out << q(c.text);
            return out;
        };
        if (ch.id == id) {
            QStringList all = join(ch.clauses);
            for (const Section& s : ch.sections) all << join(s.clauses);
            return all.join("\n\n");
        }
        for (const Section& s : ch.sections)
            if (s.id == id) return join(s.clauses).join("\n\n");
    }
    if (const Target* t = plan.findTarget(id)) return q(t->quote);
    return QString();
}

QString markTerms(const QString& text, const QStringList& terms) {
    QString html = text.toHtmlEscaped();
    for (const QString& term : terms) {
        if (term.size() < 2) continue;
        const QString esc = term.toHtmlEscaped();
        html.replace(esc, "<span style=\"background:#ffe066\">" + esc + "</span>");
    }
    return html.replace("\n", "<br>");
}

std::optional<TargetSeries> targetSeries(const Plan& plan, const Target& t) {
    TargetSeries s;
    const std::optional<double> goal = t.target.value;
    if (startsWith(t.source, "table2.")) {
        // 表1 is the 13th plan's table of the same district indicators: its 2016–2020 values are
        // the history of a 14th-plan indicator of the same name.
        // Same name (or nearly: one inside the other, three quarters of its length) and same unit.
        const QString metric = q(t.metric);
        const Indicator13* best = nullptr;
        int bestScore = 0;
        for (const Indicator13& i : plan.table1) {
            if (!i.subItem.empty()) continue;
            const QString name = stripUnit(i.name);
            if (!t.unit.empty() && !i.unit.empty() && i.unit != t.unit) continue;
            int score = 0;
            if (name == metric) score = 2;
            else if ((metric.contains(name) || name.contains(metric)) &&
                     std::min(name.size(), metric.size()) >= 0.75 * std::max(name.size(), metric.size()))
                score = 1;
            if (score > bestScore) best = &i, bestScore = score;
        }
        if (best) {
            int year = 2016;
            for (const std::string& v : best->values) {
                s.labels << QString::number(year++);
                s.values.push_back(number(v).value_or(NAN));
            }
        }
    }
    if (s.values.empty() && t.baseline && t.baseline->value) {
        s.labels << QString::number(t.baseline->year.value_or(2020));
        s.values.push_back(*t.baseline->value);
    }
    if (!goal || s.values.empty()) return std::nullopt;
    s.labels << QString::number(t.target.year.value_or(2025));
    s.values.push_back(*goal);
    s.targetIndex = int(s.values.size()) - 1;
    return s;
}

QImage drawTargetChart(const TargetSeries& s, const QString& unit, QSize size, qreal dpr) {
    QImage img(size * dpr, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    double maxV = 0;
    for (double v : s.values)
        if (std::isfinite(v)) maxV = std::max(maxV, std::fabs(v));
    if (maxV <= 0) maxV = 1;
    const int n = int(s.values.size());
    const double left = 8, right = size.width() - 8, top = 30, bottom = size.height() - 18;
    const double slot = (right - left) / n, bar = slot * 0.6;
    QFont f = p.font();
    f.setPixelSize(10);
    p.setFont(f);
    for (int i = 0; i < n; ++i) {
        const double x = left + i * slot + (slot - bar) / 2;
        const double v = s.values[std::size_t(i)];
        const bool goal = i == s.targetIndex;
        if (std::isfinite(v)) {
            const double h = (bottom - top) * std::fabs(v) / maxV;
            p.fillRect(QRectF(x, bottom - h, bar, h), goal ? QColor("#e67e22") : QColor("#5d8aa8"));
            p.setPen(Qt::black);
            p.drawText(QRectF(x - 10, bottom - h - 14, bar + 20, 12), Qt::AlignCenter, QString::number(v, 'g', 5));
        }
        p.setPen(QColor("#555"));
        p.drawText(QRectF(x - 10, bottom + 2, bar + 20, 14), Qt::AlignCenter, s.labels.value(i));
    }
    p.setPen(QColor("#999"));
    p.drawLine(QPointF(left, bottom), QPointF(right, bottom));
    p.drawText(QRectF(left, 0, right - left, 14), Qt::AlignLeft, unit);
    return img;
}

}  // namespace pa
