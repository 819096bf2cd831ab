// DistributedFrame: one step of an expert-parallel job as the Distributed view draws it
// (moelab-cli train --stream, app/cli/parallel_report.h): which rank holds which expert, the
// P × P dispatch matrix, the rows each rank's experts processed, each rank's time in MPI and
// outside it, the knocked-out (failed) rank. Plain values; the view never talks to the job.
#pragma once

#include <QString>

#include <vector>

namespace moe::widgets {

struct DistributedFrame {
    int ranks = 0;
    std::vector<int> owner;  // per expert, the rank that holds it
    int step = 0, steps = 0;
    double loss = 0;
    std::vector<double> tokens;  // P × P rows dispatched (src, dst), row-major
    std::vector<double> bytes;  // P × P
    std::vector<double> processed;  // per rank
    std::vector<double> stepSeconds, mpiSeconds;  // per rank
    int straggler = -1;
    int failedRank = -1;  // the rank whose experts are knocked out in this step (−1: none)
    [[nodiscard]] bool hasStep() const { return step > 0 && int(tokens.size()) == ranks * ranks; }
};

}  // namespace moe::widgets
