#include "io/vector_precheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cpl_vsi.h>

#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "core/json_scan.h"
#include "core/text.h"
#include "io/input_file.h"

namespace pa {

namespace {

QString say(const char* text) { return QCoreApplication::translate("pa::FileProblem", text); }
std::string s(const QString& q) { return q.toStdString(); }
QString q(const std::string& v) { return QString::fromStdString(v); }
QString num(std::uint64_t v) { return QString::number(qulonglong(v)); }

std::string lower(std::string v) {
    for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return v;
}
std::string suffix(const std::string& path) {
    const auto slash = path.find_last_of('/');
    const auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    return lower(path.substr(dot + 1));
}
std::string baseName(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A companion file (x.dbf beside x.shp) in either case, or empty.
std::string companion(const std::string& path, const char* ext) {
    const std::string stem = path.substr(0, path.size() - suffix(path).size());
    for (std::string e : {std::string(ext), lower(ext)}) {
        std::string up = e;
        for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        for (const std::string& cand : {stem + e, stem + up}) {
            struct stat st {};
            if (::stat(cand.c_str(), &st) == 0) return cand;
        }
    }
    return {};
}

// Reads up to `n` bytes at `offset` of a regular file (after inputProblem): never blocks.
std::vector<unsigned char> head(const std::string& path, std::size_t n, std::uint64_t* size = nullptr) {
    std::vector<unsigned char> out;
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return out;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        if (size) *size = std::uint64_t(st.st_size);
        out.resize(n);
        ssize_t got = ::pread(fd, out.data(), n, 0);
        out.resize(got > 0 ? std::size_t(got) : 0);
    }
    ::close(fd);
    return out;
}

std::uint32_t le32(const unsigned char* p) { return p[0] | (p[1] << 8) | (p[2] << 16) | (std::uint32_t(p[3]) << 24); }
std::uint16_t le16(const unsigned char* p) { return std::uint16_t(p[0] | (p[1] << 8)); }
std::uint32_t be32(const unsigned char* p) { return (std::uint32_t(p[0]) << 24) | (p[1] << 16) | (p[2] << 8) | p[3]; }
std::uint16_t be16(const unsigned char* p) { return std::uint16_t((p[0] << 8) | p[1]); }

struct Checker {
    const std::string& path;
    VectorPrecheck& out;
    void error(const QString& text, const std::string& file = {}) {
        out.messages.push_back({Diagnostic::Severity::Error, file.empty() ? path : file, s(text)});
    }
    void warning(const QString& text, const std::string& file = {}) {
        out.messages.push_back({Diagnostic::Severity::Warning, file.empty() ? path : file, s(text)});
    }
};

std::string describeScan(const JsonScanResult& r) {
    const QString at = say(QT_TRANSLATE_NOOP("pa::FileProblem", "byte %1 (line %2, column %3)")).arg(num(r.offset), num(r.line), num(r.column));
    switch (r.problem) {
        case JsonProblem::None: return {};
        case JsonProblem::Blank: return s(say(QT_TRANSLATE_NOOP("pa::FileProblem", "not GeoJSON: the file holds only white space")));
        case JsonProblem::NotJson:
            return s(say(QT_TRANSLATE_NOOP("pa::FileProblem", "not GeoJSON, nor JSON at all: it starts with \"%1\"")).arg(q(r.detail)));
        case JsonProblem::Syntax:
            return s(say(QT_TRANSLATE_NOOP("pa::FileProblem", "not valid JSON at %1: expected %2")).arg(at, q(r.detail)));
        case JsonProblem::NonFiniteNumber:
            return s(say(QT_TRANSLATE_NOOP("pa::FileProblem", "not valid JSON at %1: %2 is not a number JSON can spell (use null, or leave the feature out)"))
                         .arg(at, q(r.detail)));
        case JsonProblem::Truncated:
            return s(say(QT_TRANSLATE_NOOP("pa::FileProblem", "truncated: the JSON ends at byte %1 inside %2; the file was cut short (an interrupted download or copy?)"))
                         .arg(num(r.offset), r.detail == "string" ? say(QT_TRANSLATE_NOOP("pa::FileProblem", "a string")) : r.detail == "array" ? say(QT_TRANSLATE_NOOP("pa::FileProblem", "an array")) : say(QT_TRANSLATE_NOOP("pa::FileProblem", "an object"))));
        case JsonProblem::TrailingData:
            return s(say(QT_TRANSLATE_NOOP("pa::FileProblem", "not valid JSON: more data after the end of the GeoJSON object, at %1 (\"%2\")")).arg(at, q(r.detail)));
        case JsonProblem::TooDeep:
            return s(say(QT_TRANSLATE_NOOP("pa::FileProblem", "nested deeper than %1 levels at %2; GeoJSON needs only a few")).arg(q(r.detail), at));
        case JsonProblem::TooManyNames:
            return s(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the features use more than %1 distinct property names (at %2), over PlanAtlas's limit for one layer"))
                         .arg(q(r.detail), at));
        case JsonProblem::StringTooLong:
            return s(say(QT_TRANSLATE_NOOP("pa::FileProblem",
                                           "a text value of %1 at %2, longer than the 10 MB a GeoJSON value may be; shorten it or keep it in a separate file"))
                         .arg(q(humanBytes(std::stoull(r.detail))), at));
        case JsonProblem::TopLevelNotObject: {
            const QString what = r.detail == "array"    ? say(QT_TRANSLATE_NOOP("pa::FileProblem", "a JSON array"))
                                 : r.detail == "string" ? say(QT_TRANSLATE_NOOP("pa::FileProblem", "a JSON string"))
                                 : r.detail == "number" ? say(QT_TRANSLATE_NOOP("pa::FileProblem", "a JSON number"))
                                                        : say(QT_TRANSLATE_NOOP("pa::FileProblem", "the JSON value %1")).arg(q(r.detail));
            return s(say(QT_TRANSLATE_NOOP("pa::FileProblem", "not GeoJSON: the file is %1, where GeoJSON is an object with a \"type\"")).arg(what));
        }
        case JsonProblem::NoType:
            return s(say(QT_TRANSLATE_NOOP("pa::FileProblem", "not GeoJSON: a JSON object without a \"type\" (GeoJSON's is \"FeatureCollection\", \"Feature\" or a geometry)")));
        case JsonProblem::UnknownType:
            return s(say(QT_TRANSLATE_NOOP("pa::FileProblem", "not GeoJSON: its \"type\" is \"%1\", not \"FeatureCollection\", \"Feature\" or a geometry type")).arg(q(r.detail)));
        case JsonProblem::Cancelled: return s(say(QT_TRANSLATE_NOOP("pa::FileProblem", "loading was cancelled")));
    }
    return {};
}

// The whole file into memory for the scan (freed before GDAL reads it); read(), not mmap, so a file
// truncated meanwhile cannot raise SIGBUS.
bool slurp(const std::string& path, std::uint64_t limit, FileText& bytes, const std::atomic<bool>* cancel, bool& cancelled) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || std::uint64_t(st.st_size) > limit) {
        ::close(fd);
        return false;
    }
    bytes.allocate(std::size_t(st.st_size));
    // A large file in two halves, one a core: copying it out of the page cache is most of its time.
    const std::size_t size = bytes.size(), half = size >= (std::size_t(64) << 20) && std::thread::hardware_concurrency() > 1 ? size / 2 : size;
    auto readRange = [&](std::size_t from, std::size_t to) {
        std::size_t done = from;
        while (done < to) {
            if (cancel && cancel->load()) {  // heeded between 16 MB reads: half a gigabyte is a second
                cancelled = true;
                break;
            }
            const ssize_t n = ::pread(fd, bytes.data() + done, std::min<std::size_t>(to - done, std::size_t(16) << 20), off_t(done));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            done += std::size_t(n);
        }
        return done;
    };
    std::size_t second = size;
    std::thread other;
    if (half < size) other = std::thread([&] { second = readRange(half, size); });
    const std::size_t first = readRange(0, half);
    if (other.joinable()) other.join();
    // What was read, up to the first short read (a file truncated meanwhile ends there).
    bytes.truncate(first < half ? first : second);
    ::close(fd);
    return true;
}

