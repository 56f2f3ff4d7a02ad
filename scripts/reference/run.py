"""Run oracle cases through the reference model (PolicyEngine UK 2.162.10, the full Python
model) and print, per case, the figures the oracle's expected files give.

Usage: python run.py CASES.jsonl > EXPECTED.jsonl   (in the venv `setup.sh` makes)

Each neutral case becomes two PolicyEngine households (out of work, in work) exactly as
`tests/oracle/README.md` describes: the v1 fields, the v2 fields, and the New Style ESA and
JSA awards the oracle works out itself (PolicyEngine takes them as amounts). All cases of
one year run in one simulation (a situation with many households): a first pass for the
in-work earnings the ESA permitted-work test and the JSA earnings rule read, then the
real run.

Keys printed: every figure the repository's oracle tests compare (the core money, the UC
steps, Housing Benefit, Pension Credit, council tax) under the expected files' names; the
oracle's in-kind lists and per-person rows are left out.
"""

from __future__ import annotations

import json
import math
import sys

from policyengine_uk import Simulation

DEFAULT_BRMA = {
    "NORTH_EAST": "TYNESIDE",
    "NORTH_WEST": "CENTRAL_GREATER_MANCHESTER",
    "YORKSHIRE": "LEEDS",
    "EAST_MIDLANDS": "LEICESTER",
    "WEST_MIDLANDS": "BIRMINGHAM",
    "EAST_OF_ENGLAND": "CENTRAL_NORFOLK_NORWICH",
    "LONDON": "INNER_SOUTH_EAST_LONDON",
    "SOUTH_EAST": "SOUTHAMPTON",
    "SOUTH_WEST": "BRISTOL",
    "WALES": "CARDIFF",
    "SCOTLAND": "LOTHIAN",
}

TENURE = {
    "social_rent": "RENT_FROM_COUNCIL",
    "private_rent": "RENT_PRIVATELY",
    "owner": "OWNED_OUTRIGHT",
    "rent_free": "RENT_PRIVATELY",
}

PIP = {"none": "NONE", "standard": "STANDARD", "enhanced": "ENHANCED"}
DLA_CARE = {"none": "NONE", "lowest": "LOWER", "middle": "MIDDLE", "highest": "HIGHER"}
DLA_MOB = {"none": "NONE", "lower": "LOWER", "higher": "HIGHER"}

# New Style ESA and JSA, £ a week (README "What the oracle works out").
ESA_RATES = {
    2025: {"assessment_under_25": 72.90, "assessment": 92.05, "wrag": 92.05, "support": 140.55},
    2026: {"assessment_under_25": 75.65, "assessment": 95.55, "wrag": 95.55, "support": 145.90},
}
JSA_RATES = {2025: (72.90, 92.05), 2026: (75.65, 95.55)}
ESA_LOWER_LIMIT = 20.0
JSA_DISREGARD = 5.0
HOURS_LIMIT = 16.0

# Benefits in `household_benefits` that are not cash (never in net_income).
IN_KIND = {
    "council_tax_benefit",
    "tax_free_childcare",
    "extended_childcare_entitlement",
    "universal_childcare_entitlement",
    "targeted_childcare_entitlement",
    "wales_childcare_offer",
    "care_to_learn",
    "nhs_spending",
    "dfe_education_spending",
    "dft_subsidy_spending",
    "healthy_start_vouchers",
    "basic_income",
}

SCENARIOS = ("out_of_work", "in_work")

PERSON_OUT = [
    "employment_income",
    "income_tax",
    "national_insurance",
    "carers_allowance",
    "carer_support_payment",
    "scottish_carer_supplement",
    "pip",
    "pip_dl",
    "pip_m",
    "dla",
    "scottish_child_payment",
    "esa_contrib",
    "jsa_contrib",
    "state_pension",
    "winter_fuel_payment",
    "pension_age_winter_heating_payment",
    "childcare_expenses",
]
BENUNIT_OUT = ["universal_credit", "child_benefit", "housing_benefit", "pension_credit",
               "council_tax_benefit"]
