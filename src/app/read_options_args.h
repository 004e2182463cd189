#pragma once
// The options that say what a file does not (--source GCJ02|BD09, --encoding NAME), parsed one way
// for every command that reads files of the user's.
#include <string>
#include <vector>

#include "io/ogr_reader.h"

namespace pa {

enum class ReadOptionArg { NotMine, Taken, Bad };

// Looks at args[i]; when it is one of these options, takes its value (advancing i) into `options`.
// Bad: the value is wrong, `error` says why (without the command's prefix).
ReadOptionArg takeReadOption(const std::vector<std::string>& args, std::size_t& i, ReadOptions& options, std::string& error);

}  // namespace pa
