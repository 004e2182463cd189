#include "core/arguments.h"

#include <charconv>
#include <cmath>
#include <system_error>
#include <vector>

namespace pa {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// The shape of a decimal number, checked before from_chars, which would also take "inf" and "nan".
bool decimalShape(const std::string& s) {
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    std::size_t before = 0, after = 0;
    while (i < s.size() && digit(s[i])) ++i, ++before;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && digit(s[i])) ++i, ++after;
    }
    if (before + after == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
        std::size_t exp = 0;
        while (i < s.size() && digit(s[i])) ++i, ++exp;
        if (exp == 0) return false;
    }
    return i == s.size();
}

}  // namespace

bool parseDecimal(const std::string& text, double& value) {
    if (text.empty() || text.size() > 64 || !decimalShape(text)) return false;
    const char* b = text.data() + (text[0] == '+' ? 1 : 0);
    double v = 0;
    const auto r = std::from_chars(b, text.data() + text.size(), v, std::chars_format::general);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || !std::isfinite(v)) return false;
    value = v;
    return true;
}

bool parseInteger(const std::string& text, long long lo, long long hi, long long& value) {
    if (text.empty() || text.size() > 20) return false;
    const char* b = text.data() + (text[0] == '+' ? 1 : 0);
    if (b == text.data() + text.size()) return false;
    for (const char* p = b; p < text.data() + text.size(); ++p)
        if (!digit(*p) && !(p == b && *p == '-')) return false;
    long long v = 0;
    const auto r = std::from_chars(b, text.data() + text.size(), v);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || v < lo || v > hi) return false;
    value = v;
    return true;
}

bool parseSize(const std::string& text, int lo, int hi, int& width, int& height) {
    const std::size_t x = text.find_first_of("xX");
    if (x == std::string::npos) return false;
    long long w = 0, h = 0;
    if (!parseInteger(text.substr(0, x), lo, hi, w) || !parseInteger(text.substr(x + 1), lo, hi, h)) return false;
    width = int(w);
    height = int(h);
    return true;
}

Problem parseLonLatBox(const std::string& text, double box[4]) {
    std::vector<std::string> parts(1);
    for (char c : text) {
        if (c == ',') parts.emplace_back();
        else parts.back() += c;
    }
    auto fail = [&](const std::string& w) -> Problem { return Diagnostic::error(text, w); };
    if (parts.size() != 4) return fail("four numbers separated by commas are needed, got " + std::to_string(parts.size()));
    for (int i = 0; i < 4; ++i)
        if (!parseDecimal(parts[std::size_t(i)], box[i])) return fail("'" + parts[std::size_t(i)] + "' is not a decimal number");
    if (box[0] < -180 || box[2] > 180 || box[0] > 180 || box[2] < -180) return fail("longitudes lie within -180 to 180");
    if (box[1] < -90 || box[3] > 90 || box[1] > 90 || box[3] < -90) return fail("latitudes lie within -90 to 90");
    if (!(box[0] < box[2])) return fail("the west edge must be less than the east edge");
    if (!(box[1] < box[3])) return fail("the south edge must be less than the north edge");
    return std::nullopt;
}

}  // namespace pa
