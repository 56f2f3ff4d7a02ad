//! The household as the calculator is told about it (serde), and its checks.
//!
//! A [`Scenario`] is what the screens build and what `better-off` reads: who lives in the
//! household, where, their housing, and the job offers to compare. [`Scenario::validate`]
//! returns every problem as a [`ValidationError`] with a field path and a sentence a person
//! can act on; nothing here panics on what a user typed. [`OracleCase`] reads the reference
//! oracle's neutral case format and turns it into a scenario.
//!
//! A scenario is written by serde's derive and read by hand ([`Scenario::from_json`], in
//! `read`), which takes exactly what the derive took: what a field left out becomes is said
//! there. A field added here is refused by the reader until it is read there too.

use crate::better_off::params::{lha, Country, TaxYear};
use crate::calendar::Date;
use crate::money::{Money, Period};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[cfg(test)]
mod old;
mod read;
#[cfg(test)]
mod read_tests;
pub use read::ReadError;

/// A household and the job offers to compare with staying out of work.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scenario {
    pub country: Country,
    pub tax_year: TaxYear,
    /// PolicyEngine region name (e.g. `LONDON`), used for the London benefit cap and the
    /// default BRMA. Optional: a private renter's BRMA also tells us.
    pub region: Option<String>,
    /// One adult, or two for a couple (one benefit unit).
    pub adults: Vec<Adult>,
    pub children: Vec<Child>,
    pub housing: Housing,
    pub council_tax: CouncilTax,
    /// Savings and other capital of the benefit unit.
    pub savings: Money,
    /// Taken off Universal Credit each month for debts, an advance or other deductions; it
    /// carries on in work, never more than the award.
    pub uc_deductions_monthly: Money,
    /// In a benefit cap grace period: a job of 12 months or more, earning at least the cap's
    /// earnings threshold each month, ended in the last 9 months (UC Regs 2013 reg 82(2)-(3)).
    pub benefit_cap_grace: bool,
    /// Someone in the household is expecting a baby (Healthy Start, Best Start, Sure Start).
    pub expecting_baby: bool,
    /// Married or in a civil partnership (only Marriage Allowance depends on it).
    pub married: bool,
    /// Both adults care for the same disabled person: one Carer's Allowance and one carer
    /// element between them (UC Regulations 2013 reg 29(2)).
    pub carers_care_for_same_person: bool,
    /// The jobs to compare; each is compared with the household as it is now.
    pub offers: Vec<JobOffer>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Adult {
    /// Age through the tax year.
    pub age: u32,
    /// Limited capability for work and work-related activity (the UC health element).
    pub lcwra: bool,
    /// The LCWRA award is a new claim from 6 April 2026 (lower health element in 2026-27).
    /// False for awards that predate April 2026, severe conditions or terminal illness.
    pub lcwra_new_claim: bool,
    /// PIP (Adult Disability Payment in Scotland) daily living component.
    pub pip_daily_living: PipRate,
    pub pip_mobility: PipRate,
    /// Cares for a disabled person 35 hours a week or more.
    pub carer: bool,
    /// Earnings this adult already has (gross, a year), kept in and out of the new job. For
    /// the adult who takes an offer, the offer replaces them.
    pub earnings_annual: Money,
    /// Hours a week of those earnings (only whether they work matters here).
    pub hours_per_week: Decimal,
    /// `YYYY-MM-DD`; decides State Pension age exactly. Without it, the age through the tax
    /// year gives 6 April of (start year - age), the reference model's convention.
    pub date_of_birth: Option<String>,
    /// Limited capability for work without work-related activity (the ESA work-related
    /// activity group): a UC work allowance but no health element. `lcwra` implies it.
    pub lcw: bool,
    /// New Style (contributory) Employment and Support Allowance.
    pub new_style_esa: Option<EsaAward>,
    /// New Style (contribution-based) Jobseeker's Allowance.
    pub new_style_jsa: Option<JsaAward>,
    /// State Pension, a week (paid only from State Pension age).
    pub state_pension_weekly: Money,
    /// Over State Pension age, the person said this adult gets none (a 0 typed), rather
    /// than leaving the amount out. Words only: none is counted either way, but an amount
    /// left out is said to be an assumption. Not written when false, so links and files
    /// made before it stay as they were, and read as "left out".
    #[serde(skip_serializing_if = "is_false")]
    pub no_state_pension: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Adult {
    /// Date of birth: as given, or from the age through the tax year, 6 April of (start year
    /// - age), the reference model's convention.
    pub fn birth_date(&self, year: TaxYear) -> Date {
        self.date_of_birth
            .as_deref()
            .and_then(Date::parse)
            .unwrap_or_else(|| Date::new((year.start_year() - self.age as i32).max(1) as u16, 4, 6))
    }

    /// An adult of this age with no earnings, benefits or conditions: the start of a literal
    /// (`Adult { lcwra: true, ..Adult::new(45) }`).
    pub fn new(age: u32) -> Adult {
        Adult {
            age,
            lcwra: false,
            lcwra_new_claim: false,
            pip_daily_living: PipRate::None,
            pip_mobility: PipRate::None,
            carer: false,
            earnings_annual: Money::ZERO,
            hours_per_week: Decimal::ZERO,
            date_of_birth: None,
            lcw: false,
            new_style_esa: None,
            new_style_jsa: None,
            state_pension_weekly: Money::ZERO,
            no_state_pension: false,
        }
    }
}

/// The group of a New Style ESA award.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EsaGroup {
    /// The first weeks, before the work capability assessment decides.
    #[default]
    Assessment,
    /// The work-related activity group (limited capability for work).
    Wrag,
    /// The support group (limited capability for work-related activity).
    Support,
}

