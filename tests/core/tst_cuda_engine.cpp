// The CUDA engine against the CPU engine (ggml test-backend-ops style): the same expert
// batches through both, outputs, caches and every parameter gradient equal within 1e-4
// relative (∞-norm). Without a CUDA device the parity tests skip with a message, and the
// tests of "no device" behaviour (factory, registry) run everywhere.
#include "core/cuda/cuda_engine.h"
#include "core/cuda/device.h"
#include "core/engine_registry.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

using namespace moe;

namespace {

constexpr double kRelTol = 1e-4;

bool haveDevice()
{
    return cuda::deviceCount() > 0;
}

QString noDeviceMessage()
{
    std::string why;
    cuda::deviceCount(&why);
    return QStringLiteral("No CUDA device here (%1): the CUDA engine is built but cannot be run; "
                          "parity is checked on a machine with a GPU.")
        .arg(QString::fromStdString(why));
}

// Empty when ‖actual − expected‖∞ ≤ tol · max(‖expected‖∞, tiny); else a readable message.
std::string compareRel(const Matrix<float> &actual, const Matrix<float> &expected, const std::string &what)
{
    if (actual.rows() != expected.rows() || actual.cols() != expected.cols()) {
        std::ostringstream os;
        os << what << ": shape " << actual.rows() << "x" << actual.cols() << " vs " << expected.rows() << "x"
           << expected.cols();
        return os.str();
    }
    if (expected.size() == 0)
        return {};
    double maxErr = 0, maxRef = 0;
    Eigen::Index worst = 0;
    for (Eigen::Index i = 0; i < expected.size(); ++i) {
        const double a = actual.data()[i], b = expected.data()[i];
        if (!std::isfinite(a))
            return what + ": non-finite value";
        maxRef = std::max(maxRef, std::abs(b));
        if (std::abs(a - b) > maxErr) {
            maxErr = std::abs(a - b);
            worst = i;
        }
    }
    if (maxErr <= kRelTol * std::max(maxRef, 1e-30))
        return {};
    std::ostringstream os;
    os << what << ": max |diff| " << maxErr << " at " << worst << " (" << actual.data()[worst] << " vs "
       << expected.data()[worst] << "), relative " << maxErr / maxRef;
    return os.str();
}

struct Case {
    ExpertType type = ExpertType::Mlp;
    Activation act = Activation::Relu;
    int d = 4, h = 16, o = 3, experts = 4, tokens = 64, k = 2;
    double dropout = 0.0;
    bool training = true;
    int frozen = -1;  // an expert that is frozen
    int empty = -1;  // an expert that gets no rows
};

// Everything one engine run produces.
struct Run {
    std::vector<Expert<float>> experts;
    std::vector<ExpertBatch<float>> batches;
};

std::vector<Expert<float>> makeExperts(const Case &c, std::uint64_t seed)
{
    Rng rng(seed);
    std::vector<Expert<float>> experts;
    for (int e = 0; e < c.experts; ++e) {
        experts.emplace_back(c.type, c.d, c.h, c.o, c.act);
        experts.back().initialize(rng);
        if (e == c.frozen)
            experts.back().setFrozen(true);
    }
    return experts;
}

struct Inputs {
    Matrix<float> x;
    std::vector<std::vector<int>> tokens;  // per expert
    std::vector<Matrix<float>> dOut;  // per expert
};

Inputs makeInputs(const Case &c, std::uint64_t seed)
{
    Rng rng(seed);
    Inputs in;
    in.x.resize(c.tokens, c.d);
    for (Eigen::Index i = 0; i < in.x.size(); ++i)
        in.x.data()[i] = float(rng.normal());
    in.tokens.resize(std::size_t(c.experts));
    std::vector<int> order(std::size_t(c.experts));
    for (int t = 0; t < c.tokens; ++t) {
        for (int e = 0; e < c.experts; ++e)
            order[std::size_t(e)] = e;
        rng.shuffle(order);
        int taken = 0;
        for (int e : order) {
            if (e == c.empty || taken == c.k)
                continue;
            in.tokens[std::size_t(e)].push_back(t);
            ++taken;
        }
    }
    for (int e = 0; e < c.experts; ++e) {
        Matrix<float> g(Eigen::Index(in.tokens[std::size_t(e)].size()), c.o);
        for (Eigen::Index i = 0; i < g.size(); ++i)
            g.data()[i] = float(rng.normal());
        in.dOut.push_back(std::move(g));
    }
    return in;
}

// Forward with `fwd`, backward with `bwd` (the same engine, or two to check the hand-over).
Run runEngines(Engine<float> &fwd, Engine<float> &bwd, const Case &c, const Inputs &in, std::uint64_t step = 3)
{
    Run r;
    r.experts = makeExperts(c, 11);
    r.batches.resize(std::size_t(c.experts));
    for (int e = 0; e < c.experts; ++e)
        r.batches[std::size_t(e)].token = in.tokens[std::size_t(e)];
    const Rng stream = Rng(99).fork(step);
    fwd.forwardExperts(in.x, r.experts, r.batches, c.dropout, stream, c.training);
    bwd.backwardExperts(in.x, r.experts, r.batches, in.dOut, false);
    return r;
}

void compareRuns(const Run &gpu, const Run &cpu)
{
    for (std::size_t e = 0; e < cpu.batches.size(); ++e) {
        const auto &g = gpu.batches[e];
        const auto &b = cpu.batches[e];
        const std::string tag = "expert " + std::to_string(e) + " ";
        for (const auto &[actual, expected, what] :
             {std::tuple {&g.out, &b.out, "out"}, std::tuple {&g.cache.a, &b.cache.a, "A"},
              std::tuple {&g.cache.h, &b.cache.h, "H"}, std::tuple {&g.cache.mask, &b.cache.mask, "mask"}}) {
            const std::string msg = compareRel(*actual, *expected, tag + what);
            QVERIFY2(msg.empty(), msg.c_str());
        }
        const auto pg = gpu.experts[e].parameters();
        const auto pc = cpu.experts[e].parameters();
        QCOMPARE(pg.size(), pc.size());
        for (std::size_t i = 0; i < pc.size(); ++i) {
            const std::string msg = compareRel(pg[i]->grad, pc[i]->grad, tag + "grad " + pc[i]->name);
            QVERIFY2(msg.empty(), msg.c_str());
        }
    }
}

std::unique_ptr<Engine<float>> cudaEngineOrFail()
{
    std::string why;
    auto engine = makeCudaEngine(&why);
    if (!engine)
        qWarning("makeCudaEngine: %s", why.c_str());
    return engine;
}

// True when a file whose path contains `name` is mapped into this process.
bool libraryMapped(const std::string &name)
{
    std::ifstream maps("/proc/self/maps");
    for (std::string line; std::getline(maps, line);)
        if (line.find(name) != std::string::npos)
            return true;
    return false;
}

}  // namespace

