// Live changes, applied between steps. Learned weights survive everything that keeps the
// problem's shape; growing the expert count keeps the surviving experts and their router
// columns (new experts start from a fresh random init, new router columns ~ N(0, σ²)).
#include "trainer_impl.h"

#include "routing/registry.h"

#include <algorithm>

namespace moe {

Problem TrainerImpl::applyValue(const std::string &key, const std::string &value)
{
    if (keyNeedsNewModel(key))
        return problem(MOE_TR_NOOP("moe::Problem", "%1 changes the shape of the model; start a new run to change it"),
                       {key});
    ExperimentConfig next = cfg;
    const Problem err = setConfigValue(next, key, value);
    if (!err.empty())
        return err;
    if (key == "routing.strategy" && !findStrategy(next.routing.strategy))
        return problem(MOE_TR_NOOP("moe::Problem", "routing.strategy: unknown strategy '%1'"), {next.routing.strategy});
    if (key == "model.experts") {
        cfg = next;
        resizeRouted(std::max(1, next.model.experts * std::max(1, next.model.fineGrain) - next.model.sharedExperts));
        return {};
    }
    const bool strategyChanged = key == "routing.strategy" && next.routing.strategy != cfg.routing.strategy;
    const bool optimizerChanged = key == "train.optimizer" && next.train.optimizer != cfg.train.optimizer;
    cfg = next;
    if (key == "train.steps")
        stepLimit = cfg.train.steps;
    if (key == "train.stage_partition")
        partitionOfRow.clear();  // made again when stage A next needs it
    if (strategyChanged) {
        configuredStrategy = makeStrategy(cfg.routing.strategy);
        if (stage == Stage::Joint || stage == Stage::FineTune)
            model->layer().setStrategy(makeStrategy(cfg.routing.strategy));
        rememberGoodWeights();
    }
    if (optimizerChanged)
        for (auto *p : model->parameters())
            p->resetState();
    return {};
}

void TrainerImpl::resizeRouted(int routed)
{
    auto &layer = model->layer();
    layer.resizeExperts(routed, initRng, cfg.model.routerInitStd);
    model->setExpertCountInSpec(routed);
    const int m = std::max(1, cfg.model.fineGrain);
    cfg.model.experts = std::max(1, (routed + cfg.model.sharedExperts + m - 1) / m);
    if (stage == Stage::Gate)
        for (auto &e : layer.experts())
            e.setFrozen(true);
    for (auto &p : partitionOfRow)
        p = std::min(p, routed - 1);
    rememberGoodWeights();
}

Command TrainerImpl::resolveToggle(const Command &c) const
{
    if (c.kind != Command::Kind::ToggleKnockOut)
        return c;
    const auto &layer = model->layer();
    Command resolved = c;
    const bool out = c.expert >= 0 && c.expert < layer.expertCount() && layer.knockedOut(c.expert);
    resolved.kind = out ? Command::Kind::Restore : Command::Kind::KnockOut;
    return resolved;
}

Problem TrainerImpl::apply(const Command &c)
{
    auto &layer = model->layer();
    const int E = layer.expertCount();
    auto checkExpert = [E](int e) -> Problem {
        if (e < 0 || e >= E)
            return problem(MOE_TR_NOOP("moe::Problem", "expert %1 does not exist (there are %2)"),
                           {std::to_string(e), std::to_string(E)});
        return {};
    };
    switch (c.kind) {
    case Command::Kind::SetValue: return applyValue(c.key, c.value);
    case Command::Kind::ToggleKnockOut:
        if (auto err = checkExpert(c.expert); !err.empty())
            return err;
        return apply(resolveToggle(c));
    case Command::Kind::KnockOut: {
        if (auto err = checkExpert(c.expert); !err.empty())
            return err;
        if (!layer.knockedOut(c.expert) && layer.activeExperts() <= 1)
            return problem(MOE_TR_NOOP("moe::Problem", "the last working expert cannot be knocked out"));
        layer.setKnockedOut(c.expert, true);
        return {};
    }
    case Command::Kind::Restore:
        if (auto err = checkExpert(c.expert); !err.empty())
            return err;
        layer.setKnockedOut(c.expert, false);
        return {};
    case Command::Kind::FreezeExperts:
        for (auto &e : layer.experts())
            e.setFrozen(c.flag);
        for (auto &e : model->sharedExperts())
            e.setFrozen(c.flag);
        return {};
    case Command::Kind::FreezeGate: layer.router().setFrozen(c.flag); return {};
    case Command::Kind::FreezeExpert:
        if (auto err = checkExpert(c.expert); !err.empty())
            return err;
        layer.experts()[std::size_t(c.expert)].setFrozen(c.flag);
        return {};
    case Command::Kind::AddExpert:
        if (E >= 256)
            return problem(MOE_TR_NOOP("moe::Problem", "at most %1 experts"), {"256"});
        resizeRouted(E + 1);
        return {};
    case Command::Kind::RemoveExpert: {
        if (auto err = checkExpert(c.expert); !err.empty())
            return err;
        if (E <= 1 || layer.activeExperts() <= 1)
            return problem(MOE_TR_NOOP("moe::Problem", "the last expert cannot be removed"));
        layer.removeExpert(c.expert);
        model->setExpertCountInSpec(E - 1);
        cfg.model.experts = std::max(1,
                                     (E - 1 + cfg.model.sharedExperts + std::max(1, cfg.model.fineGrain) - 1)
                                         / std::max(1, cfg.model.fineGrain));
        rememberGoodWeights();
        return {};
    }
    case Command::Kind::ResetOptimizer:
        for (auto *p : model->parameters())
            p->resetState();
        return {};
    }
    return {};
}

}  // namespace moe
