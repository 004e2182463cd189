#pragma once
// A PNG written the one way every writer writes (io/output_file): checked, then atomic. The image is
// encoded in memory first (render/png_encoder, on all cores), so a full disk fails in our code with its
// reason.
#include <QImage>

#include <string>

#include "io/output_file.h"

namespace pa {

Problem savePngAtomically(const QImage& image, const std::string& path, const OutputRules& rules);

}  // namespace pa
