// The language model's maths on its own: central finite differences of the total loss (task +
// balance terms) against every parameter tensor, for every routing strategy of the registry, in
// double; the layer norm, attention and embedding paths included. And causality: a later byte
// never changes an earlier position's output or routing under a token-choice strategy.
#include "core/lm/language_model.h"
#include "core/routing/registry.h"

#include <QTest>

#include <cmath>

using namespace moe;

namespace {

LmSpec tinySpec(int experts = 3, int shared = 0)
{
    LmSpec s;
    s.vocab = 256;
    s.width = 8;
    s.heads = 2;
    s.layers = 2;
    s.context = 5;
    s.experts = experts;
    s.hidden = 6;
    s.sharedExperts = shared;
    return s;
}

// Parameters drawn so that every path matters (non-zero biases, LN weights ≠ 1, decisive
// attention and routing), as the PyTorch oracle draws them.
template <class S>
void drawParameters(LanguageModel<S> &model, std::uint64_t seed)
{
    Rng rng(seed);
    for (auto *p : model.parameters()) {
        const bool isNorm = p->name.find(".ln") != std::string::npos || p->name.rfind("ln_f", 0) == 0;
        const bool isBias = p->value.rows() == 1 && !isNorm;
        const double std = isBias ? 0.1 : isNorm ? 0.2 : 1.0 / std::sqrt(double(p->value.rows()));
        for (Eigen::Index i = 0; i < p->value.size(); ++i)
            p->value.data()[i] = S((isNorm && p->name.find("weight") != std::string::npos ? 1.0 : 0.0)
                                   + rng.normal(0.0, std));
    }
}

LayerOptions optionsFor(const StrategyInfo &info)
{
    LayerOptions o;
    o.route.k = info.fixedK > 0 ? info.fixedK : 2;
    o.route.capacityFactor = info.usesCapacity ? 1.0 : 0.0;
    o.route.importanceCoef = info.usesNoise ? 0.1 : 0.0;
    o.route.loadCoef = info.usesNoise ? 0.1 : 0.0;
    o.auxAlpha = info.usesAuxLoss ? 0.05 : 0.0;
    o.zLoss = 0.01;
    return o;
}

std::vector<int> bytesOf(const char *text)
{
    std::vector<int> out;
    for (const char *p = text; *p; ++p)
        out.push_back((unsigned char)*p);
    return out;
}

// The kept (row, expert) pairs of every block, to see whether a perturbation changed a selection.
std::vector<std::vector<std::pair<int, int>>> selections(const LmForward<double> &f)
{
    std::vector<std::vector<std::pair<int, int>>> out;
    for (const auto &b : f.blocks) {
        std::vector<std::pair<int, int>> kept;
        for (const auto &a : b.moe.routing.assignments)
            if (a.kept)
                kept.emplace_back(a.token, a.expert);
        out.push_back(kept);
    }
    return out;
}

}  // namespace

class TestLmModel : public QObject {
    Q_OBJECT
private slots:
    void gradientsMatchFiniteDifferences_data();
    void gradientsMatchFiniteDifferences();
    void laterBytesNeverChangeEarlierPositions_data();
    void laterBytesNeverChangeEarlierPositions();
    void denseWithOneExpertIsAPlainMlp();
};

void TestLmModel::gradientsMatchFiniteDifferences_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<int>("shared");
    for (const StrategyInfo &info : strategyInfos())
        QTest::newRow(info.id.c_str()) << QString::fromStdString(info.id) << 0;
    QTest::newRow("topk with a shared expert") << QStringLiteral("topk") << 1;
}

void TestLmModel::gradientsMatchFiniteDifferences()
{
    QFETCH(QString, strategy);
    QFETCH(int, shared);
    const StrategyInfo &info = *findStrategy(strategy.toStdString());
    LanguageModel<double> model(tinySpec(4, shared));
    for (auto &b : model.blocks())
        b.moe().setStrategy(makeStrategy(info.id));
    drawParameters(model, 11);
    const LayerOptions opt = optionsFor(info);
    const std::vector<int> tokens = bytesOf("Hello, Welt"), targets = bytesOf("ello, Welt!");
    const int B = 2, T = 5;
    std::vector<int> in(tokens.begin(), tokens.begin() + B * T), out(targets.begin(), targets.begin() + B * T);
    auto lossAt = [&](LmForward<double> &f) {
        model.forward(in, B, T, opt, true, Rng(3), f);
        return model.loss(f, out, nullptr).total();
    };
    LmForward<double> f;
    Matrix<double> dLogits;
    model.forward(in, B, T, opt, true, Rng(3), f);
    model.loss(f, out, &dLogits);
    model.backward(f, dLogits, opt);
    const auto reference = selections(f);

    Rng pick(5);
    int checked = 0, skipped = 0;
    double worst = 0;
    std::string worstName;
    for (auto *p : model.parameters()) {
        p->materializeGrad();
        const Matrix<double> grad = p->grad;
        const double scale = std::max(grad.cwiseAbs().maxCoeff(), 1e-4);
        std::vector<Eigen::Index> entries;
        Eigen::Index largest = 0;
        Eigen::Map<const VectorD>(grad.data(), grad.size()).cwiseAbs().maxCoeff(&largest);
        entries.push_back(largest);
        for (int i = 0; i < 4; ++i)
            entries.push_back(Eigen::Index(pick.uniformInt(int(p->value.size()))));
        for (Eigen::Index i : entries) {
            const double h = 1e-5, keep = p->value.data()[i];
            LmForward<double> fp, fm;
            p->value.data()[i] = keep + h;
            const double lp = lossAt(fp);
            p->value.data()[i] = keep - h;
            const double lm = lossAt(fm);
            p->value.data()[i] = keep;
            if (selections(fp) != reference || selections(fm) != reference) {
                ++skipped;  // a selection flipped: no derivative here
                continue;
            }
            const double numeric = (lp - lm) / (2 * h);
            const double err = std::abs(numeric - grad.data()[i]) / scale;
            if (err > worst)
                worst = err, worstName = p->name + "[" + std::to_string(i) + "]";
            ++checked;
        }
    }
    QVERIFY2(worst < 1e-5, qPrintable(QStringLiteral("%1: worst relative error %2 at %3")
                                          .arg(strategy)
                                          .arg(worst)
                                          .arg(QString::fromStdString(worstName))));
    QVERIFY2(checked > 5 * skipped && checked > 100, qPrintable(QStringLiteral("%1 checked, %2 skipped").arg(checked).arg(skipped)));
}

