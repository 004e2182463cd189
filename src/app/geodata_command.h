#pragma once
#include <string>
#include <vector>

namespace pa {

// `planatlas validate [--json] [--checklist FILE] [--complete] [FILES]`
int runValidate(const std::vector<std::string>& args);
// `planatlas describe ID-or-name [--json]`
int runDescribe(const std::vector<std::string>& args);

}  // namespace pa
