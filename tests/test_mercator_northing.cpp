#include <gtest/gtest.h>

#include <cmath>

#include "core/mercator_northing.h"

namespace pa {

TEST(MercatorNorthing, WithinAFewRoundingsOfTheExactNorthingWhereverItApplies) {
    // Against asinh(tan φ) in long double, on a grid that holds every polynomial's ends and middle
    // and points between: within 6e-16 (4 nm on the ground), two or three roundings of the result.
    MercatorNorthing northing;
    constexpr long double kRadians = 0.017453292519943295769L;
    long double worst = 0;
    double where = 0;
    for (int i = -71 * 128; i <= 71 * 128; ++i) {
        const double lat = i / 128.0 + (i % 7) * 1e-9;
        if (std::fabs(lat) > MercatorNorthing::kLimit) continue;
        const long double exact = asinhl(tanl(lat * kRadians));
        const long double e = fabsl(northing(lat) - exact);
        if (e > worst) worst = e, where = lat;
    }
    EXPECT_LT(double(worst), 6e-16) << "at latitude " << where;
    // A latitude's northing does not depend on what came before (each piece is made once, alone).
    MercatorNorthing fresh;
    EXPECT_EQ(fresh(23.125), northing(23.125));
    EXPECT_EQ(fresh(-79.999), northing(-79.999));
}

}  // namespace pa
