// MOE_TR_NOOP(context, text): marks an English text of the engine for translation.
//
// core/ and datasets/ have no Qt, so their texts (strategy names, dataset names, messages)
// stay English here. The marker expands to the text itself; lupdate reads it as
// QT_TRANSLATE_NOOP (translations/CMakeLists.txt passes -tr-function-alias), so the text is
// written once, where it is used, and the programs translate it with
// QCoreApplication::translate(context, text).
#pragma once

#define MOE_TR_NOOP(context, text) text
