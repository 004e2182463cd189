#include "io/input_file.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <fcntl.h>
#include <iconv.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/text.h"
#include "io/output_file.h"

namespace pa {

namespace {

// File problems are told in the interface language (the window installs the translator; the command
// line speaks English).
std::string say(const char* text) { return QCoreApplication::translate("pa::FileProblem", text).toStdString(); }
std::string say(const char* text, const std::string& a) {
    return QCoreApplication::translate("pa::FileProblem", text).arg(QString::fromStdString(a)).toStdString();
}
std::string say(const char* text, const std::string& a, const std::string& b) {
    return QCoreApplication::translate("pa::FileProblem", text)
        .arg(QString::fromStdString(a), QString::fromStdString(b))
        .toStdString();
}

std::string notRegular(mode_t m) {
    if (S_ISFIFO(m)) return say(QT_TRANSLATE_NOOP("pa::FileProblem", "a named pipe (FIFO), not a file: PlanAtlas reads regular files only"));
    if (S_ISCHR(m) || S_ISBLK(m)) return say(QT_TRANSLATE_NOOP("pa::FileProblem", "a device, not a file: PlanAtlas reads regular files only"));
    if (S_ISSOCK(m)) return say(QT_TRANSLATE_NOOP("pa::FileProblem", "a socket, not a file: PlanAtlas reads regular files only"));
    if (S_ISDIR(m)) return say(QT_TRANSLATE_NOOP("pa::FileProblem", "a directory, not a file: open the files in it"));
    return say(QT_TRANSLATE_NOOP("pa::FileProblem", "not a regular file"));
}

std::string openProblem(const std::string& path, int err) {
    struct stat ls {};
    switch (err) {
        case ENOENT:
            if (::lstat(path.c_str(), &ls) == 0 && S_ISLNK(ls.st_mode)) {
                char target[4096];
                const ssize_t n = ::readlink(path.c_str(), target, sizeof target - 1);
                return say(QT_TRANSLATE_NOOP("pa::FileProblem", "a symbolic link to %1, which does not exist"), n > 0 ? std::string(target, std::size_t(n)) : "?");
            }
            return say(QT_TRANSLATE_NOOP("pa::FileProblem", "file not found"));
        case ELOOP: return say(QT_TRANSLATE_NOOP("pa::FileProblem", "a symbolic link loop: the link leads back to itself"));
        case EACCES:
        case EPERM: return say(QT_TRANSLATE_NOOP("pa::FileProblem", "permission denied: this user may not read the file"));
        case ENOTDIR: return say(QT_TRANSLATE_NOOP("pa::FileProblem", "a part of the path is a file, not a directory"));
        case ENAMETOOLONG: return say(QT_TRANSLATE_NOOP("pa::FileProblem", "the path is too long"));
        case EISDIR: return say(QT_TRANSLATE_NOOP("pa::FileProblem", "a directory, not a file: open the files in it"));
        default: return say(QT_TRANSLATE_NOOP("pa::FileProblem", "cannot open the file (%1)"), std::strerror(err));
    }
}

}  // namespace

std::string humanBytes(std::uint64_t n) {
    char buf[64];
    if (n < 1024) std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(n));
    else if (n < (1u << 20)) std::snprintf(buf, sizeof buf, "%.1f KB", double(n) / 1024);
    else if (n < (std::uint64_t(1) << 30)) std::snprintf(buf, sizeof buf, "%.1f MB", double(n) / (1 << 20));
    else std::snprintf(buf, sizeof buf, "%.2f GB", double(n) / double(std::uint64_t(1) << 30));
    return buf;
}

std::string inputProblem(const std::string& path, std::uint64_t maxBytes, bool allowDirectory) {
    if (path.empty()) return say(QT_TRANSLATE_NOOP("pa::FileProblem", "no file name given"));
    if (path.find('\0') != std::string::npos) return say(QT_TRANSLATE_NOOP("pa::FileProblem", "the file name holds a NUL byte"));
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return openProblem(path, errno);
    struct stat st {};
    const int rc = ::fstat(fd, &st);
    const int err = errno;
    ::close(fd);
    if (rc != 0) return say(QT_TRANSLATE_NOOP("pa::FileProblem", "cannot read the file's status (%1)"), std::strerror(err));
    if (S_ISDIR(st.st_mode) && allowDirectory) return {};
    if (!S_ISREG(st.st_mode)) return notRegular(st.st_mode);
    if (st.st_size == 0) return say(QT_TRANSLATE_NOOP("pa::FileProblem", "the file is empty (0 bytes)"));
    if (std::uint64_t(st.st_size) > maxBytes)
        return say(QT_TRANSLATE_NOOP("pa::FileProblem", "the file is %1, over the limit of %2 for this kind of file"), humanBytes(std::uint64_t(st.st_size)),
                  humanBytes(maxBytes));
    return {};
}

