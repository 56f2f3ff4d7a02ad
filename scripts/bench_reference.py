"""The reference model's side of `scripts/bench-vs-reference.sh`.

Runs the oracle's households through the reference model's compiled engine
(`policyengine-uk-compiled`, installed by the shell script into a throw-away
virtual environment; nothing of it is kept in this repository), each as the
same 121-point hours sweep (0 to 60 hours a week in half hours, at the case's
wage) that our engine computes, and sets the times beside ours.

The reference engine is a separate program that the Python package starts once
per call, reading parameters and the households as CSV. So its cost has a
one-off part (importing the package; starting the program and loading its
parameters, paid on every call) and a per-household part. They are measured
apart:

  * import: `import policyengine_uk_compiled`, once.
  * call overhead: one call with a single household, through the package and
    through the program directly (median of several calls).
  * per household, one call: one call with the household's 121 points, start-up
    included: what answering one person costs.
  * per household, start-up left out: (one call with all households' points -
    one call with a single household) / number of households, through the
    program directly: the best the engine can do in a large batch.

Usage: python bench_reference.py CASES.jsonl OURS.jsonl [--repeats N]
OURS.jsonl is what `cargo run --release --example sweep_timing` printed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

STEPS = 121  # 0, 0.5, ... 60 hours

REGIONS = {
    "NORTH_EAST": "North East",
    "NORTH_WEST": "North West",
    "YORKSHIRE": "Yorkshire",
    "EAST_MIDLANDS": "East Midlands",
    "WEST_MIDLANDS": "West Midlands",
    "EAST_OF_ENGLAND": "East of England",
    "LONDON": "London",
    "SOUTH_EAST": "South East",
    "SOUTH_WEST": "South West",
    "WALES": "Wales",
    "SCOTLAND": "Scotland",
}

# The compiled engine's tenure codes, found by trying them: 4 applies the Local
# Housing Allowance (private renting); the others pay the rent in full.
TENURE = {"social_rent": 0, "private_rent": 4, "owner": 1, "rent_free": 4}


def household_rows(case: dict, hours: float, ids: dict):
    """The reference engine's person, benefit unit and household rows for one case at
    `hours` a week of the case's job. `ids` carries the next free ids across a batch."""
    from policyengine_uk_compiled.engine import (
        BENUNIT_DEFAULTS,
        HOUSEHOLD_DEFAULTS,
        PERSON_DEFAULTS,
    )

    hid = ids["household"]
    ids["household"] += 1
    region = REGIONS[case["housing"]["region"]]
    scotland = region == "Scotland"
    job = case["job"]
    rent = float(case["housing"].get("rent_monthly", 0.0))
    if case["housing"]["tenure"] in ("owner", "rent_free"):
        rent = 0.0
    persons = []
    for i, adult in enumerate(case["adults"]):
        working = i == job["adult"]
        earnings = hours * job["hourly_wage"] * 52 if working else 0.0
        worked = hours * 52 if working else 0.0
        if not working and len(case["adults"]) == 2:
            earnings = float(case.get("other_adult_earnings_annual", 0.0))
            worked = float(case.get("other_adult_hours_per_week") or 0.0) * 52
        pip_dl = adult.get("pip_daily_living", "none")
        pip_m = adult.get("pip_mobility", "none")
        persons.append({
            **PERSON_DEFAULTS,
            "person_id": ids["person"],
            "benunit_id": hid,
            "household_id": hid,
            "age": adult["age"],
            "gender": adult.get("sex") or ("male" if i == 0 else "female"),
            "is_benunit_head": i == 0,
            "is_household_head": i == 0,
            "employment_income": earnings,
            "hours_worked_annual": worked,
            "is_in_scotland": scotland,
            "is_carer": bool(adult.get("carer")),
            "has_lcwra": bool(adult.get("lcwra")),
            "is_disabled": bool(adult.get("lcwra")) or pip_dl != "none" or pip_m != "none",
            "pip_dl_std": pip_dl == "standard",
            "pip_dl_enh": pip_dl == "enhanced",
            "pip_mob_std": pip_m == "standard",
            "pip_mob_enh": pip_m == "enhanced",
            "childcare_expenses": 12 * job.get("childcare_monthly", 0.0) if working and hours > 0 else 0.0,
        })
        ids["person"] += 1
    for child in case["children"]:
        persons.append({
            **PERSON_DEFAULTS,
            "person_id": ids["person"],
            "benunit_id": hid,
            "household_id": hid,
            "age": child["age"],
            "gender": child.get("sex") or "male",
            "is_benunit_head": False,
            "is_household_head": False,
            "is_in_scotland": scotland,
            "is_disabled": bool(child.get("disabled")),
            "dla_care_mid": bool(child.get("disabled")),
        })
        ids["person"] += 1
    person_ids = ";".join(str(p["person_id"]) for p in persons)
    benunit = {
        **BENUNIT_DEFAULTS,
        "benunit_id": hid,
        "household_id": hid,
        "person_ids": person_ids,
        "rent_monthly": rent,
        "is_lone_parent": len(case["adults"]) == 1 and len(case["children"]) > 0,
    }
    household = {
        **HOUSEHOLD_DEFAULTS,
        "household_id": hid,
        "benunit_ids": str(hid),
        "person_ids": person_ids,
        "region": region,
        "rent_annual": rent * 12,
        "tenure_type": TENURE[case["housing"]["tenure"]],
    }
    return persons, benunit, household


