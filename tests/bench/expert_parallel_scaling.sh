#!/usr/bin/env bash
# Scaling of expert parallelism on this machine (EXPERT_PARALLEL.md §4): MNIST shape, 64
# experts, one thread per rank. Runs, interleaved ROUNDS times (default 3): the one-process
# Trainer, the MPI path with P = 1, and P = 2; prints every line and the ratio of the best
# P = 2 steps/s to the best one-process and P = 1 steps/s.
#   bash tests/bench/expert_parallel_scaling.sh [BUILD_DIR] [--steps N]
set -euo pipefail
build=${1:-build}; shift || true
bench="$build/tests/bench/bench_expert_parallel"
[ -x "$bench" ] || { echo "no $bench: build the target bench_expert_parallel (needs MPI)" >&2; exit 2; }
export OMP_NUM_THREADS=1 OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_MCA_btl_vader_single_copy_mechanism=none OMPI_MCA_mpi_yield_when_idle=1
rounds=${ROUNDS:-3}
best() { sort -g | tail -1; }
one=(); p1=(); p2=()
for r in $(seq "$rounds"); do
  l=$("$bench" --one-process "$@"); echo "$l"; one+=("$(awk '{print $5}' <<<"$l")")
  l=$(mpirun -np 1 --bind-to none "$bench" "$@"); echo "$l"; p1+=("$(awk '{print $5}' <<<"$l")")
  l=$(mpirun -np 2 --bind-to none "$bench" "$@"); echo "$l"; p2+=("$(awk '{print $5}' <<<"$l")")
done
b1=$(printf '%s\n' "${one[@]}" | best); bp1=$(printf '%s\n' "${p1[@]}" | best); bp2=$(printf '%s\n' "${p2[@]}" | best)
awk -v a="$b1" -v b="$bp1" -v c="$bp2" 'BEGIN {
  printf "best steps/s: one process %.2f, MPI P=1 %.2f, MPI P=2 %.2f\n", a, b, c
  printf "P=2 / one process = %.2fx, P=2 / (MPI P=1) = %.2fx (target >= 1.7x)\n", c / a, c / b }'
