#include "render/image_output.h"

#include <QBuffer>
#include <QByteArray>

namespace pa {

Problem savePngAtomically(const QImage& image, const std::string& path, const OutputRules& rules) {
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return Diagnostic::error(path, "cannot encode the PNG for " + path + " (out of memory?)");
    return writeFileAtomically(path, png.toStdString(), rules);
}

}  // namespace pa