UC_KEYS = [
    "uc_standard_allowance",
    "uc_child_element",
    "uc_individual_disabled_child_element",
    "uc_individual_severely_disabled_child_element",
    "uc_disability_elements",
    "uc_LCWRA_element",
    "uc_carer_element",
    "uc_housing_costs_element",
    "uc_childcare_element",
    "uc_maximum_childcare_element_amount",
    "uc_maximum_amount",
    "is_uc_work_allowance_eligible",
    "uc_work_allowance",
    "uc_earned_income_before_work_allowance",
    "uc_earned_income",
    "uc_unearned_income",
    "uc_income_reduction",
    "universal_credit_pre_benefit_cap",
    "is_uc_benefit_cap_exempt",
    "uc_benefit_cap_earnings_exception_threshold",
    "uc_benefit_cap",
    "uc_benefit_cap_reduction",
    "benunit_rent",
    "uc_LHA_cap",
    "LHA_allowed_bedrooms",
    "LHA_category",
    "brma",
]
HB_KEYS = [
    "housing_benefit_eligible",
    "benunit_rent",
    "housing_benefit_on_passporting_benefit",
    "housing_benefit_pension_age_regulations_apply",
    "LHA_eligible",
    "housing_benefit_applicable_amount",
    "housing_benefit_applicable_income",
    "housing_benefit_net_earnings",
    "housing_benefit_applicable_income_disregard",
    "housing_benefit_entitlement",
    "housing_benefit_pre_benefit_cap",
    "housing_benefit_benefit_cap_reduction",
    "in_specified_or_temporary_accommodation",
    "is_uc_entitled",
]
PC_KEYS = [
    "is_pension_credit_eligible",
    "minimum_guarantee",
    "standard_minimum_guarantee",
    "additional_minimum_guarantee",
    "pension_credit_income",
    "pension_credit_earnings_disregard",
    "guarantee_credit",
    "savings_credit",
]


def money(x) -> float:
    return round(float(x) + 0.0, 2)


def plain(x):
    """A numpy scalar as JSON: enums by name, bools, money to the penny."""
    if hasattr(x, "name") and not isinstance(x, (int, float)):
        return x.name
    if isinstance(x, bytes):
        return x.decode()
    if type(x).__name__ in ("bool_", "bool"):
        return bool(x)
    if isinstance(x, str):
        return x
    return money(x)


def works(case: dict, scenario: str, adult: int) -> bool:
    return scenario == "in_work" and case["job"]["adult"] == adult


def contributory_awards(case: dict, scenario: str, pay: dict | None) -> list[dict]:
    """The New Style ESA and JSA award of each adult (README tables), £ a week.
    `pay` is the first pass's figures for the job adult in work:
    {"earnings": net weekly pay, "higher_limit": reg 45(4) limit}."""
    year = case["year"]
    out = []
    for i, a in enumerate(case["adults"]):
        award = {"esa_weekly": 0.0, "jsa_weekly": 0.0, "esa_support": False}
        working = works(case, scenario, i)
        esa = a.get("new_style_esa")
        if esa:
            group = esa["group"]
            rates = ESA_RATES[year]
            if group == "assessment" and a["age"] < 25:
                rate = rates["assessment_under_25"]
            else:
                rate = rates[group]
            award["esa_support"] = group == "support"
            continues = True
            if working:
                earnings = pay["earnings"]
                hours = case["job"]["hours_per_week"]
                spw = bool(case["job"].get("supported_permitted_work"))
                within_higher = earnings <= pay["higher_limit"] + 1e-9
                continues = (
                    earnings <= ESA_LOWER_LIMIT
                    or (hours < HOURS_LIMIT and within_higher)
                    or (spw and within_higher)
                )
            award["esa_weekly"] = rate if continues else 0.0
        if a.get("new_style_jsa"):
            young, full = JSA_RATES[year]
            rate = young if a["age"] < 25 else full
            if working:
                if case["job"]["hours_per_week"] >= HOURS_LIMIT:
                    rate = 0.0
                else:
                    earnings = math.floor(pay["earnings"] * 100 + 1e-6) / 100
                    rate = max(0.0, round(rate - max(0.0, earnings - JSA_DISREGARD), 2))
            award["jsa_weekly"] = rate
        out.append(award)
    return out


