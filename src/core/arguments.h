#pragma once
// Numbers and boxes from command lines and dialogs, parsed strictly: decimal notation only (no hex,
// no "inf" or "nan", no trailing garbage, no overflow to infinity), ranges checked, so that a typo is
// an error rather than a different place on the map.
#include <string>

#include "core/diagnostic.h"

namespace pa {

// A finite decimal number: [-+]digits[.digits][e[-+]digits] (or .digits), nothing around it.
bool parseDecimal(const std::string& text, double& value);
// A whole number within [lo, hi], decimal digits only.
bool parseInteger(const std::string& text, long long lo, long long hi, long long& value);
// "1600x1200" (or 1600X1200) with each side within [lo, hi].
bool parseSize(const std::string& text, int lo, int hi, int& width, int& height);
// "minlon,minlat,maxlon,maxlat" in WGS 84 degrees: longitudes within ±180, latitudes within ±90,
// min below max. `why` says what is wrong.
Problem parseLonLatBox(const std::string& text, double box[4]);

}  // namespace pa
