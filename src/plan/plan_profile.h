#pragma once
// Everything the importer knows about this one document, in one table: the structure it must
// find (so a truncated or damaged source is caught), the headings the export lost and where
// they belong, and the terms the two footnotes explain. The parser itself is generic.
#include <string>
#include <vector>

namespace pa {

struct LostHeading {
    std::string text;          // the line as it stands, trimmed
    std::string continuation;  // a further line of the same heading, or empty
    int chapter = 0;
    int section = 0;  // 0: the line is a chapter title
    std::string why;
};

struct FootnoteTerm {
    int footnote = 0;  // 1-based, in the order the footnotes appear
    std::string term;  // attached to the first clause that contains it
};

struct PlanProfile {
    std::string title;
    int chapters = 0;
    int boxes = 0;
    int footnotes = 0;
    int table2Indicators = 0;
    std::vector<std::string> tables;  // labels, in order
    std::vector<LostHeading> lostHeadings;
    std::vector<FootnoteTerm> footnoteTerms;
};

// The Tianhe District 14th Five-Year Plan outline (shared/plan/tianhe-14th-fyp-outline.txt).
const PlanProfile& tianhe14thProfile();

}  // namespace pa
