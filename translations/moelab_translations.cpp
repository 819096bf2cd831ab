// The compiled translations (:/i18n/moelab_<lang>.qm) live in this object library's
// resources; linking it makes them part of a program. Nothing else is here.
#include <QtGlobal>

namespace moe::i18n {
// Keeps the object file non-empty on every compiler.
int translationsLinked()
{
    return 1;
}
}  // namespace moe::i18n
