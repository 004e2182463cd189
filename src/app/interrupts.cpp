#include "app/interrupts.h"

#include <csignal>
#include <cstring>
#include <unistd.h>

#include "io/output_file.h"

namespace pa {

namespace {

extern "C" void onInterrupt(int sig) {
    removeTemporaryOutputs();
    const char* msg = sig == SIGINT ? "planatlas: interrupted (SIGINT); no output was left half-written\n"
                                    : "planatlas: terminated (SIGTERM); no output was left half-written\n";
    const ssize_t ignored = ::write(STDERR_FILENO, msg, std::strlen(msg));
    (void)ignored;
    ::_exit(128 + sig);
}

}  // namespace

void installInterruptHandlers() {
    struct sigaction sa {};
    sa.sa_handler = onInterrupt;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGHUP, &sa, nullptr);
}

}  // namespace pa
