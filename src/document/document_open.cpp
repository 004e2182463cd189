#include "document/document_open.h"

#include "io/geodata_paths.h"
#include "io/style_loader.h"

namespace pa {

Diagnostics openBundledGeodata(MapDocument& doc, const ReadOptions& read) {
    std::map<std::string, std::string> groups;
    for (const BundledLayer& l : bundledLayers()) groups[l.path] = l.group;
    doc.setFileGroups(std::move(groups));
    doc.setHomeLonLat(bundledHomeLonLat());
    const std::vector<std::string> files = bundledGeodataFiles();
    if (files.empty()) return {{Diagnostic::Severity::Error, bundledGeodataDir(), "no bundled geodata found"}};
    return doc.addFiles(files, read);
}

Diagnostics openDocument(MapDocument& doc, const DocumentRequest& r) {
    Diagnostics messages;
    doc.setStyle(loadStyleSheet(r.style.empty() ? defaultStylePath() : r.style, messages));
    const Diagnostics crs = doc.setDisplayCrs(r.crs);
    messages.insert(messages.end(), crs.begin(), crs.end());
    if (hasErrors(crs)) return messages;
    ReadOptions read = r.read;
    if (r.pictureOnly) read.attributes = doc.style().attributesDrawn();
    const Diagnostics load = r.files.empty() ? openBundledGeodata(doc, read) : doc.addFiles(r.files, read);
    messages.insert(messages.end(), load.begin(), load.end());
    for (const std::string& b : r.basemaps) {
        const Diagnostics base = doc.addBasemap(b);
        messages.insert(messages.end(), base.begin(), base.end());
    }
    return messages;
}

}  // namespace pa