bool isTextFormat(const std::string& sfx) {
    return sfx == "json" || sfx == "geojson" || sfx == "topojson" || sfx == "csv" || sfx == "kml" || sfx == "gml" ||
           sfx == "txt" || sfx == "xml" || sfx == "geojsons" || sfx == "geojsonl";
}

JsonScanResult checkJsonText(Checker& c, std::string_view bytes, const std::atomic<bool>* cancel = nullptr) {
    JsonScanLimits limits;
    limits.cancel = cancel;
    JsonScanResult r = scanGeoJson(bytes.data(), bytes.size(), limits);
    if (r.problem == JsonProblem::Cancelled) c.out.cancelled = true;
    else if (!r.ok()) c.error(q(describeScan(r)));
    return r;
}

void checkCsvHeader(Checker& c, const std::string& firstLine) {
    std::size_t columns = 1;
    bool quoted = false;
    for (char ch : firstLine) {
        if (ch == '"') quoted = !quoted;
        else if ((ch == ',' || ch == ';' || ch == '\t') && !quoted) ++columns;
    }
    if (columns > 2000)
        c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the header has %1 columns, over PlanAtlas's limit of 2000 attributes for one layer")).arg(num(columns)));
}

void checkShapefile(Checker& c, const std::string& encoding) {
    const std::string& shp = c.path;
    std::uint64_t shpSize = 0;
    const auto h = head(shp, 100, &shpSize);
    if (h.size() < 100 || be32(h.data()) != 9994) {
        c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "not a shapefile: the .shp does not start with the shapefile header (it is %1)")).arg(q(humanBytes(shpSize))));
        return;
    }
    const std::uint64_t declared = std::uint64_t(be32(h.data() + 24)) * 2;
    if (shpSize < declared)
        c.warning(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the .shp is truncated at byte %1: its header announces %2 bytes; the shapes after the cut are lost"))
                      .arg(num(shpSize), num(declared)));
    const std::string shx = companion(shp, "shx");
    if (shx.empty()) {
        c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the shapefile's index %1 is missing: copy the .shx that came with it (PlanAtlas does not write beside your data)"))
                    .arg(q(baseName(shp.substr(0, shp.size() - 4)) + ".shx")));
        return;
    }
    std::uint64_t shxSize = 0;
    const auto hx = head(shx, 100, &shxSize);
    std::uint64_t shapes = 0;
    if (hx.size() < 100 || be32(hx.data()) != 9994) {
        c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the shapefile's index is damaged: it does not start with the shapefile header")), shx);
        return;
    }
    shapes = shxSize >= 100 ? (shxSize - 100) / 8 : 0;
    if (std::string why = inputProblem(shx, InputLimits::kVectorFile); !why.empty()) {
        c.error(q(why), shx);
        return;
    }

    const std::string dbf = companion(shp, "dbf");
    if (dbf.empty()) {
        c.warning(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the attribute table %1 is missing: the shapes are drawn, but they have no attributes (names, kinds)"))
                      .arg(q(baseName(shp.substr(0, shp.size() - 4)) + ".dbf")));
    } else if (std::string why = inputProblem(dbf, InputLimits::kVectorFile); !why.empty()) {
        c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the attribute table: %1")).arg(q(why)), dbf);
        return;
    } else {
        std::uint64_t dbfSize = 0;
        const auto hd = head(dbf, 32, &dbfSize);
        if (hd.size() < 32) {
            c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the attribute table is truncated at byte %1, inside its 32-byte header")).arg(num(dbfSize)), dbf);
            return;
        }
        const std::uint64_t records = le32(hd.data() + 4), headerLen = le16(hd.data() + 8), recordLen = le16(hd.data() + 10);
        if (headerLen < 33 || recordLen == 0) {
            c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the attribute table is damaged: its header gives a header of %1 bytes and records of %2 bytes"))
                        .arg(num(headerLen), num(recordLen)),
                    dbf);
            return;
        }
        const std::uint64_t expected = headerLen + records * recordLen;
        if (dbfSize < headerLen) {
            c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the attribute table is truncated at byte %1, inside its %2-byte header")).arg(num(dbfSize), num(headerLen)), dbf);
            return;
        }
        if (dbfSize < expected) {
            const std::uint64_t whole = (dbfSize - headerLen) / recordLen;
            c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the attribute table is truncated at byte %1: its header announces %2 records of %3 bytes (%4 bytes); "
                        "only %5 are whole"))
                        .arg(num(dbfSize), num(records), num(recordLen), num(expected), num(whole)),
                    dbf);
            return;
        }
        if (records != shapes)
            c.warning(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the attribute table has %1 records for %2 shapes: attributes may be on the wrong shapes"))
                          .arg(num(records), num(shapes)),
                      dbf);
    }

    const std::string cpg = companion(shp, "cpg");
    if (!cpg.empty() && encoding.empty()) {
        const auto bytes = head(cpg, 256);
        std::string value(bytes.begin(), bytes.end());
        while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back()))) value.pop_back();
        while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front()))) value.erase(0, 1);
        const std::string enc = encodingOfCpg(value);
        if (value.empty())
            c.warning(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the .cpg is empty, so it names no encoding: text that is not UTF-8 is read as GB18030")), cpg);
        else if (!isKnownEncoding(enc))
            c.warning(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the .cpg names the encoding \"%1\", which is unknown: text that is not UTF-8 is read as GB18030; "
                          "choose the encoding in File › Open with coordinates and encoding (or --encoding)"))
                          .arg(q(printableBytes(value.data(), value.size(), 40))),
                      cpg);
    }
}

