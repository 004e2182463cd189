#include "plan/plan_targets.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include "plan/plan_tables.h"

namespace pa {

namespace {

std::string s(const QString& q) { return q.toStdString(); }

// 表2: baseline 2020, target 2025, as the table prints them.
Target fromIndicator(const Indicator14& ind) {
    Target t;
    t.id = "t.table2." + std::to_string(ind.number);
    t.subject = "天河区";
    t.metric = ind.name;
    t.unit = QString::fromStdString(ind.unit).trimmed().remove(QChar(0x3000)).toStdString();
    t.kind = ind.attribute;
    t.source = ind.row;
    t.quote = ind.name + " " + ind.value2020 + " → " + ind.target2025;
    const bool average = ind.value2020.find("年均") != std::string::npos;
    Quantity base;
    base.text = ind.value2020;
    base.value = firstNumber(ind.value2020);
    base.year = 2020;
    if (ind.cumulative2020 || average) base.period = "2016-2020";
    t.baseline = base;
    t.target.text = ind.target2025;
    t.target.value = firstNumber(ind.target2025);
    t.target.year = 2025;
    t.cumulative = ind.cumulative2025;
    if (ind.cumulative2025 || ind.target2025.find("年均") != std::string::npos) t.target.period = "2021-2025";
    if (ind.target2025.find("左右") != std::string::npos)
        t.comparator = "左右";
    else if (ind.target2025.find("以上") != std::string::npos)
        t.comparator = "以上";
    else if (!t.target.value)
        t.comparator = "完成";  // 完成市/省下达的目标: a target set by the city or province
    else if (ind.cumulative2025)
        t.comparator = "累计";
    return t;
}

struct YearMark {
    int pos;
    int year;
    bool period;  // “十四五” or 五年: the whole plan period
};

std::vector<YearMark> yearMarks(const QString& text) {
    static const QRegularExpression year(QStringLiteral(R"((20\d\d)年)"));
    static const QRegularExpression period(QStringLiteral(R"(“十四五”|十四五时期|今后五年|五年累计|五年内)"));
    std::vector<YearMark> out;
    for (auto it = year.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.push_back({int(m.capturedStart()), m.captured(1).toInt(), false});
    }
    for (auto it = period.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.push_back({int(m.capturedStart()), 2025, true});
    }
    std::sort(out.begin(), out.end(), [](const YearMark& a, const YearMark& b) { return a.pos < b.pos; });
    return out;
}

struct Context {
    std::string subject = "天河区";
    std::string source;
    bool boxPeriod = false;  // the box is about the 14th-plan period as a whole
};

const QString kUnits = QStringLiteral(
    "个百分点|万平方米|平方千米|平方公里|平方米|亿美元|亿元|万元|万人次|万人|万户|万吨|万个|万辆|万台|公顷|公里|千米|"
    "Mbps|%|％|家|个|所|条|张|座|项|栋|倍|岁|吨|名|人|户|处|套|间|亩|米|辆|台|部|只|场");

void extractFromClause(const Clause& c, const Context& ctx, std::vector<Target>& out) {
    static const QRegularExpression figure(
        QStringLiteral(R"((?<before>达到|达|超过|超|突破|不低于|不少于|不超过|控制在|保持在|提高到|提高至|提升至|提升到|增加到|增至|降至|降低到|累计|新增|增长|下降|培育|建成|打造|引进|形成|建设)?)"
                       R"((?<num>\d+(?:\.\d+)?(?:\s*[-—～~]\s*\d+(?:\.\d+)?)?)\s*(?<unit>)") +
        kUnits + QStringLiteral(R"()(?<after>以上|左右|以内|以下)?)"));
    static const QRegularExpression baseline(QStringLiteral(
        R"(从(?:(\d{4})年的)?(\d+(?:\.\d+)?)[^，。；]{0,8}?(?:提高|提升|增长|增加|下降|降低|扩大)(?:至|到))"));
    static const QRegularExpression yearPrefix(QStringLiteral(R"(^.*?(?:到|至|在)?20\d\d年(?:底|末)?[，,]?)"));
    static const QString delimiters = QStringLiteral("，；。：！？,;\n");

    static const QRegularExpression goalVerb(QStringLiteral(
        "推进|完成|实施|建设|新建|建成|改造|引进|培育|打造|形成|新增|增加|提供|达|超|突破|累计|力争|实现|引育|创建|发展"));
    const QString text = QString::fromStdString(c.text);
    const std::vector<YearMark> marks = yearMarks(text);
    std::vector<QRegularExpressionMatch> figures;
    for (auto it = figure.globalMatch(text); it.hasNext();) figures.push_back(it.next());
    int k = 0;
    for (std::size_t fi = 0; fi < figures.size(); ++fi) {
        const auto& m = figures[fi];
        const int start = int(m.capturedStart());
        // Not part of a longer number or a name like 5G, T3 or 500强.
        if (start > 0) {
            const QChar prev = text[start - 1];
            if (prev.isDigit() || prev == '.' || (prev.isLetter() && prev.unicode() < 128)) continue;
        }
        const QString before = m.captured("before"), after = m.captured("after");
        // The nearest year or period before the figure, else the box's period.
        const YearMark* mark = nullptr;
        for (const YearMark& y : marks)
            if (y.pos < start) mark = &y;
        // Plan prose often states the goals first and the horizon after (…引进培育10家…。到2025年…).
        if (!mark)
            for (const YearMark& y : marks)
                if (y.year >= 2021) {
                    mark = &y;
                    break;
                }
        int year = 0;
        bool period = false;
        if (mark) {
            year = mark->year;
            period = mark->period;
        } else if (ctx.boxPeriod) {
            year = 2025;
            period = true;
        }
        if (year < 2021 || year > 2035) continue;  // history, or no time at all: not a target

        int from = start;
        while (from > 0 && !delimiters.contains(text[from - 1])) --from;
        int phraseEnd = int(m.capturedEnd());
        while (phraseEnd < text.size() && !delimiters.contains(text[phraseEnd])) ++phraseEnd;
        // A figure that only qualifies a noun (超10亿元的商业综合体达到6家) is not the aim when the
        // phrase goes on to a figure of its own.
        if (m.capturedEnd() < text.size() && text[int(m.capturedEnd())] == QChar(0x7684) && fi + 1 < figures.size() &&
            figures[fi + 1].capturedStart() < phraseEnd)
            continue;
        // A figure with no aim attached is a fact, unless the phrase is about doing something.
        if (before.isEmpty() && after.isEmpty() && !goalVerb.match(text.mid(from, start - from)).hasMatch()) continue;

        // The metric: the words from the last delimiter up to the figure.
        QString metric = text.mid(from, int(m.capturedStart("num")) - from);
        metric.remove(yearPrefix);
        for (const char* w : {"力争", "实现", "全区", "其中"})
            if (metric.startsWith(QString::fromUtf8(w))) metric = metric.mid(QString::fromUtf8(w).size());
        // In a list (推进16个旧村改造项目、30个旧厂改造项目) or after a bare verb (形成3-4个…), what is
        // counted follows the figure.
        static const QRegularExpression bareOrList(QStringLiteral(R"((^.{0,4}$)|(、|以及|和)$)"));
        if (bareOrList.match(metric.trimmed()).hasMatch()) {
            static const QRegularExpression stop(QStringLiteral(R"([，；。：！？,;\n、]|以及)"));
            int to = int(text.indexOf(stop, int(m.capturedEnd())));
            if (to < 0) to = int(text.size());
            to = std::min(to, int(m.capturedEnd()) + 24);
            const QString counted = text.mid(int(m.capturedEnd()), to - int(m.capturedEnd()));
            const QString verb = metric.trimmed();
            metric = (verb.size() <= 4 ? verb : QString()) + counted;
        }
        static const QRegularExpression trailingComparator(
            QStringLiteral("(达到|达|超过|超|突破|不低于|不少于|不超过|控制在|保持在|提高到|提高至|提升至|提升到|增加到|增至|降至|降低到)$"));
        metric.remove(trailingComparator);
        metric = metric.trimmed();
        if (metric.isEmpty()) continue;

        Target t;
        t.id = "t." + c.id + "." + std::to_string(++k);
        t.subject = ctx.subject;
        t.metric = s(metric);
        t.unit = s(m.captured("unit"));
        t.source = c.id;
        t.target.text = s(m.captured("num"));
        t.target.value = firstNumber(t.target.text);
        t.target.year = year;
        if (period) t.target.period = "2021-" + std::to_string(year);
        QString cmp = after.isEmpty() ? before : after;
        if (cmp == QStringLiteral("达到") || cmp.startsWith(QStringLiteral("提")) || cmp == QStringLiteral("增加到") ||
            cmp == QStringLiteral("增至"))
            cmp = QStringLiteral("达");
        else if (cmp == QStringLiteral("超过"))
            cmp = QStringLiteral("超");
        else if (cmp == QStringLiteral("降低到"))
            cmp = QStringLiteral("降至");
        else if (QStringList{QStringLiteral("培育"), QStringLiteral("建成"), QStringLiteral("打造"), QStringLiteral("引进"),
                             QStringLiteral("形成"), QStringLiteral("建设")}
                     .contains(cmp))
            cmp.clear();  // a verb, not a comparison: the figure itself is the aim
        t.comparator = s(cmp);
        t.cumulative = before == QStringLiteral("累计") || text.mid(from, start - from).contains(QStringLiteral("累计"));
        // A stated starting point: 从2020年的X提高到Y.
        const QString lead = text.mid(from, start - from + int(m.capturedLength()));
        if (auto b = baseline.match(lead); b.hasMatch()) {
            Quantity q;
            q.text = s(b.captured(2));
            q.value = firstNumber(q.text);
            if (!b.captured(1).isEmpty()) q.year = b.captured(1).toInt();
            t.baseline = q;
        }
        t.quote = s(text.mid(from, phraseEnd - from));
        out.push_back(std::move(t));
    }
}

std::string topicOf(const std::string& text, int maxChars) {
    const QString t = QString::fromStdString(text);
    const int dot = int(t.indexOf(QChar(0x3002)));  // 。
    return dot > 0 && dot <= maxChars ? s(t.left(dot)) : std::string();
}

}  // namespace

std::vector<Target> extractTargets(const Plan& plan) {
    std::vector<Target> out;
    for (const Indicator14& ind : plan.table2) out.push_back(fromIndicator(ind));

    for (const Chapter& ch : plan.chapters) {
        Context ctx;
        for (const Clause& c : ch.clauses) extractFromClause(c, ctx, out);
        for (const Section& sec : ch.sections) {
            for (const Clause& c : sec.clauses) {
                Context cc;
                // Paragraphs that open with a short name (天河中央商务区。金融业。) are about that zone or sector.
                if (std::string topic = topicOf(c.text, 12); !topic.empty() && (ch.number == 3 || ch.number == 5))
                    cc.subject = topic;
                extractFromClause(c, cc, out);
            }
        }
    }
    static const QString zoneBox = QStringLiteral("发展定位与发展目标");
    for (const Box& b : plan.boxes) {
        Context ctx;
        QString title = QString::fromStdString(b.title);
        if (title.endsWith(zoneBox)) ctx.subject = s(title.left(title.size() - zoneBox.size()));
        ctx.boxPeriod = title.contains(QStringLiteral("十四五"));
        for (const Clause& item : b.items) {
            Context ic = ctx;
            // 专栏3 names its parts: ——天河高新区：…
            const QString t = QString::fromStdString(item.text);
            if (t.startsWith(QStringLiteral("——"))) {
                const int colon = int(t.indexOf(QChar(0xFF1A)));
                if (colon > 2 && colon < 20) ic.subject = s(t.mid(2, colon - 2));
            }
            extractFromClause(item, ic, out);
        }
    }
    return out;
}

}  // namespace pa
