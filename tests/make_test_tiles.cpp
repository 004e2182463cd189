// Makes the data the test tile server serves (tests/tile_server.py): make_test_tiles DIR.
#include <QGuiApplication>

#include <cstdio>

#include "test_tiles.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_test_tiles DIR\n");
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return pa::test::writeTestData(argv[1]) ? 0 : 1;
}