void checkGeoPackage(Checker& c) {
    std::uint64_t size = 0;
    const auto h = head(c.path, 100, &size);
    if (h.size() < 100 || std::memcmp(h.data(), "SQLite format 3", 16) != 0) {
        c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "not a GeoPackage: the file does not start with the SQLite header (it may be another format renamed)")));
        return;
    }
    std::uint64_t pageSize = be16(h.data() + 16);
    if (pageSize == 1) pageSize = 65536;
    const std::uint64_t pages = be32(h.data() + 28);
    // The page count is only valid when the "version valid for" number matches the change counter.
    if (pages && be32(h.data() + 92) == be32(h.data() + 24) && size < pages * pageSize)
        c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the GeoPackage is truncated at byte %1: its header announces %2 pages of %3 bytes (%4 bytes)"))
                    .arg(num(size), num(pages), num(pageSize), num(pages * pageSize)));
}

// A file whose layer would not fit in this machine's memory is refused before it is read, with the way
// round it: a whole layer is held in memory (geometry, triangles, attributes) at about 16 times the
// size of its GeoJSON text (790 MiB for the 52 MB benchmark file) and 12 times a binary format's.
std::string memoryProblem(const std::string& path, const std::string& sfx) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return {};
    const bool text = isTextFormat(sfx) || sfx.empty();
    const std::uint64_t need = std::uint64_t(st.st_size) * (text ? 16 : 12);
    const long pages = ::sysconf(_SC_PHYS_PAGES), pageSize = ::sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || pageSize <= 0) return {};
    const std::uint64_t have = std::uint64_t(pages) * std::uint64_t(pageSize);
    if (need <= have / 10 * 8) return {};
    return say(QT_TRANSLATE_NOOP("pa::FileProblem",
                                 "the file is %1: reading it whole would take about %2 of memory, and this machine has %3; "
                                 "open a part of it (ogr2ogr -spat WEST SOUTH EAST NORTH part.gpkg FILE)"))
        .arg(q(humanBytes(std::uint64_t(st.st_size))), q(humanBytes(need)), q(humanBytes(have)))
        .toStdString();
}

