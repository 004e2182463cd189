#include "app/cli.h"

int main(int argc, char** argv) { return pa::runPlanAtlas(argc, argv); }