/// A New Style ESA award: the group, and the weekly amount on the award letter when it is
/// known (it can differ from the standard rate, e.g. when a pension reduces it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct EsaAward {
    pub group: EsaGroup,
    pub weekly_amount: Option<Money>,
}

/// A New Style JSA award, with the weekly amount on the award letter when it is known.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct JsaAward {
    pub weekly_amount: Option<Money>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PipRate {
    #[default]
    None,
    Standard,
    Enhanced,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    #[default]
    Male,
    Female,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DlaCare {
    #[default]
    None,
    Lowest,
    Middle,
    Highest,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DlaMobility {
    #[default]
    None,
    Lower,
    Higher,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Child {
    /// Age through the tax year; give this or `date_of_birth`.
    pub age: Option<u32>,
    /// `YYYY-MM-DD`; decides the 6 April 2017 rules exactly.
    pub date_of_birth: Option<String>,
    /// Matters for bedrooms only (a boy and a girl share only while both are under 10).
    /// Unknown is taken as male, as the reference model does.
    pub sex: Option<Sex>,
    /// Gets DLA (care component at the middle rate unless `dla_care` says otherwise).
    pub disabled: bool,
    pub dla_care: Option<DlaCare>,
    pub dla_mobility: DlaMobility,
    /// Born in the same birth as another child listed (a twin or triplet): the two-child
    /// limit's multiple-birth exception. Children of the same age are not taken as twins
    /// unless this says so.
    pub multiple_birth: bool,
}

impl Child {
    /// The DLA care rate, with `disabled` meaning the middle rate.
    pub fn care_rate(&self) -> DlaCare {
        match self.dla_care {
            Some(rate) => rate,
            None if self.disabled => DlaCare::Middle,
            None => DlaCare::None,
        }
    }

    /// Date of birth: as given, or, from an age through the tax year, 6 April of
    /// (start year - age), the reference model's convention.
    pub fn birth_date(&self, year: TaxYear) -> Option<Date> {
        if let Some(text) = &self.date_of_birth {
            return Date::parse(text);
        }
        let age = self.age?;
        Some(Date::new((year.start_year() - age as i32) as u16, 4, 6))
    }

    /// Age on the first day of the tax year.
    pub fn age_in(&self, year: TaxYear) -> Option<u32> {
        if let Some(age) = self.age {
            return Some(age);
        }
        let dob = self.birth_date(year)?;
        u32::try_from(dob.age_on(year.first_day())).ok()
    }
}

/// Where the household lives and what it pays for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "tenure", rename_all = "snake_case")]
pub enum Housing {
    /// Council or housing association tenancy.
    SocialRent {
        rent: Money,
        rent_period: Period,
        /// Eligible service charges, same period as the rent.
        service_charges: Money,
        /// Bedrooms in the home, for the under-occupation deduction ("bedroom tax"). Leave
        /// out if the home is the right size.
        bedrooms: Option<u32>,
    },
    /// Private tenancy: the housing element is capped at the Local Housing Allowance.
    PrivateRent {
        rent: Money,
        rent_period: Period,
        service_charges: Money,
        /// Broad Rental Market Area code, e.g. `INNER_SOUTH_EAST_LONDON`. Defaults to the
        /// region's main BRMA when a region is given.
        brma: Option<String>,
        /// Exempt from the shared accommodation rate for a reason we do not ask about (care
        /// leaver under 25, hostel resident, MAPPA, domestic abuse survivor: UC Regulations
        /// 2013 Sch 4 para 29).
        shared_rate_exempt: bool,
    },
    /// Supported ("specified") or temporary accommodation: Housing Benefit, not Universal
    /// Credit's housing costs element, pays the rent (UC Regulations 2013 Sch 1 paras 3, 3A).
    Supported {
        rent: Money,
        rent_period: Period,
        /// Eligible service charges, same period as the rent.
        service_charges: Money,
        kind: SupportedKind,
    },
    /// Living in a parent's or other close relative's home: no housing costs element of
    /// one's own (UC Regs 2013 Sch 2 para 5(1)(c)), and a non-dependant in their claim.
    WithFamily {
        /// What the person pays towards the home, a month.
        contribution_monthly: Money,
        /// How the relative pays their rent.
        relative: RelativeHousing,
    },
    Owner,
    RentFree,
}

/// How the relative the person lives with pays their rent, for what the person's presence
/// costs them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RelativeHousing {
    /// They own the home, pay no rent, or the person does not know.
    #[default]
    NoHelpWithRent,
    /// Universal Credit with a housing element: a fixed housing cost contribution is taken
    /// for the person (UC Regs 2013 Sch 4 paras 13-16).
    UniversalCredit {
        /// The relative gets PIP daily living, DLA care or Attendance Allowance, or is blind:
        /// no contribution is taken (Sch 4 para 15).
        relative_exempt: bool,
    },
    /// Housing Benefit: a deduction that rises with the person's gross income (HB Regs 2006
    /// reg 74; SI 2006/214 reg 55).
    HousingBenefit { relative_exempt: bool },
}

/// Which kind of home Housing Benefit still pays for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportedKind {
    /// Supported housing with care, support or supervision (exempt or managed accommodation,
    /// a refuge, a council hostel).
    #[default]
    Supported,
    /// Temporary accommodation arranged by the council for a homeless household.
    Temporary,
}

/// Council tax and its reduction, as entered (the schemes are local; see the warning).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct CouncilTax {
    /// The bill for the year, after any discount (such as the 25% single person discount).
    pub annual: Money,
    /// England, under State Pension age: the reduction the council gives now, from its
    /// letter (each English council sets its own scheme). Scotland, Wales and pension age
    /// have national schemes, worked out here.
    pub reduction_annual: Money,
    /// England, under State Pension age: the reduction in work, if the council has said;
    /// without it the calculator estimates it with the default scheme's rules.
    pub reduction_in_work_annual: Option<Money>,
}

