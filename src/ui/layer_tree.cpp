#include "ui/layer_tree.h"

#include "core/vector_source.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLinearGradient>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSlider>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

#include "io/geodata_paths.h"
#include "document/map_document.h"
#include "ui/ui_language.h"

namespace pa {

namespace {

constexpr int kLayerRole = Qt::UserRole;      // layer id on layer items
constexpr int kGroupRole = Qt::UserRole + 1;  // group key on group items

const QJsonObject& manifest() {
    static const QJsonObject m = [] {
        QFile f(QString::fromStdString(bundledGeodataDir() + "/layers.json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }();
    return m;
}

QString named(const char* table, const std::string& key) {
    const QJsonObject names = manifest()[table].toObject()[QString::fromStdString(key)].toObject();
    const QString v = names[uiLanguage()].toString();
    return v.isEmpty() ? QString::fromStdString(key) : v;
}

QColor qc(const Rgba& c) { return QColor(c.r, c.g, c.b, c.a); }

// The order the issue gives the plan's groups, then anything else, user layers last.
const std::vector<std::string> kGroupOrder = {"spatial structure", "blue-green", "transport", "project sites", "boundary"};

}  // namespace

QString displayNameOfLayer(const std::string& n) { return named("titles", n); }
QString displayNameOfGroup(const std::string& g) {
    if (g == MapDocument::kBasemapGroup) return LayerTree::tr("Basemaps");
    return named("groups", g);
}
QString displayNameOfKind(const std::string& k) { return named("kinds", k); }
QString displayTerm(const std::string& v) { return named("terms", v); }

LayerTree::LayerTree(QWidget* parent)
    : QWidget(parent),
      tree_(new QTreeWidget(this)),
      opacity_(new QSlider(Qt::Horizontal, this)),
      brightness_(new QSlider(Qt::Horizontal, this)),
      contrast_(new QSlider(Qt::Horizontal, this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tree_);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Opacity"), this));
    row->addWidget(opacity_);
    layout->addLayout(row);
    // A raster layer's look: brightness and contrast, -100 … 100.
    auto* looks = new QHBoxLayout;
    looks->addWidget(new QLabel(tr("Brightness"), this));
    looks->addWidget(brightness_);
    looks->addWidget(new QLabel(tr("Contrast"), this));
    looks->addWidget(contrast_);
    layout->addLayout(looks);
    for (QSlider* s : {brightness_, contrast_}) {
        s->setRange(-100, 100);
        s->setValue(0);
        s->setEnabled(false);
        connect(s, &QSlider::valueChanged, this, [this] {
            const LayerId id = currentLayer();
            if (!id || !doc_) return;
            doc_->setRasterLook(id, RasterLook{float(brightness_->value() / 100.0), float(contrast_->value() / 100.0)});
        });
    }
    brightness_->setObjectName("brightness");
    contrast_->setObjectName("contrast");
    tree_->setObjectName("layerTree");
    tree_->setHeaderHidden(true);
    tree_->setDragDropMode(QAbstractItemView::InternalMove);
    tree_->setDefaultDropAction(Qt::MoveAction);
    tree_->setIconSize(QSize(22, 14));
    opacity_->setRange(0, 100);
    opacity_->setValue(100);
    opacity_->setEnabled(false);

    connect(tree_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        if (building_ || !doc_) return;
        const QVariant layer = item->data(0, kLayerRole);
        if (layer.isValid()) {
            doc_->setVisible(layer.toUInt(), item->checkState(0) == Qt::Checked);
        } else if (item->data(0, kGroupRole).isValid()) {
            // A group's checkbox shows and hides all its layers.
            building_ = true;
            for (int i = 0; i < item->childCount(); ++i) item->child(i)->setCheckState(0, item->checkState(0));
            building_ = false;
            for (int i = 0; i < item->childCount(); ++i)
                doc_->setVisible(item->child(i)->data(0, kLayerRole).toUInt(), item->checkState(0) == Qt::Checked);
        }
    });
    connect(tree_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const QVariant layer = item ? item->data(0, kLayerRole) : QVariant();
        opacity_->setEnabled(layer.isValid());
        const Layer* l = layer.isValid() && doc_ ? doc_->layer(layer.toUInt()) : nullptr;
        brightness_->setEnabled(l && l->raster);
        contrast_->setEnabled(l && l->raster);
        if (layer.isValid() && doc_)
            if (const LayerState* st = doc_->state(layer.toUInt())) {
                const QSignalBlocker block(opacity_), b(brightness_), c(contrast_);
                opacity_->setValue(int(std::lround(st->opacity * 100)));
                brightness_->setValue(int(std::lround(st->look.brightness * 100)));
                contrast_->setValue(int(std::lround(st->look.contrast * 100)));
            }
    });
    connect(opacity_, &QSlider::valueChanged, this, [this](int v) {
        QTreeWidgetItem* item = tree_->currentItem();
        const QVariant layer = item ? item->data(0, kLayerRole) : QVariant();
        if (!layer.isValid() || !doc_) return;
        doc_->setOpacity(layer.toUInt(), float(v / 100.0));
    });
    tree_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree_, &QTreeWidget::customContextMenuRequested, this, &LayerTree::showMenu);
    // A drop has moved an item; read the new order once the view has settled.
    connect(tree_->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!building_) QTimer::singleShot(0, this, &LayerTree::applyOrderFromTree);
    });
}