def add_household(sit: dict, key: str, case: dict, scenario: str, awards) -> dict:
    """Put one scenario of one case into the situation as household `key`; return the names of
    its people and benefit unit."""
    year = str(case["year"])
    job = case["job"]
    housing = case["housing"]
    n_adults = len(case["adults"])
    has_children = len(case["children"]) > 0
    names = []
    for i, a in enumerate(case["adults"]):
        name = f"{key}_a{i}"
        names.append(name)
        working = works(case, scenario, i)
        if working:
            earnings = job["hours_per_week"] * job["hourly_wage"] * 52
            hours = job["hours_per_week"] * 52
            childcare = 12 * job.get("childcare_monthly", 0.0)
        elif n_adults == 2 and i != job["adult"]:
            earnings = case.get("other_adult_earnings_annual", 0.0) or 0.0
            hours = (case.get("other_adult_hours_per_week") or 0.0) * 52
            childcare = 0.0
        else:
            earnings, hours, childcare = 0.0, 0.0, 0.0
        sex = a.get("sex") or ("male" if i == 0 else "female")
        lcwra = bool(a.get("lcwra"))
        lcw = lcwra or bool(a.get("lcw"))
        pip_dl = a.get("pip_daily_living", "none")
        pip_m = a.get("pip_mobility", "none")
        p = {
            "age": {year: a["age"]},
            "gender": {year: sex.upper()},
            "is_claimant_or_partner": {year: True},
            "is_parent": {year: has_children},
            "uc_limited_capability_for_WRA": {year: lcwra},
            "uc_limited_capability_for_work": {year: lcw},
            "pip_dl_category": {year: PIP[pip_dl]},
            "pip_m_category": {year: PIP[pip_m]},
            "care_hours": {year: 35.0 if a.get("carer") else 0.0},
            "is_disabled_for_benefits": {year: lcw or pip_dl != "none" or pip_m != "none"},
            "is_enhanced_disabled_for_benefits": {year: pip_dl == "enhanced"},
            "employment_income": {year: earnings},
            "hours_worked": {year: hours},
            "childcare_expenses": {year: childcare},
            "esa_contrib_reported": {year: 52 * awards[i]["esa_weekly"]},
            "esa_includes_support_component": {year: awards[i]["esa_support"]},
            "jsa_contrib_reported": {year: 52 * awards[i]["jsa_weekly"]},
            "state_pension_reported": {year: 52 * (a.get("state_pension_weekly") or 0.0)},
        }
        sit["people"][name] = p
    for j, c in enumerate(case["children"]):
        name = f"{key}_c{j}"
        names.append(name)
        care = c.get("dla_care") or ("middle" if c.get("disabled") else "none")
        mob = c.get("dla_mobility") or "none"
        sit["people"][name] = {
            "age": {year: c["age"]},
            "gender": {year: (c.get("sex") or "male").upper()},
            "is_claimant_or_partner": {year: False},
            "is_parent": {year: False},
            "dla_sc_category": {year: DLA_CARE[care]},
            "dla_m_category": {year: DLA_MOB[mob]},
            "is_disabled_for_benefits": {year: care != "none" or bool(c.get("disabled"))},
            # Set on every person because it is set on the adults (a variable given for some
            # people is an input for all): PolicyEngine's own formula, DLA care at the
            # highest rate.
            "is_enhanced_disabled_for_benefits": {year: care == "highest"},
        }
    lcwra_new = any(a.get("lcwra_new_claimant") for a in case["adults"])
    specified = bool(housing.get("specified_accommodation"))
    bu = {
        "members": list(names),
        "is_married": {year: bool(case.get("married", False))},
        "uc_receives_new_claimant_health_element": {year: lcwra_new},
        "partners_care_for_same_severely_disabled_person": {
            year: bool(case.get("carers_care_for_same_person", False))
        },
        "in_specified_or_temporary_accommodation": {year: specified},
    }
    if specified:
        bu["housing_benefit_eligible"] = {year: True}
        bu["uc_housing_costs_element"] = {year: 0.0}
    sit["benunits"][f"{key}_bu"] = bu
    tenure = housing["tenure"]
    rent = 0.0 if tenure in ("owner", "rent_free") else 12 * (housing.get("rent_monthly") or 0.0)
    sit["households"][f"{key}_hh"] = {
        "members": list(names),
        "region": {year: housing["region"]},
        "brma": {year: housing.get("brma") or DEFAULT_BRMA[housing["region"]]},
        "tenure_type": {year: TENURE[tenure]},
        "rent": {year: rent},
        "council_tax": {year: housing.get("council_tax_annual") or 0.0},
    }
    return {"people": names, "n_adults": n_adults}


