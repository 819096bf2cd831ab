#!/usr/bin/env bash
# A rank knocked out while mpirun -np 4 moelab-cli train --stream runs, through rank 0's stdin
# (app/cli/parallel_report.h). Commands with "step" apply at that step on every rank:
#   {"set":"parallel.failed_rank","value":"1","step":8}     steps 1–7: rows reach rank 1
#   {"set":"parallel.failed_rank","value":"none","step":15} steps 8–14: no row to rank 1 and
#                                                           every step still dispatches
#                                                           batch × k rows; from 15: rows again
# plus two bad lines (not JSON, a key that cannot change live), each answered by a warning line
# while the job goes on. Then a command without "step", applied at whatever step it arrives
# (the stream's set line names it): no row to rank 2 from that step on.
#   cli_failed_rank_mpi.sh MPIEXEC MOELAB_CLI
set -euo pipefail
mpiexec=$1 cli=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
common=(--set parallel.ranks=4 --set data.name=blobs --set model.experts=8 --set routing.k=2
        --set routing.capacity_factor=0 --set train.batch=64 --set train.eval_every=10 --no-plots --stream)

# Rows dispatched to rank DST per step (traffic.csv), as "step rows" lines.
rows_to() { awk -F, -v dst="$2" 'NR > 1 && $4 == dst { n[$1] += $5 } END { for (s in n) print s, n[s] }' "$1" | sort -n; }

cat >"$tmp/commands" <<'EOF'
{"set":"parallel.failed_rank","value":"1","step":8}
this is not a command
{"set":"train.lr","value":"0.1"}
{"set":"parallel.failed_rank","value":"none","step":15}
EOF
"$mpiexec" -np 4 --oversubscribe "$cli" train "${common[@]}" --steps 20 --out "$tmp/run" \
  <"$tmp/commands" >"$tmp/stream.jsonl"
grep -q '"event":"set","key":"parallel.failed_rank","step":8,"value":"1"' "$tmp/stream.jsonl" ||
  fail "no set line for rank 1 at step 8: $(grep -v '"event":"step"' "$tmp/stream.jsonl")"
grep -q '"event":"set","key":"parallel.failed_rank","step":15,"value":"-1"' "$tmp/stream.jsonl" ||
  fail "no set line for the restore at step 15"
[ "$(grep -c '"event":"warning"' "$tmp/stream.jsonl")" = 2 ] || fail "not 2 warning lines for the 2 bad commands"
grep -q 'train.lr.*only parallel.failed_rank' "$tmp/stream.jsonl" || fail "the warning does not name the key"
[[ $(tail -1 "$tmp/stream.jsonl") == *'"event":"done"'* ]] || fail "the job did not end with done"
[ "$(grep -c '"event":"step".*"failed_rank":1,' "$tmp/stream.jsonl")" = 7 ] || fail "not 7 step lines with rank 1 failed"

csv="$tmp/run/traffic.csv"
rows_to "$csv" 1 >"$tmp/to1"
[ "$(wc -l <"$tmp/to1")" = 20 ] || fail "traffic.csv does not cover 20 steps"
while read -r step n; do
  if ((step < 8 || step >= 15)); then
    ((n > 0)) || fail "step $step: no row reached rank 1 while it was up"
  else
    ((n == 0)) || fail "step $step: $n rows reached the knocked-out rank 1"
  fi
done <"$tmp/to1"
# every token keeps its k = 2 experts: 64 × 2 rows dispatched at every step
awk -F, 'NR > 1 { n[$1] += $5 } END { for (s in n) if (n[s] != 128) exit 1 }' "$csv" || fail "a step dispatched != 128 rows"
grep -q '"replicated_parameters_identical": true' "$tmp/run/summary.json" || fail "the ranks' replicated parameters differ"

# Without "step": applied at the step it arrives (rank 0 polls between steps).
echo '{"set":"parallel.failed_rank","value":2}' >"$tmp/now"
"$mpiexec" -np 4 --oversubscribe "$cli" train "${common[@]}" --steps 30 --out "$tmp/now_run" \
  <"$tmp/now" >"$tmp/now.jsonl"
from=$(grep '"event":"set"' "$tmp/now.jsonl" | sed -n 's/.*"step":\([0-9]*\).*"value":"2".*/\1/p')
[ -n "$from" ] || fail "no set line for rank 2"
rows_to "$tmp/now_run/traffic.csv" 2 >"$tmp/to2"
while read -r step n; do
  if ((step < from)); then
    ((n > 0)) || fail "step $step (before $from): no row reached rank 2"
  else
    ((n == 0)) || fail "step $step (from $from on): $n rows reached the knocked-out rank 2"
  fi
done <"$tmp/to2"
echo "PASS: rank 1 out at step 8 and back at 15 (2 bad commands refused), rank 2 out from step $from"
