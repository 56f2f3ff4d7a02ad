"""Compare two files of per-case figures in the oracle's shape, key by key.

Usage:
  python compare.py REFERENCE.jsonl OTHER.jsonl [--cases CASES.jsonl] [--tol 1.0] [--all-keys]
      [--show N] [--json]

REFERENCE is what the reference model gives (an oracle expected file or `run.py`'s output);
OTHER is ours (`better-off --oracle-format`) or a second reference run (calibration). For
each case, each scenario (out_of_work, in_work) and each compared key, a difference over
`--tol` pounds a year (or a different flag or category) is a disagreement. They are listed
grouped by key, then by a likely cause read from the case (ESA, JSA, pension age, specified
accommodation, carer, council tax...).

Compared keys: by default the ones the repository's oracle tests compare (core money, the
UC steps, Housing Benefit where means-tested, Pension Credit at pension age, Council Tax
Reduction where a national scheme models it) plus the summary's gains; with `--all-keys`,
every key present in both files (for calibrating run.py on the oracle's expected files).
Figures a record flags in `pe_known_deviations` are reported apart.
Needs only the standard library.
"""

from __future__ import annotations

import argparse
import collections
import json

TOP = [
    "employment_income", "income_tax", "national_insurance", "universal_credit",
    "child_benefit", "carers_allowance", "carer_support_payment",
    "scottish_carer_supplement", "scottish_child_payment", "pip", "pip_dl", "pip_m", "dla",
    "housing_benefit", "esa_contrib", "jsa_contrib", "pension_credit", "state_pension",
    "winter_fuel_payment", "pension_age_winter_heating_payment", "net_income",
    "childcare_costs", "net_income_after_childcare",
]
UC = [
    "uc_standard_allowance", "uc_child_element", "uc_individual_disabled_child_element",
    "uc_individual_severely_disabled_child_element", "uc_LCWRA_element", "uc_carer_element",
    "uc_housing_costs_element", "uc_childcare_element", "uc_maximum_amount",
    "is_uc_work_allowance_eligible", "uc_work_allowance",
    "uc_earned_income_before_work_allowance", "uc_earned_income", "uc_unearned_income",
    "uc_income_reduction", "universal_credit_pre_benefit_cap", "is_uc_benefit_cap_exempt",
    "uc_benefit_cap_reduction",
]
UC_PRIVATE = ["uc_LHA_cap", "LHA_category"]
HB = ["housing_benefit_applicable_amount", "housing_benefit_applicable_income",
      "housing_benefit_entitlement"]
PC = ["minimum_guarantee", "pension_credit_income", "guarantee_credit"]
SUMMARY = ["gain_from_work", "gain_from_work_after_childcare"]


# The figures each flagged departure can move (a flag exempts only these; None: all).
HB_KEYS = ("housing_benefit", "housing_benefit_detail.", "net_income")
FLAG_SCOPE = {
    "ctr_universal_credit_claimant_income": ("council_tax_benefit",),
    "ctr_twenty_pound_earnings_disregards_not_modelled": ("council_tax_benefit",),
    "hb_specified_accommodation_earnings_disregard_from_october_2026": HB_KEYS,
    "hb_limited_capability_for_work_premiums": HB_KEYS,
    "hb_working_age_carer_disregard_not_modelled": HB_KEYS,
}


def exempt(key, flags):
    """Whether a flagged departure covers this key."""
    for flag in flags:
        scope = FLAG_SCOPE.get(flag)
        if scope is None or key.startswith(scope) or key.startswith("summary."):
            if scope is not None and key.startswith("summary.") and flag.startswith("ctr_"):
                continue
            return True
    return False


def load(path):
    return {r["id"]: r for r in (json.loads(l) for l in open(path) if l.strip())}


def flatten(x, prefix=""):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from flatten(v, f"{prefix}{k}.")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from flatten(v, f"{prefix}{i}.")
    else:
        yield prefix[:-1], x


def default_keys(case, ref_s):
    keys = list(TOP)
    pension_age = ref_s.get("pension_credit_detail") is not None
    if not pension_age:
        keys += [f"uc.{k}" for k in UC]
        if case is None or case["housing"]["tenure"] == "private_rent":
            keys += [f"uc.{k}" for k in UC_PRIVATE]
    if (ref_s.get("council_tax_reduction_detail") or {}).get("modelled") is True:
        keys.append("council_tax_benefit")
    hb = ref_s.get("housing_benefit_detail") or {}
    if hb.get("housing_benefit_eligible") and hb.get("housing_benefit_on_passporting_benefit") is False:
        keys += [f"housing_benefit_detail.{k}" for k in HB]
    if pension_age:
        keys += [f"pension_credit_detail.{k}" for k in PC]
    return keys


def dig(rec, path):
    for part in path.split("."):
        if not isinstance(rec, dict) or part not in rec:
            return KeyError
        rec = rec[part]
    return rec


def gains(rec):
    """The summary's gains from the two scenarios (the CLI prints no summary)."""
    o, w = rec["out_of_work"], rec["in_work"]
    return {
        "gain_from_work": w["net_income"] - o["net_income"],
        "gain_from_work_after_childcare": w["net_income_after_childcare"]
        - o["net_income_after_childcare"],
    }