class TestCudaEngine : public QObject {
    Q_OBJECT
private slots:
    // cuBLAS is opened at run time: not linked, so not mapped at start, nor after a factory
    // call that found no device. (First of the cases: nothing has made a context yet.)
    void cublasNotLoadedWithoutADevice()
    {
        QVERIFY(!libraryMapped("libcublas"));
        std::string why;
        auto engine = makeCudaEngine(&why);
        if (!haveDevice())
            QVERIFY2(!libraryMapped("libcublas"), why.c_str());
        else
            QVERIFY2(engine && libraryMapped("libcublas"), why.c_str());
    }

    // The run-time loader finds the library and every function the engine calls (no device
    // needed for that).
    void cublasOpensAtRunTime()
    {
        std::string why;
        QVERIFY2(cuda::cublasLoadable(&why), why.c_str());
        QVERIFY(libraryMapped("libcublas"));
        QVERIFY(cuda::cublasLoadable());  // loaded once, the answer kept
    }

    // Runs everywhere: without a device the factory answers nullptr and says why.
    void factoryAnswersWithoutCrashing()
    {
        std::string why;
        auto engine = makeCudaEngine(&why);
        QVERIFY2(!why.empty(), "makeCudaEngine must always say why (or which device)");
        if (!haveDevice()) {
            QVERIFY(!engine);
            QVERIFY2(why.rfind("no CUDA device", 0) == 0, why.c_str());
            // Probed once: a second call gives the same answer.
            std::string again;
            QVERIFY(!makeCudaEngine(&again));
            QCOMPARE(again, why);
        } else {
            QVERIFY2(engine, why.c_str());
            QCOMPARE(engine->name(), std::string("cuda"));
        }
    }

