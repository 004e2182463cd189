#include "core/tile_template.h"

#include <algorithm>
#include <cctype>

#include "core/arguments.h"

namespace pa {

namespace {

void replaceAll(std::string& s, const std::string& from, const std::string& to) {
    for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) s.replace(at, from.size(), to);
}

bool contains(const std::string& s, const char* what) { return s.find(what) != std::string::npos; }

std::string lower(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// "abc" → a, b, c; "0-7" → 0 … 7; "1,2,3" is not possible inside a comma list, so "123" → 1, 2, 3.
std::vector<std::string> subdomainList(const std::string& v) {
    std::vector<std::string> out;
    if (v.size() == 3 && v[1] == '-' && std::isalnum(static_cast<unsigned char>(v[0])) && v[2] >= v[0]) {
        for (char c = v[0]; c <= v[2]; ++c) out.emplace_back(1, c);
        return out;
    }
    for (char c : v) out.emplace_back(1, c);
    return out;
}

}  // namespace

bool isTileTemplate(const std::string& spec) {
    const std::string l = lower(spec.substr(0, 8));
    return l.rfind("http://", 0) == 0 || l.rfind("https://", 0) == 0;
}

std::string TileTemplate::tileUrl(int z, long x, long y) const {
    std::string u = url;
    const long rows = 1L << z;
    replaceAll(u, "{z}", std::to_string(z));
    replaceAll(u, "{x}", std::to_string(x));
    replaceAll(u, "{y}", std::to_string(y));
    replaceAll(u, "{-y}", std::to_string(rows - 1 - y));
    replaceAll(u, "{TileMatrix}", std::to_string(z));
    replaceAll(u, "{TileCol}", std::to_string(x));
    replaceAll(u, "{TileRow}", std::to_string(y));
    replaceAll(u, "{key}", key);
    if (!subdomains.empty()) replaceAll(u, "{s}", subdomains[std::size_t((x + y) % long(subdomains.size()))]);
    return u;
}

Outcome<TileTemplate> parseTileTemplate(const std::string& spec) {
    auto fail = [&](const std::string& why) { return Diagnostic::error(spec, why); };
    TileTemplate t;
    // The options follow the URL after commas (a comma inside the URL is written %2C); the
    // attribution, last, may hold commas of its own.
    std::vector<std::string> parts;
    std::string url = spec.substr(0, spec.find(','));
    for (std::size_t at = spec.find(','); at != std::string::npos;) {
        const std::size_t next = spec.find(',', at + 1);
        std::string opt = spec.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1);
        if (lower(opt).rfind("attribution=", 0) == 0) {
            parts.push_back(spec.substr(at + 1));
            break;
        }
        parts.push_back(opt);
        at = next;
    }
    if (!isTileTemplate(url)) return fail("a tile service is an http:// or https:// URL template");
    const bool wmts = contains(url, "{TileMatrix}");
    if (!contains(url, "{z}") && !wmts)
        return fail("the URL template has no {z} (or {TileMatrix}): it cannot ask for a zoom level");
    const bool xy = contains(url, "{x}") && (contains(url, "{y}") || contains(url, "{-y}"));
    const bool colRow = contains(url, "{TileCol}") && contains(url, "{TileRow}");
    if (!xy && !colRow) return fail("the URL template needs {x} and {y} (or {-y}, or {TileCol} and {TileRow})");
    t.url = url;
    for (const std::string& p : parts) {
        const std::size_t eq = p.find('=');
        const std::string name = lower(p.substr(0, eq));
        const std::string value = eq == std::string::npos ? "" : p.substr(eq + 1);
        const bool known = name == "gcj02" || name == "gcj-02" || name == "bd09" || name == "bd-09" || name == "wgs84" || name == "baidu" ||
                           name == "name" || name == "attribution" || name == "subdomains" || name == "maxzoom" ||
                           name == "minzoom" || name == "key" || name == "timeout";
        if (!known)
            return fail("unknown option '" + p + "' after the URL (known: gcj02, bd09, baidu, name=, attribution=, subdomains=, "
                        "minzoom=, maxzoom=, key=, timeout=; a comma inside the URL is written %2C)");
        if (name == "gcj02" || name == "gcj-02") t.datum = ChineseDatum::Gcj02;
        else if (name == "bd09" || name == "bd-09") t.datum = ChineseDatum::Bd09;
        else if (name == "wgs84") t.datum = ChineseDatum::None;
        else if (name == "baidu") {
            t.grid = TileGrid::Baidu;  // Baidu's tiles are BD-09 on Baidu's own Mercator
            t.datum = ChineseDatum::Bd09;
        }
        else if (name == "name") t.name = value;
        else if (name == "attribution") t.attribution = value;
        else if (name == "key") t.key = value;
        else if (name == "subdomains") t.subdomains = subdomainList(value);
        else if (name == "timeout") {
            double sec = 0;
            if (!parseDecimal(value, sec) || !(sec > 0 && sec <= 600)) return fail("timeout wants seconds, more than 0 and at most 600");
            t.timeoutMs = int(sec * 1000);
        } else if (name == "maxzoom" || name == "minzoom") {
            double z = 0;
            if (!parseDecimal(value, z) || z < 0 || z > 24 || z != int(z)) return fail(name + " wants a whole zoom level 0…24");
            (name == "maxzoom" ? t.maxZoom : t.minZoom) = int(z);
        }
    }
    if (contains(t.url, "{s}") && t.subdomains.empty()) t.subdomains = {"a", "b", "c"};
    if (contains(t.url, "{key}") && t.key.empty())
        return fail("the service needs a key ({key} in the URL): add ,key=YOUR_KEY");
    if (t.minZoom > t.maxZoom) return fail("minzoom is above maxzoom");
    if (t.name.empty()) {
        const std::size_t host = t.url.find("://") + 3;
        t.name = t.url.substr(host, t.url.find('/', host) - host);
        replaceAll(t.name, "{s}", "");
        while (!t.name.empty() && t.name[0] == '.') t.name.erase(0, 1);
    }
    if (t.attribution.empty()) t.attribution = t.name;
    return t;
}

}  // namespace pa
