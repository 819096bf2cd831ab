// The sparse-compute calculator of lesson 7: parameters in total and active per token of a
// Mixture-of-Experts transformer, counted weight by weight (MOE_SPEC §12). With the default
// shape (Mixtral 8×7B's Hugging Face configuration) it gives 46.70 B total and 12.88 B
// active, Mistral AI's published 46.7 B / 12.9 B.
//
//   expert (per layer)   ffnMatrices · hidden · ffn          SwiGLU: gate, up and down
//   attention            hidden · (hidden + 2 · kvHeads · headDim) + hidden · hidden
//   router               hidden · experts                    per layer
//   norms                2 · hidden per layer + hidden (final)
//   embeddings           vocab · hidden, twice unless tied (input table and LM head)
//   total  = shared + experts · expert · layers
//   active = shared + active experts · expert · layers        (shared = all but the experts)
#pragma once

namespace moe::app {

struct MoeTransformerShape {
    double hidden = 4096;  // model width d
    double ffn = 14336;  // each expert's inner width
    int layers = 32;
    int experts = 8;  // routed experts per layer
    int activeExperts = 2;  // top-k
    double vocab = 32000;
    int heads = 32;
    int kvHeads = 8;  // grouped-query attention
    int ffnMatrices = 3;  // 3 for SwiGLU, 2 for a plain MLP
    bool tiedEmbeddings = false;

    static MoeTransformerShape mixtral8x7b() { return {}; }
};

struct MoeParameterCount {
    double expertPerLayer = 0;  // one expert in one layer
    double expertAllLayers = 0;  // one expert across the layers
    double attention = 0;  // all layers
    double router = 0;  // all layers
    double norms = 0;
    double embeddings = 0;  // input table (+ LM head when untied)
    double shared = 0;  // everything that is not an expert
    double total = 0;
    double active = 0;  // per token
    double flopsPerToken = 0;  // forward, ≈ 2 · active (attention scores not counted)
};

MoeParameterCount countMoeTransformer(const MoeTransformerShape &shape);

}  // namespace moe::app
