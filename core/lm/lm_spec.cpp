#include "lm_spec.h"

#include "core/layer_options.h"

#include <algorithm>

namespace moe {

LmSpec lmSpecFromConfig(const ExperimentConfig &config)
{
    LmSpec s;
    const int m = std::max(1, config.model.fineGrain);
    s.width = config.model.width;
    s.heads = config.model.heads;
    s.layers = config.model.layers;
    s.context = config.model.context;
    s.experts = config.model.experts * m;
    s.hidden = std::max(1, config.model.hidden / m);
    s.sharedExperts = config.model.sharedExperts;
    s.routerBias = config.model.routerBias;
    s.activation = config.model.activation;
    s.routerInitStd = config.model.routerInitStd;
    return s;
}

std::string lmSpecProblem(const LmSpec &spec)
{
    if (spec.heads < 1 || spec.width % spec.heads != 0)
        return "model.width (" + std::to_string(spec.width) + ") must be a multiple of model.heads ("
            + std::to_string(spec.heads) + ")";
    if (spec.experts < 1)
        return "model.experts must be at least 1";
    return {};
}

ExperimentConfig languageModelDefaults(ExperimentConfig c)
{
    c.model.layers = 4;
    c.model.width = 128;
    c.model.heads = 4;
    c.model.context = 64;
    c.model.experts = 8;
    c.model.hidden = 256;
    c.model.expertType = ExpertType::Mlp;
    c.model.activation = Activation::GeluTanh;
    c.model.dropout = 0;
    c.model.sharedExperts = 0;
    c.model.fineGrain = 1;
    c.model.routerInitStd = 0.02;
    c.routing.strategy = "topk";
    c.routing.k = 2;
    c.routing.normalize = true;
    c.routing.capacityFactor = 0;
    c.balance.aux = 0.01;
    c.balance.auxConvention = AuxConvention::Megatron;
    c.train.optimizer = OptimizerKind::AdamW;
    c.train.lr = 1e-3;
    c.train.lrMin = 1e-4;
    c.train.lrSchedule = LrSchedule::Cosine;
    c.train.warmup = 100;
    c.train.beta2 = 0.99;
    c.train.weightDecay = 0.1;
    c.train.clipNorm = 1.0;
    c.train.batch = 12;
    c.train.steps = 2000;
    c.train.evalEvery = 250;
    c.train.loss = TaskLoss::CrossEntropy;
    c.train.schedule = Schedule::Joint;
    return c;
}

LayerOptions lmLayerOptions(const ExperimentConfig &c, bool training)
{
    LayerOptions o = layerOptionsFor(c, training, std::max(1, c.routing.k * std::max(1, c.model.fineGrain)));
    o.dropout = 0;
    return o;
}

}  // namespace moe
