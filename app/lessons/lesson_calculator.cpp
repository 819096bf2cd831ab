// Parameter counting for the sparse-compute lesson (see lesson_calculator.h).
#include "lesson_calculator.h"

namespace moe::app {

MoeParameterCount countMoeTransformer(const MoeTransformerShape &s)
{
    MoeParameterCount c;
    const double layers = s.layers;
    const double headDim = s.heads > 0 ? s.hidden / s.heads : 0;
    c.expertPerLayer = s.ffnMatrices * s.hidden * s.ffn;
    c.expertAllLayers = c.expertPerLayer * layers;
    c.attention = (2 * s.hidden * s.hidden + 2 * s.hidden * s.kvHeads * headDim) * layers;
    c.router = s.hidden * s.experts * layers;
    c.norms = 2 * s.hidden * layers + s.hidden;
    c.embeddings = (s.tiedEmbeddings ? 1 : 2) * s.vocab * s.hidden;
    c.shared = c.attention + c.router + c.norms + c.embeddings;
    c.total = c.shared + s.experts * c.expertAllLayers;
    c.active = c.shared + s.activeExperts * c.expertAllLayers;
    c.flopsPerToken = 2 * c.active;
    return c;
}

}  // namespace moe::app
