#include "text_windows.h"

#include <algorithm>

namespace moe {

std::vector<long long> randomWindowOffsets(std::size_t length, int context, int count, Rng &rng)
{
    std::vector<long long> out(std::size_t(std::max(count, 0)));
    const long long span = (long long)length - context;  // offsets 0 … n − T − 1
    for (auto &o : out)
        o = span > 0 ? (long long)(rng.next() % std::uint64_t(span)) : 0;
    return out;
}

std::vector<long long> validationWindowOffsets(std::size_t length, int context, int windows)
{
    std::vector<long long> out;
    const long long n = (long long)length;
    if (n < context + 1)
        return out;
    if (windows <= 0) {
        for (long long i = 0; i < (n - 1) / context; ++i)
            out.push_back(i * context);
        return out;
    }
    if (windows == 1)
        return {0};
    const long long span = n - context - 1;
    for (long long i = 0; i < windows; ++i)
        out.push_back(i * span / (windows - 1));
    return out;
}

void gatherWindows(const std::vector<std::uint8_t> &bytes, const long long *offsets, int count, int context,
                   std::vector<int> &tokens, std::vector<int> &targets)
{
    tokens.resize(std::size_t(count) * std::size_t(context));
    targets.resize(tokens.size());
    for (int b = 0; b < count; ++b)
        for (int t = 0; t < context; ++t) {
            const std::size_t at = std::size_t(offsets[b]) + std::size_t(t);
            tokens[std::size_t(b) * context + t] = bytes[at];
            targets[std::size_t(b) * context + t] = bytes[at + 1];
        }
}

}  // namespace moe
