// Render tests need a GUI application for OpenGL; with no X server they use surfaceless EGL.
#include <gtest/gtest.h>

#include <QGuiApplication>

#include "render/gl_platform.h"

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    pa::useSurfacelessEglIfNoDisplay();
    QGuiApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