std::atomic<unsigned> copyCounter{0};

// Puts bytes in GDAL's memory file system under `name`; false when memory runs out.
bool toMemoryFile(const std::string& bytes, const std::string& name, std::string& path) {
    path = "/vsimem/planatlas-" + std::to_string(copyCounter++) + "/" + baseName(name);
    auto* buf = static_cast<GByte*>(VSIMalloc(bytes.empty() ? 1 : bytes.size()));
    VSILFILE* f = buf ? VSIFileFromMemBuffer(path.c_str(), buf, bytes.size(), TRUE) : nullptr;
    if (!f) {
        VSIFree(buf);
        return false;
    }
    std::memcpy(buf, bytes.data(), bytes.size());
    VSIFCloseL(f);
    return true;
}

}  // namespace

std::string encodingOfCpg(const std::string& cpg) {
    const int code = std::atoi(cpg.c_str());
    if (code == 65001) return "UTF-8";
    if ((code >= 437 && code <= 950) || (code >= 1250 && code <= 1258)) return "CP" + std::to_string(code);
    if (lower(cpg).rfind("8859", 0) == 0) {
        std::string part = cpg.substr(4);
        if (!part.empty() && part[0] == '-') part.erase(0, 1);
        return "ISO-8859-" + part;
    }
    if (lower(cpg).rfind("utf-8", 0) == 0 || lower(cpg) == "utf8") return "UTF-8";
    if (lower(cpg).rfind("ansi 1251", 0) == 0) return "CP1251";
    return cpg;
}

