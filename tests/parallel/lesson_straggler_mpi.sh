#!/usr/bin/env bash
# moelab-cli lesson ep_straggler --check with Open MPI present: each variant also runs as a real
# mpirun -np 2 job, and the check reports (and checks) the straggler's rows from the job.
#   lesson_straggler_mpi.sh MOELAB_CLI
set -euo pipefail
cli=$1
out=$("$cli" lesson ep_straggler --check 2>&1) || { echo "$out"; echo "FAIL: the check did not pass" >&2; exit 1; }
echo "$out"
[[ $out == *"MPI: rows of the straggler per step"* ]] || { echo "FAIL: no MPI figures (was the job run?)" >&2; exit 1; }
[[ $out != *"no MPI job"* ]] || { echo "FAIL: the check skipped the MPI job" >&2; exit 1; }
[ "$(grep -c '^  \[ok\]' <<<"$out")" = 6 ] || { echo "FAIL: not 6 passed expectations" >&2; exit 1; }
echo "PASS"
