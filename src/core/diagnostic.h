#pragma once
// The one error channel: what went wrong, and in which file or source (a path, a CRS, an argument,
// a server). Readers return lists of them (warnings too); an action that has no value returns a
// Problem (nothing when it worked); a function that makes a value returns an Outcome (the value, or
// the Diagnostic that kept it from being made). The window shows them in its message bar, the
// command line prints one line per problem. Nothing throws across rooms.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pa {

struct Diagnostic {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    std::string file;  // or source: a path, a CRS, an argument, a connection
    std::string text;

    static Diagnostic error(std::string file, std::string text) {
        return {Severity::Error, std::move(file), std::move(text)};
    }
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

// What an action without a value returns: nothing when it worked.
using Problem = std::optional<Diagnostic>;

// A value, or the problem that kept it from being made.
template <class T>
class [[nodiscard]] Outcome {
public:
    Outcome(T value) : value_(std::move(value)) {}
    Outcome(Diagnostic problem) : problem_(std::move(problem)) {}
    bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }
    T& operator*() { return *value_; }
    const T& operator*() const { return *value_; }
    T* operator->() { return &*value_; }
    const T* operator->() const { return &*value_; }
    T take() { return std::move(*value_); }
    const Diagnostic& problem() const { return problem_; }
    // The problem's words alone (its text), for messages that name the file themselves.
    const std::string& why() const { return problem_.text; }

private:
    std::optional<T> value_;
    Diagnostic problem_;
};

}  // namespace pa
