#pragma once
#include <QByteArray>

#include <string>

#include "core/diagnostic.h"
#include "core/style.h"

namespace pa {

// Reads a style file (JSON, see assets/styles/default.json). On any problem the built-in
// neutral style is returned and `messages` says what was wrong with the file.
StyleSheet loadStyleSheet(const std::string& path, Diagnostics& messages);
// The same from bytes already read (the fuzzer's entry); `path` names them in messages.
StyleSheet loadStyleSheetFromBytes(const QByteArray& bytes, const std::string& path, Diagnostics& messages);

}  // namespace pa
