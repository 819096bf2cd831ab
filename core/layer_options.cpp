#include "layer_options.h"

namespace moe {

LayerOptions layerOptionsFor(const ExperimentConfig &c, bool training, int k)
{
    LayerOptions o;
    o.route.k = k;
    o.route.capacityFactor =
        (!training && c.routing.evalCapacityFactor > 0) ? c.routing.evalCapacityFactor : c.routing.capacityFactor;
    o.route.capacityRule = c.routing.capacityRule;
    o.route.priority = c.routing.priority;
    o.route.normalize = c.routing.normalize;
    o.route.renormAfterDrop = c.routing.renormAfterDrop;
    o.route.gshardThreshold = c.routing.gshardThreshold;
    o.route.temperature = c.routing.temperature;
    o.route.importanceCoef = c.balance.importance;
    o.route.loadCoef = c.balance.load;
    o.route.training = training;
    o.auxAlpha = c.balance.aux;
    o.auxConvention = c.balance.auxConvention;
    o.zLoss = c.balance.z;
    o.jitter = c.routing.jitter;
    o.dropout = c.model.dropout;
    return o;
}

}  // namespace moe