def frames(cases: list[dict], points: int = STEPS):
    import pandas as pd

    ids = {"person": 0, "household": 0}
    persons, benunits, households = [], [], []
    for case in cases:
        for step in range(points):
            p, b, h = household_rows(case, step / 2, ids)
            persons += p
            benunits.append(b)
            households.append(h)
    return pd.DataFrame(persons), pd.DataFrame(benunits), pd.DataFrame(households)


def payload(cases, points=STEPS):
    from policyengine_uk_compiled import engine

    p, b, h = frames(cases, points)
    return engine._build_stdin_payload(
        engine._df_to_csv(p), engine._df_to_csv(b), engine._df_to_csv(h)
    )


def run_binary(year: int, stdin: str) -> tuple[float, str]:
    """One run of the compiled program on a prepared payload: seconds, stdout."""
    from policyengine_uk_compiled import engine

    binary = engine._find_binary()
    cmd = [binary, "--year", str(year), "--stdin-data", "--output-microdata-stdout"]
    start = time.perf_counter()
    proc = subprocess.run(
        cmd, input=stdin, capture_output=True, text=True, cwd=engine._find_cwd(binary)
    )
    took = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"reference engine failed: {proc.stderr[:2000]}")
    return took, proc.stdout


def run_api(year: int, cases: list[dict], points=STEPS):
    """One call through the Python package, as its documentation shows: seconds, households."""
    from policyengine_uk_compiled import Simulation

    start = time.perf_counter()
    p, b, h = frames(cases, points)
    result = Simulation(year=year, persons=p, benunits=b, households=h).run_microdata()
    return time.perf_counter() - start, result.households


