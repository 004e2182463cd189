#pragma once
#include <cstddef>
#include <string>

namespace pa {

// Strict UTF-8 check (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(const std::string& s);

// Up to `max` bytes fit to quote in a message: printable ASCII as it is, anything else as \xNN.
std::string printableBytes(const char* data, std::size_t n, std::size_t max);

// A name as an SQL identifier: in double quotes, each double quote in it doubled ("a""b").
std::string sqlIdentifier(const std::string& name);

// Code points of UTF-8 text; an invalid byte becomes U+FFFD.
std::u32string decodeUtf8(const std::string& s);

}  // namespace pa
