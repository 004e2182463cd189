#include "io/guarded_vsi.h"

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace pa {

struct CancelScope::State {
    std::atomic<const std::atomic<bool>*> cancel{nullptr};
    std::atomic<bool> stopped{false};
};

namespace {

constexpr const char* kPrefix = "/vsiplanatlas/";

thread_local std::shared_ptr<CancelScope::State> currentScope;

struct Handle {
    int fd = -1;
    vsi_l_offset size = 0;  // the size when opened: a file that grows is read as it was
    vsi_l_offset pos = 0;
    bool eof = false;
    std::shared_ptr<CancelScope::State> scope;
};

bool cancelled(Handle* h) {
    if (!h->scope) return false;
    const std::atomic<bool>* c = h->scope->cancel.load();
    if (c && c->load()) {
        h->scope->stopped = true;
        return true;
    }
    return false;
}

int statCb(void*, const char* name, VSIStatBufL* out, int) {
    struct stat st {};
    if (::stat(name, &st) != 0) return -1;
    std::memset(out, 0, sizeof *out);
    out->st_mode = st.st_mode;
    out->st_size = st.st_size;
    out->st_mtime = st.st_mtime;
    out->st_dev = st.st_dev;
    out->st_ino = st.st_ino;
    out->st_uid = st.st_uid;
    out->st_gid = st.st_gid;
    out->st_nlink = st.st_nlink;
    return 0;
}

char** readDirCb(void*, const char* dirname, int maxFiles) {
    DIR* dir = ::opendir(dirname);
    if (!dir) return nullptr;
    CPLStringList list;
    while (dirent* e = ::readdir(dir)) {
        list.AddString(e->d_name);
        if (maxFiles > 0 && list.size() >= maxFiles) break;
    }
    ::closedir(dir);
    return list.StealList();
}

void* openCb(void*, const char* name, const char* access) {
    // Read-only: no driver writes a side file (a .gfs, a restored .shx) beside a user's data.
    if (!access || std::strchr(access, 'w') || std::strchr(access, 'a') || std::strchr(access, '+')) return nullptr;
    const int fd = ::open(name, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return nullptr;
    }
    auto* h = new Handle;
    h->fd = fd;
    h->size = vsi_l_offset(st.st_size);
    h->scope = currentScope;
    return h;
}

vsi_l_offset tellCb(void* f) { return static_cast<Handle*>(f)->pos; }

int seekCb(void* f, vsi_l_offset off, int whence) {
    auto* h = static_cast<Handle*>(f);
    if (whence == SEEK_SET) h->pos = off;
    else if (whence == SEEK_CUR) h->pos += off;
    else if (whence == SEEK_END) h->pos = h->size + off;
    else return -1;
    h->eof = false;
    return 0;
}

size_t readCb(void* f, void* buf, size_t size, size_t count) {
    auto* h = static_cast<Handle*>(f);
    if (size == 0 || count == 0) return 0;
    if (cancelled(h)) {
        h->eof = true;
        return 0;
    }
    if (count > SIZE_MAX / size) return 0;
    size_t want = size * count;
    if (h->pos >= h->size) {
        h->eof = true;
        return 0;
    }
    if (vsi_l_offset(want) > h->size - h->pos) {
        want = size_t(h->size - h->pos);
        h->eof = true;
    }
    size_t done = 0;
    while (done < want) {
        const ssize_t n = ::pread(h->fd, static_cast<char*>(buf) + done, want - done, off_t(h->pos + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {  // truncated since it was opened, or an I/O error
            h->eof = true;
            break;
        }
        done += size_t(n);
    }
    h->pos += done;
    return done / size;
}

int eofCb(void* f) { return static_cast<Handle*>(f)->eof ? 1 : 0; }

int closeCb(void* f) {
    auto* h = static_cast<Handle*>(f);
    const int rc = ::close(h->fd);
    delete h;
    return rc;
}

void install() {
    static std::once_flag once;
    std::call_once(once, [] {
        VSIFilesystemPluginCallbacksStruct* cb = VSIAllocFilesystemPluginCallbacksStruct();
        cb->stat = statCb;
        cb->read_dir = readDirCb;
        cb->open = openCb;
        cb->tell = tellCb;
        cb->seek = seekCb;
        cb->read = readCb;
        cb->eof = eofCb;
        cb->close = closeCb;
        // GDAL buffers small reads (a shapefile's records) so each is not a system call.
        cb->nBufferSize = 64 * 1024;
        cb->nCacheSize = 16 * 1024 * 1024;
        VSIInstallPluginHandler(kPrefix, cb);
        VSIFreeFilesystemPluginCallbacksStruct(cb);
    });
}

}  // namespace

std::string guardedVsiPath(const std::string& path) {
    install();
    std::string abs = path;
    if (abs.empty() || abs[0] != '/') {
        char cwd[PATH_MAX];
        if (::getcwd(cwd, sizeof cwd)) abs = std::string(cwd) + "/" + path;
    }
    return std::string(kPrefix) + abs;
}

std::string withoutGuardPrefix(std::string text) {
    const std::string p = std::string(kPrefix);
    for (std::size_t at; (at = text.find(p)) != std::string::npos;) text.erase(at, p.size());
    return text;
}

CancelScope::CancelScope(const std::atomic<bool>* cancel)
    : state_(std::make_shared<State>()), previous_(currentScope) {
    state_->cancel = cancel;
    currentScope = state_;
}

CancelScope::~CancelScope() {
    state_->cancel = nullptr;
    currentScope = previous_;
}

bool CancelScope::stoppedReading() const { return state_->stopped.load(); }

}  // namespace pa
