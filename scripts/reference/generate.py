"""Write new oracle cases (the neutral format of tests/oracle/README.md, v1 and v2) across the
space the oracle's generators describe, for `run.py` (the reference) and
`better-off --oracle-format` (ours) to answer and `compare.py` to set side by side.

Usage: python generate.py --seed N --count K > CASES.jsonl

Each case is one of these kinds, in turn at random: a working-age single or lone parent; a
working-age couple (married or not); a New Style ESA claimant (assessment, work-related
activity or support group; the job sometimes supported permitted work); a New Style JSA
claimant; a household in specified (supported) accommodation; a single pensioner; a
pensioner couple; a mixed-age couple (one at State Pension age with a State Pension). On top:
children 0-15 (distinct ages, some disabled, some at DLA's highest care rate), carers,
LCW / LCWRA (2026: sometimes at the new-claimant rate), PIP, England / Scotland / Wales
regions with their default BRMA, social or private rent, owners and rent-free, council tax,
childcare, 2025-26 and 2026-27, 1-45 hours a week at the minimum wage for the age up to
about £25 an hour.

The README's limits are kept: State Pension age is 67-71 in both years (66 reaches it part
way through 2026-27), ESA's support group has LCWRA and its work-related activity group LCW,
ESA and JSA never together, specified accommodation is socially rented and (to stay away
from the reference's known HB gaps) childless with no LCW outside ESA's support group, and
a State Pension age member of a mixed-age couple with PIP at the enhanced daily living rate
has LCWRA (UC Regs 2013 reg 40).
"""

from __future__ import annotations

import argparse
import json
import random

REGIONS = [
    "NORTH_EAST", "NORTH_WEST", "YORKSHIRE", "EAST_MIDLANDS", "WEST_MIDLANDS",
    "EAST_OF_ENGLAND", "LONDON", "SOUTH_EAST", "SOUTH_WEST", "WALES", "SCOTLAND",
]
KINDS = ["single", "couple", "esa", "jsa", "specified", "pensioner", "pensioner_couple",
         "mixed_age"]
# National Living Wage (21+) and the 18-20 rate, £ an hour.
NLW = {2025: 12.21, 2026: 12.71}
YOUNG = {2025: 10.00, 2026: 10.85}
FULL_STATE_PENSION = {2025: 230.25, 2026: 241.30}


def country_of(region: str) -> str:
    return {"WALES": "wales", "SCOTLAND": "scotland"}.get(region, "england")


def adult(r: random.Random, age: int, sex: str, year: int, disabled_bias: float = 0.2) -> dict:
    a = {"age": age, "sex": sex, "lcwra": False, "pip_daily_living": "none",
         "pip_mobility": "none", "carer": False}
    if r.random() < disabled_bias:
        a["pip_daily_living"] = r.choice(["none", "standard", "enhanced"])
        a["pip_mobility"] = r.choice(["none", "none", "standard", "enhanced"])
    return a


def working_age(r: random.Random) -> int:
    return r.choice([r.randint(18, 24), r.randint(25, 34), r.randint(35, 64), r.randint(18, 64)])


def pension_age(r: random.Random) -> int:
    return r.randint(67, 71)


def health(r: random.Random, a: dict, year: int, p_lcwra=0.15, p_lcw=0.08):
    x = r.random()
    if x < p_lcwra:
        a["lcwra"] = True
        if year == 2026 and r.random() < 0.3:
            a["lcwra_new_claimant"] = True
    elif x < p_lcwra + p_lcw:
        a["lcw"] = True


def children(r: random.Random, n: int) -> list:
    ages = r.sample(range(0, 16), n)
    out = []
    for age in sorted(ages, reverse=True):
        c = {"age": age, "sex": r.choice(["male", "female"]), "disabled": r.random() < 0.15}
        if c["disabled"] and r.random() < 0.3:
            c["dla_care"] = r.choice(["lowest", "middle", "highest"])
        if c["disabled"] and r.random() < 0.2 and age >= 3:
            c["dla_mobility"] = r.choice(["lower", "higher"])
        out.append(c)
    return out


def housing(r: random.Random, region: str, n_children: int, kind: str) -> dict:
    if kind == "specified":
        tenure = "social_rent"
    elif kind in ("pensioner", "pensioner_couple"):
        tenure = r.choice(["social_rent", "private_rent", "owner", "social_rent"])
    else:
        tenure = r.choice(["social_rent", "social_rent", "private_rent", "private_rent", "owner",
                           "rent_free"])
    h = {"tenure": tenure, "region": region}
    if tenure == "social_rent":
        h["rent_monthly"] = float(r.randrange(300, 900, 5) + 50 * min(n_children, 3))
    elif tenure == "private_rent":
        base = 1100 if region == "LONDON" else 550
        h["rent_monthly"] = float(r.randrange(base, base + 700 + 150 * n_children, 5))
    else:
        h["rent_monthly"] = 0.0
    if kind == "specified":
        h["specified_accommodation"] = True
        h["rent_monthly"] = float(r.randrange(500, 1200, 5))
    if r.random() < 0.75:
        h["council_tax_annual"] = float(r.randrange(900, 2600, 10))
    return h


