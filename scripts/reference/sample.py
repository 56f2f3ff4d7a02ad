"""Pick a sample of generated cases for the repository's test (tests/oracle/generated_*.jsonl):
cases the reference flags no known deviation for, spread over the generator's kinds, with a
slim copy of the reference's answer (only the figures tests/engine_oracle_generated.rs
compares).

Usage: python sample.py CASES.jsonl REFERENCE.jsonl [...pairs] --per-kind N
           --cases-out tests/oracle/generated_cases.jsonl
           --expected-out tests/oracle/generated_expected.jsonl
"""

from __future__ import annotations

import argparse
import collections
import json

from compare import HB, PC, TOP, UC, UC_PRIVATE, causes

SLIM_HB = ["housing_benefit_eligible", "housing_benefit_on_passporting_benefit"] + HB


def slim(rec: dict) -> dict:
    out = {"id": rec["id"], "year": rec["year"], "model": rec["model"]}
    for s in ("out_of_work", "in_work"):
        r = rec[s]
        x = {k: r[k] for k in TOP + ["council_tax", "council_tax_benefit"]}
        x["uc"] = {k: r["uc"][k] for k in UC + UC_PRIVATE}
        x["housing_benefit_detail"] = {k: r["housing_benefit_detail"][k] for k in SLIM_HB}
        pc = r.get("pension_credit_detail")
        x["pension_credit_detail"] = None if pc is None else {k: pc[k] for k in PC}
        x["council_tax_reduction_detail"] = {
            "modelled": r["council_tax_reduction_detail"]["modelled"]
        }
        out[s] = x
    out["summary"] = {k: rec["summary"][k] for k in ("gain_from_work",
                                                     "gain_from_work_after_childcare")}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", help="CASES REFERENCE pairs")
    ap.add_argument("--per-kind", type=int, default=4)
    ap.add_argument("--exclude", default="", help="comma-separated case ids to leave out")
    ap.add_argument("--cases-out", required=True)
    ap.add_argument("--expected-out", required=True)
    a = ap.parse_args()
    exclude = set(filter(None, a.exclude.split(",")))
    by_kind = collections.defaultdict(list)
    for cases_path, ref_path in zip(a.files[::2], a.files[1::2]):
        refs = {json.loads(l)["id"]: json.loads(l) for l in open(ref_path)}
        for line in open(cases_path):
            case = json.loads(line)
            rec = refs[case["id"]]
            if case["id"] in exclude or any(
                rec[s].get("pe_known_deviations") for s in ("out_of_work", "in_work")
            ):
                continue
            kind = f"{causes(case, 'in_work')[0]} {case['year']}"
            by_kind[kind].append((case, rec))
    with open(a.cases_out, "w") as cf, open(a.expected_out, "w") as ef:
        n = 0
        for kind in sorted(by_kind):
            for case, rec in by_kind[kind][: a.per_kind]:
                cf.write(json.dumps(case) + "\n")
                ef.write(json.dumps(slim(rec)) + "\n")
                n += 1
    print(f"{n} cases from {len(by_kind)} kinds")


if __name__ == "__main__":
    main()
