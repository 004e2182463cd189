// Every input the fuzzers were ever stopped by (fuzz/regressions/<target>/) replayed through the same
// entry point, so that a fixed crash stays fixed in the ordinary build too; plus a sweep of the
// targets over small inputs made here, so each entry point runs in every test run.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "fuzz_targets.h"

namespace fs = std::filesystem;

TEST(FuzzRegressions, EveryKeptInputRunsCleanly) {
    const fs::path root = fs::path(PLANATLAS_SOURCE_DIR_FOR_TESTS) / "fuzz" / "regressions";
    std::size_t replayed = 0;
    for (const pa::fuzz::Target& t : pa::fuzz::targets()) {
        const fs::path dir = root / t.name;
        if (!fs::is_directory(dir)) continue;
        for (const auto& e : fs::directory_iterator(dir)) {
            if (!e.is_regular_file()) continue;
            std::ifstream in(e.path(), std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), {});
            SCOPED_TRACE(e.path().string());
            EXPECT_EQ(t.run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()), 0);
            ++replayed;
        }
    }
    std::printf("replayed %zu kept fuzz inputs\n", replayed);
}

TEST(FuzzRegressions, EachTargetTakesRandomBytes) {
    std::mt19937 rng(42);
    for (const pa::fuzz::Target& t : pa::fuzz::targets()) {
        SCOPED_TRACE(t.name);
        for (int k = 0; k < 200; ++k) {
            std::string bytes(std::size_t(rng() % 512), '\0');
            for (char& c : bytes) c = char(rng());
            EXPECT_EQ(t.run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()), 0);
        }
    }
}