void LayerTree::setDocument(MapDocument* doc) {
    if (doc_) disconnect(doc_, nullptr, this, nullptr);
    doc_ = doc;
    if (doc_) {
        connect(doc_, &MapDocument::layersChanged, this, &LayerTree::rebuild);
        connect(doc_, &MapDocument::styleChanged, this, &LayerTree::rebuild);
        connect(doc_, &MapDocument::statesChanged, this, &LayerTree::syncStates);
    }
    rebuild();
}

LayerId LayerTree::currentLayer() const {
    const QTreeWidgetItem* item = tree_->currentItem();
    while (item && !item->data(0, kLayerRole).isValid()) item = item->parent();  // a legend row: its layer
    return item ? item->data(0, kLayerRole).toUInt() : 0;
}

void LayerTree::showMenu(const QPoint& pos) {
    QTreeWidgetItem* item = tree_->itemAt(pos);
    while (item && !item->data(0, kLayerRole).isValid()) item = item->parent();
    if (!item || !doc_) return;
    const LayerId id = item->data(0, kLayerRole).toUInt();
    QMenu menu(this);
    menu.addAction(tr("Remove layer"), this, [this, id] { doc_->removeLayer(id); });
    menu.exec(tree_->viewport()->mapToGlobal(pos));
}

void LayerTree::syncStates() {
    if (!doc_) return;
    // The tree's order, top first, against the document's.
    std::vector<LayerId> shown;
    for (int g = 0; g < tree_->topLevelItemCount(); ++g)
        for (int i = 0; i < tree_->topLevelItem(g)->childCount(); ++i)
            shown.push_back(tree_->topLevelItem(g)->child(i)->data(0, kLayerRole).toUInt());
    building_ = true;
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        QTreeWidgetItem* gi = tree_->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < gi->childCount(); ++i) {
            const LayerState* st = doc_->state(gi->child(i)->data(0, kLayerRole).toUInt());
            const bool v = st && st->visible;
            any = any || v;
            if ((gi->child(i)->checkState(0) == Qt::Checked) != v) gi->child(i)->setCheckState(0, v ? Qt::Checked : Qt::Unchecked);
        }
        if ((gi->checkState(0) == Qt::Checked) != any) gi->setCheckState(0, any ? Qt::Checked : Qt::Unchecked);
    }
    building_ = false;
    if (QTreeWidgetItem* item = tree_->currentItem(); item && item->data(0, kLayerRole).isValid())
        if (const LayerState* st = doc_->state(item->data(0, kLayerRole).toUInt())) {
            const QSignalBlocker block(opacity_);
            opacity_->setValue(int(std::lround(st->opacity * 100)));
        }
    // An order changed elsewhere (a restored session): the tree is rebuilt once the event is done.
    std::vector<LayerId> want;
    for (const std::string& g : groupsInOrder())
        for (auto it = doc_->drawOrder().rbegin(); it != doc_->drawOrder().rend(); ++it)
            if (const LayerState* st = doc_->state(*it); st && st->group == g) want.push_back(*it);
    if (want != shown) QTimer::singleShot(0, this, &LayerTree::rebuild);
}

