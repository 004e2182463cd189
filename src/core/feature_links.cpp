#include "core/feature_links.h"

#include <algorithm>

namespace pa {

void FeatureLinks::build(const LayerList& layers) {
    citing_.clear();
    for (const Layer& l : layers) {
        for (std::uint32_t fi = 0; fi < l.features.size(); ++fi) {
            const Feature& f = l.features[fi];
            const FeatureRef ref{l.id, fi};
            for (const std::string& c : f.list("clauses")) {
                // Register under the element and every container of it.
                for (std::size_t dot = c.find('.'); ; dot = c.find('.', dot + 1)) {
                    auto& v = citing_[c.substr(0, dot)];
                    if (v.empty() || v.back() != ref) v.push_back(ref);
                    if (dot == std::string::npos) break;
                }
            }
            for (const std::string& t : f.list("targets")) {
                auto& v = citing_[t];
                if (v.empty() || v.back() != ref) v.push_back(ref);
            }
        }
    }
}

const std::vector<FeatureRef>& FeatureLinks::featuresCiting(const std::string& id) const {
    static const std::vector<FeatureRef> none;
    const auto it = citing_.find(id);
    return it == citing_.end() ? none : it->second;
}


}  // namespace pa