/// A job offer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JobOffer {
    /// A name for the screens ("Café, 16 hours").
    pub label: String,
    /// Which adult takes the job (0 or 1).
    pub adult: usize,
    pub hours_per_week: Decimal,
    /// Hourly wage; give this or `annual_salary`.
    pub hourly_wage: Option<Money>,
    pub annual_salary: Option<Money>,
    pub pay_frequency: PayFrequency,
    /// Childcare paid while working, a month.
    pub childcare_monthly: Money,
    /// Travel to work, a month.
    pub travel_monthly: Money,
    pub pension: Pension,
    /// Supported permitted work: supervised by a public or voluntary body that supports
    /// disabled people, so New Style ESA carries on whatever the hours (ESA Regs 2013 reg 39).
    pub supported_permitted_work: bool,
    /// How many children the childcare is paid for (UC's cap is for one child or for two or
    /// more: UC Regs 2013 reg 34(1)(b)). Without it, every child young enough.
    pub childcare_children: Option<u32>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PayFrequency {
    Weekly,
    Fortnightly,
    FourWeekly,
    #[default]
    Monthly,
}

impl PayFrequency {
    pub fn period(self) -> Period {
        match self {
            PayFrequency::Weekly => Period::Week,
            PayFrequency::Fortnightly => Period::Fortnight,
            PayFrequency::FourWeekly => Period::FourWeeks,
            PayFrequency::Monthly => Period::Month,
        }
    }
}

