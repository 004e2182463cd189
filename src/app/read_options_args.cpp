#include "app/read_options_args.h"

#include "io/input_file.h"

namespace pa {

ReadOptionArg takeReadOption(const std::vector<std::string>& args, std::size_t& i, ReadOptions& options, std::string& error) {
    if (i + 1 >= args.size()) return ReadOptionArg::NotMine;
    if (args[i] == "--source") {
        options.datum = chineseDatumFromName(args[++i]);
        if (options.datum != ChineseDatum::None) return ReadOptionArg::Taken;
        error = "--source is GCJ02 or BD09 (the files' coordinates)";
        return ReadOptionArg::Bad;
    }
    if (args[i] == "--encoding") {
        options.encoding = args[++i];
        if (isKnownEncoding(options.encoding)) return ReadOptionArg::Taken;
        error = "--encoding: \"" + options.encoding + "\" is not an encoding iconv knows (GBK, GB18030, Big5, UTF-8…)";
        return ReadOptionArg::Bad;
    }
    return ReadOptionArg::NotMine;
}

}  // namespace pa