def job(r: random.Random, year: int, worker: dict, n_children: int, kind: str) -> dict:
    minimum = NLW[year] if worker["age"] >= 21 else YOUNG[year]
    if kind == "esa":
        hours = r.choice([r.randint(1, 15), 16, r.randint(16, 45), float(r.randint(2, 31)) / 2])
    elif kind == "jsa":
        hours = r.choice([r.randint(1, 15), r.randint(1, 15), r.randint(16, 45)])
    elif kind in ("pensioner", "pensioner_couple"):
        hours = r.randint(1, 30)
    else:
        hours = r.choice([r.randint(1, 45), 16, r.randint(16, 37), 37.5, 30])
    wage = minimum if r.random() < 0.4 else round(r.uniform(minimum, 25.0), 2)
    childcare = 0.0
    if n_children and r.random() < 0.4:
        childcare = float(r.randrange(100, 1000, 25))
    return {"adult": 0, "hours_per_week": float(hours), "hourly_wage": wage,
            "childcare_monthly": childcare}


def make_case(r: random.Random, seed: int, n: int) -> dict:
    kind = r.choice(KINDS)
    year = r.choice([2025, 2026])
    region = r.choice(REGIONS)
    sexes = r.choice([("male", "female"), ("female", "male"), ("female", "female"),
                      ("male", "male")])
    adults = []
    kids = []
    if kind in ("single", "couple"):
        adults.append(adult(r, working_age(r), sexes[0], year))
        health(r, adults[0], year)
        if kind == "couple":
            adults.append(adult(r, working_age(r), sexes[1], year))
            health(r, adults[1], year)
        kids = children(r, r.choice([0, 0, 1, 2, 3, 4]))
    elif kind in ("esa", "jsa"):
        a = adult(r, working_age(r), sexes[0], year)
        if kind == "esa":
            group = r.choice(["assessment", "wrag", "support", "support"])
            a["new_style_esa"] = {"group": group}
            if group == "support":
                a["lcwra"] = True
                if year == 2026 and r.random() < 0.3:
                    a["lcwra_new_claimant"] = True
            elif group == "wrag":
                a["lcw"] = True
        else:
            a["new_style_jsa"] = True
        adults.append(a)
        if r.random() < 0.35:
            b = adult(r, working_age(r), sexes[1], year)
            health(r, b, year)
            adults.append(b)
        kids = children(r, r.choice([0, 0, 0, 1, 2, 3]))
    elif kind == "specified":
        a = adult(r, working_age(r), sexes[0], year, disabled_bias=0.4)
        if r.random() < 0.4:
            a["new_style_esa"] = {"group": "support"}
            a["lcwra"] = True
        adults.append(a)
        if r.random() < 0.2:
            adults.append(adult(r, working_age(r), sexes[1], year, disabled_bias=0.0))
    elif kind in ("pensioner", "pensioner_couple"):
        a = adult(r, pension_age(r), sexes[0], year, disabled_bias=0.3)
        a["state_pension_weekly"] = sp_weekly(r, year)
        adults.append(a)
        if kind == "pensioner_couple":
            b = adult(r, pension_age(r), sexes[1], year, disabled_bias=0.2)
            b["state_pension_weekly"] = sp_weekly(r, year)
            adults.append(b)
    else:  # mixed_age
        old = adult(r, pension_age(r), sexes[0], year, disabled_bias=0.3)
        old["state_pension_weekly"] = sp_weekly(r, year)
        if old["pip_daily_living"] == "enhanced":
            old["lcwra"] = True  # UC Regs 2013 reg 40
        young = adult(r, r.randint(40, 64), sexes[1], year)
        health(r, young, year)
        if r.random() < 0.3:
            young["new_style_jsa"] = True
        adults = [old, young] if r.random() < 0.5 else [young, old]
        kids = children(r, r.choice([0, 0, 0, 1]))
    for a in adults:
        if r.random() < 0.15:
            a["carer"] = True
    case = {
        "id": f"gen{seed}_{n:04d}",
        "year": year,
        "country": country_of(region),
        "adults": adults,
        "children": kids,
        "housing": housing(r, region, len(kids), kind),
    }
    worker_index = 0
    if len(adults) == 2:
        if kind in ("esa", "jsa", "specified"):
            worker_index = 0 if r.random() < 0.75 else 1
        else:
            worker_index = r.randint(0, 1)
    j = job(r, year, adults[worker_index], len(kids), kind)
    j["adult"] = worker_index
    if kind == "esa" and r.random() < 0.25:
        j["supported_permitted_work"] = True
    case["job"] = j
    case["other_adult_earnings_annual"] = 0.0
    if len(adults) == 2:
        case["married"] = r.random() < 0.5
        other = adults[1 - worker_index]
        # The oracle works ESA and JSA out from the job alone, so an ESA or JSA claimant who
        # does not take the job has no earnings of their own here.
        contributory = other.get("new_style_esa") or other.get("new_style_jsa")
        if r.random() < 0.3 and kind != "pensioner_couple" and not contributory:
            hours = r.randint(8, 37)
            wage = NLW[year] if other["age"] >= 21 else YOUNG[year]
            case["other_adult_earnings_annual"] = round(hours * r.uniform(wage, 20.0) * 52, 2)
            case["other_adult_hours_per_week"] = float(hours)
        if all(a["carer"] for a in adults) and r.random() < 0.5:
            case["carers_care_for_same_person"] = True
    return case


def sp_weekly(r: random.Random, year: int) -> float:
    full = FULL_STATE_PENSION[year]
    return full if r.random() < 0.6 else round(r.uniform(120.0, full), 2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, required=True)
    a = ap.parse_args()
    r = random.Random(a.seed)
    for n in range(a.count):
        print(json.dumps(make_case(r, a.seed, n)))


if __name__ == "__main__":
    main()
