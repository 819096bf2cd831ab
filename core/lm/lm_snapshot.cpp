// Building the language model's snapshot: one evaluation-mode forward pass over a stretch of
// validation text (its routing and attention), plus what the trainer and the history hold.
#include "lm_snapshot.h"

#include <algorithm>
#include <cmath>

namespace moe {

namespace {

double entropyBits(const std::vector<double> &p)
{
    double h = 0;
    for (double v : p)
        if (v > 0)
            h -= v * std::log2(v);
    return h;
}

int languageRow(TextLanguage language)
{
    switch (language) {
    case TextLanguage::English: return 0;
    case TextLanguage::German: return 1;
    case TextLanguage::Chinese: return 2;
    case TextLanguage::Unknown: break;
    }
    return -1;
}

}  // namespace

ByteClass byteClassOf(std::uint8_t b)
{
    if (b >= 'a' && b <= 'z')
        return ByteClass::Letter;
    if (b >= 'A' && b <= 'Z')
        return ByteClass::Upper;
    if (b >= '0' && b <= '9')
        return ByteClass::Digit;
    if (b == ' ' || b == '\t')
        return ByteClass::Space;
    if (b == '\n' || b == '\r')
        return ByteClass::Newline;
    if (b >= 0xC0)
        return ByteClass::Utf8Lead;
    if (b >= 0x80)
        return ByteClass::Utf8Continuation;
    if (b > 0x20 && b < 0x7F)
        return ByteClass::Punctuation;
    return ByteClass::AsciiOther;
}

int utf8SequenceLength(std::uint8_t lead)
{
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    return 1;
}

double normalizedMutualInformation(const std::vector<std::vector<long long>> &counts)
{
    long long total = 0;
    std::size_t cols = 0;
    for (const auto &row : counts) {
        cols = std::max(cols, row.size());
        for (long long v : row)
            total += v;
    }
    if (total <= 0)
        return 0;
    std::vector<double> px(counts.size(), 0.0), pe(cols, 0.0);
    for (std::size_t x = 0; x < counts.size(); ++x)
        for (std::size_t e = 0; e < counts[x].size(); ++e) {
            const double p = double(counts[x][e]) / double(total);
            px[x] += p;
            pe[e] += p;
        }
    double mi = 0;
    for (std::size_t x = 0; x < counts.size(); ++x)
        for (std::size_t e = 0; e < counts[x].size(); ++e) {
            const double p = double(counts[x][e]) / double(total);
            if (p > 0)
                mi += p * std::log2(p / (px[x] * pe[e]));
        }
    const double limit = std::min(entropyBits(px), entropyBits(pe));
    return limit > 1e-12 ? std::clamp(mi / limit, 0.0, 1.0) : 0.0;
}

double LmSnapshot::bitsPerByte(double nats)
{
    return nats / std::log(2.0);
}

double LmSnapshot::attentionAt(int position, int block, int head, int key) const
{
    if (context <= 0 || position < 0 || key < 0 || block < 0 || block >= blocks || head < 0 || head >= heads)
        return 0;
    const int w = position / context, t = position % context, s = key - w * context;
    if (w >= attentionWindows || s < 0 || s > t)
        return 0;
    const std::size_t at =
        ((((std::size_t(w) * std::size_t(blocks)) + std::size_t(block)) * std::size_t(heads) + std::size_t(head))
             * std::size_t(context)
         + std::size_t(t))
            * std::size_t(context)
        + std::size_t(s);
    return at < attention.size() ? attention[at] / 255.0 : 0.0;
}

std::vector<LmBlockSpecialisation> countSpecialisation(const std::vector<RoutedByte> &text,
                                                       const std::vector<TextLanguage> &languages, int blocks,
                                                       int experts)
{
    std::vector<LmBlockSpecialisation> out(std::size_t(std::max(0, blocks)));
    const bool labelled = languages.size() == text.size() && !languages.empty();
    for (int l = 0; l < blocks; ++l) {
        LmBlockSpecialisation &s = out[std::size_t(l)];
        s.byteClass.assign(kByteClassCount, std::vector<long long>(std::size_t(experts), 0));
        if (labelled)
            s.language.assign(3, std::vector<long long>(std::size_t(experts), 0));
        for (std::size_t i = 0; i < text.size(); ++i) {
            const RoutedByte &b = text[i];
            if (std::size_t(l) >= b.experts.size() || b.experts[std::size_t(l)].empty())
                continue;
            const int e = b.experts[std::size_t(l)].front();
            if (e < 0 || e >= experts)
                continue;
            ++s.byteClass[std::size_t(byteClassOf(b.byte))][std::size_t(e)];
            if (labelled)
                if (const int row = languageRow(languages[i]); row >= 0)
                    ++s.language[std::size_t(row)][std::size_t(e)];
        }
        s.byteClassMi = normalizedMutualInformation(s.byteClass);
        s.languageMi = labelled ? normalizedMutualInformation(s.language) : 0.0;
    }
    return out;
}

LmSnapshot buildLmSnapshot(LmTrainer &trainer, const LmHistory &history, const LmGeneration &generation,
                           const LmSnapshotOptions &options)
{
    LmSnapshot s;
    LanguageModel<float> &model = trainer.model();
    const ExperimentConfig &cfg = trainer.config();
    const LmSpec &spec = model.spec();
    const TextCorpus &corpus = trainer.corpus();
    s.corpusId = corpus.id;
    s.blocks = int(model.blocks().size());
    s.experts = model.blocks().empty() ? 0 : model.blocks().front().moe().expertCount();
    s.k = std::max(1, cfg.routing.k * std::max(1, cfg.model.fineGrain));
    s.width = spec.width;
    s.heads = spec.heads;
    s.context = spec.context;
    s.strategyId = cfg.routing.strategy;
    s.capacityFactor = cfg.routing.capacityFactor;
    const double perToken = trainer.expertsPerToken();
    s.paramsTotal = model.parameterCount();
    s.paramsActive = model.activeParameterCount(perToken);
    s.flopsPerToken = model.flopsPerToken(perToken);
    for (const auto &b : model.blocks()) {
        std::vector<bool> out(std::size_t(b.moe().expertCount()));
        for (int e = 0; e < b.moe().expertCount(); ++e)
            out[std::size_t(e)] = b.moe().knockedOut(e);
        s.knockedOut.push_back(std::move(out));
    }

    s.step = trainer.stepCount();
    if (!history.loss().empty()) {
        s.trainLoss = history.loss().back().trainLoss;
        s.auxLoss = history.loss().back().auxLoss;
    }
    if (!trainer.evaluations().empty()) {
        s.validationLoss = trainer.evaluations().back().validationLoss;
        s.validationStep = trainer.evaluations().back().step;
    }
    s.health = trainer.lastStep().blocks;
    s.loadHistory = history.load();
    s.droppedByPosition = history.droppedByPosition();
    s.generation = generation;
    s.warnings = trainer.warnings();

    // The stretch: whole windows of T bytes from the validation text.
    const int T = spec.context;
    const auto &val = corpus.validation;
    if (T <= 0 || int(val.size()) < T)
        return s;
    const int windows = std::clamp(int((std::max(1, options.textBytes) + T - 1) / T), 1, int(val.size()) / T);
    const std::size_t length = std::size_t(windows) * std::size_t(T);
    const std::size_t offset = std::min<std::size_t>(std::size_t(std::max(0, options.textOffset)), val.size() - length);
    s.textOffset = int(offset);
    const int H = spec.heads;
    const std::size_t perWindow = std::size_t(s.blocks) * std::size_t(H) * std::size_t(T) * std::size_t(T);

    // Which windows run again: all of them, or some, the rest carried from `previous`.
    const LmSnapshot *prev = options.previous;
    const bool carry = prev && options.windows > 0 && options.windows < windows && prev->text.size() == length
        && prev->textOffset == s.textOffset && prev->blocks == s.blocks && prev->heads == H && prev->context == T
        && prev->experts == s.experts
        && (!options.attention || prev->attention.size() == perWindow * std::size_t(windows));
    std::vector<int> run;
    if (carry) {
        for (int i = 0; i < options.windows; ++i)
            run.push_back((options.firstWindow + i) % windows);
        s.text = prev->text;
        s.attention = prev->attention;
    } else {
        for (int w = 0; w < windows; ++w)
            run.push_back(w);
        s.text.resize(length);
        if (options.attention)
            s.attention.assign(perWindow * std::size_t(windows), 0);
    }
    s.attentionWindows = options.attention ? windows : 0;

    std::vector<int> tokens;
    tokens.reserve(run.size() * std::size_t(T));
    for (int w : run)
        for (int t = 0; t < T; ++t)
            tokens.push_back(val[offset + std::size_t(w) * std::size_t(T) + std::size_t(t)]);
    LmForward<float> f;
    model.forward(tokens, int(run.size()), T, lmLayerOptions(cfg, false), false, Rng(0xE7A1), f);

    for (std::size_t i = 0; i < run.size(); ++i)
        for (int t = 0; t < T; ++t) {
            RoutedByte &b = s.text[std::size_t(run[i]) * std::size_t(T) + std::size_t(t)];
            b.byte = std::uint8_t(tokens[i * std::size_t(T) + std::size_t(t)]);
            b.generated = false;
            b.experts.assign(std::size_t(s.blocks), {});
            b.weights.assign(std::size_t(s.blocks), {});
        }
    // The byte of row r of this pass.
    auto byteOfRow = [&](int r) -> RoutedByte & {
        return s.text[std::size_t(run[std::size_t(r / T)]) * std::size_t(T) + std::size_t(r % T)];
    };
    for (int l = 0; l < s.blocks; ++l) {
        // Assignments are token-major in rank order; expert choice ranks within an expert, so
        // each byte's list is sorted by weight afterwards.
        for (const RouteSlot &a : f.blocks[std::size_t(l)].moe.routing.assignments) {
            if (!a.kept || a.token < 0 || a.token >= int(tokens.size()))
                continue;
            RoutedByte &b = byteOfRow(a.token);
            b.experts[std::size_t(l)].push_back(a.expert);
            b.weights[std::size_t(l)].push_back(a.weight);
        }
        for (int r = 0; r < int(tokens.size()); ++r) {
            RoutedByte &b = byteOfRow(r);
            auto &ex = b.experts[std::size_t(l)];
            auto &w = b.weights[std::size_t(l)];
            for (std::size_t i = 1; i < ex.size(); ++i)  // insertion sort: k is small
                for (std::size_t j = i; j > 0 && w[j] > w[j - 1]; --j) {
                    std::swap(w[j], w[j - 1]);
                    std::swap(ex[j], ex[j - 1]);
                }
        }
    }
    if (corpus.validationLanguage.size() == val.size())
        s.textLanguage.assign(corpus.validationLanguage.begin() + std::ptrdiff_t(offset),
                              corpus.validationLanguage.begin() + std::ptrdiff_t(offset + length));
    s.specialisation = countSpecialisation(s.text, s.textLanguage, s.blocks, s.experts);

    if (options.attention)
        for (std::size_t i = 0; i < run.size(); ++i) {
            std::size_t at = std::size_t(run[i]) * perWindow;
            for (int l = 0; l < s.blocks; ++l)
                for (int h = 0; h < H; ++h) {
                    const auto &block = model.blocks()[std::size_t(l)];
                    const Matrix<float> p =
                        block.attention().headProbabilities(f.blocks[std::size_t(l)].attn, int(i), h);
                    for (int t = 0; t < T; ++t)
                        for (int k = 0; k < T; ++k)
                            s.attention[at++] = std::uint8_t(std::lround(std::clamp(double(p(t, k)), 0.0, 1.0) * 255));
                }
        }
    return s;
}

}  // namespace moe
