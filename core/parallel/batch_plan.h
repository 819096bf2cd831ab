// BatchPlan: the train/test split and the sequence of global training batches, drawn exactly as
// the one-process Trainer draws them (core/trainer.cpp: split() and nextBatch()), so that P
// ranks and one process see the same batches. Every rank holds the same plan; rank r trains on
// the contiguous shard [r·B/P, (r+1)·B/P) of each batch (data parallelism).
#pragma once

#include "core/config.h"
#include "core/dataset.h"
#include "core/rng.h"

#include <vector>

namespace moe::parallel {

class BatchPlan {
public:
    BatchPlan(const ExperimentConfig &config, const Dataset &data);

    // The next global batch of train.batch dataset rows (reshuffles at each epoch's end).
    [[nodiscard]] std::vector<int> next();
    [[nodiscard]] const std::vector<int> &trainRows() const { return m_train; }
    [[nodiscard]] const std::vector<int> &testRows() const { return m_test; }
    [[nodiscard]] int epoch() const { return m_epoch; }

private:
    int m_batch = 1;
    std::vector<int> m_train, m_test, m_order;
    std::size_t m_cursor = 0;
    int m_epoch = 0;
    Rng m_rng {1};
};

// This rank's contiguous share of a global batch (sizes differ by at most one row).
std::vector<int> shardOf(const std::vector<int> &global, int rank, int ranks);

}  // namespace moe::parallel
