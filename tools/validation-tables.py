#!/usr/bin/env python3
"""Prints the markdown tables of docs/mediation.md from `relgraph validate --loo --format json` on stdin.

Usage: relgraph validate --record ../shared/research/mediation-record.json --loo --format json | tools/validation-tables.py
"""
import json
import sys

d = json.load(sys.stdin)
dash = "\u2013"


def ranks(case):
    return " ".join(f"{k} {v}" for k, v in case["mediator_ranks"].items())


print("| conflict | date | candidates | real mediators' ranks | in top 10 | AUC | recorded partisans in top 10 |")
print("|---|---|---:|---|---:|---:|---|")
for c in d["cases"]:
    parts = ", ".join(c["partisans_in_top"]) or "none"
    print(f"| {c['a']}{dash}{c['b']} | {c['at']} | {c['candidates']} | {ranks(c)} | {c['in_top']}/{len(c['mediator_ranks'])} | {c['auc']:.2f} | {parts} |")
top = sum(c["in_top"] for c in d["cases"])
total = sum(len(c["mediator_ranks"]) for c in d["cases"])
o = d["overall"]
print(f"| **all** | | | | **{top}/{total} = {100 * top / total:.0f} %** | **{o['mean_auc']:.3f}** | **{o['partisans_in_top']}** |")

if "leave_one_out" in d:
    print()
    print("| left out | weights fitted on the other seven | in top 10 | AUC | partisans in top 10 |")
    print("|---|---|---:|---:|---:|")
    top = total = parts = 0
    aucs = []
    for f in d["leave_one_out"]:
        w = ", ".join(f"{k} {v:g}" for k, v in f["fitted_weights"].items() if v > 0)
        t = sum(c["in_top"] for c in f["fitted"])
        n = sum(len(c["mediator_ranks"]) for c in f["fitted"])
        a = [c["auc"] for c in f["fitted"]]
        p = sum(len(c["partisans_in_top"]) for c in f["fitted"])
        top, total, parts = top + t, total + n, parts + p
        aucs += a
        print(f"| {f['conflict']} | {w} | {t}/{n} | {sum(a) / len(a):.2f} | {p} |")
    print(f"| **out of sample** | | **{top}/{total} = {100 * top / total:.0f} %** | **{sum(aucs) / len(aucs):.3f}** | **{parts}** |")
    print()
    print("fitted on all:", ", ".join(f"{k} {v:g}" for k, v in d["fitted_on_all"].items() if v > 0))