class Batch:
    """One simulation over many households of one year, read back by name."""

    def __init__(self, year: int, entries):
        self.year = str(year)
        sit = {"people": {}, "benunits": {}, "households": {}}
        self.entries = []
        for key, case, scenario, awards in entries:
            info = add_household(sit, key, case, scenario, awards)
            self.entries.append((key, info))
        self.sim = Simulation(situation=sit)
        self.index = {}
        for entity in ("person", "benunit", "household"):
            ids = list(self.sim.populations[entity].ids)
            self.index[entity] = {str(x): n for n, x in enumerate(ids)}
        self.cache = {}

    def values(self, var: str):
        if var not in self.cache:
            v = self.sim.tax_benefit_system.variables[var]
            arr = self.sim.calculate(var, self.year)
            if v.value_type.__name__ == "Enum":
                arr = arr.decode_to_str() if hasattr(arr, "decode_to_str") else arr
            self.cache[var] = arr
        return self.cache[var]

    def entity_of(self, var: str) -> str:
        return self.sim.tax_benefit_system.variables[var].entity.key

    def get(self, var: str, key: str, person: str | None = None):
        entity = self.entity_of(var)
        arr = self.values(var)
        if entity == "person":
            return arr[self.index["person"][person]]
        if entity == "benunit":
            return arr[self.index["benunit"][f"{key}_bu"]]
        return arr[self.index["household"][f"{key}_hh"]]

    def person_sum(self, var: str, key: str, people) -> float:
        return float(sum(float(self.get(var, key, p)) for p in people))


def first_pass(year: int, cases) -> dict:
    """Net weekly pay of each ESA or JSA claimant who takes the job, from PolicyEngine's own
    `esa_exempt_work_earnings` (pay less tax and NI on the pay alone)."""
    entries = []
    for case in cases:
        a = case["adults"][case["job"]["adult"]]
        if a.get("new_style_esa") or a.get("new_style_jsa"):
            awards = [{"esa_weekly": 0.0, "jsa_weekly": 0.0, "esa_support": False}
                      for _ in case["adults"]]
            entries.append((f"p_{case['_n']}", case, "in_work", awards))
    if not entries:
        return {}
    b = Batch(year, entries)
    out = {}
    for key, case, _, _ in entries:
        person = f"{key}_a{case['job']['adult']}"
        out[case["_n"]] = {
            "earnings": float(b.get("esa_exempt_work_earnings", key, person)),
            "higher_limit": float(b.get("esa_exempt_work_higher_earnings_limit", key, person)),
        }
    return out


