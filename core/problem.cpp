#include "problem.h"

#include <cctype>

namespace moe {

Problem problem(const char *sentence, std::vector<std::string> values)
{
    return Problem {sentence, std::move(values)};
}

std::string Problem::english() const
{
    if (!sentence)
        return {};
    // %N (N = 1..9) takes values[N-1]; anything else is copied as it is.
    std::string out;
    for (const char *c = sentence; *c; ++c) {
        if (c[0] == '%' && c[1] >= '1' && c[1] <= '9') {
            const std::size_t n = std::size_t(c[1] - '1');
            out += n < values.size() ? values[n] : std::string("%") + c[1];
            ++c;
        } else {
            out += *c;
        }
    }
    return out;
}

}  // namespace moe
