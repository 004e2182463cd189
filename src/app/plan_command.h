#pragma once
#include <string>
#include <vector>

namespace pa {

// `planatlas plan import|outline|show|targets|search ...`; args start after "plan".
// Needs a QCoreApplication. Returns the exit status.
int runPlanCommand(const std::vector<std::string>& args);

}  // namespace pa
