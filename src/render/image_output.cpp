#include "render/image_output.h"

#include <QBuffer>
#include <QByteArray>

namespace pa {

bool savePngAtomically(const QImage& image, const std::string& path, const OutputRules& rules, std::string* error) {
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG")) {
        if (error) *error = "cannot encode the PNG for " + path + " (out of memory?)";
        return false;
    }
    return writeFileAtomically(path, png.toStdString(), rules, error);
}

}  // namespace pa
