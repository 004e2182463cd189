#include "core/feature_links.h"

#include <algorithm>

namespace pa {

void Layer::indexCitations() {
    citations.clear();
    // The keys made once: a layer without them (a city's parcels) is then a look at each feature's
    // few attribute names, not two strings made and a list returned for each.
    static const std::string kClauses = "clauses", kTargets = "targets";
    for (std::uint32_t fi = 0; fi < features.size(); ++fi) {
        const Feature& f = features[fi];
        if (!f.property(kClauses) && !f.property(kTargets)) continue;
        for (const std::string& c : f.list(kClauses)) {
            // Registered under the element and every container of it.
            for (std::size_t dot = c.find('.');; dot = c.find('.', dot + 1)) {
                auto& v = citations[c.substr(0, dot)];
                if (v.empty() || v.back() != fi) v.push_back(fi);
                if (dot == std::string::npos) break;
            }
        }
        for (const std::string& t : f.list(kTargets)) {
            auto& v = citations[t];
            if (v.empty() || v.back() != fi) v.push_back(fi);
        }
    }
    citationsIndexed = true;
}

void FeatureLinks::build(const LayerList& layers) {
    citing_.clear();
    for (const Layer& l : layers) {
        Layer scratch;  // a layer made without reading (a test's, a subset) is indexed here
        const Layer* indexed = &l;
        if (!l.citationsIndexed) {
            scratch.features = l.features;
            scratch.indexCitations();
            indexed = &scratch;
        }
        for (const auto& [element, features] : indexed->citations) {
            auto& v = citing_[element];
            for (std::uint32_t fi : features) v.push_back({l.id, fi});
        }
    }
}

const std::vector<FeatureRef>& FeatureLinks::featuresCiting(const std::string& id) const {
    static const std::vector<FeatureRef> none;
    const auto it = citing_.find(id);
    return it == citing_.end() ? none : it->second;
}


}  // namespace pa