/// The worker's pension contribution.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Pension {
    /// The legal minimum under automatic enrolment if the worker is eligible (22 to state
    /// pension age, earning over the trigger): 5% of qualifying earnings, relief at source.
    #[default]
    AutoEnrolment,
    /// Opted out, or no scheme.
    None,
    /// A set share of gross pay (e.g. 0.05), relief at source.
    Percent { employee_rate: Decimal },
}

/// A problem with the input, with where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidationError {
    /// Field path, e.g. `offers[0].hours_per_week`.
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for ValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The problems found so far, each with its path and words.
#[derive(Default)]
struct Checks {
    errors: Vec<ValidationError>,
}

impl Checks {
    fn add(&mut self, path: impl Into<String>, message: String) {
        self.errors.push(ValidationError {
            path: path.into(),
            message,
        });
    }

    /// An amount from nil up to `max` pounds in pounds and pence, or the message. More
    /// than two places (a crafted link's `0.0000000000000000000000000001`) is refused: no
    /// form can give it, and the engine's divisions could overflow on it.
    fn money(&mut self, path: impl Into<String>, m: Money, max: i64, message: String) {
        let d = m.to_decimal();
        if d.is_sign_negative() || d > Decimal::from(max) {
            self.add(path, message);
        } else if more_than_places(d, 2) {
            self.add(path, t!("calc-invalid-pence"));
        }
    }

    /// Hours a week from nil up to 100, to two places at most (a quarter hour is 0.25), or
    /// the message.
    fn hours(&mut self, path: impl Into<String>, hours: Decimal) {
        if hours.is_sign_negative() || hours > Decimal::from(100) {
            self.add(path, t!("calc-invalid-hours"));
        } else if more_than_places(hours, 2) {
            self.add(path, t!("calc-invalid-hours-places"));
        }
    }
}

/// More than `places` digits after the point once trailing zeros are dropped.
fn more_than_places(d: Decimal, places: u32) -> bool {
    d.normalize().scale() > places
}

