#include "ui/identify_panel.h"

#include <QRegularExpression>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/panel_links.h"

#include <set>

#include "analysis/feature_relations.h"
#include "document/map_document.h"
#include "render/label_layout.h"
#include "ui/layer_tree.h"
#include "ui/plan_text.h"

namespace pa {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString esc(const std::string& s) { return q(s).toHtmlEscaped(); }

QString quantity(const std::optional<Quantity>& v) {
    if (!v) return QString();
    return q(v->text) + (v->year ? QString(" (%1)").arg(*v->year) : QString());
}

}  // namespace

IdentifyPanel::IdentifyPanel(QWidget* parent) : QWidget(parent), text_(new QTextBrowser(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(text_);
    text_->setOpenLinks(false);
    text_->setObjectName("identifyText");
    connect(text_, &QTextBrowser::anchorClicked, this, &IdentifyPanel::openLink);
    showFeature({});
}

void IdentifyPanel::setContext(const MapDocument* doc, const Plan* plan) {
    doc_ = doc;
    plan_ = plan;
}

QString IdentifyPanel::html() const { return text_->toHtml(); }

void IdentifyPanel::openLink(const QUrl& url) {
    followPanelLink(
        url, [this](FeatureRef f) { emit featureActivated(f); }, [this](const QString& id) { emit planElementActivated(id); });
}

void IdentifyPanel::showRasterValues(const std::vector<RasterValues>& values) {
    feature_ = {};
    clauses_.clear();
    targets_.clear();
    related_.clear();
    QString h = "<h3 style='margin-bottom:2px'>" + tr("Raster values here") + "</h3><table cellspacing=2>";
    for (const RasterValues& r : values) {
        h += "<tr><td colspan=2><b>" + displayNameOfLayer(r.layer).toHtmlEscaped() + "</b></td></tr>";
        for (std::size_t b = 0; b < r.bands.size(); ++b)
            h += "<tr><td style='color:#777'>" + tr("Band %1").arg(b + 1) + "</td><td>" + QString::number(r.bands[b], 'g', 8) + "</td></tr>";
    }
    text_->setHtml(h + "</table>");
}

void IdentifyPanel::showFeature(FeatureRef ref) {
    feature_ = ref;
    clauses_.clear();
    targets_.clear();
    related_.clear();
    const Layer* shownLayer = doc_ ? doc_->layer(ref.layer) : nullptr;
    if (!shownLayer || ref.feature >= shownLayer->features.size()) {
        feature_ = {};
        text_->setHtml("<p style='color:#777'>" + tr("Click a feature on the map to see what the plan says of it.") + "</p>");
        return;
    }
    const Layer& layer = *shownLayer;
    const Feature& f = layer.features[ref.feature];
    const std::string zh = featureName(f, "zh");
    QString h;
    h += "<h2 style='margin-bottom:0'>" + esc(zh.empty() ? f.id : zh) + "</h2>";
    if (!f.value("name_en").empty()) h += "<div style='color:#555'>" + esc(f.value("name_en")) + "</div>";
    h += "<table cellspacing=2 style='margin-top:6px'>";
    auto row = [&](const QString& label, const std::string& value) {
        if (!value.empty()) h += "<tr><td style='color:#777'>" + label + "</td><td>" + esc(value) + "</td></tr>";
    };
    auto term = [&](const QString& label, const QString& value) {
        if (!value.isEmpty()) h += "<tr><td style='color:#777'>" + label + "</td><td>" + value.toHtmlEscaped() + "</td></tr>";
    };
    term(tr("Kind"), f.value("kind").empty() ? QString() : displayNameOfKind(f.value("kind")));
    term(tr("Status"), f.value("status").empty() ? QString() : displayTerm(f.value("status")));
    term(tr("Accuracy"), f.value("accuracy").empty() ? QString() : displayTerm(f.value("accuracy")));
    row(tr("How placed"), f.value("note"));
    row(tr("Source"), f.value("source"));
    term(tr("Layer"), displayNameOfLayer(layer.name));
    row(tr("ID"), f.id);
    h += "</table>";

    QStringList terms{q(zh)};
    for (const QString& part : q(zh).split(QRegularExpression("[-—（）()]"), Qt::SkipEmptyParts))
        if (part.size() >= 2) terms << part;

    clauses_ = f.list("clauses");
    targets_ = f.list("targets");
    if (plan_ && !clauses_.empty()) {
        h += "<h3>" + tr("Plan clauses (%1)").arg(clauses_.size()) + "</h3>";
        for (const std::string& id : clauses_) {
            h += "<p><a href='plan:" + esc(id) + "'><b>" + esc(plan_->pathOf(id)) + "</b></a> <span style='color:#999'>[" +
                 esc(id) + "]</span><br>" + markTerms(planElementText(*plan_, id), terms) + "</p>";
        }
    }
    if (plan_ && !targets_.empty()) {
        h += "<h3>" + tr("Targets (%1)").arg(targets_.size()) + "</h3>";
        h += "<table border=1 cellspacing=0 cellpadding=3 style='border-color:#ccc'><tr style='background:#f0f0f0'><th>" +
             tr("Metric") + "</th><th>" + tr("Unit") + "</th><th>" + tr("2020 baseline") + "</th><th>" +
             tr("2025 target") + "</th><th>" + tr("Type") + "</th><th>" + tr("Source") + "</th></tr>";
        int chart = 0;
        QString charts;
        for (const std::string& id : targets_) {
            const Target* t = plan_->findTarget(id);
            if (!t) continue;
            h += "<tr><td>" + esc(t->subject) + " · " + esc(t->metric) + "</td><td>" + esc(t->unit) + "</td><td>" +
                 quantity(t->baseline).toHtmlEscaped() + "</td><td>" + esc(t->comparator) + " " + esc(t->target.text) +
                 "</td><td>" + esc(t->kind) + "</td><td><a href='plan:" + esc(t->source) + "'>" + esc(plan_->pathOf(t->source)) +
                 "</a></td></tr>";
            if (const auto series = targetSeries(*plan_, *t)) {
                const QString name = QString("chart%1.png").arg(chart++);
                text_->document()->addResource(QTextDocument::ImageResource, QUrl(name),
                                               drawTargetChart(*series, q(t->metric + (t->unit.empty() ? "" : "（" + t->unit + "）")),
                                                               QSize(340, 110), devicePixelRatioF()));
                charts += "<p><img src='" + name + "' width=340 height=110></p>";
            }
        }
        h += "</table>" + charts;
    }
    // Every other attribute, as a user layer's features carry theirs.
    static const std::set<std::string> shown = {"name_zh", "name_en", "name", "kind", "status", "accuracy", "note",
                                                "source", "id", "clauses", "targets", "layer"};
    QString attrs;
    for (const auto& [k, v] : f.properties)
        if (!shown.count(k) && !v.empty())
            attrs += "<tr><td style='color:#777'>" + esc(k) + "</td><td>" + esc(v) + "</td></tr>";
    if (!attrs.isEmpty()) h += "<h3>" + tr("Attributes") + "</h3><table cellspacing=2>" + attrs + "</table>";
    related_.clear();
    const auto rel = relatedFeatures(*doc_, ref);
    if (!rel.empty()) {
        h += "<h3>" + tr("Related features (%1)").arg(rel.size()) + "</h3><p>";
        for (const Relation& r : rel) {
            const Feature& rf = doc_->feature(r.feature);
            const std::string rn = rf.value("name_zh").empty() ? rf.id : rf.value("name_zh");
            h += "<a href='" + featureLink(r.feature) + "'>" + esc(rn) +
                 "</a> <span style='color:#999'>" + displayNameOfKind(rf.value("kind")).toHtmlEscaped() + "</span><br>";
            related_.push_back(r.feature);
        }
        h += "</p>";
    }
    text_->setHtml(h);
}

}  // namespace pa
