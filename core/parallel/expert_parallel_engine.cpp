// ExpertParallelEngine: dispatch, expert compute and combine over MPI (see the header).
#include "expert_parallel_engine.h"

#include <stdexcept>

namespace moe::parallel {

template <class S>
ExpertParallelEngine<S>::ExpertParallelEngine(Communicator &comm, ExpertOwners owners)
    : m_comm(comm), m_owners(std::move(owners))
{
    if (m_owners.ranks() != comm.size())
        throw std::invalid_argument("expert placement is for " + std::to_string(m_owners.ranks())
                                    + " ranks, the job has " + std::to_string(comm.size()));
}

template <class S>
void ExpertParallelEngine<S>::exchangeCounts(const std::vector<ExpertBatch<S>> &batches)
{
    const int E = m_owners.experts(), P = m_comm.size();
    if (int(batches.size()) != E)
        throw std::invalid_argument("expert parallelism: the layer has " + std::to_string(batches.size())
                                    + " experts, the placement " + std::to_string(E)
                                    + " (change the expert count before the run, not during it)");
    std::vector<int> mine(static_cast<std::size_t>(E));
    for (int e = 0; e < E; ++e)
        mine[std::size_t(e)] = int(batches[std::size_t(e)].token.size());
    m_counts.assign(std::size_t(P) * std::size_t(E), 0);
    m_comm.allgather(mine.data(), E, m_counts.data());

    m_traffic.ranks = P;
    m_traffic.tokens.assign(std::size_t(P) * std::size_t(P), 0);
    for (int src = 0; src < P; ++src)
        for (int e = 0; e < E; ++e)
            m_traffic.tokens[std::size_t(src) * std::size_t(P) + std::size_t(m_owners.owner(e))] += count(src, e);
}

template <class S>
std::vector<int> ExpertParallelEngine<S>::sendCountsFor(long long width) const
{
    const int P = m_comm.size(), me = m_comm.rank();
    std::vector<int> counts(std::size_t(P), 0);
    for (int s = 0; s < P; ++s) {
        long long rows = 0;
        for (int e : m_owners.owned(s))
            rows += count(me, e);
        counts[std::size_t(s)] = mpiCount(rows * width, "expert dispatch");
    }
    return counts;
}

template <class S>
std::vector<int> ExpertParallelEngine<S>::recvCountsFor(long long width) const
{
    const int P = m_comm.size(), me = m_comm.rank();
    std::vector<int> counts(std::size_t(P), 0);
    for (int r = 0; r < P; ++r) {
        long long rows = 0;
        for (int e : m_owners.owned(me))
            rows += count(r, e);
        counts[std::size_t(r)] = mpiCount(rows * width, "expert dispatch");
    }
    return counts;
}

namespace {

long long sum(const std::vector<int> &v)
{
    long long n = 0;
    for (int x : v)
        n += x;
    return n;
}

}  // namespace

template <class S>
void ExpertParallelEngine<S>::forwardExperts(const Matrix<S> &x, std::vector<Expert<S>> &experts,
                                             std::vector<ExpertBatch<S>> &batches, double dropout, const Rng &stream,
                                             bool training)
{
    const double mpiBefore = m_comm.mpiSeconds();
    m_traffic = {};
    exchangeCounts(batches);
    const int P = m_comm.size(), me = m_comm.rank(), E = m_owners.experts();
    const long long d = x.cols(), o = experts.empty() ? 0 : experts.front().outputDim();
    m_traffic.rowBytesIn = d * (long long)sizeof(S);
    m_traffic.rowBytesOut = o * (long long)sizeof(S);

    // Dispatch: rows per destination rank, its experts ascending, each in batch order.
    const std::vector<int> sendCounts = sendCountsFor(d), recvCounts = recvCountsFor(d);
    m_sendBuffer.resize(std::size_t(sum(sendCounts)));
    S *out = m_sendBuffer.data();
    for (int s = 0; s < P; ++s)
        for (int e : m_owners.owned(s))
            for (int t : batches[std::size_t(e)].token) {
                const S *row = x.data() + Eigen::Index(t) * d;
                out = std::copy(row, row + d, out);
            }
    const long long receivedRows = sum(recvCounts) / std::max<long long>(d, 1);
    m_received.resize(Eigen::Index(receivedRows), Eigen::Index(d));
    m_comm.alltoallv(m_sendBuffer.data(), sendCounts, m_received.data(), recvCounts);
    m_traffic.sentDispatch = sum(sendCounts) * (long long)sizeof(S);

    // The held experts' batches over the received rows: source-major, experts ascending.
    m_held.resize(std::size_t(E));
    for (auto &b : m_held) {
        b.token.clear();
        b.slot.clear();
    }
    int row = 0;
    for (int r = 0; r < P; ++r)
        for (int e : m_owners.owned(me))
            for (long long i = 0; i < count(r, e); ++i)
                m_held[std::size_t(e)].token.push_back(row++);
    const double computeStart = Communicator::now();
    m_cpu.forwardExperts(m_received, experts, m_held, dropout, stream, training);
    m_traffic.computeSeconds += Communicator::now() - computeStart;

    // Combine: the outputs back to their ranks, in the order the rows came.
    const std::vector<int> backCounts = recvCountsFor(o), arriveCounts = sendCountsFor(o);
    m_sendBuffer.resize(std::size_t(sum(backCounts)));
    out = m_sendBuffer.data();
    std::vector<long long> firstOfSource(std::size_t(E), 0);  // position of source r's rows in m_held[e]
    for (int r = 0; r < P; ++r)
        for (int e : m_owners.owned(me)) {
            const Matrix<S> &heldOut = m_held[std::size_t(e)].out;
            for (long long i = 0; i < count(r, e); ++i) {
                const S *src = heldOut.data() + Eigen::Index(firstOfSource[std::size_t(e)] + i) * o;
                out = std::copy(src, src + o, out);
            }
            firstOfSource[std::size_t(e)] += count(r, e);
        }
    m_recvBuffer.resize(std::size_t(sum(arriveCounts)));
    m_comm.alltoallv(m_sendBuffer.data(), backCounts, m_recvBuffer.data(), arriveCounts);
    m_traffic.sentCombine = sum(backCounts) * (long long)sizeof(S);
    const S *in = m_recvBuffer.data();
    for (int s = 0; s < P; ++s)
        for (int e : m_owners.owned(s)) {
            auto &b = batches[std::size_t(e)];
            b.x.resize(0, 0);
            b.out.resize(Eigen::Index(b.token.size()), Eigen::Index(o));
            std::copy(in, in + b.out.size(), b.out.data());
            in += b.out.size();
        }
    m_traffic.mpiSeconds += m_comm.mpiSeconds() - mpiBefore;
}

template <class S>
void ExpertParallelEngine<S>::backwardExperts(const Matrix<S> &, std::vector<Expert<S>> &experts,
                                              const std::vector<ExpertBatch<S>> &batches,
                                              const std::vector<Matrix<S>> &dOut, bool mayFactor)
{
    const double mpiBefore = m_comm.mpiSeconds();
    const int P = m_comm.size(), me = m_comm.rank(), E = m_owners.experts();
    if (int(dOut.size()) != E || int(batches.size()) != E)
        throw std::invalid_argument("expert parallelism: backward needs one output gradient per expert");
    const long long o = experts.empty() ? 0 : experts.front().outputDim();

    // The output gradients travel to the experts' ranks, laid out as the dispatch was.
    const std::vector<int> sendCounts = sendCountsFor(o), recvCounts = recvCountsFor(o);
    m_sendBuffer.resize(std::size_t(sum(sendCounts)));
    S *out = m_sendBuffer.data();
    for (int s = 0; s < P; ++s)
        for (int e : m_owners.owned(s)) {
            const Matrix<S> &g = dOut[std::size_t(e)];
            if (g.rows() != Eigen::Index(batches[std::size_t(e)].token.size()))
                throw std::invalid_argument("expert parallelism: dOut of expert " + std::to_string(e)
                                            + " does not match its batch");
            out = std::copy(g.data(), g.data() + g.size(), out);
        }
    m_recvBuffer.resize(std::size_t(sum(recvCounts)));
    m_comm.alltoallv(m_sendBuffer.data(), sendCounts, m_recvBuffer.data(), recvCounts);
    m_traffic.sentGradient = sum(sendCounts) * (long long)sizeof(S);

    m_heldGrad.resize(std::size_t(E));
    for (int e = 0; e < E; ++e)
        m_heldGrad[std::size_t(e)].resize(Eigen::Index(m_held[std::size_t(e)].token.size()), Eigen::Index(o));
    std::vector<long long> filled(std::size_t(E), 0);
    const S *in = m_recvBuffer.data();
    for (int r = 0; r < P; ++r)
        for (int e : m_owners.owned(me)) {
            const long long n = count(r, e) * o;
            std::copy(in, in + n, m_heldGrad[std::size_t(e)].data() + filled[std::size_t(e)]);
            filled[std::size_t(e)] += n;
            in += n;
        }
    const double computeStart = Communicator::now();
    m_cpu.backwardExperts(m_received, experts, m_held, m_heldGrad, mayFactor);
    m_traffic.computeSeconds += Communicator::now() - computeStart;
    m_traffic.mpiSeconds += m_comm.mpiSeconds() - mpiBefore;
}

template <class S>
void ExpertParallelEngine<S>::inputGradients(std::vector<Expert<S>> &experts, const std::vector<ExpertBatch<S>> &batches,
                                             Matrix<S> &dInput)
{
    const double mpiBefore = m_comm.mpiSeconds();
    const int P = m_comm.size(), me = m_comm.rank(), E = m_owners.experts();
    const long long d = m_received.cols();
    if (dInput.cols() != Eigen::Index(d))
        throw std::invalid_argument("expert parallelism: dInput must be T × d");
    const double computeStart = Communicator::now();
    m_heldInputGrad.resize(std::size_t(E));
    for (int e : m_owners.owned(me)) {
        if (m_held[std::size_t(e)].token.empty()) {
            m_heldInputGrad[std::size_t(e)].resize(0, Eigen::Index(d));
            continue;
        }
        const bool dAReady = !experts[std::size_t(e)].frozen();  // backward left dA in the cache
        experts[std::size_t(e)].inputGradient(m_heldGrad[std::size_t(e)], m_held[std::size_t(e)].cache, dAReady,
                                              m_heldInputGrad[std::size_t(e)]);
    }
    m_traffic.computeSeconds += Communicator::now() - computeStart;

    // Back to the rows' ranks, in the order the rows came (as the combine).
    const std::vector<int> backCounts = recvCountsFor(d), arriveCounts = sendCountsFor(d);
    m_sendBuffer.resize(std::size_t(sum(backCounts)));
    S *out = m_sendBuffer.data();
    std::vector<long long> firstOfSource(static_cast<std::size_t>(E), 0);
    for (int r = 0; r < P; ++r)
        for (int e : m_owners.owned(me)) {
            const Matrix<S> &g = m_heldInputGrad[std::size_t(e)];
            const S *src = g.data() + Eigen::Index(firstOfSource[std::size_t(e)]) * d;
            out = std::copy(src, src + count(r, e) * d, out);
            firstOfSource[std::size_t(e)] += count(r, e);
        }
    m_recvBuffer.resize(std::size_t(sum(arriveCounts)));
    m_comm.alltoallv(m_sendBuffer.data(), backCounts, m_recvBuffer.data(), arriveCounts);
    // Added per token in a fixed order (ranks, experts, rows): independent of threads.
    const S *in = m_recvBuffer.data();
    for (int s = 0; s < P; ++s)
        for (int e : m_owners.owned(s))
            for (int t : batches[std::size_t(e)].token) {
                dInput.row(t) += Eigen::Map<const RowVector<S>>(in, Eigen::Index(d));
                in += d;
            }
    m_traffic.mpiSeconds += m_comm.mpiSeconds() - mpiBefore;
}

template <class S>
void releaseForeignExperts(std::vector<Expert<S>> &experts, const ExpertOwners &owners, int rank)
{
    for (int e = 0; e < int(experts.size()); ++e) {
        if (owners.holds(rank, e))
            continue;
        for (Parameter<S> *p : experts[std::size_t(e)].parameters()) {
            p->value.resize(0, 0);
            p->grad.resize(0, 0);
            p->dropGradFactors();
            p->resetState();
        }
    }
}

template class ExpertParallelEngine<float>;
template class ExpertParallelEngine<double>;
template void releaseForeignExperts<float>(std::vector<Expert<float>> &, const ExpertOwners &, int);
template void releaseForeignExperts<double>(std::vector<Expert<double>> &, const ExpertOwners &, int);

}  // namespace moe::parallel
