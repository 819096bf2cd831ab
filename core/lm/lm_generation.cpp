// Sampling bytes from the language model, and the routing of a text byte by byte.
//
//   next byte ~ softmax(logits_last / τ) restricted to the top-k bytes (τ = 0: the argmax)
// The model sees the last T bytes (its context); each step runs the whole window again
// (T ≤ a few hundred bytes: no key/value cache is needed at this size).
#include "lm_trainer.h"

#include "core/routing/registry.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace moe {

namespace {

void routingOfRow(const LmForward<float> &f, int row, RoutedByte &out)
{
    out.experts.resize(f.blocks.size());
    out.weights.resize(f.blocks.size());
    for (std::size_t l = 0; l < f.blocks.size(); ++l) {
        const Routing &r = f.blocks[l].moe.routing;
        out.experts[l].clear();
        out.weights[l].clear();
        std::vector<const RouteSlot *> slots;
        for (const RouteSlot &a : r.assignments)
            if (a.token == row && a.kept)
                slots.push_back(&a);
        // Rank order (expert choice ranks within an expert's list: order those by weight).
        std::stable_sort(slots.begin(), slots.end(),
                         [](const RouteSlot *a, const RouteSlot *b) { return a->weight > b->weight; });
        for (const RouteSlot *a : slots) {
            out.experts[l].push_back(a->expert);
            out.weights[l].push_back(a->weight);
        }
    }
}

int sampleByte(const Eigen::Ref<const RowVector<float>> &logits, double temperature, int topK, Rng &rng)
{
    const int V = int(logits.size());
    std::vector<int> order(static_cast<std::size_t>(V));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return logits(a) > logits(b); });
    if (temperature <= 0)
        return order.front();
    const int keep = topK > 0 ? std::min(topK, V) : V;
    std::vector<double> p(static_cast<std::size_t>(keep));
    const double top = logits(order.front());
    double sum = 0;
    for (int i = 0; i < keep; ++i) {
        p[std::size_t(i)] = std::exp((double(logits(order[std::size_t(i)])) - top) / temperature);
        sum += p[std::size_t(i)];
    }
    double u = rng.uniform() * sum;
    for (int i = 0; i < keep; ++i) {
        u -= p[std::size_t(i)];
        if (u <= 0)
            return order[std::size_t(i)];
    }
    return order[std::size_t(keep - 1)];
}

}  // namespace

std::vector<RoutedByte> LmTrainer::generate(const GenerationRequest &request)
{
    const StrategyInfo *info = findStrategy(m_cfg.routing.strategy);
    const bool swap = info && (info->batchDependent || info->softDispatch);
    if (swap)
        setStrategy("topk");
    const int T = m_model->spec().context;
    std::vector<RoutedByte> out;
    std::vector<int> context;
    for (unsigned char ch : request.prompt)
        context.push_back(ch);
    if (context.empty())
        context.push_back('\n');
    Rng rng(request.seed);
    LmForward<float> f;
    const LayerOptions opt = layerOptions(false);
    auto runWindow = [&]() {  // forward over the last T bytes; returns the rows used
        const int n = std::min<int>(T, int(context.size()));
        const std::vector<int> window(context.end() - n, context.end());
        m_model->forward(window, 1, n, opt, false, Rng(request.seed ^ 0x6E6), f);
        return n;
    };
    int n = runWindow();
    for (int r = 0; r < n; ++r) {  // the prompt's own routing (its last T bytes)
        RoutedByte b;
        b.byte = std::uint8_t(context[context.size() - std::size_t(n) + std::size_t(r)]);
        routingOfRow(f, r, b);
        out.push_back(std::move(b));
    }
    for (int i = 0; i < request.bytes; ++i) {
        RoutedByte b;
        b.byte = std::uint8_t(sampleByte(f.logits.row(n - 1), request.temperature, request.topK, rng));
        b.generated = true;
        context.push_back(b.byte);
        // The new byte's routing comes from the pass that also gives the next byte's logits.
        n = runWindow();
        routingOfRow(f, n - 1, b);
        out.push_back(std::move(b));
    }
    if (swap)
        setStrategy(m_cfg.routing.strategy);
    return out;
}

std::vector<RoutedByte> LmTrainer::route(const std::vector<std::uint8_t> &text)
{
    const int T = m_model->spec().context;
    std::vector<RoutedByte> out;
    LmForward<float> f;
    const LayerOptions opt = layerOptions(false);
    for (std::size_t at = 0; at < text.size(); at += std::size_t(T)) {
        const int n = int(std::min<std::size_t>(std::size_t(T), text.size() - at));
        const std::vector<int> window(text.begin() + std::ptrdiff_t(at), text.begin() + std::ptrdiff_t(at) + n);
        m_model->forward(window, 1, n, opt, false, Rng(m_streamSeed ^ 0xE7A1), f);
        for (int r = 0; r < n; ++r) {
            RoutedByte b;
            b.byte = text[at + std::size_t(r)];
            routingOfRow(f, r, b);
            out.push_back(std::move(b));
        }
    }
    return out;
}

}  // namespace moe
