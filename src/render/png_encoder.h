#pragma once
// PNG encoding on all cores. libpng (Qt's writer) filters and deflates one row after another on one
// core, choosing each row's filter by trying all five: 90 ms of a 1920x1080 map, a tenth of a whole
// `planatlas render`. Here the rows are cut into one run a core; each run is filtered with Sub (flat map
// colours become runs of zeros) and deflated on its own, flushed to a byte boundary, and the runs are
// joined into one zlib stream (Adler-32 combined), as pigz does. Any PNG reader reads it. Deflate
// looks only for runs (Z_RLE): after Sub those are what a map's rows hold, found in 0.7 of the time
// level 2 takes, for 3 % more bytes.
#include <QImage>

#include <string>

namespace pa {

// The image as PNG bytes: 8-bit RGBA (unpremultiplied, as Qt's writer gives it) when it has an alpha
// channel that is not opaque throughout, else 8-bit RGB. Empty when the image is null.
std::string encodePng(const QImage& image);

}  // namespace pa
