// The language model against peers/torch_moe_gpt.py's float64 oracle (tests/data/lm_oracle.json):
// loss, task and aux losses, logits, per-block routing counts and every parameter's gradient
// within 1e-4 relative per tensor (max|a − b| ≤ 1e-4 · max|b|), for topk, switch with drops,
// expert choice, dense, shared experts, z-loss and top-k with capacity.
#include "core/lm/language_model.h"
#include "core/routing/registry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace moe;

namespace {

QJsonObject loadOracle()
{
    QFile f(QStringLiteral(MOELAB_TEST_DATA_DIR "/lm_oracle.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::vector<double> flat(const QJsonValue &v)
{
    std::vector<double> out;
    const QJsonArray a = v.toArray();
    out.reserve(std::size_t(a.size()));
    for (const auto &x : a) {
        if (x.isArray())
            for (double y : flat(x))
                out.push_back(y);
        else
            out.push_back(x.toDouble());
    }
    return out;
}

// The oracle's tensor `name` as our tensors: expert stacks [E, in, out] are split per expert.
struct Mapping {
    std::string ours;
    std::size_t offset = 0;  // into the oracle's flat values
};

std::vector<Mapping> oursFor(const std::string &name, LanguageModel<double> &model)
{
    const auto dot = name.find(".moe.");
    if (dot == std::string::npos)
        return {{name, 0}};
    const std::string prefix = name.substr(0, dot) + ".moe.";
    const std::string what = name.substr(dot + 5);
    const int block = std::stoi(name.substr(7, dot - 7));
    const auto &b = model.blocks()[std::size_t(block)];
    struct Part {
        const char *oracle, *tensor;
        bool shared;
    };
    static const Part parts[] = {{"w1", "W1", false},        {"b1", "b1", false},        {"w2", "W2", false},
                                 {"b2", "b2", false},        {"shared_w1", "W1", true}, {"shared_b1", "b1", true},
                                 {"shared_w2", "W2", true}, {"shared_b2", "b2", true}};
    if (what == "w_g")
        return {{name, 0}};
    for (const Part &p : parts) {
        if (what != p.oracle)
            continue;
        const int n = p.shared ? int(b.sharedExperts().size()) : b.moe().expertCount();
        std::vector<Mapping> out;
        std::size_t at = 0;
        for (int e = 0; e < n; ++e) {
            const std::string ours = prefix + (p.shared ? "shared" : "expert") + std::to_string(e) + "." + p.tensor;
            out.push_back({ours, at});
            at += std::size_t(model.findParameter(ours)->size());
        }
        return out;
    }
    return {};
}

double relativeError(const double *a, const double *b, std::size_t n)
{
    double diff = 0, scale = 0;
    for (std::size_t i = 0; i < n; ++i) {
        diff = std::max(diff, std::abs(a[i] - b[i]));
        scale = std::max(scale, std::abs(b[i]));
    }
    return diff / std::max(scale, 1e-300);
}

}  // namespace

class TestLmOracle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesTorch_data();
    void matchesTorch();

private:
    QJsonObject m_oracle;
};

void TestLmOracle::initTestCase()
{
    m_oracle = loadOracle();
    QVERIFY2(m_oracle.value(QStringLiteral("format")).toString() == QStringLiteral("torch_moe_gpt_oracle_v1"),
             "tests/data/lm_oracle.json is missing or not an oracle file");
}

void TestLmOracle::matchesTorch_data()
{
    QTest::addColumn<int>("index");
    const QJsonArray cases = loadOracle().value(QStringLiteral("cases")).toArray();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(cases[i].toObject().value(QStringLiteral("name")).toString())) << i;
}

void TestLmOracle::matchesTorch()
{
    QFETCH(int, index);
    const QJsonObject c = m_oracle.value(QStringLiteral("cases")).toArray()[index].toObject();
    const QJsonObject cfg = c.value(QStringLiteral("config")).toObject();
    auto num = [&cfg](const char *k) { return cfg.value(QLatin1String(k)).toInt(); };
    LmSpec spec;
    spec.vocab = num("V");
    spec.width = num("d");
    spec.heads = num("heads");
    spec.layers = num("layers");
    spec.context = num("ctx");
    spec.experts = num("experts");
    spec.hidden = num("hidden");
    spec.sharedExperts = num("shared_experts");
    spec.routerBias = cfg.value(QStringLiteral("router_bias")).toBool();
    LanguageModel<double> model(spec);
    const std::string strategy = cfg.value(QStringLiteral("strategy")).toString().toStdString();
    for (auto &b : model.blocks())
        b.moe().setStrategy(makeStrategy(strategy));

    // Parameters, by name.
    const QJsonObject params = c.value(QStringLiteral("params")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        const std::vector<double> values = flat(it.value().toObject().value(QStringLiteral("values")));
        const auto maps = oursFor(it.key().toStdString(), model);
        QVERIFY2(!maps.empty(), qPrintable(it.key()));
        for (const Mapping &m : maps) {
            Parameter<double> *p = model.findParameter(m.ours);
            QVERIFY2(p, m.ours.c_str());
            QVERIFY(m.offset + std::size_t(p->size()) <= values.size());
            std::copy_n(values.begin() + std::ptrdiff_t(m.offset), p->size(), p->value.data());
        }
    }

    LayerOptions opt;
    opt.route.k = num("k");
    const QJsonValue cf = cfg.value(QStringLiteral("capacity_factor"));
    opt.route.capacityFactor = cf.isNull() ? 0.0 : cf.toDouble();
    opt.route.normalize = true;
    opt.auxAlpha = cfg.value(QStringLiteral("aux_coef")).toDouble();
    opt.auxConvention = AuxConvention::Megatron;
    opt.zLoss = cfg.value(QStringLiteral("zloss_coef")).toDouble();

    const int B = num("batch"), T = num("ctx");
    std::vector<int> tokens = [&] {
        std::vector<int> out;
        for (double v : flat(c.value(QStringLiteral("input"))))
            out.push_back(int(v));
        return out;
    }();
    std::vector<int> targets;
    for (double v : flat(c.value(QStringLiteral("target"))))
        targets.push_back(int(v));
    QCOMPARE(int(tokens.size()), B * T);

    LmForward<double> f;
    model.forward(tokens, B, T, opt, true, Rng(1), f);
    Matrix<double> dLogits;
    const LmLoss loss = model.loss(f, targets, &dLogits);
    const double tol = 1e-4;
    auto close = [tol](double a, double b) { return std::abs(a - b) <= tol * std::max(std::abs(b), 1e-12); };
    QVERIFY2(close(loss.task, c.value(QStringLiteral("task_loss")).toDouble()),
             qPrintable(QStringLiteral("task %1 vs %2").arg(loss.task).arg(c.value(QStringLiteral("task_loss")).toDouble())));
    const double oracleAux = c.value(QStringLiteral("aux_loss")).toDouble() + c.value(QStringLiteral("z_loss")).toDouble();
    QVERIFY2(std::abs(loss.aux - oracleAux) <= tol * std::max(std::abs(oracleAux), 1e-3),
             qPrintable(QStringLiteral("aux %1 vs %2").arg(loss.aux).arg(oracleAux)));
    QVERIFY(close(loss.total(), c.value(QStringLiteral("loss")).toDouble()));

    const std::vector<double> logits = flat(c.value(QStringLiteral("logits")));
    QCOMPARE(logits.size(), std::size_t(f.logits.size()));
    QVERIFY2(relativeError(f.logits.data(), logits.data(), logits.size()) <= tol, "logits");

    // Per block: kept tokens per expert and dropped assignments.
    const QJsonArray blocks = c.value(QStringLiteral("blocks")).toArray();
    QCOMPARE(int(blocks.size()), spec.layers);
    for (int l = 0; l < spec.layers; ++l) {
        const QJsonObject ob = blocks[l].toObject();
        const Routing &r = f.blocks[std::size_t(l)].moe.routing;
        const std::vector<double> perExpert = flat(ob.value(QStringLiteral("tokens_per_expert")));
        for (int e = 0; e < spec.experts; ++e)
            QVERIFY2(r.keptCount(e) == int(perExpert[std::size_t(e)]),
                     qPrintable(QStringLiteral("block %1 expert %2: %3 tokens, oracle %4")
                                    .arg(l)
                                    .arg(e)
                                    .arg(r.keptCount(e))
                                    .arg(perExpert[std::size_t(e)])));
        QCOMPARE(r.droppedAssignments, ob.value(QStringLiteral("dropped_assignments")).toInt());
    }

    // Every gradient.
    model.backward(f, dLogits, opt);
    const QJsonObject grads = c.value(QStringLiteral("grads")).toObject();
    int checked = 0;
    for (auto it = grads.begin(); it != grads.end(); ++it) {
        const std::vector<double> g = flat(it.value());
        const auto maps = oursFor(it.key().toStdString(), model);
        std::vector<double> mine(g.size(), 0.0);
        for (const Mapping &m : maps) {
            Parameter<double> *p = model.findParameter(m.ours);
            p->materializeGrad();
            std::copy_n(p->grad.data(), p->size(), mine.begin() + std::ptrdiff_t(m.offset));
        }
        const double err = relativeError(mine.data(), g.data(), g.size());
        QVERIFY2(err <= tol, qPrintable(QStringLiteral("%1: relative error %2").arg(it.key()).arg(err)));
        ++checked;
    }
    QVERIFY(checked >= 10 * spec.layers);
}

QTEST_APPLESS_MAIN(TestLmOracle)
#include "tst_lm_oracle.moc"