void TestLmModel::laterBytesNeverChangeEarlierPositions_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<bool>("training");
    for (const StrategyInfo &info : strategyInfos()) {
        if (info.batchDependent || info.softDispatch)
            continue;  // they route with the whole batch, later positions included (warned)
        QTest::newRow((info.id + ", evaluation").c_str()) << QString::fromStdString(info.id) << false;
        QTest::newRow((info.id + ", training").c_str()) << QString::fromStdString(info.id) << true;
    }
}

void TestLmModel::laterBytesNeverChangeEarlierPositions()
{
    QFETCH(QString, strategy);
    QFETCH(bool, training);
    const StrategyInfo &info = *findStrategy(strategy.toStdString());
    LmSpec spec = tinySpec(4);
    spec.context = 12;
    LanguageModel<float> model(spec);
    for (auto &b : model.blocks())
        b.moe().setStrategy(makeStrategy(info.id));
    Rng init(7);
    model.initialize(init);
    drawParameters(model, 19);
    LayerOptions opt = optionsFor(info);
    opt.route.capacityFactor = 0;  // capacity is shared by the batch: dropless here
    std::vector<int> a = bytesOf("The quick brown fox jumps over"), b = a;
    a.resize(24);
    b.resize(24);
    const int changed = 7;  // sequence 0, position 7
    b[changed] = 'Z';
    LmForward<float> fa, fb;
    model.forward(a, 2, 12, opt, training, Rng(9), fa);
    model.forward(b, 2, 12, opt, training, Rng(9), fb);
    for (int r = 0; r < 24; ++r) {
        const bool later = r >= changed && r < 12;
        if (later)
            continue;
        // The same up to float rounding: the row may sit elsewhere in its experts' batches.
        const float diff = (fa.logits.row(r) - fb.logits.row(r)).cwiseAbs().maxCoeff();
        QVERIFY2(diff <= 1e-5f * fa.logits.row(r).cwiseAbs().maxCoeff(),
                 qPrintable(QStringLiteral("row %1 changed by %2").arg(r).arg(diff)));
        for (std::size_t l = 0; l < fa.blocks.size(); ++l) {
            const Routing &ra = fa.blocks[l].moe.routing, &rb = fb.blocks[l].moe.routing;
            QVERIFY((ra.probs.row(r) - rb.probs.row(r)).cwiseAbs().maxCoeff() < 1e-6);
            std::vector<int> ea, eb;
            for (const auto &s : ra.assignments)
                if (s.token == r && s.kept)
                    ea.push_back(s.expert);
            for (const auto &s : rb.assignments)
                if (s.token == r && s.kept)
                    eb.push_back(s.expert);
            QVERIFY2(ea == eb, qPrintable(QStringLiteral("block %1 row %2 went to other experts").arg(l).arg(r)));
        }
    }
    // And the change is seen where it may be.
    QVERIFY((fa.logits.row(changed) - fb.logits.row(changed)).cwiseAbs().maxCoeff() > 0.0f);
    QVERIFY((fa.logits.row(11) - fb.logits.row(11)).cwiseAbs().maxCoeff() > 0.0f);
}

void TestLmModel::denseWithOneExpertIsAPlainMlp()
{
    // E = 1 under dense routing: weight 1 exactly, so the block is nanoGPT's MLP; the router has
    // nothing to learn (its gradient is 0).
    LanguageModel<double> model(tinySpec(1));
    for (auto &b : model.blocks())
        b.moe().setStrategy(makeStrategy("dense"));
    drawParameters(model, 3);
    LayerOptions opt;
    opt.route.k = 1;
    LmForward<double> f;
    model.forward(bytesOf("abcdeabcde"), 2, 5, opt, true, Rng(1), f);
    Matrix<double> dLogits;
    model.loss(f, bytesOf("bcdeabcdea"), &dLogits);
    model.backward(f, dLogits, opt);
    for (const auto &b : f.blocks)
        for (const auto &a : b.moe.routing.assignments)
            QCOMPARE(a.weight, 1.0);
    for (auto &b : model.blocks())
        QVERIFY(b.moe().router().parameters().front()->grad.cwiseAbs().maxCoeff() < 1e-12);
}

QTEST_APPLESS_MAIN(TestLmModel)
#include "tst_lm_model.moc"
