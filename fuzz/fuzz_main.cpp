// One libFuzzer executable per target: PLANATLAS_FUZZ_TARGET names it (see fuzz/CMakeLists.txt).
#include <cstdio>
#include <cstdlib>

#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    static const pa::fuzz::Target* target = pa::fuzz::find(PLANATLAS_FUZZ_TARGET);
    if (!target) {
        std::fprintf(stderr, "no fuzz target %s\n", PLANATLAS_FUZZ_TARGET);
        std::abort();
    }
    return target->run(data, size);
}
