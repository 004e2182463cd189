#pragma once
// SIGINT and SIGTERM end a command at once: the temporary files of outputs not yet in place are
// removed, one line says so, and the process exits 130 or 143. Installed after the Qt application
// exists, since Qt's eglfs platform sets handlers of its own that act only in an event loop, which
// a headless command never runs.
namespace pa {

void installInterruptHandlers();

}  // namespace pa
