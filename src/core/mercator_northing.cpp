#include "core/mercator_northing.h"

#include <cmath>

namespace pa {

void MercatorNorthing::make(Piece& p, int i) {
    // d/dφ asinh(tan φ) = 1 / cos φ: the series of cos(φ0 + h) from those of cos h and sin h, its
    // reciprocal term by term, integrated, and the exact value at φ0 as the constant.
    p.centre = (-90 + (i + 0.5) / kPerDegree) * kRadians;
    const double c0 = std::cos(p.centre), s0 = std::sin(p.centre);
    std::array<double, kDegree> a{}, b{};
    double factorial = 1;
    for (int k = 0; k < kDegree; ++k) {
        if (k > 0) factorial *= k;
        const double sign = (k / 2) % 2 ? -1 : 1;
        a[std::size_t(k)] = k % 2 == 0 ? c0 * sign / factorial : -s0 * sign / factorial;
    }
    b[0] = 1 / a[0];
    for (std::size_t k = 1; k < b.size(); ++k) {
        double s = 0;
        for (std::size_t j = 1; j <= k; ++j) s += a[j] * b[k - j];
        b[k] = -s / a[0];
    }
    p.c[0] = std::asinh(std::tan(p.centre));
    for (std::size_t k = 1; k < p.c.size(); ++k) p.c[k] = b[k - 1] / double(k);
    p.made = true;
}

}  // namespace pa
