#!/usr/bin/env bash
# mpirun -np 2 moelab-cli train end to end (EXPERT_PARALLEL.md §3): the --stream JSON lines,
# the run folder's traffic.csv (one row per src, dst and step; bytes = tokens · d · 4) and
# summary.json's parallel object, the same losses as one process (float, 1e-4 relative), and a
# wrong rank count refused with exit code 2 and nothing written.
#   cli_train_mpi.sh MPIEXEC MOELAB_CLI
set -euo pipefail
mpiexec=$1 cli=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
common=(--set data.name=blobs --set model.experts=4 --steps 20 --set train.eval_every=10 --no-plots)

"$mpiexec" -np 2 --oversubscribe "$cli" train --set parallel.ranks=2 "${common[@]}" --stream \
  --out "$tmp/p2" >"$tmp/stream.jsonl"
# (no pipes into grep -q: with pipefail a reader that stops early makes the writer fail)
[[ $(head -1 "$tmp/stream.jsonl") == *'"event":"start"'* ]] || fail "the stream does not open with a start line"
grep -q '"owner":\[0,1,0,1\]' "$tmp/stream.jsonl" || fail "the start line has no round-robin owners"
[ "$(grep -c '"event":"step"' "$tmp/stream.jsonl")" = 20 ] || fail "not 20 step lines"
[ "$(grep -c '"event":"eval"' "$tmp/stream.jsonl")" = 2 ] || fail "not 2 eval lines"
[[ $(tail -1 "$tmp/stream.jsonl") == *'"event":"done"'* ]] || fail "the stream does not end with done"
[[ $(grep -m1 '"event":"step"' "$tmp/stream.jsonl") == *'"tokens":[['* ]] || fail "no P x P token matrix"

csv="$tmp/p2/traffic.csv"
[ -f "$csv" ] || fail "no traffic.csv"
[ "$(head -1 "$csv")" = "step,layer,src,dst,tokens,bytes" ] || fail "traffic.csv header: $(head -1 "$csv")"
[ "$(($(wc -l <"$csv") - 1))" = 80 ] || fail "traffic.csv has $(($(wc -l <"$csv") - 1)) rows, expected 20 steps x 4"
awk -F, 'NR > 1 && $6 != $5 * 2 * 4 { bad = 1 } END { exit bad }' "$csv" || fail "bytes != tokens x d x 4"
# every step dispatches batch x k = 64 x 2 rows
awk -F, 'NR > 1 { n[$1] += $5 } END { for (s in n) if (n[s] != 128) exit 1 }' "$csv" || fail "rows per step != 128"
grep -q '"replicated_parameters_identical": true' "$tmp/p2/summary.json" || fail "the ranks' replicated parameters differ"
for key in alltoall_bytes_per_step communication_fraction max_mean_rank_load straggler_rank rank_load_share; do
  grep -q "\"$key\"" "$tmp/p2/summary.json" || fail "summary.json has no parallel.$key"
done

"$cli" train "${common[@]}" -q --out "$tmp/p1"
a=$(awk -F, 'NR == 3 { print $2 }' "$tmp/p1/metrics.csv"); b=$(awk -F, 'NR == 3 { print $2 }' "$tmp/p2/metrics.csv")
awk -v a="$a" -v b="$b" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= 1e-4 * a) }' ||
  fail "step-20 train loss $b on 2 ranks, $a in one process"

set +e
"$mpiexec" -np 2 --oversubscribe "$cli" train --set parallel.ranks=3 "${common[@]}" --out "$tmp/bad" 2>"$tmp/err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "a wrong rank count exits $rc, not 2"
grep -q "mpirun -np 3" "$tmp/err" || fail "the error does not say how to start it"
[ ! -e "$tmp/bad" ] || fail "a refused run wrote its folder"
echo "PASS: stream, traffic.csv, summary, one-process losses ($a vs $b), refusal"
