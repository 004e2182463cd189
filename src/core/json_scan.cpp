#include "core/json_scan.h"

#include "core/text.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <thread>
#include <unordered_set>
#include <vector>

namespace pa {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The end of the run of ASCII digits that starts at j, eight bytes at a time: a GeoJSON is mostly
// coordinates of fifteen or more digits.
std::size_t digitsEnd(const char* d, std::size_t n, std::size_t j) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    while (j + 8 <= n) {
        std::uint64_t v;
        std::memcpy(&v, d + j, 8);
        // A byte is a digit when it XOR '0' is at most 9: adding 0x76 sets its top bit otherwise, and a
        // byte with the top bit already set is none. A carry out of a byte only spoils the bytes after
        // the first non-digit, which do not count.
        const std::uint64_t x = v ^ 0x3030303030303030ull;
        const std::uint64_t stop = ((x + 0x7676767676767676ull) | x) & 0x8080808080808080ull;
        if (stop) return j + std::size_t(__builtin_ctzll(stop) >> 3);
        j += 8;
    }
#endif
    while (j < n && isDigit(d[j])) ++j;
    return j;
}

bool isWs(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Iterative, so that nesting costs a byte of stack per level, never a C++ frame.
class Scanner {
public:
    Scanner(const char* d, std::size_t n, const JsonScanLimits& l) : d_(d), n_(n), lim_(l) {}

    JsonScanResult run() {
        if (!prologue() || !parse()) return r_;
        return epilogue();
    }

    // Before the top-level object: a byte-order mark, white space, and whether it is an object.
    bool prologue() {
        if (n_ >= 3 && std::memcmp(d_, "\xEF\xBB\xBF", 3) == 0) i_ = 3;  // a UTF-8 byte-order mark
        skipWs();
        if (i_ >= n_) return fail(JsonProblem::Blank, n_), false;
        const char c = d_[i_];
        if (c != '{') {
            if (c == '[') return fail(JsonProblem::TopLevelNotObject, i_, "array"), false;
            if (c == '"') return fail(JsonProblem::TopLevelNotObject, i_, "string"), false;
            if (c == '-' || isDigit(c)) return fail(JsonProblem::TopLevelNotObject, i_, "number"), false;
            for (const char* w : {"true", "false", "null"})
                if (n_ - i_ >= std::strlen(w) && std::memcmp(d_ + i_, w, std::strlen(w)) == 0)
                    return fail(JsonProblem::TopLevelNotObject, i_, w), false;
            return fail(JsonProblem::NotJson, i_, printable(i_, 12)), false;
        }
        return true;
    }

    // After the whole text has been parsed: what the names and the type say.
    JsonScanResult epilogue() {
        r_.propertyNames = names_.size();
        if (r_.topLevelType.empty()) {
            // Esri JSON has no "type"; GDAL's GeoJSON driver reads it by its "features"/"geometryType".
            if (!esri_) return fail(JsonProblem::NoType, 0);
            return r_;
        }
        static const char* known[] = {"FeatureCollection", "Feature",         "Point",        "MultiPoint",
                                      "LineString",        "MultiLineString", "Polygon",      "MultiPolygon",
                                      "GeometryCollection", "Topology"};
        for (const char* k : known)
            if (r_.topLevelType == k) return r_;
        return fail(JsonProblem::UnknownType, typeOffset_, r_.topLevelType);
    }

    // The second half of a split scan: from the comma at `at` between two features of the top-level
    // "features" array, in the state a scan from the start has there.
    void resumeAtFeatureComma(std::size_t at) {
        i_ = at;
        stack_ = {'{', '['};
        r_.depth = 2;
        inFeatures_ = true;
        memberOpen_ = true;
        r_.members.push_back({"features", 0, 0});
        start_ = Expect::CommaOrEnd;
    }
    // The first half: stop at `at` if the scan is there in that state (else go on to the end).
    void stopAtFeatureComma(std::size_t at) { stopAt_ = at; }
    bool stoppedAtSplit() const { return stopped_; }

    // Joins the second half's findings to this first half's, which stopped at the split.
    // False when the two together break a limit: the caller scans again in one piece for the message.
    bool join(Scanner& second) {
        JsonScanResult& b = second.r_;
        r_.featureSpans.insert(r_.featureSpans.end(), b.featureSpans.begin(), b.featureSpans.end());
        r_.featuresAllObjects = r_.featuresAllObjects && b.featuresAllObjects;
        r_.members.back().end = b.members.front().end;
        r_.members.insert(r_.members.end(), std::make_move_iterator(b.members.begin() + 1), std::make_move_iterator(b.members.end()));
        r_.depth = std::max(r_.depth, b.depth);
        esri_ = esri_ || second.esri_;
        if (r_.topLevelType.empty() && !b.topLevelType.empty()) {
            r_.topLevelType = b.topLevelType;
            typeOffset_ = second.typeOffset_;
        }
        names_.insert(second.names_.begin(), second.names_.end());
        return names_.size() <= lim_.maxPropertyNames;
    }
    bool failed() const { return failed_; }
    bool cancelled() const { return r_.problem == JsonProblem::Cancelled; }
    JsonScanResult take() { return std::move(r_); }

private:
    enum class Expect { Value, ValueOrEnd, Key, KeyOrEnd, Colon, CommaOrEnd };

    JsonScanResult fail(JsonProblem p, std::size_t at, std::string detail = {}) {
        r_.problem = p;
        r_.detail = std::move(detail);
        r_.offset = at;
        r_.line = 1;
        r_.column = 1;
        failed_ = true;
        if (p == JsonProblem::Cancelled) return r_;  // no line to tell: not a pass over the text again
        const std::size_t end = std::min(at, n_);
        for (std::size_t k = 0; k < end; ++k) {
            if (d_[k] == '\n') {
                ++r_.line;
                r_.column = 1;
            } else if ((static_cast<unsigned char>(d_[k]) & 0xC0) != 0x80) {
                ++r_.column;  // characters, not bytes, for the column
            }
        }
        failed_ = true;
        return r_;
    }

    std::string printable(std::size_t at, std::size_t len) const {
        return at < n_ ? printableBytes(d_ + at, std::min(n_ - at, len), len) : std::string();
    }

    void skipWs() {
        while (i_ < n_) {
            const char c = d_[i_];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
            ++i_;
        }
    }

    const char* containerName() const { return stack_.empty() || stack_.back() == '{' ? "object" : "array"; }

    bool string(std::string_view* out) {
        const std::size_t open = i_++;
        const std::size_t start = i_;
        while (i_ < n_) {
            const unsigned char ch = static_cast<unsigned char>(d_[i_]);
            if (ch == '"') {
                if (i_ - start > lim_.maxStringBytes) {
                    fail(JsonProblem::StringTooLong, open, std::to_string(i_ - start));
                    return false;
                }
                if (out) *out = std::string_view(d_ + start, i_ - start);
                ++i_;
                return true;
            }
            if (ch == '\\') {
                i_ += 2;
                continue;
            }
            if (ch < 0x20) {
                fail(JsonProblem::Syntax, i_, "a control character inside the string that starts at byte " + std::to_string(open));
                return false;
            }
            ++i_;
        }
        fail(JsonProblem::Truncated, n_, "string");
        return false;
    }

    bool number() {
        const std::size_t start = i_;
        if (d_[i_] == '-') ++i_;
        if (i_ < n_ && d_[i_] == 'I') {
            fail(JsonProblem::NonFiniteNumber, start, "-Infinity");
            return false;
        }
        auto digits = [&] {
            const std::size_t s = i_;
            i_ = digitsEnd(d_, n_, i_);
            return i_ > s;
        };
        if (i_ < n_ && d_[i_] == '0') ++i_;
        else if (!digits()) return expected("a digit");
        if (i_ < n_ && d_[i_] == '.') {
            ++i_;
            if (!digits()) return expected("a digit after the decimal point");
        }
        if (i_ < n_ && (d_[i_] == 'e' || d_[i_] == 'E')) {
            ++i_;
            if (i_ < n_ && (d_[i_] == '+' || d_[i_] == '-')) ++i_;
            if (!digits()) return expected("a digit in the exponent");
        }
        return true;
    }

    // The end of the JSON number at j, or 0 when there is none there (the general path then says why).
    std::size_t numberEnd(std::size_t j) const {
        if (j < n_ && d_[j] == '-') ++j;
        if (j >= n_) return 0;
        if (d_[j] == '0') ++j;
        else if (isDigit(d_[j])) j = digitsEnd(d_, n_, j);
        else return 0;
        if (j < n_ && d_[j] == '.') {
            const std::size_t s = ++j;
            if ((j = digitsEnd(d_, n_, j)) == s) return 0;
        }
        if (j < n_ && (d_[j] == 'e' || d_[j] == 'E')) {
            ++j;
            if (j < n_ && (d_[j] == '+' || d_[j] == '-')) ++j;
            const std::size_t s = j;
            if ((j = digitsEnd(d_, n_, j)) == s) return 0;
        }
        return j;
    }
    std::size_t wsEnd(std::size_t j) const {
        while (j < n_ && isWs(d_[j])) ++j;
        return j;
    }

    // At the '[' of an element of an array: takes elements that are arrays of numbers ("[x, y]",
    // most of a GeoJSON) and the commas between them in one loop, while they are exactly that, and
    // leaves the scan in the state the general loop would be in after them. False when the first is
    // not one: the general loop takes it, and says what is wrong if something is.
    bool numberArrays(Expect& e) {
        const std::size_t depth = stack_.size() + 1;
        if (!lim_.coordinateLoop || depth < 4 || int(depth) > lim_.maxDepth) return false;
        bool any = false;
        std::size_t at = i_;
        for (;;) {
            std::size_t j = wsEnd(at + 1);
            for (;;) {
                if ((j = numberEnd(j)) == 0) return any;
                j = wsEnd(j);
                if (j >= n_) return any;
                if (d_[j] == ']') break;
                if (d_[j] != ',') return any;
                j = wsEnd(j + 1);
            }
            i_ = j + 1;
            e = Expect::CommaOrEnd;
            if (!any) r_.depth = std::max(r_.depth, int(depth));
            any = true;
            const std::size_t comma = wsEnd(i_);
            if (comma >= n_ || d_[comma] != ',') return true;
            const std::size_t next = wsEnd(comma + 1);
            if (next >= n_ || d_[next] != '[') return true;
            i_ = at = next;
            e = Expect::Value;
        }
    }

    bool expected(const char* what) {
        if (i_ >= n_) fail(JsonProblem::Truncated, n_, containerName());
        else fail(JsonProblem::Syntax, i_, std::string(what) + ", found '" + printable(i_, 8) + "'");
        return false;
    }

    bool literal() {
        for (const char* w : {"true", "false", "null"}) {
            const std::size_t len = std::strlen(w);
            const std::size_t have = std::min(len, n_ - i_);
            if (std::memcmp(d_ + i_, w, have) != 0) continue;
            if (have < len) {
                fail(JsonProblem::Truncated, n_, containerName());
                return false;
            }
            i_ += len;
            return true;
        }
        return expected("a value");
    }

    bool push(char c) {
        stack_.push_back(c);
        if (int(stack_.size()) > r_.depth) r_.depth = int(stack_.size());
        if (int(stack_.size()) > lim_.maxDepth) {
            fail(JsonProblem::TooDeep, i_, std::to_string(lim_.maxDepth));
            return false;
        }
        ++i_;
        return true;
    }

    // After a complete value: the end of the document or what a container takes next.
    bool afterValue(Expect& e) {
        if (stack_.size() == 1 && memberOpen_) {
            r_.members.back().end = i_;
            memberOpen_ = false;
        } else if (stack_.size() == 2 && spanOpen_) {
            r_.featureSpans.back().second = i_;
            spanOpen_ = false;
        }
        if (!stack_.empty()) {
            e = Expect::CommaOrEnd;
            return true;
        }
        skipWs();
        if (i_ < n_) {
            fail(JsonProblem::TrailingData, i_, printable(i_, 12));
            return false;
        }
        done_ = true;
        return true;
    }

    bool close(Expect& e) {
        if (int(stack_.size()) == propsDepth_) propsDepth_ = -1;
        if (stack_.size() == 2 && inFeatures_) inFeatures_ = false;
        stack_.pop_back();
        ++i_;
        return afterValue(e);
    }

public:
    bool parse() {
        Expect e = start_;
        std::string_view key;  // the key whose value comes next, in an object
        while (!done_) {
            skipWs();
            if (i_ >= n_) {
                fail(JsonProblem::Truncated, n_, containerName());
                return false;
            }
            if ((++steps_ & 0xFFFF) == 0 && lim_.cancel && lim_.cancel->load()) {
                fail(JsonProblem::Cancelled, i_);
                return false;
            }
            if (i_ >= stopAt_) {
                // The split point of a scan in two halves: valid only if this scan reached it in the
                // state the second half started in; else the second half is thrown away.
                if (i_ == stopAt_ && e == Expect::CommaOrEnd && stack_.size() == 2 && inFeatures_ && d_[i_] == ',') {
                    stopped_ = true;
                    return true;
                }
                stopAt_ = std::size_t(-1);
            }
            const char c = d_[i_];
            switch (e) {
                case Expect::ValueOrEnd:
                    if (c == ']') {
                        if (!close(e)) return false;
                        break;
                    }
                    [[fallthrough]];
                case Expect::Value: {
                    const std::string_view myKey = key;
                    const bool topType = typePending_;
                    key = {};
                    typePending_ = false;
                    if (stack_.size() == 1) {
                        r_.members.push_back({std::string(myKey), i_, i_});
                        memberOpen_ = true;
                    } else if (stack_.size() == 2 && inFeatures_) {
                        if (c == '{') {
                            r_.featureSpans.emplace_back(i_, i_);
                            spanOpen_ = true;
                        } else {
                            r_.featuresAllObjects = false;
                        }
                    }
                    if (c == '[' && stack_.size() == 1 && myKey == "features") inFeatures_ = true;
                    if (c == '{') {
                        if (!push('{')) return false;
                        if (myKey == "properties" && propsDepth_ < 0) propsDepth_ = int(stack_.size());
                        e = Expect::KeyOrEnd;
                    } else if (c == '[') {
                        if (!stack_.empty() && stack_.back() == '[' && numberArrays(e)) break;
                        if (!push('[')) return false;
                        e = Expect::ValueOrEnd;
                    } else if (c == '"') {
                        std::string_view s;
                        if (!string(&s)) return false;
                        if (topType) r_.topLevelType = std::string(s);
                        if (!afterValue(e)) return false;
                    } else if (c == '-' || isDigit(c)) {
                        if (!number()) return false;
                        // Coordinate arrays are most of a GeoJSON: take "n, n, n" in one tight loop.
                        if (!stack_.empty() && stack_.back() == '[') {
                            while (i_ + 1 < n_ && d_[i_] == ',' && (isDigit(d_[i_ + 1]) || d_[i_ + 1] == '-')) {
                                ++i_;
                                if (!number()) return false;
                            }
                        }
                        if (!afterValue(e)) return false;
                    } else if (c == 'N' || c == 'I') {
                        const bool nan = c == 'N';
                        fail(JsonProblem::NonFiniteNumber, i_, nan ? "NaN" : "Infinity");
                        return false;
                    } else {
                        if (!literal() || !afterValue(e)) return false;
                    }
                    if (topType && r_.topLevelType.empty()) r_.topLevelType = "(not a string)";
                    break;
                }
                case Expect::KeyOrEnd:
                    if (c == '}') {
                        if (!close(e)) return false;
                        break;
                    }
                    [[fallthrough]];
                case Expect::Key: {
                    if (c != '"') {
                        expected("a property name in double quotes");
                        return false;
                    }
                    const std::size_t at = i_;
                    if (!string(&key)) return false;
                    if (int(stack_.size()) == propsDepth_) {
                        names_.insert(key);
                        if (names_.size() > lim_.maxPropertyNames) {
                            fail(JsonProblem::TooManyNames, at, std::to_string(lim_.maxPropertyNames));
                            return false;
                        }
                    }
                    if (stack_.size() == 1) {
                        if (key == "type") {
                            typePending_ = true;
                            typeOffset_ = at;
                        } else if (key == "features" || key == "geometryType") {
                            esri_ = true;
                        }
                    }
                    e = Expect::Colon;
                    break;
                }
                case Expect::Colon:
                    if (c != ':') {
                        expected("':' after the property name");
                        return false;
                    }
                    ++i_;
                    e = Expect::Value;
                    break;
                case Expect::CommaOrEnd: {
                    const bool obj = stack_.back() == '{';
                    if (c == ',') {
                        ++i_;
                        e = obj ? Expect::Key : Expect::Value;
                    } else if (c == (obj ? '}' : ']')) {
                        if (!close(e)) return false;
                    } else {
                        expected(obj ? "',' or '}'" : "',' or ']'");
                        return false;
                    }
                    break;
                }
            }
        }
        return !failed_;
    }

private:
    const char* d_;
    std::size_t n_;
    std::size_t i_ = 0;
    JsonScanLimits lim_;
    JsonScanResult r_;
    std::vector<char> stack_;
    int propsDepth_ = -1;
    bool typePending_ = false, esri_ = false, done_ = false, failed_ = false;
    bool memberOpen_ = false, spanOpen_ = false, inFeatures_ = false;
    std::size_t typeOffset_ = 0;
    std::unordered_set<std::string_view> names_;
    Expect start_ = Expect::Value;
    std::size_t stopAt_ = std::size_t(-1);
    bool stopped_ = false;
    std::uint32_t steps_ = 0;
};

// Where a large text may be cut in two for scanning on two cores: a comma between "}" and "{" after
// the middle (white space allowed around it). Whether it really lies between two features (not
// inside a string, say) the first half's scan decides when it gets there.
std::size_t splitPoint(const char* d, std::size_t n) {
    for (std::size_t i = n / 2; i + 1 < n; ++i) {
        if (d[i] != ',') continue;
        std::size_t b = i, a = i + 1;
        while (b > 0 && (d[b - 1] == ' ' || d[b - 1] == '\n' || d[b - 1] == '\r' || d[b - 1] == '\t')) --b;
        while (a < n && (d[a] == ' ' || d[a] == '\n' || d[a] == '\r' || d[a] == '\t')) ++a;
        if (b > 0 && d[b - 1] == '}' && a < n && d[a] == '{') return i;
        if (i - n / 2 > (std::size_t(1) << 20)) break;  // no feature boundary in the first MB past the middle
    }
    return 0;
}


}  // namespace

JsonScanResult scanGeoJson(const char* data, std::size_t size, const JsonScanLimits& limits) {
    // A large FeatureCollection in two halves on two cores; every result is the one-piece scan's
    // (the halves' findings joined), and anything unusual (a problem, a split that was no feature
    // boundary, a limit the halves break together) is scanned again in one piece.
    const std::size_t split = size >= limits.splitBytes && std::thread::hardware_concurrency() > 1 ? splitPoint(data, size) : 0;
    if (split == 0) return Scanner(data, size, limits).run();
    Scanner first(data, size, limits), second(data, size, limits);
    first.stopAtFeatureComma(split);
    second.resumeAtFeatureComma(split);
    std::thread other([&] { second.parse(); });
    const bool ok = first.prologue() && first.parse();
    other.join();
    if (!ok) return first.take();
    if (!first.stoppedAtSplit()) return first.epilogue();
    if (second.cancelled()) return second.take();
    if (second.failed() || !first.join(second)) return Scanner(data, size, limits).run();
    return first.epilogue();
}

}  // namespace pa
