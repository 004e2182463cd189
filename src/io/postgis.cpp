#include "io/postgis.h"

#include <QSettings>

#include <gdal.h>
#include <ogr_api.h>

#include <cctype>

namespace pa {

namespace {

// libpq quotes values with spaces or quotes in single quotes, escaping ' and \.
std::string quote(const std::string& v) {
    if (!v.empty() && v.find_first_of(" '\\") == std::string::npos) return v;
    std::string q = "'";
    for (char c : v) {
        if (c == '\'' || c == '\\') q += '\\';
        q += c;
    }
    return q + "'";
}

}  // namespace

std::string PgConnection::gdalString() const {
    std::string s = "PG:host=" + quote(host) + " port=" + std::to_string(port) + " dbname=" + quote(database);
    if (!user.empty()) s += " user=" + quote(user);
    if (!password.empty()) s += " password=" + quote(password);
    if (!table.empty()) s += " tables=" + quote(table);
    // A server that does not answer is given up after ten seconds, not the system's two minutes.
    s += " connect_timeout=10";
    return s;
}

std::string redactConnection(const std::string& s) {
    // A plain scan, not std::regex: libstdc++'s matcher recurses once per character and overflowed the
    // stack on a long GDAL message (found by the vector reader's fuzzer).
    static const std::string key = "password";
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    while (i < s.size()) {
        bool match = i + key.size() <= s.size();
        for (std::size_t k = 0; match && k < key.size(); ++k) match = lower(s[i + k]) == key[k];
        std::size_t j = i + key.size();
        if (match) {
            while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
            match = j < s.size() && s[j] == '=';
        }
        if (!match) {
            out += s[i++];
            continue;
        }
        ++j;
        while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
        out.append(s, i, j - i);
        out += "***";
        if (j < s.size() && s[j] == '\'') {  // a quoted value, with \' and \\ escapes
            for (++j; j < s.size() && s[j] != '\''; ++j)
                if (s[j] == '\\') ++j;
            if (j < s.size()) ++j;
        } else {
            while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
        }
        i = j;
    }
    return out;
}

Outcome<std::vector<std::string>> listPgTables(const PgConnection& c) {
    std::vector<std::string> out;
    GDALAllRegister();
    PgConnection noTable = c;
    noTable.table.clear();
    CPLErrorReset();
    GDALDatasetH ds = GDALOpenEx(noTable.gdalString().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) return Diagnostic::error(redactConnection(noTable.gdalString()), "cannot connect to PostGIS: " + redactConnection(CPLGetLastErrorMsg()));
    for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i) out.push_back(OGR_L_GetName(GDALDatasetGetLayer(ds, i)));
    GDALClose(ds);
    return out;
}

void savePgConnection(QSettings& s, const PgConnection& c) {
    s.beginGroup("postgis");
    s.setValue("host", QString::fromStdString(c.host));
    s.setValue("port", c.port);
    s.setValue("database", QString::fromStdString(c.database));
    s.setValue("user", QString::fromStdString(c.user));
    s.setValue("table", QString::fromStdString(c.table));
    s.remove("password");  // never kept, even if an older version had
    s.endGroup();
}

PgConnection loadPgConnection(QSettings& s) {
    PgConnection c;
    s.beginGroup("postgis");
    c.host = s.value("host", "localhost").toString().toStdString();
    c.port = s.value("port", 5432).toInt();
    c.database = s.value("database").toString().toStdString();
    c.user = s.value("user").toString().toStdString();
    c.table = s.value("table").toString().toStdString();
    s.endGroup();
    return c;
}

}  // namespace pa
