#pragma once
// Pinyin initials of Chinese characters, for search by initials (天河路商圈 ← "thlsq"). The table
// (assets/pinyin/initials.txt) comes from Unicode's Unihan readings; a character with several
// readings matches any of their initials.
#include <string>
#include <unordered_map>

namespace pa {

class PinyinInitials {
public:
    // Lines "字 initials", e.g. "长 cz"; returns the number of characters read.
    std::size_t load(const std::string& tableText);
    bool empty() const { return table_.empty(); }
    // The possible initials of one code point ("" when not a known Chinese character).
    const std::string& of(char32_t c) const;
    // Whether `query` (ASCII letters, any case) spells the initials of a run of `text`'s characters.
    // Latin letters and digits in the text match themselves.
    bool matches(const std::string& textUtf8, const std::string& query) const;
    // The first reading's initials of every Chinese character of the text, e.g. "thlsq".
    std::string initialsOf(const std::string& textUtf8) const;

private:
    std::unordered_map<char32_t, std::string> table_;
};

}  // namespace pa
