//! The derived readers of `Scenario` and its parts as they were before `read` (main 0f25a36),
//! frozen: the test in `read_tests` compares them with the hand-written reader. Only the types
//! whose `Deserialize` was replaced are here; the unit enums' derives are unchanged and shared.

#![allow(dead_code)]

use crate::better_off::params::{Country, TaxYear};
use crate::better_off::scenario::{
    DlaCare, DlaMobility, EsaGroup, PayFrequency, PipRate, Sex, SupportedKind,
};
use crate::money::{Money, Period};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub country: Country,
    pub tax_year: TaxYear,
    #[serde(default)]
    pub region: Option<String>,
    pub adults: Vec<Adult>,
    #[serde(default)]
    pub children: Vec<Child>,
    pub housing: Housing,
    #[serde(default)]
    pub council_tax: CouncilTax,
    #[serde(default)]
    pub savings: Money,
    #[serde(default)]
    pub uc_deductions_monthly: Money,
    #[serde(default)]
    pub benefit_cap_grace: bool,
    #[serde(default)]
    pub expecting_baby: bool,
    #[serde(default)]
    pub married: bool,
    #[serde(default)]
    pub carers_care_for_same_person: bool,
    #[serde(default)]
    pub offers: Vec<JobOffer>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adult {
    pub age: u32,
    #[serde(default)]
    pub lcwra: bool,
    #[serde(default)]
    pub lcwra_new_claim: bool,
    #[serde(default)]
    pub pip_daily_living: PipRate,
    #[serde(default)]
    pub pip_mobility: PipRate,
    #[serde(default)]
    pub carer: bool,
    #[serde(default)]
    pub earnings_annual: Money,
    #[serde(default)]
    pub hours_per_week: Decimal,
    #[serde(default)]
    pub date_of_birth: Option<String>,
    #[serde(default)]
    pub lcw: bool,
    #[serde(default)]
    pub new_style_esa: Option<EsaAward>,
    #[serde(default)]
    pub new_style_jsa: Option<JsaAward>,
    #[serde(default)]
    pub state_pension_weekly: Money,
    #[serde(default, skip_serializing_if = "is_false")]
    pub no_state_pension: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EsaAward {
    #[serde(default)]
    pub group: EsaGroup,
    #[serde(default)]
    pub weekly_amount: Option<Money>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsaAward {
    #[serde(default)]
    pub weekly_amount: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Child {
    #[serde(default)]
    pub age: Option<u32>,
    #[serde(default)]
    pub date_of_birth: Option<String>,
    #[serde(default)]
    pub sex: Option<Sex>,
    #[serde(default)]
    pub disabled: bool,
    #[serde(default)]
    pub dla_care: Option<DlaCare>,
    #[serde(default)]
    pub dla_mobility: DlaMobility,
    #[serde(default)]
    pub multiple_birth: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "tenure", rename_all = "snake_case", deny_unknown_fields)]
pub enum Housing {
    SocialRent {
        rent: Money,
        #[serde(default = "monthly")]
        rent_period: Period,
        #[serde(default)]
        service_charges: Money,
        #[serde(default)]
        bedrooms: Option<u32>,
    },
    PrivateRent {
        rent: Money,
        #[serde(default = "monthly")]
        rent_period: Period,
        #[serde(default)]
        service_charges: Money,
        #[serde(default)]
        brma: Option<String>,
        #[serde(default)]
        shared_rate_exempt: bool,
    },
    Supported {
        rent: Money,
        #[serde(default = "monthly")]
        rent_period: Period,
        #[serde(default)]
        service_charges: Money,
        #[serde(default)]
        kind: SupportedKind,
    },
    WithFamily {
        #[serde(default)]
        contribution_monthly: Money,
        #[serde(default)]
        relative: RelativeHousing,
    },
    Owner,
    RentFree,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum RelativeHousing {
    #[default]
    NoHelpWithRent,
    UniversalCredit {
        #[serde(default)]
        relative_exempt: bool,
    },
    HousingBenefit {
        #[serde(default)]
        relative_exempt: bool,
    },
}

fn monthly() -> Period {
    Period::Month
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CouncilTax {
    #[serde(default)]
    pub annual: Money,
    #[serde(default)]
    pub reduction_annual: Money,
    #[serde(default)]
    pub reduction_in_work_annual: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobOffer {
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub adult: usize,
    pub hours_per_week: Decimal,
    #[serde(default)]
    pub hourly_wage: Option<Money>,
    #[serde(default)]
    pub annual_salary: Option<Money>,
    #[serde(default)]
    pub pay_frequency: PayFrequency,
    #[serde(default)]
    pub childcare_monthly: Money,
    #[serde(default)]
    pub travel_monthly: Money,
    #[serde(default)]
    pub pension: Pension,
    #[serde(default)]
    pub supported_permitted_work: bool,
    #[serde(default)]
    pub childcare_children: Option<u32>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Pension {
    #[default]
    AutoEnrolment,
    None,
    Percent {
        employee_rate: Decimal,
    },
}