VectorPrecheck precheckVectorFile(const std::string& path, const std::string& encoding, const std::atomic<bool>* cancel) {
    VectorPrecheck out;
    out.openPath = path;
    Checker c{path, out};
    const std::string sfx = suffix(path);
    if (std::string why = inputProblem(path, InputLimits::kVectorFile, sfx == "gdb"); !why.empty()) {
        c.error(q(why));
        return out;
    }
    if (std::string why = memoryProblem(path, sfx); !why.empty()) {
        c.error(q(why));
        return out;
    }
    if (!encoding.empty() && !isKnownEncoding(encoding)) {
        c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the encoding \"%1\" is unknown (try GBK, GB18030, Big5 or UTF-8)")).arg(q(encoding)));
        return out;
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return out;  // a File Geodatabase

    const auto first = head(path, 4096);
    const std::string wide = wideTextEncoding(reinterpret_cast<const char*>(first.data()), first.size());
    std::string firstText(first.begin(), first.end());
    if (firstText.rfind("\xEF\xBB\xBF", 0) == 0) firstText.erase(0, 3);
    const std::size_t lead = firstText.find_first_not_of(" \t\r\n");
    const bool looksJson = lead != std::string::npos && (firstText[lead] == '{' || firstText[lead] == '[');
    const bool jsonName = sfx == "json" || sfx == "geojson" || sfx == "topojson";

    if (!wide.empty()) {
        if (!isTextFormat(sfx)) {
            c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 text, not a vector format PlanAtlas knows by this name")).arg(q(wide)));
            return out;
        }
        // A UTF-8 copy in memory for GDAL, which reads only UTF-8 text.
        QByteArray utf8;
        std::string why, from;
        if (const Problem read = readTextInput(path, 512u << 20, utf8, &from)) {
            why = read->text;
            c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 text that cannot be converted (%2); save it as UTF-8")).arg(q(wide), q(why)));
            return out;
        }
        const std::string bytes = utf8.toStdString();
        const std::size_t start = bytes.find_first_not_of(" \t\r\n");
        if (jsonName || (start != std::string::npos && bytes[start] == '{')) {
            checkJsonText(c, bytes, cancel);
            if (hasErrors(out.messages) || out.cancelled) return out;
        }
        if (!toMemoryFile(bytes, path, out.openPath)) {
            c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 text: no memory to convert it; save it as UTF-8")).arg(q(wide)));
            return out;
        }
        out.temporaryCopy = true;
        c.warning(say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 text, read as such; save it as UTF-8 for other GIS software")).arg(q(wide)));
        return out;
    }

    // A GeoJSON Sequence (.geojsons, .geojsonl) is one JSON text per line, which GDAL reads line by line.
    const bool sequence = sfx == "geojsons" || sfx == "geojsonl";
    if (!sequence && (jsonName || (looksJson && isTextFormat(sfx)) || (looksJson && sfx.empty()))) {
        FileText bytes;
        if (!slurp(path, InputLimits::kVectorFile, bytes, cancel, out.cancelled)) {
            c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "cannot read the file")));
            return out;
        }
        if (out.cancelled) return out;
        out.jsonScan = checkJsonText(c, bytes.view(), cancel);
        if (!hasErrors(out.messages) && !out.cancelled) out.jsonText = std::move(bytes);
    } else if (sfx == "csv") {
        const auto block = head(path, 1u << 20);
        const std::string text(block.begin(), block.end());
        const std::size_t eol = text.find('\n');
        if (eol == std::string::npos && block.size() == (1u << 20))
            c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the header line is longer than 1 MB: this is not a table PlanAtlas can read")));
        else
            checkCsvHeader(c, eol == std::string::npos ? text : text.substr(0, eol));
    } else if (sfx == "shp") {
        checkShapefile(c, encoding);
    } else if (sfx == "gpkg") {
        checkGeoPackage(c);
    }
    return out;
}

