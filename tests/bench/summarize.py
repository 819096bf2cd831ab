#!/usr/bin/env python3
"""Side-by-side table from compare_with_peer.sh's JSON lines: per workload and thread count,
the median over rounds of each side's ms_per_step_median (min-max over rounds in brackets),
the speed-up, the phases and the CPU other processes used while timing; then, per side, the
forward + backward of mnist_e64 over that of mnist, round by round (issue 3: "MoE compute
should grow with k, not with E"), also with mnist_e64 run with --dense-gradients: by default
its expert first-layer gradients are formed in the optimizer's pass (timed in opt), which
makes its bwd phase alone look cheaper than a framework's. lm_baby and lm_dense are the
language model against torch_moe_gpt.py (issue 19)."""
import json
import statistics
import sys
from collections import defaultdict

runs = defaultdict(list)
for line in open(sys.argv[1]):
    rec = json.loads(line)
    r = rec["run"]
    # torch_moe_gpt.py's bench line (lm_baby, lm_dense) names neither the workload nor the
    # phases as the others do: the workload comes from the record, the phases from its fields.
    r.setdefault("workload", rec.get("workload"))
    if "phase_ms_median" not in r and "forward_ms_median" in r:
        r["phase_ms_median"] = {"fwd": r["forward_ms_median"], "bwd": r["backward_ms_median"],
                                "opt": r["optimizer_ms_median"]}
    runs[(r["workload"], r["threads"], rec["who"])].append(r)

order = ["toy2d", "mnist", "mnist_e64", "switch_mnist", "expert_choice_mnist", "lm_baby", "lm_dense"]
threads = sorted({k[1] for k in runs})
for t in threads:
    print(f"\n### {t} thread{'s' if t > 1 else ''}: ms per step, median over rounds [min-max]\n")
    print("| workload | MoE Lab | PyTorch | speed-up | MoE Lab fwd / bwd / opt | PyTorch fwd / bwd / opt "
          "| other CPU (ours / peer) |")
    print("|---|---|---|---|---|---|---|")
    for w in order:
        a, b = runs.get((w, t, "ours"), []), runs.get((w, t, "peer"), [])
        if not a or not b:
            continue
        def med(rs, f=lambda r: r["ms_per_step_median"]):
            return statistics.median(f(r) for r in rs)
        def spread(rs):
            v = [r["ms_per_step_median"] for r in rs]
            return f"{med(rs):.3f} [{min(v):.3f}-{max(v):.3f}]"
        def phases(rs):
            return " / ".join(f"{med(rs, lambda r, p=p: r['phase_ms_median'][p]):.3f}" for p in ("fwd", "bwd", "opt"))
        def other(rs):
            return statistics.median(r.get("cpu_during_timing", {}).get("other_cpu_cores", float("nan")) for r in rs)
        print(f"| {w} | {spread(a)} | {spread(b)} | {med(b) / med(a):.1f}x | {phases(a)} | {phases(b)} "
              f"| {other(a):.2f} / {other(b):.2f} |")

    rows = []
    for who, name in (("ours", "MoE Lab"), ("ours_dense", "MoE Lab, every gradient in bwd"), ("peer", "PyTorch")):
        # mnist never leaves gradients to the optimizer: its own runs serve both MoE Lab rows
        m = runs.get(("mnist", t, "ours" if who == "ours_dense" else who), [])
        e = runs.get(("mnist_e64", t, who), [])
        if not m or not e:
            continue
        for key, what in (("phase_ms_median", "median phases"), ("phase_ms_p10", "10th-percentile phases")):
            if key not in m[0] or key not in e[0]:
                continue  # the peer reports medians only
            fb = lambda r: r[key]["fwd"] + r[key]["bwd"]
            ratios = [fb(b) / fb(a) for a, b in zip(m, e)]  # the same round: interleaved in time
            rows.append(f"| {name}, {what} | {statistics.median(ratios):.2f} | {min(ratios):.2f}-{max(ratios):.2f} |")
    if rows:
        print(f"\nmnist_e64 / mnist, forward + backward, {t} thread{'s' if t > 1 else ''}, per round:\n")
        print("| | median | min-max |")
        print("|---|---|---|")
        print("\n".join(rows))
