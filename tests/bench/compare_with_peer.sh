#!/bin/sh
# Runs moelab-cli bench and the PyTorch peer (shared/peers/torch_moe.py bench) interleaved,
# workload by workload and thread count by thread count, for several rounds, then prints a
# side-by-side table (medians over rounds, with the spread).
#
#   tests/bench/compare_with_peer.sh BUILD_DIR [ROUNDS] [MIN_TIME_S] [THREADS...]
#   e.g. tests/bench/compare_with_peer.sh build-bench 3 3 1 2
#
# mnist_e64 runs a second time with --dense-gradients: by default the engine leaves its expert
# first-layer gradients to the optimizer's pass (timed in opt), so its bwd phase alone is not
# comparable with a framework's; the summary gives the e64/mnist ratio both ways.
#
# lm_baby and lm_dense (the language model of LANGUAGE_MODEL.md: the baby MoE model and the
# dense baby model) run against shared/peers/torch_moe_gpt.py bench with the same configuration
# (its defaults are the baby model; lm_dense adds --experts 1 --k 1 --hidden 512 --strategy
# dense); the peer takes a step count, not a time: max(30, 12 per second of MIN_TIME_S).
# MOELAB_BENCH_WORKLOADS="lm_baby lm_dense" runs only those.
#
# The peer is set up as shared/peers/README.md says: Debian's python3-torch with OpenBLAS
# (libopenblas0-openmp) and glibc malloc settings that keep its temporaries mapped. On a CPU
# with AVX-512 whose model OpenBLAS does not recognise (a virtual machine's), OpenBLAS falls
# back to a slower kernel; OPENBLAS_CORETYPE=SkylakeX is then set for the peer unless the
# caller set OPENBLAS_CORETYPE already.
set -eu
build=${1:?build dir}
rounds=${2:-3}
mintime=${3:-3}
shift 3 2>/dev/null || shift $#
threads=${*:-1 2}
here=$(cd "$(dirname "$0")" && pwd)
peer=${MOELAB_PEER:-$here/../../../shared/peers/torch_moe.py}
gpt_peer=${MOELAB_GPT_PEER:-$here/../../../shared/peers/torch_moe_gpt.py}
gpt_steps=$(awk -v t="$mintime" 'BEGIN { s = int(12 * t); print (s < 30 ? 30 : s) }')
cli=$build/app/cli/moelab-cli
[ -x "$cli" ] || cli=$(find "$build" -name moelab-cli -type f -perm -u+x | head -1)
if [ -z "${OPENBLAS_CORETYPE:-}" ] && grep -q avx512f /proc/cpuinfo 2>/dev/null; then
  OPENBLAS_CORETYPE=SkylakeX
fi
export OPENBLAS_CORETYPE
out=${MOELAB_BENCH_OUT:-bench-compare.jsonl}
: > "$out"
workloads=${MOELAB_BENCH_WORKLOADS:-"toy2d mnist mnist_e64 switch_mnist expert_choice_mnist lm_baby lm_dense"}
for r in $(seq 1 "$rounds"); do
  for t in $threads; do
    for w in $workloads; do
      # alternate who goes first, so a slow spell of the shared machine hits both alike
      if [ $((r % 2)) -eq 1 ]; then order="ours peer"; else order="peer ours"; fi
      for who in $order; do
        case "$who:$w" in
          ours:lm_*)
            line=$("$cli" bench --workload "$w" --threads "$t" --min-time "$mintime" --steps 30) ;;
          ours:*)
            line=$("$cli" bench --workload "$w" --threads "$t" --min-time "$mintime") ;;
          peer:lm_*)
            if [ "$w" = lm_dense ]; then shape="--experts 1 --k 1 --hidden 512 --strategy dense"; else shape=""; fi
            # shellcheck disable=SC2086  # $shape is a list of flags
            line=$(env MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=17179869184 \
                   OMP_NUM_THREADS="$t" /usr/bin/python3 "$gpt_peer" bench --threads "$t" --steps "$gpt_steps" \
                   $shape) ;;
          peer:*)
            line=$(env MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=17179869184 \
                   OMP_NUM_THREADS="$t" /usr/bin/python3 "$peer" bench --workload "$w" --threads "$t" \
                   --min-time "$mintime") ;;
        esac
        printf '{"who":"%s","round":%s,"workload":"%s","run":%s}\n' "$who" "$r" "$w" "$line" >> "$out"
        printf '%s r%s t%s %s\n' "$who" "$r" "$t" "$w" >&2
        if [ "$who" = ours ] && [ "$w" = mnist_e64 ]; then
          # like for like with the peer: every weight gradient formed in the backward pass
          line=$("$cli" bench --workload "$w" --threads "$t" --min-time "$mintime" --dense-gradients)
          printf '{"who":"ours_dense","round":%s,"run":%s}\n' "$r" "$line" >> "$out"
        fi
      done
    done
  done
done
/usr/bin/python3 "$here/summarize.py" "$out"
