// Communicator: timed wrappers of the MPI collectives (see communicator.h).
#include "communicator.h"

#include <limits>
#include <stdexcept>
#include <type_traits>

namespace moe::parallel {
namespace {

template <class S>
MPI_Datatype mpiType()
{
    if constexpr (std::is_same_v<S, float>)
        return MPI_FLOAT;
    else
        return MPI_DOUBLE;
}

class Timed {
public:
    explicit Timed(double &sum) : m_sum(sum), m_start(MPI_Wtime()) { }
    ~Timed() { m_sum += MPI_Wtime() - m_start; }
    Timed(const Timed &) = delete;
    Timed &operator=(const Timed &) = delete;

private:
    double &m_sum;
    double m_start;
};

}  // namespace

MpiSession::MpiSession(int *argc, char ***argv)
{
    int initialised = 0;
    MPI_Initialized(&initialised);
    if (initialised)
        return;
    int provided = 0;
    // FUNNELED: OpenMP threads compute, only the main thread calls MPI.
    MPI_Init_thread(argc, argv, MPI_THREAD_FUNNELED, &provided);
    m_owner = true;
}

MpiSession::~MpiSession()
{
    int finalised = 0;
    MPI_Finalized(&finalised);
    if (m_owner && !finalised)
        MPI_Finalize();
}

Communicator::Communicator()
{
    MPI_Comm_rank(m_comm, &m_rank);
    MPI_Comm_size(m_comm, &m_size);
}

template <class S>
void Communicator::alltoallv(const S *send, const std::vector<int> &sendCounts, S *recv,
                             const std::vector<int> &recvCounts)
{
    if (int(sendCounts.size()) != m_size || int(recvCounts.size()) != m_size)
        throw std::invalid_argument("alltoallv: one count per rank is needed");
    const std::vector<int> sd = displacements(sendCounts), rd = displacements(recvCounts);
    Timed t(m_seconds);
    MPI_Alltoallv(send, sendCounts.data(), sd.data(), mpiType<S>(), recv, recvCounts.data(), rd.data(), mpiType<S>(),
                  m_comm);
}

void Communicator::allgather(const int *send, int n, int *recv)
{
    Timed t(m_seconds);
    MPI_Allgather(send, n, MPI_INT, recv, n, MPI_INT, m_comm);
}

void Communicator::allgather(const double *send, int n, double *recv)
{
    Timed t(m_seconds);
    MPI_Allgather(send, n, MPI_DOUBLE, recv, n, MPI_DOUBLE, m_comm);
}

template <class S>
void Communicator::allreduceSum(S *data, int n)
{
    if (n == 0)
        return;
    Timed t(m_seconds);
    MPI_Allreduce(MPI_IN_PLACE, data, n, mpiType<S>(), MPI_SUM, m_comm);
}

void Communicator::allreduceMax(double *data, int n)
{
    if (n == 0)
        return;
    Timed t(m_seconds);
    MPI_Allreduce(MPI_IN_PLACE, data, n, MPI_DOUBLE, MPI_MAX, m_comm);
}

double Communicator::allreduceSum(double value)
{
    allreduceSum(&value, 1);
    return value;
}

void Communicator::broadcast(std::string &bytes, int root)
{
    Timed t(m_seconds);
    int n = m_rank == root ? mpiCount((long long)bytes.size(), "broadcast") : 0;
    MPI_Bcast(&n, 1, MPI_INT, root, m_comm);
    if (m_rank != root)
        bytes.assign(std::size_t(n), '\0');
    if (n > 0)
        MPI_Bcast(bytes.data(), n, MPI_CHAR, root, m_comm);
}

void Communicator::barrier()
{
    Timed t(m_seconds);
    MPI_Barrier(m_comm);
}

double Communicator::now()
{
    return MPI_Wtime();
}

std::vector<int> displacements(const std::vector<int> &counts)
{
    std::vector<int> d(counts.size(), 0);
    long long sum = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        d[i] = mpiCount(sum, "alltoallv displacement");
        sum += counts[i];
    }
    mpiCount(sum, "alltoallv total");
    return d;
}

int mpiCount(long long n, const char *what)
{
    if (n < 0 || n > std::numeric_limits<int>::max())
        throw std::length_error(std::string(what) + ": " + std::to_string(n)
                                + " elements do not fit one MPI message (at most 2^31 − 1); use a smaller batch");
    return int(n);
}

template void Communicator::alltoallv<float>(const float *, const std::vector<int> &, float *, const std::vector<int> &);
template void Communicator::alltoallv<double>(const double *, const std::vector<int> &, double *,
                                              const std::vector<int> &);
template void Communicator::allreduceSum<float>(float *, int);
template void Communicator::allreduceSum<double>(double *, int);

}  // namespace moe::parallel
