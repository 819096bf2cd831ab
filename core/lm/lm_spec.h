// LmSpec: the shape of the MoE language model (LANGUAGE_MODEL.md §2), as plain values.
//
// Symbols: V vocabulary (256 bytes), d width, H heads (dh = d / H), L blocks, T context, E routed
// experts per block, h expert hidden width, S shared experts per block. The baby model is the
// default: d 128, H 4, L 4, T 64, E 8, h 256 (= 4d / k with k = 2).
#pragma once

#include "core/config.h"
#include "core/moe_layer.h"

namespace moe {

struct LmSpec {
    int vocab = 256;
    int width = 128;  // d, model.width
    int heads = 4;  // H, model.heads
    int layers = 4;  // L, model.layers
    int context = 64;  // T, model.context
    int experts = 8;  // E, model.experts (× model.fine_grain)
    int hidden = 256;  // h, model.hidden (÷ model.fine_grain)
    int sharedExperts = 0;  // S, model.shared_experts (width h, weight 1, every token)
    bool routerBias = false;  // model.router_bias
    Activation activation = Activation::GeluTanh;  // model.activation
    double initStd = 0.02;  // every weight matrix N(0, 0.02²); W_o and W₂ scaled by 1/√(2L)
    double routerInitStd = 0.02;  // model.router_init
};

// The spec a configuration asks for (fine-grained experts: E·m experts of width h/m).
LmSpec lmSpecFromConfig(const ExperimentConfig &config);
// "" when the shape is usable, else an English sentence naming the key (e.g. width % heads).
std::string lmSpecProblem(const LmSpec &spec);

}  // namespace moe

namespace moe {

// The baby model's recipe (LANGUAGE_MODEL.md §3) written over `config`, keeping its data.*
// keys: E 8, k 2, h 256, GELU (tanh), top-k with renormalisation, balance.aux 0.01, AdamW
// (β₂ 0.99, weight decay 0.1), lr 1e-3 with 100 warm-up steps and cosine decay to 1e-4, clip
// 1.0, batch 12, 2000 steps, evaluation every 250 steps.
ExperimentConfig languageModelDefaults(ExperimentConfig config);

// The MoE layers' options in every block (layer_options.h): k·m routed experts per token beside
// the shared ones, no dropout (LANGUAGE_MODEL.md §2).
LayerOptions lmLayerOptions(const ExperimentConfig &config, bool training);

}  // namespace moe
