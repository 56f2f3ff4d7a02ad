//! Output in the reference oracle's shape: annual pounds under PolicyEngine's variable names,
//! so `better-off --oracle-format` and the reference test compare field by field with
//! `tests/oracle/expected_public.jsonl`.

use super::{Figures, Household, HousingFacts};
use crate::money::Money;
use crate::params::Country;
use crate::scenario::{OracleCase, ValidationError};
use serde_json::{json, Map, Value};

fn annual(m: Money) -> Value {
    json!(m.monthly_to_annual().to_f64())
}

/// One situation (out of work or in work) as the oracle reports it.
pub fn situation(h: &Household, f: &Figures) -> Value {
    let scottish = h.country == Country::Scotland;
    let u = &f.uc;
    let (ca, csp) = if scottish {
        (Money::ZERO, f.carers_allowance)
    } else {
        (f.carers_allowance, Money::ZERO)
    };
    let pip_dl: Money = f.people().iter().map(|p| p.pip_daily_living).sum();
    let pip_m: Money = f.people().iter().map(|p| p.pip_mobility).sum();
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

    json!({
        "employment_income": annual(f.employment_income),
        // The High Income Child Benefit Charge is a charge to income tax (ITEPA 2003 s.681B),
        // and the reference's `income_tax` includes it; it is also shown on its own below.
        "income_tax": annual(f.income_tax + f.child_benefit_charge),
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
        "housing_benefit": 0.0,
        "scottish_child_payment": annual(f.scottish_child_payment),
        "council_tax": json!(h.council_tax_annual.to_f64()),
        "council_tax_benefit": json!(h.council_tax_reduction_annual.to_f64()),
        "pension_contributions": annual(f.pension),
        "child_benefit_charge": annual(f.child_benefit_charge),
        "net_income": annual(f.net_income),
        "childcare_costs": annual(f.childcare_costs),
        "net_income_after_childcare": annual(f.net_income - f.childcare_costs),
        "uc": Value::Object(ucv),
    })
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
    }))
}