def causes(case, scenario):
    """Likely causes: the features of the case a difference may come from."""
    if case is None:
        return ["?"]
    out = []
    adults = case["adults"]
    job = case["job"]
    worker = adults[job["adult"]]
    if any(a.get("new_style_esa") for a in adults):
        out.append("esa")
    if any(a.get("new_style_jsa") for a in adults):
        out.append("jsa")
    sp = [a.get("age", 0) >= 66 for a in adults]
    if all(sp):
        out.append("pension_age")
    elif any(sp):
        out.append("mixed_age")
    if case["housing"].get("specified_accommodation"):
        out.append("specified_accommodation")
    if any(a.get("carer") for a in adults):
        out.append("carer")
    if any(a.get("lcwra") or a.get("lcw") for a in adults):
        out.append("lcw")
    if any(c.get("disabled") or c.get("dla_care") not in (None, "none") for c in case["children"]):
        out.append("disabled_child")
    if case["country"] == "scotland":
        out.append("scotland")
    if len(adults) == 2:
        out.append("married_couple" if case.get("married") else "couple")
    if scenario == "in_work" and job.get("childcare_monthly"):
        out.append("childcare")
    if worker.get("age", 99) < 25:
        out.append("under_25")
    return out or ["plain"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("reference")
    ap.add_argument("other")
    ap.add_argument("--cases")
    ap.add_argument("--tol", type=float, default=1.0)
    ap.add_argument("--all-keys", action="store_true")
    ap.add_argument("--show", type=int, default=6)
    ap.add_argument("--json", action="store_true", help="print each disagreement as JSON")
    a = ap.parse_args()
    ref, other = load(a.reference), load(a.other)
    cases = load(a.cases) if a.cases else {}
    by_key = collections.defaultdict(list)
    flagged = []
    agree = agree_strict = 0
    missing = [i for i in ref if i not in other]
    for cid, r in ref.items():
        if cid not in other:
            continue
        o = other[cid]
        case = cases.get(cid)
        ok = strict = True
        for s in ("out_of_work", "in_work"):
            rs, os_ = r[s], o[s]
            if a.all_keys:
                pairs = [(k, v, dig(os_, k)) for k, v in flatten(rs)]
                pairs = [p for p in pairs if p[2] is not KeyError]
            else:
                pairs = [(k, dig(rs, k), dig(os_, k)) for k in default_keys(case, rs)]
            deviations = rs.get("pe_known_deviations") or []
            for k, want, got in pairs:
                if want is KeyError:
                    continue
                if isinstance(want, bool) or isinstance(got, bool) or not (
                    isinstance(want, (int, float)) and isinstance(got, (int, float))
                ):
                    bad = want != got and not (want is None and got in (0, 0.0))
                    diff = None
                else:
                    diff = got - want
                    bad = abs(diff) > a.tol
                if bad:
                    strict = False
                    row = {"id": cid, "scenario": s, "key": k, "reference": want, "other": got,
                           "diff": None if diff is None else round(diff, 2),
                           "causes": causes(case, s)}
                    if exempt(k, deviations):
                        row["pe_known_deviations"] = deviations
                        flagged.append(row)
                    else:
                        ok = False
                        by_key[k].append(row)
        if not a.all_keys:
            summary = o.get("summary") or gains(o)
            for k in SUMMARY:
                want, got = r["summary"].get(k), summary.get(k)
                if isinstance(want, (int, float)) and isinstance(got, (int, float)) and abs(got - want) > a.tol:
                    strict = False
                    row = {"id": cid, "scenario": "summary", "key": k, "reference": want,
                           "other": got, "diff": round(got - want, 2),
                           "causes": causes(case, "in_work")}
                    deviations = [d for s in ("out_of_work", "in_work")
                                  for d in (r[s].get("pe_known_deviations") or [])]
                    if exempt(f"summary.{k}", deviations):
                        row["pe_known_deviations"] = deviations
                        flagged.append(row)
                    else:
                        ok = False
                        by_key[f"summary.{k}"].append(row)
        agree += ok
        agree_strict += strict
    n = sum(1 for i in ref if i in other)
    print(f"{n} cases compared, {agree_strict} agree on every compared key, {agree} apart from "
          f"figures a flagged departure covers (tolerance £{a.tol} a year)"
          + (f"; {len(missing)} missing from OTHER" if missing else ""))
    if a.json:
        for rows in by_key.values():
            for row in rows:
                print(json.dumps(row))
        return
    for k, rows in sorted(by_key.items(), key=lambda kv: -len(kv[1])):
        ids = sorted({r["id"] for r in rows})
        print(f"\n== {k}: {len(rows)} differences in {len(ids)} cases")
        groups = collections.defaultdict(list)
        for row in rows:
            groups[" ".join(row["causes"])].append(row)
        for cause, rs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print(f"  [{cause}] x{len(rs)}")
            for row in rs[: a.show]:
                print(f"    {row['id']} {row['scenario']}: reference {row['reference']}, "
                      f"other {row['other']}, diff {row['diff']}")
    if flagged:
        print(f"\n== records the reference flags as known deviations: {len(flagged)} differences"
              f" in {len({r['id'] for r in flagged})} cases")
        kinds = collections.defaultdict(set)
        for row in flagged:
            kinds[" ".join(sorted(set(row["pe_known_deviations"])))].add(row["id"])
        for kind, ids in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
            print(f"  [{kind}] {len(ids)} cases: {' '.join(sorted(ids)[: a.show])}")


if __name__ == "__main__":
    main()
