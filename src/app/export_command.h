#pragma once
#include <string>
#include <vector>

namespace pa {

// `planatlas export --out map.pdf|map.svg|map.png [--dpi 300] [--page A4|A3|A4-portrait|WxH]
//  [--bbox minlon,minlat,maxlon,maxlat] [--title T] [--lang zh|en] [--no-labels] [FILES]`
int runExport(const std::vector<std::string>& args);

}  // namespace pa
