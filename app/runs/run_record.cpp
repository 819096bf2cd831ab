// RunRecord and RunRecorder: metric and expert rows per logged step.
#include "run_record.h"

#include "core/mmoe/multitask_snapshot.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

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
    if (const auto &mt = snapshot.multiTask) {  // a multi-task run folder: the per-task rows too
        for (const std::string &name : mt->taskNames)
            r.taskNames << QString::fromStdString(name);
        r.gateUsage = mt->gateUsage;
        std::unordered_map<int, std::size_t> column;
        for (std::size_t i = 0; i < mt->curves.steps.size(); ++i)
            column[mt->curves.steps[i]] = i;
        const std::size_t tasks = mt->taskNames.size();
        for (const MetricRow &row : r.metrics) {
            std::vector<double> train(tasks, kNaN), test(tasks, kNaN);
            if (const auto it = column.find(row.step); it != column.end())
                for (std::size_t k = 0; k < tasks; ++k) {
                    train[k] = k < mt->curves.trainLoss.size() ? mt->curves.trainLoss[k][it->second] : kNaN;
                    test[k] = k < mt->curves.testLoss.size() ? mt->curves.testLoss[k][it->second] : kNaN;
                }
            if (row.step == snapshot.step && mt->testLoss.size() == tasks)
                test = mt->testLoss;  // the last evaluation, also when this step was not evaluated
            r.taskTrainLoss.push_back(std::move(train));
            r.taskTestLoss.push_back(std::move(test));
        }
    }
    return r;
}

}  // namespace moe::app