def scenario_record(b: Batch, key: str, info: dict, case: dict, awards) -> dict:
    people = info["people"]
    adults = people[: info["n_adults"]]
    r = {}
    for var in PERSON_OUT:
        r[var] = money(b.person_sum(var, key, people))
    r["childcare_costs"] = r.pop("childcare_expenses")
    for var in BENUNIT_OUT:
        r[var] = money(b.get(var, key))
    r["council_tax"] = money(b.get("council_tax", key))
    r["household_net_income"] = money(b.get("household_net_income", key))
    # net_income: market income + cash benefits - income tax - NI (README).
    from policyengine_uk.variables.household.income.household_benefits import (
        HOUSEHOLD_BENEFIT_VARIABLES,
    )

    cash = 0.0
    cash_nonzero = {}
    for var in HOUSEHOLD_BENEFIT_VARIABLES:
        if var in IN_KIND:
            continue
        entity = b.entity_of(var)
        if entity == "person":
            v = b.person_sum(var, key, people)
        else:
            v = float(b.get(var, key))
        if abs(v) > 0.001:
            cash_nonzero[var] = money(v)
        cash += v
    market = float(b.get("household_market_income", key))
    net = market + cash - r["income_tax"] - r["national_insurance"]
    r["net_income"] = money(net)
    r["net_income_after_childcare"] = money(net - r["childcare_costs"])
    r["net_income_after_council_tax"] = money(net - r["council_tax"] + r["council_tax_benefit"])
    r["cash_benefits_nonzero"] = cash_nonzero
    uc = {}
    for var in UC_KEYS:
        if b.entity_of(var) == "person":
            uc[var] = money(b.person_sum(var, key, people))
        else:
            uc[var] = plain(b.get(var, key))
    uc["uc_taper_rate"] = 0.55
    uc["uc_taper_deduction"] = money(0.55 * float(b.get("uc_earned_income", key)))
    uc["universal_credit_monthly"] = money(r["universal_credit"] / 12)
    if uc["is_uc_benefit_cap_exempt"]:
        uc["uc_benefit_cap"] = None
    r["uc"] = uc
    r["housing_benefit_detail"] = {k: plain(b.get(k, key)) for k in HB_KEYS}
    if bool(b.get("is_pension_credit_eligible", key)) or _pc_age(b, key, adults):
        r["pension_credit_detail"] = {k: plain(b.get(k, key)) for k in PC_KEYS}
    else:
        r["pension_credit_detail"] = None
    r["council_tax_reduction_detail"] = {
        "modelled": bool(b.get("council_tax_reduction_scheme_supported", key)),
    }
    r["pe_known_deviations"] = known_deviations(b, key, case, adults, r)
    r["per_adult_v2"] = [
        {
            "age": plain(b.get("age", key, p)),
            "is_SP_age": bool(b.get("is_SP_age", key, p)),
            "state_pension": money(b.get("state_pension", key, p)),
            "esa_contrib": money(b.get("esa_contrib", key, p)),
            "jsa_contrib": money(b.get("jsa_contrib", key, p)),
            "carers_allowance": money(b.get("carers_allowance", key, p)),
            "contributory_award": awards[i],
        }
        for i, p in enumerate(adults)
    ]
    return r


def known_deviations(b: Batch, key: str, case: dict, adults, r: dict) -> list:
    """Where the reference (or the oracle's convention) departs from the law for this
    scenario: the README's known deviations, and the gaps found by comparing generated cases
    (scripts/reference/README.md)."""
    out = []
    hb = r["housing_benefit_detail"]
    means_tested_hb = hb["housing_benefit_eligible"] and not hb["housing_benefit_on_passporting_benefit"]
    specified = bool(case["housing"].get("specified_accommodation"))
    if specified and means_tested_hb and case["year"] == 2026 and r["employment_income"] > 0:
        out.append("hb_specified_accommodation_earnings_disregard_from_october_2026")
    if specified and means_tested_hb and any(a.get("lcw") or a.get("lcwra") for a in case["adults"]):
        out.append("hb_limited_capability_for_work_premiums")
    # HB Regs 2006 Sch 4 para 5: £20 of a carer's own earnings. The reference applies the
    # working-age £20 only for a disability premium, so a working carer gets £5 or £10.
    working_carer = any(
        a.get("carer") and float(b.get("carers_allowance", key, p)) + float(
            b.get("carer_support_payment", key, p)) > 0
        and float(b.get("employment_income", key, p)) > 0
        for a, p in zip(case["adults"], adults)
    )
    if specified and means_tested_hb and working_carer and not hb["housing_benefit_pension_age_regulations_apply"]:
        out.append("hb_working_age_carer_disregard_not_modelled")
    # Council Tax Reduction where the reference models it (tests/engine_oracle_v2.rs holds the
    # law's figures): for a UC claimant in Scotland (SSI 2021/249 reg 57, Sch 1 para 12(8))
    # and Wales (WSI 2013/3029 Sch 6 paras 3, 9) the reference counts the whole award as
    # income; at pension age it does not model the £20 disregards (SI 2012/2885 Sch 4).
    ctr = r["council_tax_reduction_detail"]["modelled"] and r["council_tax"] > 0
    on_uc = r["uc"]["universal_credit_pre_benefit_cap"] > 0
    if ctr and on_uc and case["country"] in ("scotland", "wales"):
        out.append("ctr_universal_credit_claimant_income")
    twenty = any(
        a.get("carer") or a.get("lcw") or a.get("lcwra")
        or a.get("pip_daily_living", "none") != "none" or a.get("pip_mobility", "none") != "none"
        for a in case["adults"]
    )
    pension_age = any(bool(b.get("is_SP_age", key, p)) for p in adults)
    if ctr and not on_uc and pension_age and r["employment_income"] > 0 and twenty:
        out.append("ctr_twenty_pound_earnings_disregards_not_modelled")
    if case.get("married") and len(adults) == 2:
        pa = 12570.0
        incomes = [float(b.get("adjusted_net_income", key, p)) for p in adults]
        partly_used = any(pa - 1260 < x < pa for x in incomes)
        scottish_tax = case["country"] == "scotland" and r["income_tax"] > 0
        if scottish_tax or partly_used:
            out.append("marriage_allowance_partial_transfer_or_marginal_rate")
    job_adult = case["job"]["adult"]
    for i, a in enumerate(case["adults"]):
        own_earnings = i != job_adult and (case.get("other_adult_earnings_annual") or 0) > 0
        if own_earnings and (a.get("new_style_esa") or a.get("new_style_jsa")):
            out.append("contributory_award_ignores_claimants_existing_earnings")
    return out


