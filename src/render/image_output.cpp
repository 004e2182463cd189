#include "render/image_output.h"

#include "render/png_encoder.h"

namespace pa {

Problem savePngAtomically(const QImage& image, const std::string& path, const OutputRules& rules) {
    const std::string png = encodePng(image);
    if (png.empty()) return Diagnostic::error(path, "cannot encode the PNG for " + path + " (out of memory?)");
    return writeFileAtomically(path, png, rules);
}

}  // namespace pa
