#pragma once
#include <string>

namespace pa {

// Strict UTF-8 check (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(const std::string& s);

}  // namespace pa
