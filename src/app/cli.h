#pragma once
// The planatlas command line: the window by default, subcommands for headless work.
namespace pa {

// Runs the program; the return value is the process exit status.
int runPlanAtlas(int argc, char** argv);

}  // namespace pa
