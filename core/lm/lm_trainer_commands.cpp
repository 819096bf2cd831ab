// Live changes to the language model between steps (the vector trainer's commands, per block).
#include "lm_trainer.h"

#include "core/routing/registry.h"

#include <algorithm>

namespace moe {

Problem LmTrainer::resizeExperts(int experts)
{
    if (experts < 1 || experts > 256)
        return problem(MOE_TR_NOOP("moe::Problem", "%1: %2 is outside the allowed range [%3, %4]"),
                       {"model.experts", std::to_string(experts), "1", "256"});
    LmSpec &spec = m_model->mutableSpec();
    for (auto &b : m_model->blocks()) {
        const int old = b.moe().expertCount();
        b.moe().resizeExperts(experts, m_initRng, spec.routerInitStd);
        b.initializeExperts(m_initRng, spec, old);
        b.nameExperts();
    }
    spec.experts = experts;
    m_cfg.model.experts = experts / std::max(1, m_cfg.model.fineGrain);
    rememberGoodWeights();
    return {};
}

Command LmTrainer::resolveToggle(const Command &c) const
{
    if (c.kind != Command::Kind::ToggleKnockOut)
        return c;
    const auto &blocks = m_model->blocks();
    bool outEverywhere = c.expert >= 0 && !blocks.empty();
    for (std::size_t l = 0; l < blocks.size() && outEverywhere; ++l)
        if (c.block < 0 || c.block == int(l))
            outEverywhere = c.expert < blocks[l].moe().expertCount() && blocks[l].moe().knockedOut(c.expert);
    Command resolved = c;
    resolved.kind = outEverywhere ? Command::Kind::Restore : Command::Kind::KnockOut;
    return resolved;
}

Problem LmTrainer::apply(const Command &c)
{
    auto &blocks = m_model->blocks();
    const int L = int(blocks.size());
    if (c.block >= L)
        return problem(MOE_TR_NOOP("moe::Problem", "block %1 does not exist (the model has %2)"),
                       {std::to_string(c.block), std::to_string(L)});
    auto each = [&](auto &&fn) {
        for (int l = 0; l < L; ++l)
            if (c.block < 0 || c.block == l)
                fn(blocks[std::size_t(l)]);
    };
    const int E = blocks.empty() ? 0 : blocks.front().moe().expertCount();
    switch (c.kind) {
    case Command::Kind::SetValue: {
        if (c.key == "model.experts") {
            ExperimentConfig probe = m_cfg;
            if (Problem err = setConfigValue(probe, c.key, c.value); !err.empty())
                return err;
            return resizeExperts(probe.model.experts * std::max(1, m_cfg.model.fineGrain));
        }
        if (keyNeedsNewModel(c.key))
            return problem(
                MOE_TR_NOOP("moe::Problem", "%1 changes the shape of the model; start a new run to change it"), {c.key});
        if (c.key == "routing.strategy" && !findStrategy(c.value))
            return problem(MOE_TR_NOOP("moe::Problem", "routing.strategy: unknown strategy '%1'"), {c.value});
        ExperimentConfig next = m_cfg;
        if (Problem err = setConfigValue(next, c.key, c.value); !err.empty())
            return err;
        m_cfg = next;
        if (c.key == "routing.strategy")
            setStrategy(m_cfg.routing.strategy);
        if (c.key == "train.steps")
            m_stepLimit = std::max(m_cfg.train.steps, m_step);
        return {};
    }
    case Command::Kind::ToggleKnockOut: return apply(resolveToggle(c));
    case Command::Kind::KnockOut:
    case Command::Kind::Restore: {
        if (c.expert < 0 || c.expert >= E)
            return problem(MOE_TR_NOOP("moe::Problem", "expert %1 does not exist (there are %2)"),
                           {std::to_string(c.expert), std::to_string(E)});
        const bool out = c.kind == Command::Kind::KnockOut;
        Problem err;
        each([&](LmBlock<float> &b) {
            if (out && !b.moe().knockedOut(c.expert) && b.moe().activeExperts() <= 1)
                err = problem(MOE_TR_NOOP("moe::Problem", "the last working expert of a block cannot be knocked out"));
            else
                b.moe().setKnockedOut(c.expert, out);
        });
        return err;
    }
    case Command::Kind::FreezeExperts:
        each([&](LmBlock<float> &b) {
            for (auto &e : b.moe().experts())
                e.setFrozen(c.flag);
        });
        return {};
    case Command::Kind::FreezeGate:
        each([&](LmBlock<float> &b) { b.moe().router().setFrozen(c.flag); });
        return {};
    case Command::Kind::FreezeExpert:
        if (c.expert < 0 || c.expert >= E)
            return problem(MOE_TR_NOOP("moe::Problem", "expert %1 does not exist (there are %2)"),
                           {std::to_string(c.expert), std::to_string(E)});
        each([&](LmBlock<float> &b) { b.moe().experts()[std::size_t(c.expert)].setFrozen(c.flag); });
        return {};
    case Command::Kind::AddExpert: return resizeExperts(E + 1);
    case Command::Kind::RemoveExpert: {
        if (E <= 1)
            return problem(MOE_TR_NOOP("moe::Problem", "the last expert cannot be removed"));
        if (c.expert < 0 || c.expert >= E)
            return resizeExperts(E - 1);
        for (auto &b : blocks) {
            b.moe().removeExpert(c.expert);
            b.nameExperts();
        }
        m_model->mutableSpec().experts = E - 1;
        m_cfg.model.experts = (E - 1) / std::max(1, m_cfg.model.fineGrain);
        rememberGoodWeights();
        return {};
    }
    case Command::Kind::ResetOptimizer:
        for (auto *p : m_model->parameters())
            p->resetState();
        return {};
    }
    return problem(MOE_TR_NOOP("moe::Problem", "unknown command"));
}

}  // namespace moe
