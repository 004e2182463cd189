#include "render/gl_platform.h"

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

#include <QGuiApplication>
#include <QString>

#include <cstdio>
#include <string>

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace pa {

namespace {
bool envSet(const char* name) {
    const char* v = std::getenv(name);
    return v && *v;
}
}  // namespace

bool displayAvailable() { return envSet("DISPLAY") || envSet("WAYLAND_DISPLAY"); }

namespace {
// Qt 6 tries each platform of a ';'-separated list in turn.
const char* displayPlatforms() { return envSet("WAYLAND_DISPLAY") ? "wayland;xcb" : "xcb"; }
}  // namespace

void chooseViewerPlatform() {
    if (envSet("QT_QPA_PLATFORM")) return;
    setenv("QT_QPA_PLATFORM", (std::string(displayPlatforms()) + ";minimal").c_str(), 1);
}

bool isUsableWindowPlatform() {
    const QString p = QGuiApplication::platformName();
    return p != QLatin1String("minimal") && p != QLatin1String("offscreen");
}

void useSurfacelessEglIfNoDisplay() {
    if (envSet("QT_QPA_PLATFORM")) return;
    setenv("QT_QPA_PLATFORM", displayAvailable() ? (std::string(displayPlatforms()) + ";eglfs").c_str() : "eglfs", 1);
    setenv("EGL_PLATFORM", "surfaceless", 0);
    setenv("QT_QPA_EGLFS_INTEGRATION", "none", 0);
    setenv("QT_QPA_EGLFS_FB", "/dev/null", 0);
    // eglfs would otherwise probe input devices and a TTY that a server does not have.
    setenv("QT_QPA_EGLFS_DISABLE_INPUT", "1", 0);
    setenv("QT_QPA_EGLFS_HIDECURSOR", "1", 0);
}

void quietPlatformMessages() {
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& msg) {
        static const char* const noise[] = {"eglconvenience:", "Cannot find EGLConfig", "Running on a software rasterizer",
                                           "QStandardPaths: XDG_RUNTIME_DIR", "Could not query screen info",
                                           "Could not read screen info"};
        for (const char* n : noise)
            if (msg.contains(QLatin1String(n))) return;
        if (type == QtDebugMsg) return;
        std::fprintf(stderr, "%s\n", msg.toLocal8Bit().constData());
    });
}

void setViewerDefaultFormat() {
    QSurfaceFormat fmt;
    fmt.setRenderableType(QSurfaceFormat::OpenGL);
    fmt.setVersion(3, 3);
    fmt.setProfile(QSurfaceFormat::CoreProfile);
    fmt.setSamples(0);
    QSurfaceFormat::setDefaultFormat(fmt);
}

QSurfaceFormat rendererFormat(int samples) {
    QSurfaceFormat f;
    const bool es = QGuiApplication::platformName() == QLatin1String("eglfs");
    if (es) {
        f.setRenderableType(QSurfaceFormat::OpenGLES);
        f.setVersion(3, 0);
    } else {
        f.setRenderableType(QSurfaceFormat::OpenGL);
        f.setVersion(3, 3);
        f.setProfile(QSurfaceFormat::CoreProfile);
    }
    f.setSamples(samples);
    f.setAlphaBufferSize(8);
    return f;
}

bool softwareOpenGL() {
    QOpenGLContext context;
    context.setFormat(rendererFormat(0));
    if (!context.create()) return false;
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!context.makeCurrent(&surface)) return false;
    const char* r = reinterpret_cast<const char*>(context.functions()->glGetString(GL_RENDERER));
    const QString renderer = r ? QString::fromLatin1(r) : QString();
    context.doneCurrent();
    return isSoftwareRenderer(renderer);
}

bool isSoftwareRenderer(const QString& renderer) {
    for (const char* soft : {"llvmpipe", "softpipe", "swrast", "Software Rasterizer"})
        if (renderer.contains(soft, Qt::CaseInsensitive)) return true;
    return false;
}

bool gpuDevicePresent() {
    std::error_code ec;
    for (const char* dir : {"/dev/dri", "/dev"}) {
        for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
            const std::string n = e.path().filename().string();
            if (n.rfind("renderD", 0) == 0 || n == "nvidia0" || n == "dxg") return true;
        }
        ec.clear();
    }
    return false;
}

void usePainterPlatform() {
    if (envSet("QT_QPA_PLATFORM")) return;
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
}

}  // namespace pa
