#pragma once
// A PNG written the one way every writer writes (io/output_file): checked, then atomic. The image is
// encoded in memory first, so a full disk fails in our code with its reason: libpng's own error path
// (a longjmp out of Qt's writer) would leak the image it was converting.
#include <QImage>

#include <string>

#include "io/output_file.h"

namespace pa {

Problem savePngAtomically(const QImage& image, const std::string& path, const OutputRules& rules);

}  // namespace pa
