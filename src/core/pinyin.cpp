#include "core/pinyin.h"

#include <cctype>
#include <sstream>
#include <vector>

#include "core/text.h"

namespace pa {

std::size_t PinyinInitials::load(const std::string& tableText) {
    std::istringstream in(tableText);
    std::string line;
    while (std::getline(in, line)) {
        const std::size_t space = line.find(' ');
        if (line.empty() || line[0] == '#' || space == std::string::npos) continue;
        const std::u32string ch = decodeUtf8(line.substr(0, space));
        std::string initials = line.substr(space + 1);
        while (!initials.empty() && std::isspace(static_cast<unsigned char>(initials.back()))) initials.pop_back();
        if (ch.size() == 1 && !initials.empty()) table_[ch[0]] = initials;
    }
    return table_.size();
}

const std::string& PinyinInitials::of(char32_t c) const {
    static const std::string none;
    const auto it = table_.find(c);
    return it == table_.end() ? none : it->second;
}

bool PinyinInitials::matches(const std::string& textUtf8, const std::string& query) const {
    if (query.empty()) return false;
    std::vector<std::string> options;  // per character of the text, the letters it may stand for
    for (char32_t c : decodeUtf8(textUtf8)) {
        if (c < 128 && std::isalnum(int(c))) options.push_back(std::string(1, char(std::tolower(int(c)))));
        else if (!of(c).empty()) options.push_back(of(c));
    }
    std::string q;
    for (char c : query) q += char(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t start = 0; start + q.size() <= options.size(); ++start) {
        std::size_t k = 0;
        while (k < q.size() && options[start + k].find(q[k]) != std::string::npos) ++k;
        if (k == q.size()) return true;
    }
    return false;
}

std::string PinyinInitials::initialsOf(const std::string& textUtf8) const {
    std::string out;
    for (char32_t c : decodeUtf8(textUtf8))
        if (!of(c).empty()) out += of(c)[0];
    return out;
}

}  // namespace pa
