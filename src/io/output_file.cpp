#include "io/output_file.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

#include "io/geodata_paths.h"

namespace pa {

namespace {

// Told in the interface language; the multi-argument arg() keeps a "%2" inside a path literal.
std::string say(const char* text, const std::string& a = {}, const std::string& b = {}, const std::string& c = {}) {
    const QString s = QCoreApplication::translate("pa::FileProblem", text);
    const QString qa = QString::fromStdString(a), qb = QString::fromStdString(b), qc = QString::fromStdString(c);
    if (s.contains("%3")) return s.arg(qa, qb, qc).toStdString();
    if (s.contains("%2")) return s.arg(qa, qb).toStdString();
    if (s.contains("%1")) return s.arg(qa).toStdString();
    return s.toStdString();
}

struct FileId {
    dev_t dev;
    ino_t ino;
    bool operator==(const FileId& o) const { return dev == o.dev && ino == o.ino; }
};

struct NotedFile {
    FileId id;
    std::string path;
};

std::mutex& notedMutex() {
    static std::mutex m;
    return m;
}
std::vector<NotedFile>& noted() {
    static std::vector<NotedFile> v;
    return v;
}

bool fileId(const std::string& path, FileId& id) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return false;
    id = {st.st_dev, st.st_ino};
    return true;
}

std::string realPath(const std::string& p) {
    char buf[PATH_MAX];
    return ::realpath(p.c_str(), buf) ? std::string(buf) : std::string();
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string dirOf(const std::string& p) {
    const auto slash = p.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : p.substr(0, slash);
}
std::string baseOf(const std::string& p) {
    const auto slash = p.find_last_of('/');
    return slash == std::string::npos ? p : p.substr(slash + 1);
}
std::string suffixOf(const std::string& p) {
    const std::string b = baseOf(p);
    const auto dot = b.find_last_of('.');
    return dot == std::string::npos || dot == 0 ? std::string() : lower(b.substr(dot + 1));
}

// A shapefile is several files: writing over its .dbf destroys the input as surely as over its .shp.
std::vector<std::string> withCompanions(const std::string& path) {
    std::vector<std::string> out{path};
    const std::string sfx = suffixOf(path);
    if (sfx != "shp" && sfx != "shx" && sfx != "dbf") return out;
    const std::string stem = path.substr(0, path.size() - sfx.size());
    for (const char* e : {"shp", "shx", "dbf", "prj", "cpg", "qix", "sbn", "sbx", "SHP", "SHX", "DBF", "PRJ", "CPG"})
        out.push_back(stem + e);
    return out;
}

// The directories whose files ship with PlanAtlas.
std::vector<std::string> bundledRoots() {
    std::vector<std::string> roots;
    const std::string root = dataRoot();
    for (const std::string& d : {root + "/geodata", root + "/assets"})
        if (std::string r = realPath(d); !r.empty()) roots.push_back(r);
    if (const std::string installed = realPath(root); installed.find("/share/planatlas") != std::string::npos)
        roots.push_back(installed);
    return roots;
}

bool within(const std::string& path, const std::string& root) {
    return path == root || (path.size() > root.size() && path.compare(0, root.size(), root) == 0 && path[root.size()] == '/');
}

// Temporary files not yet renamed into place, for the interrupt handler: fixed slots, no allocation.
constexpr int kSlots = 32;
std::atomic<int> slotState[kSlots];  // 0 free, 1 being filled, 2 holds a path
char slotPath[kSlots][PATH_MAX];

int claimSlot(const std::string& path) {
    if (path.size() >= PATH_MAX) return -1;
    for (int i = 0; i < kSlots; ++i) {
        int expected = 0;
        if (slotState[i].compare_exchange_strong(expected, 1)) {
            std::memcpy(slotPath[i], path.c_str(), path.size() + 1);
            slotState[i].store(2);
            return i;
        }
    }
    return -1;
}

void releaseSlot(int i) {
    if (i >= 0) slotState[i].store(0);
}

mode_t newFileMode() {
    // umask can only be read by setting it; under a lock, and put back at once.
    static std::mutex m;
    std::lock_guard<std::mutex> lock(m);
    const mode_t mask = ::umask(022);
    ::umask(mask);
    return 0666 & ~mask;
}

}  // namespace

void noteInputFile(const std::string& path) {
    if (path.rfind("PG:", 0) == 0) return;
    for (const std::string& part : withCompanions(path)) {
        FileId id{};
        if (!fileId(part, id)) continue;
        std::lock_guard<std::mutex> lock(notedMutex());
        bool known = false;
        for (const NotedFile& n : noted()) known = known || n.id == id;
        if (!known) noted().push_back({id, part});
    }
}

namespace {

std::string refusal(const std::string& out, const OutputRules& rules) {
    if (out.empty()) return say(QT_TRANSLATE_NOOP("pa::FileProblem", "no output file was named"));
    if (out.find('\0') != std::string::npos) return say(QT_TRANSLATE_NOOP("pa::FileProblem", "the output file name holds a NUL byte"));
    const std::string base = baseOf(out);
    if (base.empty() || base == "." || base == "..") return say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1: the output must be a file name, not a directory"), out);

    struct stat ls {};
    const bool exists = ::lstat(out.c_str(), &ls) == 0;
    if (exists && S_ISLNK(ls.st_mode)) {
        const std::string to = realPath(out);
        return say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 is a symbolic link (to %2): PlanAtlas does not write through links; name the file itself"), out,
                  to.empty() ? std::string("nothing") : to);
    }
    if (exists && !S_ISREG(ls.st_mode)) {
        const std::string what = S_ISDIR(ls.st_mode)                          ? say(QT_TRANSLATE_NOOP("pa::FileProblem", "a directory"))
                                 : S_ISFIFO(ls.st_mode)                       ? say(QT_TRANSLATE_NOOP("pa::FileProblem", "a named pipe (FIFO)"))
                                 : S_ISCHR(ls.st_mode) || S_ISBLK(ls.st_mode) ? say(QT_TRANSLATE_NOOP("pa::FileProblem", "a device"))
                                 : S_ISSOCK(ls.st_mode)                       ? say(QT_TRANSLATE_NOOP("pa::FileProblem", "a socket"))
                                                                              : say(QT_TRANSLATE_NOOP("pa::FileProblem", "not a regular file"));
        return say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 is %2: PlanAtlas replaces regular files only"), out, what);
    }
    // The mode bits, not access(): root may write anything, but a file made read-only is meant to stay.
    if (exists && (ls.st_mode & 0222) == 0)
        return say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 is read-only: PlanAtlas does not replace it; save under another name"), out);
    const std::string parent = realPath(dirOf(out));
    if (parent.empty()) return say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1: the directory %2 does not exist"), out, dirOf(out));
    const std::string resolved = parent + "/" + base;

