// The language-model trainer: determinism per seed, live commands between steps (per block),
// checkpoint round trip, divergence pausing, generation and bad input.
#include "core/lm/lm_trainer.h"
#include "core/lr_schedule.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace moe;

namespace {

std::shared_ptr<TextCorpus> corpus()
{
    auto c = std::make_shared<TextCorpus>();
    c->id = "text";
    const std::string line = "To be, or not to be, that is the question. Sein oder nicht sein. ";
    std::string all;
    while (all.size() < 6000)
        all += line;
    c->train.assign(all.begin(), all.begin() + 5400);
    c->validation.assign(all.begin() + 5400, all.end());
    return c;
}

ExperimentConfig tinyConfig()
{
    ExperimentConfig cfg = languageModelDefaults(ExperimentConfig {});
    cfg.data.name = "text";
    cfg.model.width = 16;
    cfg.model.heads = 2;
    cfg.model.layers = 2;
    cfg.model.context = 16;
    cfg.model.experts = 4;
    cfg.model.hidden = 16;
    cfg.train.batch = 4;
    cfg.train.steps = 40;
    cfg.train.warmup = 5;
    cfg.train.threads = 1;
    cfg.data.valWindows = 8;
    return cfg;
}

std::vector<float> weights(const LmTrainer &t)
{
    std::vector<float> out;
    for (const auto *p : t.model().parameters())
        out.insert(out.end(), p->value.data(), p->value.data() + p->value.size());
    return out;
}

}  // namespace

class TestLmTrainer : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSameRunOtherSeedOtherRun();
    void learnsTheText();
    void knockOutInOneBlockReroutesThatBlockOnly();
    void liveChangesKeepTrainingFinite();
    void growingKeepsTheLearnedExperts();
    void checkpointRoundTripContinuesTheSameRun();
    void badCheckpointsGiveMessages();
    void divergencePausesAndRestores();
    void generatesRoutedBytes();
    void badShapesAreNamed();
};

void TestLmTrainer::sameSeedSameRunOtherSeedOtherRun()
{
    LmTrainer a(tinyConfig(), corpus()), b(tinyConfig(), corpus());
    ExperimentConfig other = tinyConfig();
    other.train.seed = 2;
    LmTrainer c(other, corpus());
    for (int i = 0; i < 5; ++i) {
        QVERIFY(a.step() && b.step() && c.step());
        QCOMPARE(a.lastStep().loss, b.lastStep().loss);
    }
    QVERIFY(weights(a) == weights(b));
    QVERIFY(weights(a) != weights(c));
}

void TestLmTrainer::learnsTheText()
{
    ExperimentConfig cfg = tinyConfig();
    cfg.train.lr = 0.01;
    cfg.train.steps = 150;
    LmTrainer t(cfg, corpus());
    const double before = t.evaluate().validationLoss;
    QVERIFY(std::abs(before - std::log(256.0)) < 0.5);  // near uniform over bytes at init
    while (t.step()) { }
    const LmEvaluation after = t.evaluate();
    QVERIFY2(after.validationLoss < before - 1.0,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after.validationLoss)));
    QCOMPARE(after.blocks.size(), std::size_t(2));
    long long tokens = 0;
    for (long long n : after.blocks[0].tokens)
        tokens += n;
    QCOMPARE(tokens, 8LL * 16 * 2);  // every validation byte sent to k = 2 experts, dropless
    QVERIFY(std::abs(after.bitsPerByte - after.validationLoss / std::log(2.0)) < 1e-12);
    QCOMPARE(t.lastStep().learningRate, scheduledLearningRate(t.config().train, 149));
}

void TestLmTrainer::knockOutInOneBlockReroutesThatBlockOnly()
{
    LmTrainer t(tinyConfig(), corpus());
    for (int i = 0; i < 3; ++i)
        QVERIFY(t.step());
    Command ko = Command::knockOut(2);
    ko.block = 1;
    QCOMPARE(QString::fromStdString(t.apply(ko)), QString());
    QVERIFY(t.step());
    QCOMPARE(t.lastStep().blocks[1].tokens[2], 0LL);
    QVERIFY(t.model().blocks()[1].moe().knockedOut(2));
    QVERIFY(!t.model().blocks()[0].moe().knockedOut(2));
    // Expert 2 of block 0 still works somewhere in the evaluation.
    QVERIFY(t.evaluate().blocks[0].tokens[2] > 0);
    Command restore = Command::restore(2);
    restore.block = 1;
    QCOMPARE(QString::fromStdString(t.apply(restore)), QString());
    QVERIFY(!t.model().blocks()[1].moe().knockedOut(2));
    // All blocks at once, and a bad block index.
    QCOMPARE(QString::fromStdString(t.apply(Command::knockOut(0))), QString());
    for (const auto &b : t.model().blocks())
        QVERIFY(b.moe().knockedOut(0));
    Command bad = Command::knockOut(0);
    bad.block = 5;
    QVERIFY(!t.apply(bad).empty());
}

