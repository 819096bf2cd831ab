// The engine benchmark without Qt: the same timed step as `moelab-cli bench` (app/cli/bench.h),
// for profiling (valgrind --tool=callgrind) and quick iteration on the core.
//
//   bench_engine WORKLOAD|all [threads] [steps] [min-seconds]
#include "app/cli/bench.h"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_engine WORKLOAD|all [threads] [steps] [min-seconds]\n");
        return 2;
    }
    moe::app::BenchOptions o;
    if (argc > 2)
        o.threads = std::atoi(argv[2]);
    if (argc > 3)
        o.steps = std::atoi(argv[3]);
    if (argc > 4)
        o.minSeconds = std::atof(argv[4]);
    const std::string name = argv[1];
    for (const auto &w : moe::app::benchWorkloads()) {
        if (name != "all" && name != w.name)
            continue;
        std::printf("%s\n", moe::app::benchResultJson(moe::app::runBench(w, o)).c_str());
    }
    return 0;
}
