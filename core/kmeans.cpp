#include "kmeans.h"

namespace moe {

std::vector<int> nearestCentres(const MatrixF &x, const MatrixF &centres)
{
    std::vector<int> nearest(std::size_t(x.rows()), 0);
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        Eigen::Index best = 0;
        (centres.rowwise() - x.row(i)).rowwise().squaredNorm().minCoeff(&best);
        nearest[std::size_t(i)] = int(best);
    }
    return nearest;
}

MatrixF kMeansCentres(const MatrixF &x, int clusters, int rounds, Rng &rng)
{
    MatrixF centres(clusters, x.cols());
    for (int k = 0; k < clusters; ++k)
        centres.row(k) = x.row(rng.uniformInt(int(x.rows())));
    for (int round = 0; round < rounds; ++round) {
        const std::vector<int> nearest = nearestCentres(x, centres);
        MatrixF sum = MatrixF::Zero(clusters, x.cols());
        std::vector<int> count(std::size_t(clusters), 0);
        for (Eigen::Index i = 0; i < x.rows(); ++i) {
            sum.row(nearest[std::size_t(i)]) += x.row(i);
            ++count[std::size_t(nearest[std::size_t(i)])];
        }
        for (int k = 0; k < clusters; ++k)
            if (count[std::size_t(k)] > 0)
                centres.row(k) = sum.row(k) / float(count[std::size_t(k)]);
    }
    return centres;
}

}  // namespace moe
