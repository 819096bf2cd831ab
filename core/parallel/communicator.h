// Communicator: the few MPI collectives expert parallelism needs, over MPI_COMM_WORLD, each
// timed with MPI_Wtime so a step can say how long it spent communicating.
//
//   alltoallv   rank r sends sendCounts[s] elements to every rank s (displacements are the
//               running sums of the counts); dispatch and combine of the MoE layer
//   allgather   every rank contributes n values and receives all P·n, rank-major
//   allreduce   element-wise sum (or max) over the ranks, result on every rank
//   broadcast   root's bytes to every rank (e.g. a command rank 0 read between two steps)
//
// MpiSession initialises MPI (once per process) and finalises it if it initialised it. Errors
// of MPI abort the job (MPI's default handler): a collective that fails on one rank cannot be
// recovered by the others.
#pragma once

#include <mpi.h>

#include <cstdint>
#include <string>
#include <vector>

namespace moe::parallel {

class MpiSession {
public:
    MpiSession(int *argc = nullptr, char ***argv = nullptr);
    ~MpiSession();
    MpiSession(const MpiSession &) = delete;
    MpiSession &operator=(const MpiSession &) = delete;

private:
    bool m_owner = false;
};

class Communicator {
public:
    Communicator();  // MPI_COMM_WORLD; MPI must be initialised (MpiSession)

    [[nodiscard]] int rank() const { return m_rank; }
    [[nodiscard]] int size() const { return m_size; }

    // Counts are in elements of S; recvCounts must be known (exchange them first).
    template <class S>
    void alltoallv(const S *send, const std::vector<int> &sendCounts, S *recv, const std::vector<int> &recvCounts);
    void allgather(const int *send, int n, int *recv);
    void allgather(const double *send, int n, double *recv);
    template <class S>
    void allreduceSum(S *data, int n);
    void allreduceMax(double *data, int n);
    double allreduceSum(double value);
    // root's `bytes` replace every other rank's (the length travels first).
    void broadcast(std::string &bytes, int root = 0);
    void barrier();

    // Seconds spent inside the calls above since the last reset.
    [[nodiscard]] double mpiSeconds() const { return m_seconds; }
    void resetMpiSeconds() { m_seconds = 0; }
    static double now();  // MPI_Wtime

private:
    MPI_Comm m_comm = MPI_COMM_WORLD;
    int m_rank = 0, m_size = 1;
    double m_seconds = 0;
};

// Running sums: displacements of a count vector (size n → n entries, first 0).
std::vector<int> displacements(const std::vector<int> &counts);

// Checks that a count fits MPI's int; throws std::length_error naming what overflowed.
int mpiCount(long long n, const char *what);

}  // namespace moe::parallel
