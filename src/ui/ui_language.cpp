#include "ui/ui_language.h"

#include <QApplication>
#include <QSettings>
#include <QTranslator>

// Outside the namespace: Q_INIT_RESOURCE names a global function.
static void initTranslationResources() { Q_INIT_RESOURCE(i18n); }

namespace pa {

namespace {
QString& overridden() {
    static QString lang;
    return lang;
}
}  // namespace

void overrideUiLanguage(const QString& lang) { overridden() = lang; }

QString uiLanguage() {
    const QString l = overridden().isEmpty() ? QSettings().value("ui/language", "zh").toString() : overridden();
    return l == "en" ? "en" : "zh";
}

void setUiLanguage(const QString& lang) { QSettings().setValue("ui/language", lang == "en" ? "en" : "zh"); }

void installUiTranslator(QCoreApplication& app) {
    initTranslationResources();
    static QTranslator* translator = nullptr;
    if (translator) {
        app.removeTranslator(translator);
        delete translator;
        translator = nullptr;
    }
    if (uiLanguage() != "zh") return;
    translator = new QTranslator(&app);
    if (translator->load(":/i18n/planatlas_zh_CN.qm")) app.installTranslator(translator);
}

}  // namespace pa
