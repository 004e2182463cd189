#pragma once
// The language of the interface: "zh" (default) or "en", chosen in View › Language and kept in the
// settings. Qt translations (src/ui/i18n) carry the UI strings; data names come from the data.
#include <QString>

class QCoreApplication;

namespace pa {

QString uiLanguage();
// This run only (the --lang option): does not change the saved choice.
void overrideUiLanguage(const QString& lang);
void setUiLanguage(const QString& lang);
// Installs the translator for the current language; call once the application exists.
void installUiTranslator(QCoreApplication& app);

}  // namespace pa
