#pragma once
// A message for the user about one input file: shown in the window's message bar and printed
// as one line on stderr by the command line.
#include <string>
#include <vector>

namespace pa {

struct Diagnostic {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    std::string file;
    std::string text;

    std::string toLine() const {
        return file + ": " + (severity == Severity::Error ? "error: " : "warning: ") + text;
    }
};

using Diagnostics = std::vector<Diagnostic>;

inline bool hasErrors(const Diagnostics& d) {
    for (const auto& m : d)
        if (m.severity == Diagnostic::Severity::Error) return true;
    return false;
}

}  // namespace pa