VectorPrecheck precheckVectorBytes(const std::string& input, const std::string& name) {
    VectorPrecheck out;
    Checker c{name, out};
    const std::string sfx = suffix(name);
    if (input.empty()) {
        c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the data is empty (0 bytes)")));
        return out;
    }
    if (input.size() > InputLimits::kVectorFile) {
        c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the data is %1, over the limit of %2")).arg(q(humanBytes(input.size())), q(humanBytes(InputLimits::kVectorFile))));
        return out;
    }
    std::string bytes = input;
    const std::string wide = wideTextEncoding(bytes.data(), bytes.size());
    if (!wide.empty()) {
        QByteArray utf8;
        decodeWideText(bytes.data(), bytes.size(), wide, utf8);  // invalid units become U+FFFD, and are said so below
        bytes = utf8.toStdString();
        c.warning(say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 text, read as such; save it as UTF-8 for other GIS software")).arg(q(wide)));
    }
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
    const std::size_t lead = bytes.find_first_not_of(" \t\r\n");
    const bool looksJson = lead != std::string::npos && (bytes[lead] == '{' || bytes[lead] == '[');
    const bool sequence = sfx == "geojsons" || sfx == "geojsonl";
    if (!sequence && (sfx == "json" || sfx == "geojson" || sfx == "topojson" || (looksJson && (isTextFormat(sfx) || sfx.empty())))) {
        out.jsonScan = checkJsonText(c, bytes);
        if (!hasErrors(out.messages) && wide.empty()) out.jsonText = FileText(bytes);
    } else if (sfx == "csv") {
        const std::size_t eol = bytes.find('\n');
        if (eol == std::string::npos && bytes.size() > (1u << 20))
            c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the header line is longer than 1 MB: this is not a table PlanAtlas can read")));
        else
            checkCsvHeader(c, bytes.substr(0, std::min(bytes.size(), eol)));
    }
    if (hasErrors(out.messages)) return out;
    if (!toMemoryFile(bytes, name.empty() ? "data" : name, out.openPath)) {
        c.error(say(QT_TRANSLATE_NOOP("pa::FileProblem", "no memory to read it")));
        return out;
    }
    out.temporaryCopy = true;
    return out;
}

}  // namespace pa