impl Scenario {
    /// Every problem with the scenario; empty means the engine can run it.
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut c = Checks::default();
        self.check_adults(&mut c);
        self.check_children(&mut c);
        self.check_housing(&mut c);
        self.check_amounts(&mut c);
        self.check_offers(&mut c);
        if c.errors.is_empty() {
            Ok(())
        } else {
            Err(c.errors)
        }
    }

    fn check_adults(&self, c: &mut Checks) {
        if self.adults.is_empty() || self.adults.len() > 2 {
            c.add("adults", t!("calc-invalid-adults"));
        }
        for (i, adult) in self.adults.iter().enumerate() {
            if !(16..=120).contains(&adult.age) {
                c.add(format!("adults[{i}].age"), t!("calc-invalid-age"));
            }
            c.money(
                format!("adults[{i}].earnings_annual"),
                adult.earnings_annual,
                10_000_000,
                t!("calc-invalid-earnings"),
            );
            c.hours(format!("adults[{i}].hours_per_week"), adult.hours_per_week);
            if matches!(&adult.date_of_birth, Some(text) if Date::parse(text).is_none()) {
                c.add(
                    format!("adults[{i}].date_of_birth"),
                    t!("calc-invalid-birth-date"),
                );
            }
            if adult.new_style_esa.is_some() && adult.new_style_jsa.is_some() {
                c.add(
                    format!("adults[{i}].new_style_jsa"),
                    t!("calc-invalid-esa-and-jsa"),
                );
            }
            let weekly_award = adult
                .new_style_esa
                .and_then(|a| a.weekly_amount)
                .or(adult.new_style_jsa.and_then(|a| a.weekly_amount));
            if let Some(m) = weekly_award {
                c.money(
                    format!("adults[{i}].weekly_amount"),
                    m,
                    1_000,
                    t!("calc-invalid-award"),
                );
            }
            c.money(
                format!("adults[{i}].state_pension_weekly"),
                adult.state_pension_weekly,
                1_000,
                t!("calc-invalid-state-pension"),
            );
        }
    }

    fn check_children(&self, c: &mut Checks) {
        if self.children.len() > 12 {
            c.add("children", t!("calc-invalid-children"));
        }
        for (i, child) in self.children.iter().enumerate() {
            match (&child.age, &child.date_of_birth) {
                (None, None) => c.add(
                    format!("children[{i}].age"),
                    t!("calc-invalid-child-age-missing"),
                ),
                (_, Some(text)) if Date::parse(text).is_none() => c.add(
                    format!("children[{i}].date_of_birth"),
                    t!("calc-invalid-birth-date"),
                ),
                _ => {}
            }
            match child.age_in(self.tax_year) {
                Some(age) if age > 19 => c.add(
                    format!("children[{i}].age"),
                    t!("calc-invalid-child-too-old"),
                ),
                None if child.date_of_birth.is_some() => c.add(
                    format!("children[{i}].date_of_birth"),
                    t!("calc-invalid-birth-date-late"),
                ),
                _ => {}
            }
        }
    }

    fn check_housing(&self, c: &mut Checks) {
        let rent_and_charges = |c: &mut Checks, rent: Money, charges: Money| {
            c.money("housing.rent", rent, 100_000, t!("calc-invalid-rent"));
            c.money(
                "housing.service_charges",
                charges,
                100_000,
                t!("calc-invalid-service-charges"),
            );
        };
        match &self.housing {
            Housing::SocialRent {
                rent,
                service_charges,
                bedrooms,
                ..
            } => {
                rent_and_charges(c, *rent, *service_charges);
                if matches!(bedrooms, Some(b) if *b == 0 || *b > 20) {
                    c.add("housing.bedrooms", t!("calc-invalid-bedrooms"));
                }
            }
            Housing::PrivateRent {
                rent,
                service_charges,
                brma,
                ..
            } => {
                rent_and_charges(c, *rent, *service_charges);
                self.check_brma(c, brma.as_deref());
            }
            Housing::Supported {
                rent,
                service_charges,
                ..
            } => rent_and_charges(c, *rent, *service_charges),
            Housing::WithFamily {
                contribution_monthly,
                ..
            } => c.money(
                "housing.contribution_monthly",
                *contribution_monthly,
                100_000,
                t!("calc-invalid-rent"),
            ),
            Housing::Owner | Housing::RentFree => {}
        }
    }

    /// A private renter's area: given, or the region's main one, and in the right country.
    fn check_brma(&self, c: &mut Checks, brma: Option<&str>) {
        let code = brma.map(str::to_string).or_else(|| {
            self.region
                .as_deref()
                .and_then(lha::default_brma)
                .map(str::to_string)
        });
        match code {
            None => c.add("housing.brma", t!("calc-invalid-brma-missing")),
            Some(code) => match lha::find(&code) {
                None => c.add("housing.brma", t!("calc-invalid-brma-unknown")),
                Some(b) if b.country != self.country => {
                    c.add("housing.brma", t!("calc-invalid-brma-country"))
                }
                Some(_) => {}
            },
        }
    }

    fn check_amounts(&self, c: &mut Checks) {
        let ct = &self.council_tax;
        c.money(
            "council_tax.annual",
            ct.annual,
            100_000,
            t!("calc-invalid-council-tax"),
        );
        for (path, reduction) in [
            ("council_tax.reduction_annual", Some(ct.reduction_annual)),
            (
                "council_tax.reduction_in_work_annual",
                ct.reduction_in_work_annual,
            ),
        ] {
            if let Some(r) = reduction {
                if r > ct.annual || r.to_decimal().is_sign_negative() {
                    c.add(path, t!("calc-invalid-council-tax-reduction"));
                } else if more_than_places(r.to_decimal(), 2) {
                    c.add(path, t!("calc-invalid-pence"));
                }
            }
        }
        c.money(
            "uc_deductions_monthly",
            self.uc_deductions_monthly,
            10_000,
            t!("calc-invalid-deductions"),
        );
        c.money(
            "savings",
            self.savings,
            100_000_000,
            t!("calc-invalid-savings"),
        );
    }

    fn check_offers(&self, c: &mut Checks) {
        for (i, offer) in self.offers.iter().enumerate() {
            if offer.adult >= self.adults.len().max(1) {
                c.add(format!("offers[{i}].adult"), t!("calc-invalid-offer-adult"));
            }
            c.hours(format!("offers[{i}].hours_per_week"), offer.hours_per_week);
            match (offer.hourly_wage, offer.annual_salary) {
                (None, None) | (Some(_), Some(_)) => c.add(
                    format!("offers[{i}].hourly_wage"),
                    t!("calc-invalid-wage-or-salary"),
                ),
                (Some(w), None) => c.money(
                    format!("offers[{i}].hourly_wage"),
                    w,
                    10_000,
                    t!("calc-invalid-wage"),
                ),
                (None, Some(s)) => {
                    c.money(
                        format!("offers[{i}].annual_salary"),
                        s,
                        10_000_000,
                        t!("calc-invalid-salary"),
                    );
                    if offer.hours_per_week.is_zero() {
                        c.add(
                            format!("offers[{i}].hours_per_week"),
                            t!("calc-invalid-salary-hours"),
                        );
                    }
                }
            }
            c.money(
                format!("offers[{i}].childcare_monthly"),
                offer.childcare_monthly,
                100_000,
                t!("calc-invalid-childcare"),
            );
            c.money(
                format!("offers[{i}].travel_monthly"),
                offer.travel_monthly,
                100_000,
                t!("calc-invalid-travel"),
            );
            if let Pension::Percent { employee_rate } = offer.pension {
                if employee_rate.is_sign_negative()
                    || employee_rate > Decimal::ONE
                    || more_than_places(employee_rate, 4)
                {
                    c.add(
                        format!("offers[{i}].pension.employee_rate"),
                        t!("calc-invalid-pension-share"),
                    );
                }
            }
        }
    }

    /// The BRMA code for a private renter: as given, or the region's main one.
    pub fn brma_code(&self) -> Option<String> {
        match &self.housing {
            Housing::PrivateRent { brma: Some(b), .. } => Some(b.clone()),
            Housing::PrivateRent { brma: None, .. } => self
                .region
                .as_deref()
                .and_then(lha::default_brma)
                .map(str::to_string),
            _ => None,
        }
    }

    /// Lives in Greater London (higher benefit cap): the region says so, or the BRMA is in it.
    pub fn in_london(&self) -> bool {
        if let Some(region) = &self.region {
            return region.eq_ignore_ascii_case("LONDON");
        }
        self.brma_code()
            .and_then(|code| lha::find(&code))
            .and_then(|b| b.region)
            .is_some_and(|r| r == "LONDON")
    }
}

