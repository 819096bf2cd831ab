// RunRecord and RunRecorder: metric and expert rows per logged step.
#include "run_record.h"

#include <algorithm>
#include <limits>

namespace moe::app {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double orNaN(double v)
{
    return v < 0 ? kNaN : v;  // the snapshot marks "not measured" with −1
}

}  // namespace

double auxLossOf(const Snapshot &snapshot)
{
    double sum = 0;
    for (const NamedValue &v : snapshot.auxLosses)
        sum += v.value;
    return sum;
}

void RunRecorder::record(const Snapshot &s, std::optional<double> testLoss, std::optional<double> testAccuracy)
{
    if (!m_metrics.empty() && m_metrics.back().step == s.step) {
        m_metrics.pop_back();
        m_experts.erase(
            std::remove_if(m_experts.begin(), m_experts.end(), [&](const ExpertRow &r) { return r.step == s.step; }),
            m_experts.end());
    }
    MetricRow row;
    row.step = s.step;
    row.trainLoss = s.trainLoss;
    row.testLoss = testLoss ? *testLoss : orNaN(s.testLoss);
    row.auxLoss = auxLossOf(s);
    row.accuracy = testAccuracy ? *testAccuracy : (s.testLoss < 0 ? kNaN : s.testAccuracy);
    row.loadCv = s.loadCv;
    row.maxMeanLoad = s.maxMeanLoad;
    row.droppedFraction = s.droppedFraction;
    row.gateEntropy = s.gateEntropy;
    m_metrics.push_back(row);
    for (std::size_t e = 0; e < s.expertStats.size(); ++e) {
        const ExpertStats &st = s.expertStats[e];
        m_experts.push_back({s.step, int(e), st.load, st.importance, st.dropped});
    }
}

void RunRecorder::clear()
{
    m_metrics.clear();
    m_experts.clear();
}

RunRecord RunRecord::fromSnapshot(const Snapshot &snapshot, const QByteArray &weights)
{
    RunRecord r;
    r.config = snapshot.config;
    r.weights = weights;
    r.final = snapshot;
    r.diverged = snapshot.diverged;
    r.stopReason = QString::fromStdString(snapshot.stopReason);
    r.wallSeconds = snapshot.wallSeconds;
    for (const HistoryPoint &p : snapshot.history) {
        r.metrics.push_back({p.step, p.trainLoss, orNaN(p.testLoss), p.auxLoss, p.testLoss < 0 ? kNaN : p.testAccuracy,
                             p.loadCv, p.maxMeanLoad, p.droppedFraction, p.gateEntropy});
        for (std::size_t e = 0; e < p.expertLoad.size(); ++e) {
            const bool last = p.step == snapshot.step && e < snapshot.expertStats.size();
            r.experts.push_back({p.step, int(e), p.expertLoad[e], last ? snapshot.expertStats[e].importance : kNaN,
                                 last ? snapshot.expertStats[e].dropped : -1});
        }
    }
    if (r.metrics.empty() || r.metrics.back().step != snapshot.step) {
        RunRecorder last;
        last.record(snapshot);
        r.metrics.push_back(last.metrics().front());
        r.experts.insert(r.experts.end(), last.experts().begin(), last.experts().end());
    }
    return r;
}

}  // namespace moe::app
