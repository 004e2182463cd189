#pragma once
// The side panel of a selected feature: its names, kind, status and how sure its position is;
// every plan clause that concerns it in full, with its path and the feature's name marked; its
// targets as a table with a chart where there is history or a gap; and the related features, each
// a link that selects it.
#include <QWidget>

#include <string>
#include <vector>

#include "core/feature_ref.h"
#include "core/plan.h"

class QTextBrowser;
class QUrl;

namespace pa {

class MapDocument;

class IdentifyPanel : public QWidget {
    Q_OBJECT
public:
    explicit IdentifyPanel(QWidget* parent = nullptr);
    void setContext(const MapDocument* doc, const Plan* plan);
    void showFeature(FeatureRef f);
    // The values of the rasters under a click where no feature is, top first.
    struct RasterValues {
        std::string layer;
        std::vector<double> bands;
    };
    void showRasterValues(const std::vector<RasterValues>& values);
    FeatureRef feature() const { return feature_; }

    // What the panel lists, for tests and for copying.
    const std::vector<std::string>& clauseIds() const { return clauses_; }
    const std::vector<std::string>& targetIds() const { return targets_; }
    const std::vector<FeatureRef>& related() const { return related_; }
    QString html() const;
    QTextBrowser* browser() const { return text_; }

signals:
    void featureActivated(pa::FeatureRef f);
    void planElementActivated(const QString& id);

private:
    void openLink(const QUrl& url);

    QTextBrowser* text_;
    const MapDocument* doc_ = nullptr;
    const Plan* plan_ = nullptr;
    FeatureRef feature_;
    std::vector<std::string> clauses_, targets_;
    std::vector<FeatureRef> related_;
};

}  // namespace pa
