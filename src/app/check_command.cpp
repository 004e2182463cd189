#include "app/check_command.h"

#include <chrono>
#include <cstdio>
#include <unistd.h>
#include <map>

#include "app/read_options_args.h"
#include "io/geodata_paths.h"
#include "io/output_file.h"
#include "analysis/project_check.h"

namespace pa {

int runCheck(const std::vector<std::string>& args) {
    std::string input, out, why;
    ReadOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if ((args[i] == "--out" || args[i] == "-o") && i + 1 < args.size()) out = args[++i];
        else if (const ReadOptionArg r = takeReadOption(args, i, options, why); r != ReadOptionArg::NotMine) {
            if (r == ReadOptionArg::Bad) {
                std::fprintf(stderr, "planatlas check: %s\n", why.c_str());
                return 2;
            }
        }
        else if (!args[i].empty() && args[i][0] == '-') {
            std::fprintf(stderr, "planatlas check: unknown option %s\n", args[i].c_str());
            return 2;
        } else if (input.empty()) input = args[i];
        else {
            std::fprintf(stderr, "planatlas check: one projects file at a time (got %s too)\n", args[i].c_str());
            return 2;
        }
    }
    if (input.empty() || out.empty()) {
        std::fprintf(stderr, "planatlas check: give a projects file and --out report.csv (or .gpkg)\n");
        return 2;
    }
    OutputRules rules;
    rules.inputs = {input};
    rules.extensions = {"csv", "gpkg"};
    rules.format = "a CSV or GeoPackage report";
    if (const Problem refused = outputProblem(out, rules)) {
        const std::string& why = refused->text;
        std::fprintf(stderr, "planatlas check: %s\n", why.c_str());
        return 2;
    }
    MapDocument doc;
    std::map<std::string, std::string> groups;
    for (const BundledLayer& l : bundledLayers()) groups[l.path] = l.group;
    doc.setFileGroups(groups);
    doc.setDisplayCrs("EPSG:4547");
    for (const Diagnostic& m : doc.addFiles(bundledGeodataFiles())) std::fprintf(stderr, "planatlas: %s\n", m.toLine().c_str());
    const std::size_t planLayers = doc.layers().size();
    const Diagnostics d = doc.addFiles({input}, options);
    for (const Diagnostic& m : d) std::fprintf(stderr, "planatlas: %s\n", m.toLine().c_str());
    if (hasErrors(d) || doc.layers().size() == planLayers) return 1;
    std::vector<ProjectRow> rows;
    for (std::size_t li = planLayers; li < doc.layers().size(); ++li) {
        // A long check says how far it has got, on a terminal, so that it is not taken for a hang.
        const bool tty = ::isatty(STDERR_FILENO);
        auto last = std::chrono::steady_clock::now();
        auto r = checkProjects(doc, doc.layers().at(li), [&](std::size_t done, std::size_t total) {
            const auto now = std::chrono::steady_clock::now();
            if (!tty || now - last < std::chrono::seconds(2)) return;
            last = now;
            std::fprintf(stderr, "\rplanatlas: checked %zu of %zu projects…", done, total);
        });
        if (tty && doc.layers().at(li).features.size() >= 1000) std::fprintf(stderr, "\r\033[K");
        if (!r) {
            std::fprintf(stderr, "planatlas check: %s\n", r.problem().toLine().c_str());
            return 1;
        }
        rows.insert(rows.end(), r->begin(), r->end());
    }
    if (const Problem p = writeProjectReport(rows, out, input)) {
        std::fprintf(stderr, "planatlas check: %s\n", p->text.c_str());
        return 1;
    }
    std::size_t inZones = 0;
    for (const ProjectRow& r : rows) inZones += !r.zones.empty();
    std::fprintf(stderr, "planatlas: checked %zu projects (%zu in a plan zone); wrote %s\n", rows.size(), inZones, out.c_str());
    return 0;
}

}  // namespace pa
