#pragma once
// Choosing how to reach OpenGL: an X server (xcb, desktop GL 3.3 core) when there is a display,
// EGL surfaceless (OpenGL ES 3.x, no X at all) when there is none.
#include <QString>
#include <QSurfaceFormat>

namespace pa {

bool displayAvailable();
// Before the Q(Gui)Application exists, unless the user chose QT_QPA_PLATFORM: for headless
// rendering, the display when there is one that answers, else Qt's eglfs platform on a surfaceless
// EGL device, so no X server is needed at all.
void useSurfacelessEglIfNoDisplay();
// Before the QApplication exists: the display's platform, falling back to "minimal" when the
// display named in the environment does not answer (isUsableWindowPlatform tells afterwards),
// rather than letting Qt abort.
void chooseViewerPlatform();
bool isUsableWindowPlatform();
// Drops the platform plugins' start-up chatter (eglfs probing for a screen that a headless
// server does not have, the software-rasterizer notice) so stderr carries only our own messages.
void quietPlatformMessages();
// Before the QApplication exists: the default format for the viewer's QOpenGLWidget, desktop
// OpenGL 3.3 core without multisampling (the map renderer multisamples its own scene buffer).
void setViewerDefaultFormat();
// The format the renderer asks for on the running platform (ES on eglfs, 3.3 core elsewhere).
QSurfaceFormat rendererFormat(int samples);
// Whether the OpenGL the platform offers is a rasteriser in software (Mesa's llvmpipe, softpipe,
// swrast): there the QPainter backend draws a large map faster on the CPU's own cores and with a
// third of the memory (docs/performance.md). False when there is OpenGL on a GPU or none at all.
bool softwareOpenGL();
// Whether a GL_RENDERER string names such a rasteriser.
bool isSoftwareRenderer(const QString& glRenderer);
// Whether the machine shows a GPU device (a DRM render node, an NVIDIA or WSL device): without one,
// OpenGL can only be a software rasteriser, known before Qt starts.
bool gpuDevicePresent();
// Before the Q(Gui)Application exists, unless the user chose QT_QPA_PLATFORM: Qt's offscreen
// platform, for drawing with QPainter alone (no EGL or GL driver loaded: 50 MiB less).
void usePainterPlatform();

}  // namespace pa