void TestLmTrainer::liveChangesKeepTrainingFinite()
{
    LmTrainer t(tinyConfig(), corpus());
    QVERIFY(t.step());
    const std::vector<Command> changes = {
        Command::set("routing.strategy", "switch"), Command::set("routing.capacity_factor", "1.0"),
        Command::set("routing.strategy", "expert_choice"), Command::set("routing.strategy", "topk"),
        Command::set("routing.k", "1"), Command::set("balance.aux", "0.1"), Command::set("balance.bias_rate", "0.01"),
        Command::set("train.lr", "0.0005"), Command::freezeGate(true), Command::freezeExperts(true),
        Command::freezeExperts(false), Command::removeExpert(1), Command::addExpert()};
    for (const Command &c : changes) {
        QCOMPARE(QString::fromStdString(t.apply(c)), QString());
        QVERIFY2(t.step(), c.key.c_str());
        QVERIFY(std::isfinite(t.lastStep().loss));
    }
    QCOMPARE(t.model().blocks()[0].moe().expertCount(), 4);
    QCOMPARE(t.config().routing.k, 1);
    // Switch with capacity 1.0 drops: the health figures see it.
    QCOMPARE(QString::fromStdString(t.apply(Command::set("routing.strategy", "switch"))), QString());
    QVERIFY(t.step());
    for (const BlockHealth &h : t.lastStep().blocks) {
        long long kept = 0;
        for (long long n : h.tokens) {
            kept += n;
            QVERIFY(n <= (long long)std::ceil(1.0 * 64 / 4.0 - 1e-9));  // capacity never exceeded
        }
        QVERIFY(kept <= 64);
    }
    QVERIFY(!t.apply(Command::set("model.width", "32")).empty());  // shape: needs a new run
    QVERIFY(!t.apply(Command::set("routing.strategy", "nope")).empty());
}

void TestLmTrainer::growingKeepsTheLearnedExperts()
{
    LmTrainer t(tinyConfig(), corpus());
    for (int i = 0; i < 5; ++i)
        QVERIFY(t.step());
    const Matrix<float> w1 = t.model().blocks()[1].moe().experts()[3].parameters()[0]->value;
    QCOMPARE(QString::fromStdString(t.apply(Command::set("model.experts", "6"))), QString());
    QCOMPARE(t.model().blocks()[1].moe().expertCount(), 6);
    QVERIFY(t.model().blocks()[1].moe().experts()[3].parameters()[0]->value == w1);
    QCOMPARE(t.model().blocks()[1].moe().experts()[5].parameters()[0]->name, std::string("blocks.1.moe.expert5.W1"));
    for (int i = 0; i < 10; ++i)
        QVERIFY(t.step());
    long long newTokens = 0;
    for (const auto &h : t.lastStep().blocks)
        newTokens += h.tokens[4] + h.tokens[5];
    QVERIFY(newTokens > 0);  // the new experts receive bytes
}

void TestLmTrainer::checkpointRoundTripContinuesTheSameRun()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("lm.ck")).toStdString();
    ExperimentConfig cfg = tinyConfig();
    cfg.balance.biasRate = 0.01;
    LmTrainer a(cfg, corpus());
    for (int i = 0; i < 4; ++i)
        QVERIFY(a.step());
    Command ko = Command::knockOut(1);
    ko.block = 0;
    QCOMPARE(QString::fromStdString(a.apply(ko)), QString());
    QCOMPARE(QString::fromStdString(a.saveCheckpoint(path)), QString());
    std::vector<double> expected;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(a.step());
        expected.push_back(a.lastStep().loss);
    }
    ExperimentConfig fresh = tinyConfig();
    fresh.train.seed = 99;  // the checkpoint's configuration wins
    LmTrainer b(fresh, corpus());
    QCOMPARE(QString::fromStdString(b.loadCheckpoint(path)), QString());
    QCOMPARE(b.stepCount(), 4);
    QVERIFY(b.model().blocks()[0].moe().knockedOut(1));
    QVERIFY(!b.model().blocks()[1].moe().knockedOut(1));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(b.step());
        QCOMPARE(b.lastStep().loss, expected[std::size_t(i)]);
    }
    QVERIFY(weights(a) == weights(b));
}

