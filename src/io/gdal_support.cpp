#include "io/gdal_support.h"

#include <QCoreApplication>
#include <QString>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_http.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <mutex>

namespace pa {

namespace {

CPLHTTPResult* noNetwork(const char* url, CSLConstList, GDALProgressFunc, void*, CPLHTTPFetchWriteFunc, void*, void*) {
    auto* r = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    r->nStatus = 1;
    r->pszErrBuf = CPLStrdup((std::string("the file refers to ") + (url ? url : "a web address") +
                              ", which PlanAtlas does not fetch while reading")
                                 .c_str());
    return r;
}

}  // namespace

void registerGdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLHTTPSetFetchCallback(noNetwork, nullptr);
    });
}

struct GdalErrorSink {
    static void CPL_STDCALL handler(CPLErr cls, CPLErrorNum, const char* msg) {
        auto* self = static_cast<GdalErrors*>(CPLGetErrorHandlerUserData());
        if (self && cls >= CE_Failure && msg) self->record(msg);
    }
};

GdalErrors::GdalErrors() { CPLPushErrorHandlerEx(&GdalErrorSink::handler, this); }
GdalErrors::~GdalErrors() { CPLPopErrorHandler(); }

void GdalErrors::record(const char* msg) {
    GdalErrors* self = this;
    self->last_ = msg;
    if (self->last_.size() > 300) {
        std::size_t cut = 300;
        while (cut > 0 && (static_cast<unsigned char>(self->last_[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
        self->last_ = self->last_.substr(0, cut) + "…";
    }
    if (self->all_.size() < 5 && std::find(self->all_.begin(), self->all_.end(), self->last_) == self->all_.end())
        self->all_.push_back(self->last_);
}

std::string wktOf(const std::string& crs) {
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    std::string out;
    if (OSRSetFromUserInput(srs, crs.c_str()) == OGRERR_NONE) {
        char* wkt = nullptr;
        if (OSRExportToWkt(srs, &wkt) == OGRERR_NONE && wkt) out = wkt;
        CPLFree(wkt);
    }
    OSRDestroySpatialReference(srs);
    return out;
}

bool hasExtension(const std::string& path, const char* ext) {
    std::string e = std::filesystem::path(path).extension().string();
    for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return e == ext;
}

std::string say(const char* text, const std::vector<std::string>& a) {
    const QString t = QCoreApplication::translate("pa::FileProblem", text);
    auto q = [&](std::size_t i) { return QString::fromStdString(a[i]); };
    switch (a.size()) {
        case 0: return t.toStdString();
        case 1: return t.arg(q(0)).toStdString();
        case 2: return t.arg(q(0), q(1)).toStdString();
        case 3: return t.arg(q(0), q(1), q(2)).toStdString();
        default: return t.arg(q(0), q(1), q(2), q(3)).toStdString();
    }
}

}  // namespace pa