    // The static registration survives static linking (the archive is linked whole).
    void registeredWithTheCore()
    {
        const auto names = registeredEngineBackends();
        QVERIFY(std::find(names.begin(), names.end(), "cuda") != names.end());
        qunsetenv("MOELAB_ENGINE");
        std::string note;
        auto engine = makeRegisteredEngine(&note);
        QVERIFY(!note.empty());
        if (!haveDevice()) {
            QVERIFY(!engine);
            QVERIFY2(note.find("Engine 'cuda' not used (no CUDA device") != std::string::npos, note.c_str());
        } else {
            QVERIFY2(engine, note.c_str());
            QCOMPARE(engine->name(), std::string("cuda"));
        }
        qputenv("MOELAB_ENGINE", "cpu");
        QVERIFY(!makeRegisteredEngine(&note));
        QVERIFY2(note.find("MOELAB_ENGINE=cpu") != std::string::npos, note.c_str());
        qputenv("MOELAB_ENGINE", "no-such-engine");
        QVERIFY(!makeRegisteredEngine(&note));
        QVERIFY2(note.find("no such engine") != std::string::npos, note.c_str());
        qunsetenv("MOELAB_ENGINE");
    }

    void parity_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("act");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("h");
        QTest::addColumn<int>("o");
        QTest::addColumn<int>("experts");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("dropout");
        QTest::addColumn<bool>("training");
        QTest::addColumn<int>("frozen");
        QTest::addColumn<int>("empty");
        const int lin = int(ExpertType::Linear), mlp = int(ExpertType::Mlp);
        const int relu = int(Activation::Relu), gelu = int(Activation::Gelu), tanh = int(Activation::Tanh);
        // name reads as: expert kind, activation, shapes, routing, what is special
        QTest::newRow("linear 2->4, 4 experts, 64 tokens, k=2")
            << lin << relu << 2 << 0 << 4 << 4 << 64 << 2 << 0.0 << true << -1 << -1;
        QTest::newRow("mlp relu 2->16->4, k=1")
            << mlp << relu << 2 << 16 << 4 << 4 << 64 << 1 << 0.0 << true << -1 << -1;
        QTest::newRow("mlp gelu 20->32->10, 8 experts, 256 tokens, k=2")
            << mlp << gelu << 20 << 32 << 10 << 8 << 256 << 2 << 0.0 << true << -1 << -1;
        QTest::newRow("mlp tanh 20->32->10, 8 experts, k=3")
            << mlp << tanh << 20 << 32 << 10 << 8 << 256 << 3 << 0.0 << true << -1 << -1;
        QTest::newRow("mlp relu with dropout 0.3")
            << mlp << relu << 8 << 24 << 5 << 4 << 128 << 2 << 0.3 << true << -1 << -1;
        QTest::newRow("mlp tanh with dropout 0.2")
            << mlp << tanh << 8 << 24 << 5 << 4 << 128 << 2 << 0.2 << true << -1 << -1;
        QTest::newRow("mlp gelu with dropout 0.5 at evaluation (no mask)")
            << mlp << gelu << 8 << 24 << 5 << 4 << 128 << 2 << 0.5 << false << -1 << -1;
        QTest::newRow("mlp relu, one expert empty, one frozen")
            << mlp << relu << 6 << 12 << 3 << 5 << 100 << 2 << 0.0 << true << 1 << 3;
        QTest::newRow("linear, one expert empty, one frozen")
            << lin << relu << 6 << 0 << 3 << 5 << 100 << 2 << 0.0 << true << 0 << 2;
        QTest::newRow("single token, k=1") << mlp << gelu << 3 << 7 << 2 << 3 << 1 << 1 << 0.0 << true << -1 << -1;
        QTest::newRow("mnist-shaped 784->64->10, 8 experts, 512 tokens, k=2")
            << mlp << relu << 784 << 64 << 10 << 8 << 512 << 2 << 0.1 << true << -1 << -1;
        QTest::newRow("odd sizes 33->65->17, 3 experts, 301 tokens")
            << mlp << tanh << 33 << 65 << 17 << 3 << 301 << 2 << 0.0 << true << -1 << -1;
    }

    void parity()
    {
        if (!haveDevice())
            QSKIP(qPrintable(noDeviceMessage()));
        Case c;
        QFETCH(int, type);
        QFETCH(int, act);
        c.type = ExpertType(type);
        c.act = Activation(act);
        QFETCH(int, d);
        QFETCH(int, h);
        QFETCH(int, o);
        QFETCH(int, experts);
        QFETCH(int, tokens);
        QFETCH(int, k);
        QFETCH(double, dropout);
        QFETCH(bool, training);
        QFETCH(int, frozen);
        QFETCH(int, empty);
        c.d = d, c.h = h, c.o = o, c.experts = experts, c.tokens = tokens, c.k = k;
        c.dropout = dropout, c.training = training, c.frozen = frozen, c.empty = empty;

        const Inputs in = makeInputs(c, 5);
        CpuEngine<float> cpu;
        auto gpu = cudaEngineOrFail();
        QVERIFY(gpu);
        const Run ref = runEngines(cpu, cpu, c, in);
        const Run got = runEngines(*gpu, *gpu, c, in);
        compareRuns(got, ref);
        if (QTest::currentTestFailed())
            return;
        // Hand-over both ways: x and the host-side batch carry what any engine's backward needs.
        const Run cpuThenGpu = runEngines(cpu, *gpu, c, in);
        compareRuns(cpuThenGpu, ref);
        if (QTest::currentTestFailed())
            return;
        const Run gpuThenCpu = runEngines(*gpu, cpu, c, in);
        compareRuns(gpuThenCpu, ref);
    }

    // The same inputs give the same bits on every run (no atomics anywhere).
    void deterministic()
    {
        if (!haveDevice())
            QSKIP(qPrintable(noDeviceMessage()));
        Case c;
        c.d = 64, c.h = 96, c.o = 10, c.experts = 6, c.tokens = 1000, c.k = 2, c.dropout = 0.1;
        const Inputs in = makeInputs(c, 8);
        auto gpu = cudaEngineOrFail();
        QVERIFY(gpu);
        const Run a = runEngines(*gpu, *gpu, c, in);
        const Run b = runEngines(*gpu, *gpu, c, in);
        for (std::size_t e = 0; e < a.batches.size(); ++e) {
            QVERIFY(a.batches[e].out == b.batches[e].out);
            const auto pa = a.experts[e].parameters();
            const auto pb = b.experts[e].parameters();
            for (std::size_t i = 0; i < pa.size(); ++i)
                QVERIFY2(pa[i]->grad == pb[i]->grad, pa[i]->name.c_str());
        }
    }

    // Several steps with changing batch sizes: buffers grow and are reused correctly.
    void stepsWithChangingBatches()
    {
        if (!haveDevice())
            QSKIP(qPrintable(noDeviceMessage()));
        auto gpu = cudaEngineOrFail();
        QVERIFY(gpu);
        CpuEngine<float> cpu;
        for (int step = 0; step < 6; ++step) {
            Case c;
            c.d = 10, c.h = 20, c.o = 4, c.experts = 3 + step % 3, c.tokens = 20 + 90 * (step % 4), c.k = 1 + step % 2;
            c.dropout = step % 2 ? 0.25 : 0.0;
            const Inputs in = makeInputs(c, 100 + std::uint64_t(step));
            compareRuns(runEngines(*gpu, *gpu, c, in, std::uint64_t(step)),
                        runEngines(cpu, cpu, c, in, std::uint64_t(step)));
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestCudaEngine)
#include "tst_cuda_engine.moc"
