#include "parameter.h"

namespace moe {
template struct Parameter<float>;
template struct Parameter<double>;
}  // namespace moe