QIcon LayerTree::rampSwatch(const ColorRamp& ramp) const {
    const qreal dpr = devicePixelRatioF();
    QPixmap pm(QSize(22, 14) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    QLinearGradient g(2, 0, 20, 0);
    for (const ColorRamp::Stop& s : ramp.stops) g.setColorAt(s.at, qc(s.color));
    p.fillRect(QRectF(2, 2, 18, 10), g);
    p.setPen(QColor(120, 120, 120));
    p.drawRect(QRectF(2, 2, 18, 10));
    return QIcon(pm);
}

QIcon LayerTree::swatch(const Symbol& s, int shape) const {
    const qreal dpr = devicePixelRatioF();
    QPixmap pm(QSize(22, 14) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QPen stroke(qc(s.stroke), std::min(2.0f, s.strokeWidth));
    if (s.dashOn > 0 && s.dashOff > 0) {
        stroke.setDashPattern({qreal(s.dashOn) / stroke.widthF(), qreal(s.dashOff) / stroke.widthF()});
        stroke.setCapStyle(Qt::FlatCap);
    }
    if (shape == 2) {  // polygon: its fill (and hatching) with its outline
        p.setBrush(qc(s.fill));
        p.setPen(stroke);
        p.drawRect(QRectF(2, 2, 18, 10));
        if (s.hatchSpacing > 0) {
            QColor h = qc(s.stroke);
            h.setAlphaF(0.6);
            p.fillRect(QRectF(2, 2, 18, 10), QBrush(h, Qt::BDiagPattern));
        }
    } else if (shape == 1) {  // line: its stroke, at its width up to the swatch's height
        QPen pen = stroke;
        pen.setWidthF(std::min(10.0f, std::max(1.0f, s.strokeWidth)));
        if (s.dashOn > 0 && s.dashOff > 0) pen.setDashPattern({s.dashOn / pen.widthF(), s.dashOff / pen.widthF()});
        else pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        p.drawLine(QPointF(1, 7), QPointF(21, 7));
    } else {  // point: its marker
        p.setBrush(qc(s.fill));
        p.setPen(QPen(qc(s.stroke), std::min(2.0f, s.strokeWidth)));
        const qreal r = std::min(6.0f, s.markerSize / 2);
        if (s.marker == MarkerShape::Square) p.drawRect(QRectF(11 - r, 7 - r, 2 * r, 2 * r));
        else p.drawEllipse(QPointF(11, 7), r, r);
    }
    return QIcon(pm);
}

QTreeWidgetItem* LayerTree::itemOfLayer(LayerId layer) const {
    for (int g = 0; g < tree_->topLevelItemCount(); ++g)
        for (int i = 0; i < tree_->topLevelItem(g)->childCount(); ++i)
            if (tree_->topLevelItem(g)->child(i)->data(0, kLayerRole).toUInt() == layer) return tree_->topLevelItem(g)->child(i);
    return nullptr;
}

std::vector<std::string> LayerTree::groupsInOrder() const {
    std::vector<std::string> groups = kGroupOrder;
    for (const LayerState& s : doc_->states())
        if (std::find(groups.begin(), groups.end(), s.group) == groups.end())
            groups.push_back(s.group);
    for (const std::string& last : {std::string(MapDocument::kUserGroup), std::string(MapDocument::kBasemapGroup)}) {
        groups.erase(std::remove(groups.begin(), groups.end(), last), groups.end());
        groups.push_back(last);  // the tree's bottom is the map's bottom
    }
    return groups;
}

void LayerTree::rebuild() {
    building_ = true;
    tree_->clear();
    if (!doc_) {
        building_ = false;
        return;
    }
    const LayerId current = currentLayer();
    for (const std::string& g : groupsInOrder()) {
        // Layers of the group, top of the drawing first.
        std::vector<LayerId> members;
        for (auto it = doc_->drawOrder().rbegin(); it != doc_->drawOrder().rend(); ++it)
            if (const LayerState* st = doc_->state(*it); st && st->group == g) members.push_back(*it);
        if (members.empty()) continue;
        auto* gi = new QTreeWidgetItem(tree_);
        gi->setText(0, displayNameOfGroup(g));
        gi->setData(0, kGroupRole, QString::fromStdString(g));
        gi->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsDropEnabled);
        bool anyVisible = false;
        for (LayerId li : members) {
            const Layer& l = *doc_->layer(li);
            const LayerState& st = *doc_->state(li);
            anyVisible = anyVisible || st.visible;
            auto* item = new QTreeWidgetItem(gi);
            item->setText(0, displayNameOfLayer(l.name));
            item->setToolTip(0, QString::fromStdString(l.sourcePath));
            item->setData(0, kLayerRole, li);
            if (li == current) tree_->setCurrentItem(item);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
            item->setCheckState(0, st.visible ? Qt::Checked : Qt::Unchecked);
            if (l.viewSource) item->setToolTip(0, QString::fromStdString(l.viewSource->summary() + "\n" + l.sourcePath));
            if (l.raster) {
                item->setToolTip(0, QString::fromStdString(l.raster->summary() + "\n" + l.sourcePath));
                if (l.raster->usesRamp()) {
                    // Legend: the style's ramp over the values it spans.
                    const ColorRamp& ramp = doc_->style().rampFor(l);
                    const auto [lo, hi] = l.raster->valueRange();
                    auto* legend = new QTreeWidgetItem(item);
                    legend->setText(0, QString("%1 – %2").arg(ramp.min.value_or(lo), 0, 'g', 4).arg(ramp.max.value_or(hi), 0, 'g', 4));
                    legend->setIcon(0, rampSwatch(ramp));
                    legend->setFlags(Qt::ItemIsEnabled);
                }
                continue;
            }
            // Legend: one swatch per kind, drawn with the symbol the map resolves for it.
            std::set<std::string> seen, tried;
            static const std::string kKind = "kind", kStatus = "status", kNone;
            const std::string *lastKind = nullptr, *lastStatus = nullptr;
            for (const Feature& f : l.features) {
                if (f.partCount == 0) continue;
                // One entry per kind, and per status where the status changes the drawing (dashes). A
                // kind and status seen before cost no symbol resolution: large layers repeat a few, and
                // the same as the feature before costs no string at all (a million features are read
                // here on the window's thread as the layer joins the map).
                const std::string* k = f.property(kKind);
                const std::string* st = f.property(kStatus);
                const std::string& kindRef = k ? *k : kNone;
                const std::string& statusRef = st ? *st : kNone;
                if (lastKind && *lastKind == kindRef && *lastStatus == statusRef) continue;
                lastKind = &kindRef;
                lastStatus = &statusRef;
                const std::string kind = kindRef;
                if (!tried.insert(kind + "|" + statusRef).second) continue;
                const Symbol sym = doc_->style().resolve(l, f);
                const bool dashed = sym.dashOn > 0 && sym.dashOff > 0 && l.parts[f.firstPart].kind != PartKind::Point;
                if (!seen.insert(kind + (dashed ? "|" + f.value("status") : std::string())).second) continue;
                const PartKind pk = l.parts[f.firstPart].kind;
                const int shape = pk == PartKind::Polygon ? 2 : pk == PartKind::Line ? 1 : 0;
                auto* legend = new QTreeWidgetItem(item);
                QString text = kind.empty() ? tr("features") : displayNameOfKind(kind);
                if (dashed && !f.value("status").empty()) text += " · " + displayTerm(f.value("status"));
                legend->setText(0, text);
                legend->setIcon(0, swatch(sym, shape));
                legend->setData(0, Qt::UserRole + 2, QString::fromStdString(kind));
                legend->setFlags(Qt::ItemIsEnabled);
                if (seen.size() > 12) break;
            }
        }
        gi->setCheckState(0, anyVisible ? Qt::Checked : Qt::Unchecked);
        gi->setExpanded(true);
    }
    building_ = false;
}

void LayerTree::applyOrderFromTree() {
    if (!doc_) return;
    // Each group keeps the drawing positions it had; the tree orders the group's layers within
    // them (top of the list drawn on top). A layer dropped into another group goes back.
    std::vector<LayerId> order = doc_->drawOrder();
    auto groupOf = [&](LayerId id) {
        const LayerState* st = doc_->state(id);
        return st ? st->group : std::string();
    };
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        QTreeWidgetItem* gi = tree_->topLevelItem(g);
        const std::string group = gi->data(0, kGroupRole).toString().toStdString();
        std::vector<LayerId> listed;  // top first
        for (int i = 0; i < gi->childCount(); ++i) {
            const QVariant v = gi->child(i)->data(0, kLayerRole);
            if (v.isValid() && groupOf(v.toUInt()) == group) listed.push_back(v.toUInt());
        }
        std::vector<std::size_t> places;
        for (std::size_t k = 0; k < order.size(); ++k)
            if (groupOf(order[k]) == group) places.push_back(k);
        if (places.size() != listed.size()) continue;
        for (std::size_t k = 0; k < places.size(); ++k) order[places[k]] = listed[listed.size() - 1 - k];
    }
    doc_->setDrawOrder(order);
    rebuild();
}

}  // namespace pa
