// RunHistory: the logged steps of a run, spread evenly over the whole run within a budget.
//
// A step is kept when it lies on the grid: step 1, multiples of `stride`, and evaluated steps
// whose evaluation index (step / eval_every) is a multiple of `evalStride`. The newest step is
// always kept (off the grid only until the next one replaces it), so the plots reach the
// current step. When the points outgrow the budget the stride doubles (and the evaluation
// stride too while evaluated points take more than a quarter of the budget) and the points
// off the new grid go: a long run keeps an even picture of its whole length.
#pragma once

#include "snapshot.h"

#include <vector>

namespace moe {

class RunHistory {
public:
    explicit RunHistory(int budget = 4000) : m_budget(budget) { }

    // `evalEvery` is train.eval_every, `lastStep` the run's final step (always kept).
    void record(HistoryPoint point, int evalEvery, int lastStep);
    [[nodiscard]] const std::vector<HistoryPoint> &points() const { return m_points; }

private:
    [[nodiscard]] bool onGrid(const HistoryPoint &h, int evalEvery) const;

    int m_budget;
    std::vector<HistoryPoint> m_points;
    int m_stride = 1, m_evalStride = 1;
};

}  // namespace moe