def median_time(fn, repeats):
    times = []
    out = None
    for _ in range(repeats):
        took, out = fn()
        times.append(took)
    return statistics.median(times), min(times), max(times), out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cases")
    ap.add_argument("ours")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--json", help="also write the results here")
    args = ap.parse_args()

    cases = [json.loads(l) for l in open(args.cases) if l.strip()]
    ours = {o["id"]: o for o in (json.loads(l) for l in open(args.ours) if l.strip())}

    start = time.perf_counter()
    import policyengine_uk_compiled  # noqa: F401  (prints a banner on import)

    import_s = time.perf_counter() - start
    version = policyengine_uk_compiled.__version__
    r = args.repeats

    # Call overhead: a single household, one point.
    one = cases[0]
    one_payload = payload([one], 1)
    _, call_bin, _, _ = median_time(lambda: run_binary(one["year"], one_payload), r)
    _, call_api, _, _ = median_time(lambda: run_api(one["year"], [one], 1), r)

    rows = []
    for case in cases:
        year = case["year"]
        pl = payload([case])
        _, t_bin, _, out = median_time(lambda: run_binary(year, pl), r)
        _, t_api, _, hh = median_time(lambda: run_api(year, [case]), r)
        net = [round(float(x), 2) for x in hh["net_income"].tolist()]
        mine = ours[case["id"]]
        # The reference's net income leaves out nothing our net income counts, except that
        # its 2026-27 UC standard allowance is £133.80 a year lower (oracle README).
        gaps = [abs(a - b) for a, b in zip(net, mine["net_income_annual"])]
        rows.append({
            "id": case["id"],
            "year": year,
            "ours_us": mine["us_min"],
            "ours_median_us": mine["us_per_household"],
            "ref_call_bin_us": t_bin * 1e6,
            "ref_call_api_us": t_api * 1e6,
            "ref_bin_minus_startup_us": max(t_bin - call_bin, 0.0) * 1e6,
            "median_gap": statistics.median(gaps),
            "max_gap": max(gaps),
        })

    # Start-up left out, in one big batch per year through the program itself.
    batch = {}
    for year in sorted({c["year"] for c in cases}):
        group = [c for c in cases if c["year"] == year]
        pl = payload(group)
        _, t, _, _ = median_time(lambda: run_binary(year, pl), max(3, r // 2))
        batch[year] = {
            "households": len(group),
            "seconds": t,
            "us_per_household": max(t - call_bin, 0.0) * 1e6 / len(group),
        }

    ours_total = sum(x["ours_us"] for x in rows)
    print(f"\nReference: policyengine-uk-compiled {version}; {len(cases)} households, "
          f"{STEPS} points each (0 to 60 hours in half hours).\n"
          f"Every time is the fastest of {r} runs (ours: the fastest of 15 rounds), on both "
          f"sides, since on a shared machine the fastest is the least disturbed.\n")
    print("One-off and per-call costs of the reference:")
    print(f"  import policyengine_uk_compiled        {import_s * 1e3:9.1f} ms (once)")
    print(f"  one call, 1 household, program only    {call_bin * 1e3:9.1f} ms (every call)")
    print(f"  one call, 1 household, Python API      {call_api * 1e3:9.1f} ms (every call)")
    for year, b in batch.items():
        print(f"  batch {year}: {b['households']} x {STEPS} points in one call "
              f"{b['seconds'] * 1e3:9.1f} ms -> {b['us_per_household']:.0f} µs a household "
              f"with start-up left out")
    print()
    header = (f"{'household':40} {'ours µs':>9} {'ref call µs':>12} {'ratio':>7} "
              f"{'ref -startup µs':>16} {'ratio':>7} {'API call µs':>12} {'max gap £/yr':>13}")
    print(header)
    print("-" * len(header))
    for x in rows:
        print(f"{x['id'][:40]:40} {x['ours_us']:9.1f} {x['ref_call_bin_us']:12.0f} "
              f"{x['ref_call_bin_us'] / x['ours_us']:6.0f}x {x['ref_bin_minus_startup_us']:16.0f} "
              f"{x['ref_bin_minus_startup_us'] / x['ours_us']:6.0f}x {x['ref_call_api_us']:12.0f} "
              f"{x['max_gap']:13.2f}")
    ratios_call = [x["ref_call_bin_us"] / x["ours_us"] for x in rows]
    ratios_marg = [x["ref_bin_minus_startup_us"] / x["ours_us"] for x in rows]
    batch_ratio = [
        batch[x["year"]]["us_per_household"] / x["ours_us"] for x in rows
    ]
    print()
    print(f"Ours: median household {statistics.median([x['ours_us'] for x in rows]):.1f} µs "
          f"(fastest round; median round {statistics.median([x['ours_median_us'] for x in rows]):.1f} µs) "
          f"(121 points), {ours_total / 1e3:.2f} ms for all {len(rows)}.")
    print(f"Ratio, reference one call per household (start-up included): median "
          f"{statistics.median(ratios_call):.0f}x, min {min(ratios_call):.0f}x")
    print(f"Ratio, reference per household minus its start-up (121-point call): median "
          f"{statistics.median(ratios_marg):.0f}x, min {min(ratios_marg):.0f}x")
    print(f"Ratio, reference per household in one big batch, start-up left out: median "
          f"{statistics.median(batch_ratio):.0f}x, min {min(batch_ratio):.0f}x")
    print(f"Largest net income gap at any point, any household: "
          f"£{max(x['max_gap'] for x in rows):.2f} a year "
          f"(median of per-household medians £{statistics.median([x['median_gap'] for x in rows]):.2f})")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"version": version, "import_s": import_s, "call_bin_s": call_bin,
                       "call_api_s": call_api, "batch": batch, "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
