// LayerTraffic: what one expert-parallel MoE layer moved and computed in one training step.
//
//   tokens(src, dst)  rows rank src dispatched to rank dst's experts (P × P, the diagonal
//                     stays on its rank); the combine sends the same rows back, dst → src,
//                     and backward sends their output gradients src → dst again
//   bytes(src, dst)   tokens · d · sizeof(scalar)      (dispatch; combine rows are o wide)
//   processed(r)      Σ_src tokens(src, r): the rows rank r's experts ran on; the rank with
//                     the most is the straggler, it sets everybody's pace
// Every rank knows the whole matrix (the per-expert counts are all-gathered); the measured
// byte counts and times are this rank's own.
#pragma once

#include <vector>

namespace moe::parallel {

struct LayerTraffic {
    int ranks = 1;
    std::vector<long long> tokens;  // P × P, row-major (src, dst)
    long long rowBytesIn = 0;  // bytes of one dispatched row: d · sizeof(scalar)
    long long rowBytesOut = 0;  // bytes of one expert-output row: o · sizeof(scalar)
    // This rank's bytes handed to MPI_Alltoallv in each exchange (measured from the send
    // counts, its own diagonal part included).
    long long sentDispatch = 0, sentCombine = 0, sentGradient = 0;
    double computeSeconds = 0;  // this rank's expert forward + backward
    double mpiSeconds = 0;  // this rank's time inside MPI calls of the layer

    [[nodiscard]] long long tokensFromTo(int src, int dst) const
    {
        return tokens[std::size_t(src) * std::size_t(ranks) + std::size_t(dst)];
    }
    [[nodiscard]] long long bytesFromTo(int src, int dst) const { return tokensFromTo(src, dst) * rowBytesIn; }
    [[nodiscard]] long long processed(int rank) const
    {
        long long n = 0;
        for (int s = 0; s < ranks; ++s)
            n += tokensFromTo(s, rank);
        return n;
    }
    [[nodiscard]] int straggler() const  // the rank with the most expert rows (lowest on ties)
    {
        int best = 0;
        for (int r = 1; r < ranks; ++r)
            if (processed(r) > processed(best))
                best = r;
        return best;
    }
    // Rows dispatched off their rank (the network's share), over all ranks.
    [[nodiscard]] long long offRankTokens() const
    {
        long long n = 0;
        for (int s = 0; s < ranks; ++s)
            for (int d = 0; d < ranks; ++d)
                n += s == d ? 0 : tokensFromTo(s, d);
        return n;
    }
};

}  // namespace moe::parallel
