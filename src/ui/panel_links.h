#pragma once
// Links in the panels' text: "feature:LAYERID:INDEX" selects a feature, "plan:ID" opens a plan element.
#include <QString>
#include <QUrl>

#include <functional>

#include "core/feature_ref.h"

namespace pa {

inline QString featureLink(FeatureRef f) { return QString("feature:%1:%2").arg(f.layer).arg(f.feature); }

inline void followPanelLink(const QUrl& url, const std::function<void(FeatureRef)>& feature,
                            const std::function<void(const QString&)>& plan) {
    const QString s = url.toString();
    if (s.startsWith("feature:")) {
        const QStringList parts = s.mid(8).split(':');
        if (parts.size() == 2) feature({parts[0].toUInt(), parts[1].toUInt()});
    } else if (s.startsWith("plan:")) {
        plan(s.mid(5));
    }
}

}  // namespace pa