    // The same file under another name: compare device and inode, not spellings.
    FileId target{};
    const bool haveTarget = exists && fileId(out, target);
    auto same = [&](const std::string& in) {
        FileId id{};
        if (haveTarget && fileId(in, id) && id == target) return true;
        const std::string r = realPath(in);
        return !r.empty() && r == resolved;
    };
    for (const std::string& in : rules.inputs)
        for (const std::string& part : withCompanions(in))
            if (same(part)) return say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 is the input %2: PlanAtlas never writes over its inputs; choose another name"), out, part);
    if (haveTarget) {
        std::lock_guard<std::mutex> lock(notedMutex());
        for (const NotedFile& n : noted()) {
            // Still that file under the name it was read by: an inode freed and reused since is not it.
            FileId now{};
            if (n.id == target && fileId(n.path, now) && now == target)
                return say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 is %2, which PlanAtlas has open: choose another name"), out, n.path);
        }
    }
    if (!rules.allowBundled)
        for (const std::string& root : bundledRoots())
            if (within(resolved, root))
                return say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1 is inside PlanAtlas's bundled data (%2), which is never written over; write elsewhere"), out, root);
    if (!rules.extensions.empty()) {
        const std::string sfx = suffixOf(out);
        if (std::find(rules.extensions.begin(), rules.extensions.end(), sfx) == rules.extensions.end()) {
            std::string list;
            for (const std::string& e : rules.extensions) list += (list.empty() ? "." : " or .") + e;
            return say(QT_TRANSLATE_NOOP("pa::FileProblem", "%1: the file written is %2, so its name must end in %3"), out, rules.format, list);
        }
    }
    return {};
}

}  // namespace

Problem outputProblem(const std::string& out, const OutputRules& rules) {
    std::string why = refusal(out, rules);
    if (why.empty()) return std::nullopt;
    return Diagnostic::error(out, std::move(why));
}

// The temporary file as a QIODevice that keeps the errno of a failed write (QFile does not), so a
// full disk is named as such.
class FdDevice : public QIODevice {
public:
    int fd = -1;
    int lastErrno = 0;
    // Random access, as QSaveFile is: some writers seek back to patch what they wrote.
    bool isSequential() const override { return false; }
    bool seek(qint64 pos) override {
        return QIODevice::seek(pos) && ::lseek(fd, off_t(pos), SEEK_SET) == off_t(pos);
    }
    qint64 size() const override {
        struct stat st {};
        return ::fstat(fd, &st) == 0 ? qint64(st.st_size) : 0;
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 len) override {
        qint64 done = 0;
        while (done < len) {
            const ssize_t n = ::pwrite(fd, data + done, std::size_t(len - done), off_t(pos() + done));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                lastErrno = n < 0 ? errno : ENOSPC;
                return -1;
            }
            done += n;
        }
        return done;
    }
};