void TestLmTrainer::badCheckpointsGiveMessages()
{
    LmTrainer t(tinyConfig(), corpus());
    const std::vector<char> good = t.serialize();
    QVERIFY(t.deserialize({}).find("truncated") != std::string::npos);
    std::vector<char> cut(good.begin(), good.begin() + std::ptrdiff_t(good.size() / 2));
    QVERIFY(!t.deserialize(cut).empty());
    std::vector<char> flipped = good;
    flipped[good.size() / 3] ^= 0x40;
    QVERIFY(t.deserialize(flipped).find("checksum") != std::string::npos);
    std::vector<char> magic = good;
    magic[0] = 'X';
    QVERIFY(t.deserialize(magic).find("magic") != std::string::npos);
    QVERIFY(t.loadCheckpoint("/nonexistent/lm.ck").find("/nonexistent/lm.ck") != std::string::npos);
    QCOMPARE(QString::fromStdString(t.deserialize(good)), QString());  // and the good one still loads
    QVERIFY(t.step());
}

void TestLmTrainer::divergencePausesAndRestores()
{
    ExperimentConfig cfg = tinyConfig();
    cfg.train.lrSchedule = LrSchedule::Constant;
    cfg.train.clipNorm = 0;
    LmTrainer t(cfg, corpus());
    QVERIFY(t.step());
    t.evaluate();  // remembers these weights as good
    const std::vector<float> good = weights(t);
    QCOMPARE(QString::fromStdString(t.apply(Command::set("train.lr", "1000"))), QString());
    int steps = 0;
    while (t.step() && ++steps < 30) { }
    QVERIFY2(t.diverged(), "a learning rate of 1000 must diverge");
    QVERIFY(t.stopReason().find("Training was paused") != std::string::npos);
    QVERIFY(weights(t) == good);
    QVERIFY(!t.step());  // paused until cleared
    t.clearDivergence();
    QCOMPARE(QString::fromStdString(t.apply(Command::set("train.lr", "0.001"))), QString());
    QVERIFY(t.step());
    QVERIFY(std::isfinite(t.lastStep().loss));
}

void TestLmTrainer::generatesRoutedBytes()
{
    LmTrainer t(tinyConfig(), corpus());
    while (t.step()) { }
    GenerationRequest req;
    req.prompt = "To be";
    req.bytes = 12;
    req.temperature = 0;
    const auto out = t.generate(req);
    QCOMPARE(int(out.size()), 5 + 12);
    int generated = 0;
    for (const RoutedByte &b : out) {
        generated += b.generated ? 1 : 0;
        QCOMPARE(b.experts.size(), std::size_t(2));
        for (const auto &e : b.experts)
            QCOMPARE(e.size(), std::size_t(2));  // top-2 in every block
    }
    QCOMPARE(generated, 12);
    QCOMPARE(char(out[0].byte), 'T');
    // Greedy is deterministic; sampling depends on the seed only.
    const auto again = t.generate(req);
    for (std::size_t i = 0; i < out.size(); ++i)
        QCOMPARE(again[i].byte, out[i].byte);
    req.temperature = 1.0;
    req.topK = 5;
    const auto s1 = t.generate(req), s2 = t.generate(req);
    for (std::size_t i = 0; i < s1.size(); ++i)
        QCOMPARE(s1[i].byte, s2[i].byte);
    // Expert choice looks ahead: generation routes by top-k instead and says so.
    QCOMPARE(QString::fromStdString(t.apply(Command::set("routing.strategy", "expert_choice"))), QString());
    QVERIFY(!t.warnings().empty());
    const auto ec = t.generate(req);
    QCOMPARE(ec.back().experts[0].size(), std::size_t(2));
    QCOMPARE(t.model().blocks()[0].moe().strategy().info().id, std::string("expert_choice"));
}

void TestLmTrainer::badShapesAreNamed()
{
    ExperimentConfig cfg = tinyConfig();
    cfg.model.heads = 3;
    try {
        LmTrainer t(cfg, corpus());
        QFAIL("width 16 with 3 heads must be refused");
    } catch (const std::invalid_argument &e) {
        QVERIFY(std::string(e.what()).find("model.width") != std::string::npos);
    }
    cfg = tinyConfig();
    cfg.model.context = 1024;
    try {
        LmTrainer t(cfg, corpus());
        QFAIL("a context longer than the validation text must be refused");
    } catch (const std::invalid_argument &e) {
        QVERIFY(std::string(e.what()).find("model.context") != std::string::npos);
    }
}

QTEST_APPLESS_MAIN(TestLmTrainer)
#include "tst_lm_trainer.moc"
