//! Output in the reference oracle's shape: annual pounds under PolicyEngine's variable names,
//! so `better-off --oracle-format` and the reference test compare field by field with
//! `tests/oracle/expected_public.jsonl`.

use super::{Figures, Household, HousingFacts};
use crate::better_off::params::Country;
use crate::better_off::rules::housing_benefit::Scheme;
use crate::better_off::scenario::{OracleCase, ValidationError};
use crate::money::Money;
use serde_json::{json, Map, Value};

fn annual(m: Money) -> Value {
    json!(m.monthly_to_annual().to_f64())
}

/// The UC award step by step, under the reference's names.
fn uc_detail(h: &Household, f: &Figures) -> Map<String, Value> {
    let u = &f.uc;
    let mut ucv = Map::new();
    let mut put = |k: &str, v: Value| {
        ucv.insert(k.to_string(), v);
    };
    put("uc_standard_allowance", annual(u.standard_allowance));
    put("uc_child_element", annual(u.child_element));
    put(
        "uc_individual_disabled_child_element",
        annual(u.disabled_child_lower),
    );
    put(
        "uc_individual_severely_disabled_child_element",
        annual(u.disabled_child_higher),
    );
    put(
        "uc_disability_elements",
        annual(u.disabled_child_lower + u.disabled_child_higher + u.lcwra),
    );
    put("uc_LCWRA_element", annual(u.lcwra));
    put("uc_carer_element", annual(u.carer));
    put("uc_housing_costs_element", annual(u.housing));
    put("uc_childcare_element", annual(u.childcare));
    put(
        "uc_maximum_childcare_element_amount",
        annual(u.childcare_cap),
    );
    put("uc_maximum_amount", annual(u.maximum));
    put(
        "is_uc_work_allowance_eligible",
        json!(u.work_allowance_eligible),
    );
    put("uc_work_allowance", annual(u.work_allowance));
    put(
        "uc_earned_income_before_work_allowance",
        annual(u.earned_income),
    );
    put("uc_earned_income", annual(u.earned_above_allowance));
    put(
        "uc_unearned_income",
        annual(u.unearned_income + u.capital_tariff),
    );
    put("uc_income_reduction", annual(u.reduction.min(u.maximum)));
    put("uc_taper_rate", json!(0.55));
    put("uc_taper_deduction", annual(u.taper));
    put("universal_credit_pre_benefit_cap", annual(u.before_cap));
    put("is_uc_benefit_cap_exempt", json!(u.cap_exempt));
    put(
        "uc_benefit_cap",
        if u.cap_exempt {
            Value::Null
        } else {
            annual(u.cap)
        },
    );
    put("uc_benefit_cap_reduction", annual(u.cap_reduction));
    put("benunit_rent", annual(h.housing.rent()));
    if let HousingFacts::Private {
        brma,
        category,
        lha_monthly,
        ..
    } = &h.housing
    {
        // The reference's "LHA cap" is the rent allowed: the lower of rent and the LHA.
        put("uc_LHA_cap", annual(h.housing.rent().min(*lha_monthly)));
        put("LHA_category", json!(format!("{category:?}")));
        put("brma", json!(brma));
        put("uc_lha_monthly_rate", json!(lha_monthly.to_f64()));
    }
    put("universal_credit_monthly", json!(u.award.to_f64()));
    ucv
}

/// One situation (out of work or in work) as the oracle reports it.
pub fn situation(h: &Household, f: &Figures) -> Value {
    let ucv = uc_detail(h, f);
    let scottish = h.country == Country::Scotland;
    let u = &f.uc;
    let (ca, csp) = if scottish {
        (Money::ZERO, f.carers_allowance)
    } else {
        (f.carers_allowance, Money::ZERO)
    };
    let pip_dl: Money = f.people().iter().map(|p| p.pip_daily_living).sum();
    let pip_m: Money = f.people().iter().map(|p| p.pip_mobility).sum();
    let winter = |scotland: bool| {
        if scottish == scotland {
            annual(f.winter_fuel)
        } else {
            json!(0.0)
        }
    };
    let council_tax_benefit = f.council_tax_reduction.annual;

    json!({
        "employment_income": annual(f.employment_income),
        // The High Income Child Benefit Charge is a charge to income tax (ITEPA 2003 s.681B),
        // and the reference's `income_tax` includes it; it is also shown on its own below.
        "income_tax": annual(f.income_tax + f.child_benefit_charge + f.winter_fuel_charge),
        "national_insurance": annual(f.national_insurance),
        "universal_credit": annual(u.award),
        "child_benefit": annual(f.child_benefit),
        "carers_allowance": annual(ca),
        "carer_support_payment": annual(csp),
        "scottish_carer_supplement": annual(f.carer_supplement),
        "pip": annual(f.pip),
        "pip_dl": annual(pip_dl),
        "pip_m": annual(pip_m),
        "dla": annual(f.dla),
        "housing_benefit": annual(f.housing_benefit.award),
        "esa_contrib": annual(f.esa),
        "jsa_contrib": annual(f.jsa),
        "pension_credit": annual(f.pension_credit.award),
        "state_pension": annual(f.state_pension),
        "winter_fuel_payment": winter(false),
        "pension_age_winter_heating_payment": winter(true),
        // In kind, never in net income; the reference has no figure for them (null).
        "free_school_meals": json!(f.help_in_kind.free_school_meals.to_f64()),
        "healthy_start_vouchers": json!(f.help_in_kind.healthy_start.to_f64()),
        "scottish_child_payment": annual(f.scottish_child_payment),
        "council_tax": json!(h.council_tax_annual.to_f64()),
        "council_tax_benefit": json!(council_tax_benefit.to_f64()),
        "net_income_after_council_tax": json!(
            (f.net_income.monthly_to_annual() - h.council_tax_annual + council_tax_benefit).to_f64()
        ),
        "pension_contributions": annual(f.pension),
        "child_benefit_charge": annual(f.child_benefit_charge),
        "net_income": annual(f.net_income),
        "childcare_costs": annual(f.childcare_costs),
        "net_income_after_childcare": annual(f.net_income - f.childcare_costs),
        "uc": Value::Object(ucv),
        "housing_benefit_detail": housing_benefit_detail(h, f),
        "pension_credit_detail": pension_credit_detail(f),
        "per_adult_v2": per_adult_v2(h, f),
        "council_tax_reduction_detail": council_tax_reduction_detail(f),
    })
}