struct AtomicOutput::Impl {
    int slot = -1;
    std::string temp;
    FdDevice file;
    bool committed = false;
    int& fd = file.fd;
};

AtomicOutput::AtomicOutput(std::string target) : d_(std::make_unique<Impl>()), target_(std::move(target)) {}

AtomicOutput::~AtomicOutput() {
    if (d_->file.isOpen()) d_->file.close();
    if (d_->fd >= 0) ::close(d_->fd);
    if (!d_->committed && !d_->temp.empty()) ::unlink(d_->temp.c_str());
    releaseSlot(d_->slot);
}

Problem AtomicOutput::open() {
    // Hidden, beside the target (a rename cannot cross file systems), and short enough for NAME_MAX.
    std::string base = baseOf(target_);
    if (base.size() > 200) base.resize(200);
    std::string tmpl = dirOf(target_) + "/." + base + ".planatlas-XXXXXX";
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    d_->fd = ::mkostemp(buf.data(), O_CLOEXEC);
    if (d_->fd < 0) {
        const int err = errno;
        return Diagnostic::error(target_, say(QT_TRANSLATE_NOOP("pa::FileProblem", "cannot create a file in %1 (%2)"), dirOf(target_),
                                              err == ENOSPC || err == EDQUOT ? say(QT_TRANSLATE_NOOP("pa::FileProblem", "the disk is full")) : std::string(std::strerror(err))));
    }
    d_->temp = buf.data();
    d_->slot = claimSlot(d_->temp);
    d_->file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return std::nullopt;
}

QIODevice* AtomicOutput::device() { return &d_->file; }

bool AtomicOutput::write(const char* data, std::size_t n) {
    return d_->file.isOpen() && d_->file.write(data, qint64(n)) == qint64(n);
}

Problem AtomicOutput::writeProblem() const {
    const int err = d_->file.lastErrno;
    if (!err) return std::nullopt;
    return Diagnostic::error(target_, say(QT_TRANSLATE_NOOP("pa::FileProblem", "cannot write %1 (%2); nothing was replaced"), target_,
              err == ENOSPC || err == EDQUOT ? say(QT_TRANSLATE_NOOP("pa::FileProblem", "the disk is full")) : std::string(std::strerror(err))));
}

Problem AtomicOutput::commit() {
    auto fail = [&](int err) -> Problem {
        return Diagnostic::error(target_, say(QT_TRANSLATE_NOOP("pa::FileProblem", "cannot write %1 (%2); nothing was replaced"), target_,
                                              err == ENOSPC || err == EDQUOT ? say(QT_TRANSLATE_NOOP("pa::FileProblem", "the disk is full")) : std::string(std::strerror(err))));
    };
    if (d_->fd < 0 || !d_->file.isOpen()) return fail(EBADF);
    d_->file.close();
    if (d_->file.lastErrno) return fail(d_->file.lastErrno);
    if (::fsync(d_->fd) != 0) return fail(errno);
    struct stat old {};
    const bool replacing = ::stat(target_.c_str(), &old) == 0 && S_ISREG(old.st_mode);
    ::fchmod(d_->fd, replacing ? (old.st_mode & 07777) : newFileMode());
    // Keep the owner where allowed (root replacing a user's file); where not, the writer owns the new
    // file, as with any editor's save, so a failure here is no failure of the write.
    if (replacing && (old.st_uid != ::geteuid() || old.st_gid != ::getegid()))
        static_cast<void>(::fchown(d_->fd, old.st_uid, old.st_gid) == 0);
    if (::close(d_->fd) != 0) {
        d_->fd = -1;
        return fail(errno);
    }
    d_->fd = -1;
    if (::rename(d_->temp.c_str(), target_.c_str()) != 0) return fail(errno);
    d_->committed = true;
    releaseSlot(d_->slot);
    d_->slot = -1;
    // The rename is durable once the directory is synced.
    const int dir = ::open(dirOf(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return std::nullopt;
}

Problem writeFileAtomically(const std::string& out, const std::string& bytes, const OutputRules& rules) {
    if (Problem p = outputProblem(out, rules)) return p;
    AtomicOutput f(out);
    if (Problem p = f.open()) return p;
    f.write(bytes.data(), bytes.size());  // a failed write is named by the commit
    return f.commit();
}

void removeTemporaryOutputs() noexcept {
    for (int i = 0; i < kSlots; ++i)
        if (slotState[i].load() == 2) ::unlink(slotPath[i]);
}

}  // namespace pa
