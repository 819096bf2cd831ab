#include "registry.h"

#include "base_assignment.h"
#include "dense.h"
#include "entmax.h"
#include "expert_choice.h"
#include "gshard_top2.h"
#include "hash.h"
#include "noisy_top_k.h"
#include "sinkhorn.h"
#include "soft_moe.h"
#include "sparsemax.h"
#include "switch_top1.h"
#include "top_k.h"

#include <functional>

namespace moe {
namespace {

using Factory = std::function<std::unique_ptr<RoutingStrategy>()>;

template <class T>
Factory factory()
{
    return [] {
        return std::make_unique<T>();
    };
}

// Add a strategy here: one line.
const std::vector<Factory> &factories()
{
    static const std::vector<Factory> list = {
        factory<DenseStrategy>(),     factory<TopKStrategy>(),   factory<NoisyTopKStrategy>(),
        factory<SwitchStrategy>(),    factory<GShardStrategy>(), factory<ExpertChoiceStrategy>(),
        factory<SparsemaxStrategy>(), factory<EntmaxStrategy>(), factory<SoftMoeStrategy>(),
        factory<HashStrategy>(),      factory<BaseStrategy>(),   factory<SinkhornStrategy>(),
    };
    return list;
}

}  // namespace

const std::vector<StrategyInfo> &strategyInfos()
{
    static const std::vector<StrategyInfo> infos = [] {
        std::vector<StrategyInfo> out;
        for (const auto &f : factories())
            out.push_back(f()->info());
        return out;
    }();
    return infos;
}

const StrategyInfo *findStrategy(const std::string &id)
{
    for (const auto &i : strategyInfos())
        if (i.id == id)
            return &i;
    return nullptr;
}

std::unique_ptr<RoutingStrategy> makeStrategy(const std::string &id)
{
    for (const auto &f : factories()) {
        auto s = f();
        if (s->info().id == id)
            return s;
    }
    return nullptr;
}

}  // namespace moe