fn weekly_annual(m: Money) -> Value {
    json!(m.weekly_to_annual().to_f64())
}

/// Housing Benefit's working, under the reference's names (annual).
fn housing_benefit_detail(h: &Household, f: &Figures) -> Value {
    let hb = &f.housing_benefit;
    json!({
        "housing_benefit_eligible": hb.claimed,
        "benunit_rent": annual(h.housing.rent()),
        "housing_benefit_on_passporting_benefit": hb.passported,
        "housing_benefit_pension_age_regulations_apply": hb.scheme == Some(Scheme::PensionAge),
        "housing_benefit_applicable_amount": weekly_annual(hb.applicable_amount_weekly),
        "housing_benefit_applicable_income": weekly_annual(hb.income_weekly),
        "housing_benefit_applicable_income_disregard": weekly_annual(hb.disregards.total()),
        "housing_benefit_entitlement": weekly_annual(hb.weekly),
        "in_specified_or_temporary_accommodation": matches!(h.housing, HousingFacts::Supported { .. }),
        "is_uc_entitled": f.uc.before_cap.is_positive(),
    })
}

/// Pension Credit's working (annual), or null below pension age.
fn pension_credit_detail(f: &Figures) -> Value {
    let pc = &f.pension_credit;
    if !pc.claimed {
        return Value::Null;
    }
    json!({
        "is_pension_credit_eligible": pc.weekly.is_positive(),
        "minimum_guarantee": weekly_annual(pc.minimum_guarantee_weekly),
        "pension_credit_income": weekly_annual(pc.income_weekly),
        "pension_credit_earnings_disregard": weekly_annual(pc.earnings_disregard_weekly),
        "guarantee_credit": weekly_annual(pc.weekly),
        "savings_credit": 0.0,
    })
}

/// How Council Tax Reduction was worked out: `modelled` when a national scheme did it.
fn council_tax_reduction_detail(f: &Figures) -> Value {
    let c = &f.council_tax_reduction;
    json!({
        "modelled": c.scheme.is_some_and(|s| s.national()),
        "scheme": c.scheme.map(|s| format!("{s:?}")),
        "applicable_amount": weekly_annual(c.applicable_amount_weekly),
        "income": weekly_annual(c.income_weekly),
    })
}

/// Each adult's v2 figures.
fn per_adult_v2(h: &Household, f: &Figures) -> Value {
    let rows: Vec<Value> = h
        .adults()
        .iter()
        .zip(f.people())
        .map(|(a, x)| {
            json!({
                "age": a.age,
                "is_SP_age": a.over_pension_age,
                "state_pension": annual(x.state_pension),
                "esa_contrib": annual(x.esa),
                "jsa_contrib": annual(x.jsa),
                "uc_limited_capability_for_work": a.lcw,
                "uc_limited_capability_for_WRA": a.lcwra,
                "carers_allowance": annual(x.carers_allowance),
                "winter_fuel_payment": annual(x.winter_fuel),
            })
        })
        .collect();
    Value::Array(rows)
}

/// A case in the oracle's neutral format, answered in the oracle's output shape.
pub fn run_case(case: &OracleCase) -> Result<Value, Vec<ValidationError>> {
    let scenario = case.to_scenario().map_err(|e| vec![e])?;
    let h = Household::prepare(&scenario)?;
    let offer = &scenario.offers[0];
    let out = h.out_of_work();
    let inw = h.in_work(offer);
    Ok(json!({
        "id": case.id,
        "year": case.year,
        "tax_year": scenario.tax_year.label(),
        "out_of_work": situation(&h, &out),
        "in_work": situation(&h, &inw),
        "summary": {
            "net_income_out_of_work": annual(out.net_income),
            "net_income_in_work": annual(inw.net_income),
            "gain_from_work": annual(inw.net_income - out.net_income),
            "gain_from_work_after_childcare": annual(
                inw.net_income - inw.childcare_costs - out.net_income + out.childcare_costs
            ),
        },
        "model": { "case_format": "v2" },
    }))
}