def _pc_age(b: Batch, key: str, adults) -> bool:
    """Pension Credit's age condition: every adult at State Pension age (a mixed-age couple
    cannot claim)."""
    return all(bool(b.get("is_SP_age", key, p)) for p in adults)


def run(cases):
    for n, c in enumerate(cases):
        c["_n"] = n
    results = {}
    # One run per year and per kind of housing: `housing_benefit_eligible` and
    # `uc_housing_costs_element` are inputs only in specified accommodation, and a variable
    # given for some households of a simulation is an input (default elsewhere) for all.
    groups = sorted({(c["year"], bool(c["housing"].get("specified_accommodation"))) for c in cases})
    for year, specified in groups:
        year_cases = [
            c for c in cases
            if c["year"] == year and bool(c["housing"].get("specified_accommodation")) == specified
        ]
        pay = first_pass(year, year_cases)
        entries = []
        for c in year_cases:
            for s in SCENARIOS:
                awards = contributory_awards(c, s, pay.get(c["_n"]))
                entries.append((f"h{c['_n']}_{s}", c, s, awards))
        b = Batch(year, entries)
        for (key, info), (_, c, s, awards) in zip(b.entries, entries):
            results.setdefault(c["_n"], {})[s] = scenario_record(b, key, info, c, awards)
    for c in cases:
        r = results[c["_n"]]
        o, w = r["out_of_work"], r["in_work"]
        yield {
            "id": c["id"],
            "year": c["year"],
            "tax_year": f"{c['year']}-{(c['year'] + 1) % 100:02d}",
            "out_of_work": o,
            "in_work": w,
            "summary": {
                "net_income_out_of_work": o["net_income"],
                "net_income_in_work": w["net_income"],
                "gain_from_work": money(w["net_income"] - o["net_income"]),
                "gain_from_work_after_childcare": money(
                    w["net_income_after_childcare"] - o["net_income_after_childcare"]
                ),
                "household_net_income_out_of_work": o["household_net_income"],
                "household_net_income_in_work": w["household_net_income"],
                "net_income_after_council_tax_out_of_work": o["net_income_after_council_tax"],
                "net_income_after_council_tax_in_work": w["net_income_after_council_tax"],
                "gain_from_work_after_council_tax": money(
                    w["net_income_after_council_tax"] - o["net_income_after_council_tax"]
                ),
            },
            "model": {"policyengine_uk": "2.162.10", "runner": "scripts/reference/run.py"},
        }


def main():
    path = sys.argv[1]
    cases = [json.loads(line) for line in open(path) if line.strip()]
    for rec in run(cases):
        print(json.dumps(rec))


if __name__ == "__main__":
    main()
