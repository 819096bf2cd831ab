// The window's words for a divergence (core/divergence.h), in the user's language.
#pragma once

#include "core/divergence.h"

#include <QString>

namespace moe::gui {

// Empty for kind None.
QString divergenceText(const Divergence &d);

}  // namespace moe::gui