/// One case in the reference oracle's neutral format (`tests/oracle/README.md`).
#[derive(Debug, Clone, Deserialize)]
pub struct OracleCase {
    pub id: String,
    pub year: i32,
    pub country: Country,
    pub adults: Vec<OracleAdult>,
    #[serde(default)]
    pub children: Vec<OracleChild>,
    pub housing: OracleHousing,
    pub job: OracleJob,
    #[serde(default)]
    pub other_adult_earnings_annual: Money,
    #[serde(default)]
    pub other_adult_hours_per_week: Option<Decimal>,
    #[serde(default)]
    pub married: bool,
    #[serde(default)]
    pub carers_care_for_same_person: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct OracleAdult {
    pub age: u32,
    #[serde(default)]
    pub sex: Option<Sex>,
    #[serde(default)]
    pub lcwra: bool,
    #[serde(default)]
    pub lcwra_new_claimant: bool,
    #[serde(default)]
    pub pip_daily_living: PipRate,
    #[serde(default)]
    pub pip_mobility: PipRate,
    #[serde(default)]
    pub carer: bool,
    /// v2: limited capability for work without LCWRA.
    #[serde(default)]
    pub lcw: bool,
    /// v2: New Style ESA, `{"group": …}`.
    #[serde(default)]
    pub new_style_esa: Option<EsaAward>,
    /// v2: New Style JSA.
    #[serde(default)]
    pub new_style_jsa: bool,
    /// v2: State Pension, £ a week.
    #[serde(default)]
    pub state_pension_weekly: Money,
}

#[derive(Debug, Clone, Deserialize)]
pub struct OracleChild {
    pub age: u32,
    #[serde(default)]
    pub sex: Option<Sex>,
    #[serde(default)]
    pub disabled: bool,
    #[serde(default)]
    pub dla_care: Option<DlaCare>,
    #[serde(default)]
    pub dla_mobility: DlaMobility,
}

#[derive(Debug, Clone, Deserialize)]
pub struct OracleHousing {
    pub tenure: String,
    #[serde(default)]
    pub rent_monthly: Money,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub brma: Option<String>,
    #[serde(default)]
    pub council_tax_annual: Money,
    /// v2: supported ("specified") accommodation, rent paid by Housing Benefit.
    #[serde(default)]
    pub specified_accommodation: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct OracleJob {
    #[serde(default)]
    pub adult: usize,
    pub hours_per_week: Decimal,
    pub hourly_wage: Money,
    #[serde(default)]
    pub childcare_monthly: Money,
    /// v2: the job is supported permitted work.
    #[serde(default)]
    pub supported_permitted_work: bool,
}

impl OracleCase {
    /// The same household as our scenario. The oracle has no pension contributions, so the
    /// offer has none; its other adult's earnings stay the same in and out of work.
    pub fn to_scenario(&self) -> Result<Scenario, ValidationError> {
        let tax_year = TaxYear::from_start_year(self.year).ok_or_else(|| ValidationError {
            path: "year".into(),
            message: "We have rates for 2025 (2025-26) and 2026 (2026-27) only.".into(),
        })?;
        let other = if self.job.adult == 0 { 1 } else { 0 };
        // The oracle's `lcwra_new_claimant` is a benefit-unit flag (PolicyEngine's
        // `uc_receives_new_claimant_health_element`): set on anyone, it makes the award's
        // health element a new claim.
        let new_claim = self.adults.iter().any(|a| a.lcwra_new_claimant);
        let adults = self
            .adults
            .iter()
            .enumerate()
            .map(|(i, a)| Adult {
                age: a.age,
                lcwra: a.lcwra,
                lcwra_new_claim: new_claim,
                pip_daily_living: a.pip_daily_living,
                pip_mobility: a.pip_mobility,
                carer: a.carer,
                earnings_annual: if i == other {
                    self.other_adult_earnings_annual
                } else {
                    Money::ZERO
                },
                hours_per_week: if i == other {
                    self.other_adult_hours_per_week.unwrap_or_default()
                } else {
                    Decimal::ZERO
                },
                date_of_birth: None,
                lcw: a.lcw,
                new_style_esa: a.new_style_esa,
                new_style_jsa: a.new_style_jsa.then_some(JsaAward::default()),
                state_pension_weekly: a.state_pension_weekly,
                no_state_pension: false,
            })
            .collect();
        let children = self
            .children
            .iter()
            .map(|c| Child {
                age: Some(c.age),
                date_of_birth: None,
                sex: c.sex,
                disabled: c.disabled,
                dla_care: c.dla_care,
                dla_mobility: c.dla_mobility,
                multiple_birth: false,
            })
            .collect();
        let h = &self.housing;
        let housing = match h.tenure.as_str() {
            "social_rent" if h.specified_accommodation => Housing::Supported {
                rent: h.rent_monthly,
                rent_period: Period::Month,
                service_charges: Money::ZERO,
                kind: SupportedKind::Supported,
            },
            "social_rent" => Housing::SocialRent {
                rent: h.rent_monthly,
                rent_period: Period::Month,
                service_charges: Money::ZERO,
                bedrooms: None,
            },
            "private_rent" => Housing::PrivateRent {
                rent: h.rent_monthly,
                rent_period: Period::Month,
                service_charges: Money::ZERO,
                brma: h.brma.clone(),
                shared_rate_exempt: false,
            },
            "owner" => Housing::Owner,
            "rent_free" => Housing::RentFree,
            _ => {
                return Err(ValidationError {
                    path: "housing.tenure".into(),
                    message: "Tenure must be social_rent, private_rent, owner or rent_free.".into(),
                })
            }
        };
        Ok(Scenario {
            country: self.country,
            tax_year,
            region: h.region.clone(),
            adults,
            children,
            housing,
            council_tax: CouncilTax {
                annual: h.council_tax_annual,
                reduction_annual: Money::ZERO,
                reduction_in_work_annual: None,
            },
            savings: Money::ZERO,
            married: self.married,
            carers_care_for_same_person: self.carers_care_for_same_person,
            offers: vec![JobOffer {
                label: self.id.clone(),
                adult: self.job.adult,
                hours_per_week: self.job.hours_per_week,
                hourly_wage: Some(self.job.hourly_wage),
                annual_salary: None,
                pay_frequency: PayFrequency::Monthly,
                childcare_monthly: self.job.childcare_monthly,
                travel_monthly: Money::ZERO,
                pension: Pension::None,
                supported_permitted_work: self.job.supported_permitted_work,
                childcare_children: None,
            }],
            uc_deductions_monthly: Money::ZERO,
            benefit_cap_grace: false,
            expecting_baby: false,
        })
    }
}
