#pragma once
#include <string>

namespace pa {

// Strict UTF-8 check (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(const std::string& s);

// Code points of UTF-8 text; an invalid byte becomes U+FFFD.
std::u32string decodeUtf8(const std::string& s);

}  // namespace pa