std::string wideTextEncoding(const char* d, std::size_t n) {
    auto u = [d](std::size_t i) { return static_cast<unsigned char>(d[i]); };
    if (n >= 4 && u(0) == 0xFF && u(1) == 0xFE && u(2) == 0 && u(3) == 0) return "UTF-32LE";
    if (n >= 4 && u(0) == 0 && u(1) == 0 && u(2) == 0xFE && u(3) == 0xFF) return "UTF-32BE";
    if (n >= 2 && u(0) == 0xFF && u(1) == 0xFE) return "UTF-16LE";
    if (n >= 2 && u(0) == 0xFE && u(1) == 0xFF) return "UTF-16BE";
    // Without a mark: ASCII text (JSON, CSV, a plan's digits and punctuation) in a wide encoding has
    // zero bytes in a fixed pattern. Every unit of the first 16 must fit it, with ASCII in the others,
    // so binary data is not mistaken for text.
    auto pattern = [&](std::size_t unit, std::size_t at) {
        const std::size_t units = std::min<std::size_t>(16, n / unit);
        if (units < 2) return false;
        for (std::size_t k = 0; k < units; ++k)
            for (std::size_t b = 0; b < unit; ++b) {
                const unsigned char c = u(k * unit + b);
                if (b == at ? (c == 0 || c >= 0x80) : c != 0) return false;
            }
        return true;
    };
    if (pattern(4, 0)) return "UTF-32LE";
    if (pattern(4, 3)) return "UTF-32BE";
    if (pattern(2, 0)) return "UTF-16LE";
    if (pattern(2, 1)) return "UTF-16BE";
    return {};
}

bool decodeWideText(const char* data, std::size_t n, const std::string& encoding, QByteArray& utf8) {
    QStringDecoder dec(encoding == "UTF-16LE"   ? QStringConverter::Utf16LE
                       : encoding == "UTF-16BE" ? QStringConverter::Utf16BE
                       : encoding == "UTF-32LE" ? QStringConverter::Utf32LE
                                                : QStringConverter::Utf32BE);
    const QString text = dec.decode(QByteArrayView(data, qsizetype(n)));
    utf8 = text.toUtf8();
    return !dec.hasError();
}

Problem readTextInput(const std::string& path, std::uint64_t maxBytes, QByteArray& out, std::string* convertedFrom) {
    auto fail = [&](const std::string& why) -> Problem { return Diagnostic::error(path, why); };
    if (std::string why = inputProblem(path, maxBytes); !why.empty()) return fail(why);
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return fail(openProblem(path, errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(notRegular(st.st_mode));
    }
    // Read at most one byte past the limit: a file that grows while it is read is still bounded.
    out.clear();
    out.reserve(qsizetype(std::min<std::uint64_t>(std::uint64_t(st.st_size), maxBytes) + 1));
    char buf[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "reading failed (%1)"), std::strerror(err)));
        }
        if (n == 0) break;
        out.append(buf, n);
        if (std::uint64_t(out.size()) > maxBytes) {
            ::close(fd);
            return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the file grew past the limit of %1 while it was read"), humanBytes(maxBytes)));
        }
    }
    ::close(fd);
    noteInputFile(path);
    if (out.isEmpty()) return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the file is empty (0 bytes)")));
    const std::string wide = wideTextEncoding(out.constData(), std::size_t(out.size()));
    if (!wide.empty()) {
        QByteArray utf8;
        if (!decodeWideText(out.constData(), std::size_t(out.size()), wide, utf8))
            return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 text with invalid characters; save it as UTF-8"), wide));
        out = utf8;
        if (out.startsWith("\xEF\xBB\xBF")) out.remove(0, 3);
        if (convertedFrom) *convertedFrom = wide;
    } else {
        if (out.startsWith("\xEF\xBB\xBF")) out.remove(0, 3);
        if (convertedFrom) convertedFrom->clear();
    }
    const qsizetype nul = out.indexOf('\0');
    if (nul >= 0)
        return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "binary data, not text: a NUL byte at byte %1"), std::to_string(nul)));
    return std::nullopt;
}

bool isKnownEncoding(const std::string& name) {
    if (name.empty() || name.size() > 64) return false;
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':')) return false;
    iconv_t cd = iconv_open("UTF-8", name.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    iconv_close(cd);
    return true;
}

}  // namespace pa
