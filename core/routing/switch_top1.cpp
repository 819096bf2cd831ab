#include "switch_top1.h"

#include "core/text_marker.h"

namespace moe {

SwitchStrategy::SwitchStrategy()
{
    m_info.id = "switch";
    m_info.displayName = MOE_TR_NOOP("Strategies", "Switch top-1 with capacity");
    m_info.description =
        MOE_TR_NOOP("Strategies",
                    "Each token goes to its single best expert; an expert takes at most C tokens and drops the rest.");
    m_info.usesK = false;
    m_info.usesNormalize = false;
    m_info.fixedK = 1;
}

}  // namespace moe
