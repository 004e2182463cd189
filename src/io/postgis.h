#pragma once
// PostGIS through GDAL's PostgreSQL driver. A password is used to connect and nowhere else: it is
// never stored in settings, never written to a file, and connection strings are redacted before
// they reach a message, a log or the layer's recorded source.
#include <string>
#include <vector>

#include "core/diagnostic.h"

class QSettings;

namespace pa {

struct PgConnection {
    std::string host = "localhost";
    int port = 5432;
    std::string database, user, password;
    std::string table;  // schema.table, or empty to list
    // "PG:host=… port=… dbname=… user=… password=… tables=…" (values quoted where needed).
    std::string gdalString() const;
};

// The connection string with any password replaced by ***.
std::string redactConnection(const std::string& s);

// The tables with geometry the connection reaches (schema.table), or why it reached none (the
// problem names the connection without its password).
Outcome<std::vector<std::string>> listPgTables(const PgConnection& c);

// Remembers host, port, database, user and table between runs; the password is not written.
void savePgConnection(QSettings& s, const PgConnection& c);
PgConnection loadPgConnection(QSettings& s);

}  // namespace pa
