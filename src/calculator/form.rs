//! The calculator's form as the person typed it, and its checks.
//!
//! Every box holds exactly what was typed (a string), so nothing typed is ever lost or
//! rewritten while a person is still typing. [`Form::scenario`] reads the boxes into an
//! engine [`Scenario`] and returns, for every box it cannot read, a message to show beside
//! that box. Choices answered "I'm not sure" take a safe default, and [`Form::assumptions`]
//! says in plain words what was assumed, so the answer can say it too.

use crate::money::{Money, Period};
use crate::params::{lha, Country, TaxYear};
use crate::rules::minimum_wage::hourly_minimum;
use crate::scenario::{
    Adult, Child, CouncilTax, DlaCare, Housing, JobOffer, PayFrequency, Pension, PipRate, Scenario,
};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The most children and job offers the form takes.
pub const MAX_CHILDREN: usize = 6;
pub const MAX_OFFERS: usize = 3;

/// One box or choice on the form. Indexed fields belong to an adult (0 or 1), a child or an
/// offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Field {
    TaxYear,
    Region,
    Couple,
    Married,
    Age(usize),
    Lcwra(usize),
    LcwraNewClaim(usize),
    PipDailyLiving(usize),
    PipMobility(usize),
    Carer(usize),
    PartnerEarnings,
    ChildCount,
    ChildAge(usize),
    ChildDisability(usize),
    Tenure,
    Rent,
    RentPeriod,
    ServiceCharges,
    Brma,
    Bedrooms,
    CouncilTax,
    CouncilTaxReduction,
    Savings,
    UcStatement,
    OfferCount,
    OfferWho(usize),
    OfferHours(usize),
    OfferWage(usize),
    OfferChildcare(usize),
    OfferTravel(usize),
    OfferPension(usize),
    OfferPayFrequency(usize),
    /// The first-months timeline: when the job starts and pays, and the claim's periods.
    JobStart,
    FirstPayday,
    AssessmentPeriodStart,
    OldJobPay,
    OldJobPayDate,
}

impl Field {
    /// The HTML id of the box, also the anchor the error summary links to.
    pub fn id(self) -> String {
        match self {
            Field::TaxYear => "tax-year".into(),
            Field::Region => "region".into(),
            Field::Couple => "couple".into(),
            Field::Married => "married".into(),
            Field::Age(i) => format!("adult-{i}-age"),
            Field::Lcwra(i) => format!("adult-{i}-lcwra"),
            Field::LcwraNewClaim(i) => format!("adult-{i}-lcwra-new"),
            Field::PipDailyLiving(i) => format!("adult-{i}-pip-daily"),
            Field::PipMobility(i) => format!("adult-{i}-pip-mobility"),
            Field::Carer(i) => format!("adult-{i}-carer"),
            Field::PartnerEarnings => "partner-earnings".into(),
            Field::ChildCount => "child-count".into(),
            Field::ChildAge(i) => format!("child-{i}-age"),
            Field::ChildDisability(i) => format!("child-{i}-disability"),
            Field::Tenure => "tenure".into(),
            Field::Rent => "rent".into(),
            Field::RentPeriod => "rent-period".into(),
            Field::ServiceCharges => "service-charges".into(),
            Field::Brma => "brma".into(),
            Field::Bedrooms => "bedrooms".into(),
            Field::CouncilTax => "council-tax".into(),
            Field::CouncilTaxReduction => "council-tax-reduction".into(),
            Field::Savings => "savings".into(),
            Field::UcStatement => "uc-statement".into(),
            Field::OfferCount => "offer-count".into(),
            Field::OfferWho(i) => format!("offer-{i}-who"),
            Field::OfferHours(i) => format!("offer-{i}-hours"),
            Field::OfferWage(i) => format!("offer-{i}-wage"),
            Field::OfferChildcare(i) => format!("offer-{i}-childcare"),
            Field::OfferTravel(i) => format!("offer-{i}-travel"),
            Field::OfferPension(i) => format!("offer-{i}-pension"),
            Field::OfferPayFrequency(i) => format!("offer-{i}-pay-frequency"),
            Field::JobStart => "job-start".into(),
            Field::FirstPayday => "first-payday".into(),
            Field::AssessmentPeriodStart => "ap-start".into(),
            Field::OldJobPay => "old-job-pay".into(),
            Field::OldJobPayDate => "old-job-pay-date".into(),
        }
    }

    /// The field with this HTML id, if there is one.
    pub fn from_id(id: &str) -> Option<Field> {
        let plain = [
            Field::TaxYear,
            Field::Region,
            Field::Couple,
            Field::Married,
            Field::PartnerEarnings,
            Field::ChildCount,
            Field::Tenure,
            Field::Rent,
            Field::RentPeriod,
            Field::ServiceCharges,
            Field::Brma,
            Field::Bedrooms,
            Field::CouncilTax,
            Field::CouncilTaxReduction,
            Field::Savings,
            Field::UcStatement,
            Field::OfferCount,
            Field::JobStart,
            Field::FirstPayday,
            Field::AssessmentPeriodStart,
            Field::OldJobPay,
            Field::OldJobPayDate,
        ];
        if let Some(f) = plain.into_iter().find(|f| f.id() == id) {
            return Some(f);
        }
        let mut parts = id.splitn(3, '-');
        let (kind, index, rest) = (parts.next()?, parts.next()?, parts.next()?);
        let i: usize = index.parse().ok()?;
        let field = match (kind, rest) {
            ("adult", "age") => Field::Age(i),
            ("adult", "lcwra") => Field::Lcwra(i),
            ("adult", "lcwra-new") => Field::LcwraNewClaim(i),
            ("adult", "pip-daily") => Field::PipDailyLiving(i),
            ("adult", "pip-mobility") => Field::PipMobility(i),
            ("adult", "carer") => Field::Carer(i),
            ("child", "age") => Field::ChildAge(i),
            ("child", "disability") => Field::ChildDisability(i),
            ("offer", "who") => Field::OfferWho(i),
            ("offer", "hours") => Field::OfferHours(i),
            ("offer", "wage") => Field::OfferWage(i),
            ("offer", "childcare") => Field::OfferChildcare(i),
            ("offer", "travel") => Field::OfferTravel(i),
            ("offer", "pension") => Field::OfferPension(i),
            ("offer", "pay-frequency") => Field::OfferPayFrequency(i),
            _ => return None,
        };
        let limit = match kind {
            "adult" => 2,
            "child" => MAX_CHILDREN,
            _ => MAX_OFFERS,
        };
        (i < limit).then_some(field)
    }

    /// What the box holds before anyone types in it.
    fn default_value(self) -> &'static str {
        match self {
            Field::TaxYear => "2026-27",
            Field::Couple | Field::Married | Field::Carer(_) => "no",
            Field::Lcwra(_) | Field::LcwraNewClaim(_) => "no",
            Field::PipDailyLiving(_) | Field::PipMobility(_) => "none",
            Field::ChildCount => "0",
            Field::ChildDisability(_) => "none",
            Field::RentPeriod => "month",
            Field::OfferCount => "1",
            Field::OfferWho(_) => "0",
            Field::OfferPension(_) => "yes",
            Field::OfferPayFrequency(_) => "monthly",
            _ => "",
        }
    }
}

/// A message to show beside a box.
pub type FieldErrors = BTreeMap<Field, String>;

/// The form: every box's text, by field. Stored and exported as `{ "<box id>": "<text>" }`,
/// so saved forms stay readable and survive new boxes being added.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(into = "BTreeMap<String, String>", from = "BTreeMap<String, String>")]
pub struct Form {
    values: BTreeMap<Field, String>,
}

impl From<Form> for BTreeMap<String, String> {
    fn from(form: Form) -> Self {
        form.values.into_iter().map(|(f, v)| (f.id(), v)).collect()
    }
}

/// Unknown ids (from a newer version, or edited by hand) are dropped, not fatal.
impl From<BTreeMap<String, String>> for Form {
    fn from(map: BTreeMap<String, String>) -> Self {
        let values = map
            .into_iter()
            .filter_map(|(id, v)| Some((Field::from_id(&id)?, v)))
            .collect();
        Form { values }
    }
}

/// The regions people choose from, in the engine's names.
pub const REGIONS: [&str; 11] = [
    "NORTH_EAST",
    "NORTH_WEST",
    "YORKSHIRE",
    "EAST_MIDLANDS",
    "WEST_MIDLANDS",
    "EAST_OF_ENGLAND",
    "LONDON",
    "SOUTH_EAST",
    "SOUTH_WEST",
    "WALES",
    "SCOTLAND",
];

/// A region's name in the words a person knows, in the language in use
/// (`calc-region-north-east` for `NORTH_EAST`).
pub fn region_name(code: &str) -> String {
    let key = code.to_ascii_lowercase().replace('_', "-");
    crate::i18n::tr(&format!("calc-region-{key}"), &[])
}

impl Form {
    /// The text in a box (its default if nobody has typed in it).
    pub fn get(&self, field: Field) -> &str {
        self.values
            .get(&field)
            .map(String::as_str)
            .unwrap_or_else(|| field.default_value())
    }

    /// Puts what was typed in a box, exactly as typed.
    pub fn set(&mut self, field: Field, value: impl Into<String>) {
        self.values.insert(field, value.into());
    }

    pub fn is_couple(&self) -> bool {
        self.get(Field::Couple) == "yes"
    }

    pub fn adult_count(&self) -> usize {
        if self.is_couple() {
            2
        } else {
            1
        }
    }

    /// How many children the form asks about (the count box, read leniently: a count
    /// that is not a number yet shows no child boxes, and the count box shows the error).
    pub fn child_count(&self) -> usize {
        self.get(Field::ChildCount)
            .trim()
            .parse::<usize>()
            .map_or(0, |n| n.min(MAX_CHILDREN))
    }

    pub fn offer_count(&self) -> usize {
        self.get(Field::OfferCount)
            .trim()
            .parse::<usize>()
            .map_or(1, |n| n.clamp(1, MAX_OFFERS))
    }

    pub fn tax_year(&self) -> TaxYear {
        match self.get(Field::TaxYear) {
            "2025-26" => TaxYear::Y2025_26,
            _ => TaxYear::Y2026_27,
        }
    }

    pub fn tenure(&self) -> &str {
        self.get(Field::Tenure)
    }

    pub fn pays_rent(&self) -> bool {
        matches!(self.tenure(), "social_rent" | "private_rent")
    }

    /// The hourly wage an offer gets when its wage box is left empty: the legal minimum
    /// for the age of the adult who takes it, in the chosen year.
    pub fn default_wage(&self, offer: usize) -> Option<Money> {
        let who = self.offer_adult(offer);
        let age = parse_whole(self.get(Field::Age(who))).ok()?;
        Some(hourly_minimum(self.tax_year().params(), age))
    }

    fn offer_adult(&self, offer: usize) -> usize {
        match self.get(Field::OfferWho(offer)) {
            "1" if self.is_couple() => 1,
            _ => 0,
        }
    }

    /// The scenario the boxes describe, or a message for every box that cannot be read.
    pub fn scenario(&self) -> Result<Scenario, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut check = Checker {
            form: self,
            errors: &mut errors,
        };
        let tax_year = self.tax_year();

        let region = check.choice(Field::Region, REGIONS.as_slice(), &t!("calc-err-region"));
        let country = match region {
            Some("SCOTLAND") => Country::Scotland,
            Some("WALES") => Country::Wales,
            _ => Country::England,
        };

        let mut adults = Vec::new();
        for i in 0..self.adult_count() {
            let missing = if i == 0 {
                t!("calc-err-age-you")
            } else {
                t!("calc-err-age-partner")
            };
            let age = check.whole(Field::Age(i), 16, 66, &missing, &t!("calc-what-age"));
            let lcwra = self.get(Field::Lcwra(i)) == "yes";
            adults.push(Adult {
                age: age.unwrap_or(30),
                lcwra,
                lcwra_new_claim: lcwra
                    && tax_year == TaxYear::Y2026_27
                    && self.get(Field::LcwraNewClaim(i)) == "yes",
                pip_daily_living: pip_rate(self.get(Field::PipDailyLiving(i))),
                pip_mobility: pip_rate(self.get(Field::PipMobility(i))),
                carer: self.get(Field::Carer(i)) == "yes",
                earnings_annual: Money::ZERO,
                hours_per_week: Decimal::ZERO,
                date_of_birth: None,
                lcw: false,
                new_style_esa: None,
                new_style_jsa: None,
                state_pension_weekly: Money::ZERO,
            });
        }
        if self.is_couple() {
            let earnings = check.money(
                Field::PartnerEarnings,
                false,
                Money::pounds(20_000),
                &t!("calc-what-partner-pay"),
            );
            if let (Some(e), Some(partner)) = (earnings, adults.get_mut(1)) {
                partner.earnings_annual = e.monthly_to_annual();
                // Any earnings count as being in work for the childcare element.
                if e.is_positive() {
                    partner.hours_per_week = Decimal::from(16);
                }
            }
        }

        let count = check.whole(
            Field::ChildCount,
            0,
            MAX_CHILDREN as u32,
            &t!("calc-err-child-count"),
            &t!("calc-what-child-count"),
        );
        let mut children = Vec::new();
        for i in 0..count.unwrap_or(0) as usize {
            let age = check.whole(
                Field::ChildAge(i),
                0,
                19,
                &t!("calc-err-child-age", number = i + 1),
                &t!("calc-what-age"),
            );
            let (disabled, dla_care) = match self.get(Field::ChildDisability(i)) {
                "lowest" => (true, Some(DlaCare::Lowest)),
                // "lower" (the UC lower disabled child addition) is the middle care rate.
                "lower" => (true, Some(DlaCare::Middle)),
                "higher" => (true, Some(DlaCare::Highest)),
                _ => (false, None),
            };
            children.push(Child {
                age: Some(age.unwrap_or(0)),
                date_of_birth: None,
                sex: None,
                disabled,
                dla_care,
                dla_mobility: Default::default(),
            });
        }

        let tenure = check.choice(
            Field::Tenure,
            &["social_rent", "private_rent", "owner", "rent_free"],
            &t!("calc-err-tenure"),
        );
        let housing = match tenure {
            Some(t @ ("social_rent" | "private_rent")) => {
                let period = match self.get(Field::RentPeriod) {
                    "week" => Period::Week,
                    "four_weeks" => Period::FourWeeks,
                    _ => Period::Month,
                };
                let most = Money::pounds(5_000).per(Period::Month, period);
                let rent = check
                    .money(Field::Rent, true, most, &t!("calc-what-rent"))
                    .unwrap_or(Money::ZERO);
                let service_charges = check
                    .money(
                        Field::ServiceCharges,
                        false,
                        most,
                        &t!("calc-what-service-charges"),
                    )
                    .unwrap_or(Money::ZERO);
                if t == "social_rent" {
                    let bedrooms =
                        check.optional_whole(Field::Bedrooms, 0, 10, &t!("calc-what-bedrooms"));
                    Housing::SocialRent {
                        rent,
                        rent_period: period,
                        service_charges,
                        bedrooms,
                    }
                } else {
                    let brma = match self.get(Field::Brma).trim() {
                        "" => region.and_then(lha::default_brma).map(str::to_string),
                        code => match lha::find(code) {
                            Some(b) => Some(b.code.to_string()),
                            None => {
                                check.error(Field::Brma, &t!("calc-err-brma"));
                                None
                            }
                        },
                    };
                    Housing::PrivateRent {
                        rent,
                        rent_period: period,
                        service_charges,
                        brma,
                        shared_rate_exempt: false,
                    }
                }
            }
            Some("owner") => Housing::Owner,
            _ => Housing::RentFree,
        };

        let council_tax = CouncilTax {
            annual: check
                .money(
                    Field::CouncilTax,
                    false,
                    Money::pounds(10_000),
                    &t!("calc-what-council-tax"),
                )
                .unwrap_or(Money::ZERO),
            reduction_annual: check
                .money(
                    Field::CouncilTaxReduction,
                    false,
                    Money::pounds(10_000),
                    &t!("calc-what-council-tax-reduction"),
                )
                .unwrap_or(Money::ZERO),
        };
        if council_tax.reduction_annual > council_tax.annual {
            check.error(
                Field::CouncilTaxReduction,
                &t!("calc-err-reduction-too-big"),
            );
        }
        let savings = check
            .money(
                Field::Savings,
                false,
                Money::pounds(10_000_000),
                &t!("calc-what-savings"),
            )
            .unwrap_or(Money::ZERO);
        check.money(
            Field::UcStatement,
            false,
            Money::pounds(10_000),
            &t!("calc-what-uc-statement"),
        );

        let mut offers = Vec::new();
        for i in 0..self.offer_count() {
            let hours = check.hours(Field::OfferHours(i));
            let wage = match self.get(Field::OfferWage(i)).trim() {
                "" => self.default_wage(i),
                _ => check.money(
                    Field::OfferWage(i),
                    true,
                    Money::pounds(500),
                    &t!("calc-what-wage"),
                ),
            };
            if let Some(w) = wage {
                if !w.is_positive() {
                    check.error(Field::OfferWage(i), &t!("calc-err-wage-zero"));
                }
            }
            let childcare = check.money(
                Field::OfferChildcare(i),
                false,
                Money::pounds(5_000),
                &t!("calc-what-childcare"),
            );
            let travel_weekly = check.money(
                Field::OfferTravel(i),
                false,
                Money::pounds(500),
                &t!("calc-what-travel"),
            );
            offers.push(JobOffer {
                label: t!("calc-job-number", number = i + 1),
                adult: self.offer_adult(i),
                hours_per_week: hours.unwrap_or(Decimal::ZERO),
                hourly_wage: wage,
                annual_salary: None,
                pay_frequency: pay_frequency(self.get(Field::OfferPayFrequency(i))),
                childcare_monthly: childcare.unwrap_or(Money::ZERO),
                travel_monthly: travel_weekly
                    .unwrap_or(Money::ZERO)
                    .per(Period::Week, Period::Month),
                pension: if self.get(Field::OfferPension(i)) == "no" {
                    Pension::None
                } else {
                    Pension::AutoEnrolment
                },
                supported_permitted_work: false,
            });
        }

        if !errors.is_empty() {
            return Err(errors);
        }
        let scenario = Scenario {
            country,
            tax_year,
            region: region.map(str::to_string),
            adults,
            children,
            housing,
            council_tax,
            savings,
            married: self.is_couple() && self.get(Field::Married) == "yes",
            carers_care_for_same_person: false,
            offers,
        };
        // The engine checks combinations the boxes cannot see alone; put its words beside
        // the box they are about, or on the form as a whole.
        scenario.validate().map_err(|errs| {
            errs.into_iter()
                .map(|e| (field_for_path(&e.path), e.message))
                .collect::<FieldErrors>()
        })?;
        Ok(scenario)
    }

    /// The form that describes a scenario, for one opened from a share link or a file.
    /// Amounts in other periods are shown in the period the form asks for.
    pub fn from_scenario(s: &Scenario) -> Form {
        let mut f = Form::default();
        // Numbers as a person of the language in use types them ("850.5", "850,5"), with
        // no thousands separator, so any language reads them back the same.
        let typed = |d: Decimal| {
            let sep = crate::i18n::number::decimal_separator(crate::i18n::lang());
            d.normalize().to_string().replace('.', &sep.to_string())
        };
        let plain = |m: Money| typed(m.round_penny().to_decimal());
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        let rate = |r: PipRate| match r {
            PipRate::None => "none",
            PipRate::Standard => "standard",
            PipRate::Enhanced => "enhanced",
        };
        f.set(Field::TaxYear, s.tax_year.label());
        let region = s.region.clone().or_else(|| match (&s.country, &s.housing) {
            (Country::Scotland, _) => Some("SCOTLAND".into()),
            (Country::Wales, _) => Some("WALES".into()),
            (_, Housing::PrivateRent { brma: Some(b), .. }) => {
                lha::find(b).and_then(|b| b.region).map(str::to_string)
            }
            _ => None,
        });
        f.set(Field::Region, region.unwrap_or_default());
        f.set(Field::Couple, yes_no(s.adults.len() > 1));
        f.set(Field::Married, yes_no(s.married));
        for (i, a) in s.adults.iter().take(2).enumerate() {
            f.set(Field::Age(i), a.age.to_string());
            f.set(Field::Lcwra(i), yes_no(a.lcwra));
            f.set(Field::LcwraNewClaim(i), yes_no(a.lcwra_new_claim));
            f.set(Field::PipDailyLiving(i), rate(a.pip_daily_living));
            f.set(Field::PipMobility(i), rate(a.pip_mobility));
            f.set(Field::Carer(i), yes_no(a.carer));
        }
        if let Some(partner) = s.adults.get(1) {
            f.set(
                Field::PartnerEarnings,
                plain(partner.earnings_annual.annual_to_monthly()),
            );
        }
        let children = &s.children[..s.children.len().min(MAX_CHILDREN)];
        f.set(Field::ChildCount, children.len().to_string());
        for (i, c) in children.iter().enumerate() {
            f.set(
                Field::ChildAge(i),
                c.age_in(s.tax_year)
                    .map(|a| a.to_string())
                    .unwrap_or_default(),
            );
            let disability = match (c.care_rate(), c.disabled) {
                (DlaCare::Highest, _) => "higher",
                (DlaCare::Lowest, true) => "lowest",
                (_, true) => "lower",
                _ => "none",
            };
            f.set(Field::ChildDisability(i), disability);
        }
        let mut rent_boxes = |tenure: &str, rent: Money, period: Period, charges: Money| {
            let (rent, charges, period) = match period {
                Period::Week => (rent, charges, "week"),
                Period::FourWeeks => (rent, charges, "four_weeks"),
                Period::Month => (rent, charges, "month"),
                other => (
                    rent.per(other, Period::Month),
                    charges.per(other, Period::Month),
                    "month",
                ),
            };
            f.set(Field::Tenure, tenure);
            f.set(Field::Rent, plain(rent));
            f.set(Field::RentPeriod, period);
            f.set(
                Field::ServiceCharges,
                if charges.is_zero() {
                    String::new()
                } else {
                    plain(charges)
                },
            );
        };
        match &s.housing {
            Housing::SocialRent {
                rent,
                rent_period,
                service_charges,
                bedrooms,
            } => {
                rent_boxes("social_rent", *rent, *rent_period, *service_charges);
                f.set(
                    Field::Bedrooms,
                    bedrooms.map(|b| b.to_string()).unwrap_or_default(),
                );
            }
            Housing::PrivateRent {
                rent,
                rent_period,
                service_charges,
                brma,
                ..
            } => {
                rent_boxes("private_rent", *rent, *rent_period, *service_charges);
                f.set(Field::Brma, brma.clone().unwrap_or_default());
            }
            Housing::Supported {
                rent,
                rent_period,
                service_charges,
                ..
            } => rent_boxes("social_rent", *rent, *rent_period, *service_charges),
            Housing::Owner => f.set(Field::Tenure, "owner"),
            Housing::RentFree => f.set(Field::Tenure, "rent_free"),
        }
        let optional = |m: Money| if m.is_zero() { String::new() } else { plain(m) };
        f.set(Field::CouncilTax, optional(s.council_tax.annual));
        f.set(
            Field::CouncilTaxReduction,
            optional(s.council_tax.reduction_annual),
        );
        f.set(Field::Savings, optional(s.savings));
        let offers = &s.offers[..s.offers.len().min(MAX_OFFERS)];
        f.set(Field::OfferCount, offers.len().max(1).to_string());
        for (i, o) in offers.iter().enumerate() {
            f.set(Field::OfferWho(i), o.adult.min(1).to_string());
            f.set(Field::OfferHours(i), typed(o.hours_per_week));
            f.set(Field::OfferWage(i), plain(crate::engine::hourly_wage(o)));
            f.set(Field::OfferChildcare(i), optional(o.childcare_monthly));
            f.set(
                Field::OfferTravel(i),
                optional(o.travel_monthly.per(Period::Month, Period::Week)),
            );
            f.set(
                Field::OfferPension(i),
                yes_no(!matches!(o.pension, Pension::None)),
            );
        }
        f
    }

    /// The Universal Credit a month on the person's own statement, if they gave it.
    pub fn uc_statement(&self) -> Option<Money> {
        match self.get(Field::UcStatement).trim() {
            "" => None,
            text => parse_money(text).ok(),
        }
    }

    /// What was assumed for each "I'm not sure" answer, in plain words.
    pub fn assumptions(&self) -> Vec<String> {
        let mut out = Vec::new();
        for i in 0..self.adult_count() {
            let you = i == 0;
            if self.get(Field::Lcwra(i)) == "unsure" {
                out.push(if you {
                    t!("calc-assumed-lcwra-you")
                } else {
                    t!("calc-assumed-lcwra-partner")
                });
            }
            if self.get(Field::PipDailyLiving(i)) == "unsure"
                || self.get(Field::PipMobility(i)) == "unsure"
            {
                out.push(if you {
                    t!("calc-assumed-pip-you")
                } else {
                    t!("calc-assumed-pip-partner")
                });
            }
            if self.get(Field::Carer(i)) == "unsure" {
                out.push(if you {
                    t!("calc-assumed-carer-you")
                } else {
                    t!("calc-assumed-carer-partner")
                });
            }
        }
        if self.tenure() == "private_rent" && self.get(Field::Brma).trim().is_empty() {
            out.push(t!("calc-assumed-rental-area"));
        }
        for i in 0..self.offer_count() {
            if self.get(Field::OfferWage(i)).trim().is_empty() {
                if let Some(w) = self.default_wage(i) {
                    let wage = crate::calculator::format::format_pence(w);
                    out.push(t!("calc-assumed-wage", number = i + 1, wage = wage));
                }
            }
        }
        out
    }
}

/// How often a job pays, from the radio's value ("weekly", "fortnightly", ...).
pub fn pay_frequency(text: &str) -> PayFrequency {
    match text {
        "weekly" => PayFrequency::Weekly,
        "fortnightly" => PayFrequency::Fortnightly,
        "four_weekly" => PayFrequency::FourWeekly,
        _ => PayFrequency::Monthly,
    }
}

fn pip_rate(text: &str) -> PipRate {
    match text {
        "standard" => PipRate::Standard,
        "enhanced" => PipRate::Enhanced,
        _ => PipRate::None,
    }
}

/// Which box an engine error path belongs to, e.g. `offers[0].hours_per_week`.
fn field_for_path(path: &str) -> Field {
    let index = path
        .split(['[', ']'])
        .nth(1)
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0);
    match () {
        _ if path.starts_with("adults") && path.ends_with("age") => Field::Age(index),
        _ if path.starts_with("children") => Field::ChildAge(index),
        _ if path.starts_with("offers") && path.contains("wage") => Field::OfferWage(index),
        _ if path.starts_with("offers") => Field::OfferHours(index),
        _ if path.contains("brma") => Field::Brma,
        _ if path.starts_with("housing") => Field::Rent,
        _ if path.starts_with("council_tax") => Field::CouncilTax,
        _ if path.starts_with("savings") => Field::Savings,
        _ => Field::Region,
    }
}

/// Reads a number of pounds as people write it in the language in use: "£1,250.50",
/// " 450 ", and in Dutch or Swedish "12,50", "£ 1.250,50" or "1 250,50 £" (see
/// [`crate::i18n::number::parse_decimal`]: a point or comma followed by other than three
/// digits is always the decimal separator, so "12.50" works everywhere).
pub fn parse_money(text: &str) -> Result<Money, &'static str> {
    let trimmed = text.trim();
    let unsigned = trimmed.trim_start_matches('£').trim_end_matches('£').trim();
    if unsigned.is_empty() {
        return Err("empty");
    }
    let (negative, digits) = match unsigned
        .strip_prefix('-')
        .or_else(|| unsigned.strip_prefix(crate::i18n::number::MINUS))
    {
        Some(rest) => (true, rest.trim_start_matches('£').trim()),
        None => (false, unsigned),
    };
    // Only digits and separators: `Decimal::from_str` would also take "1e5" or "1_000".
    let value =
        crate::i18n::number::parse_decimal(crate::i18n::lang(), digits).ok_or("not a number")?;
    if negative && !value.is_zero() {
        return Err("negative");
    }
    if value.scale() > 2 {
        return Err("pence");
    }
    Ok(Money::new(value))
}

fn parse_whole(text: &str) -> Result<u32, &'static str> {
    let t = text.trim();
    if t.is_empty() {
        return Err("empty");
    }
    if t.starts_with('-') {
        return Err("negative");
    }
    t.parse::<u32>().map_err(|_| "not a whole number")
}

/// Reads boxes and records a message for each one it cannot read.
struct Checker<'a> {
    form: &'a Form,
    errors: &'a mut FieldErrors,
}

impl Checker<'_> {
    fn error(&mut self, field: Field, message: &str) {
        self.errors
            .entry(field)
            .or_insert_with(|| message.to_string());
    }

    fn choice<'f>(&mut self, field: Field, allowed: &[&'f str], missing: &str) -> Option<&'f str> {
        let value = self.form.get(field);
        let found = allowed.iter().find(|a| **a == value).copied();
        if found.is_none() {
            self.error(field, missing);
        }
        found
    }

    fn whole(
        &mut self,
        field: Field,
        min: u32,
        max: u32,
        missing: &str,
        what: &str,
    ) -> Option<u32> {
        match parse_whole(self.form.get(field)) {
            Ok(n) if (min..=max).contains(&n) => Some(n),
            Ok(_) | Err("negative") => {
                self.error(
                    field,
                    &t!("calc-err-whole-range", what = what, min = min, max = max),
                );
                None
            }
            Err("empty") => {
                self.error(field, missing);
                None
            }
            Err(_) => {
                let example = min.max(1) * 2;
                let message = t!("calc-err-whole-not-number", what = what, example = example);
                self.error(field, &message);
                None
            }
        }
    }

    fn optional_whole(&mut self, field: Field, min: u32, max: u32, what: &str) -> Option<u32> {
        if self.form.get(field).trim().is_empty() {
            return None;
        }
        self.whole(field, min, max, "", what)
    }

    fn hours(&mut self, field: Field) -> Option<Decimal> {
        let text = self.form.get(field).trim();
        if text.is_empty() {
            self.error(field, &t!("calc-err-hours-empty"));
            return None;
        }
        match parse_money(text).map(|m| m.to_decimal()) {
            Err("negative") => self.error(field, &t!("calc-err-hours-positive")),
            Err(_) => self.error(field, &t!("calc-err-hours-not-number")),
            Ok(h) if h <= Decimal::ZERO => self.error(field, &t!("calc-err-hours-positive")),
            Ok(h) if h > Decimal::from(100) => self.error(field, &t!("calc-err-hours-too-many")),
            Ok(h) => return Some(h),
        }
        None
    }

    fn money(&mut self, field: Field, required: bool, most: Money, what: &str) -> Option<Money> {
        match parse_money(self.form.get(field)) {
            Ok(m) if m > most => {
                let most = crate::calculator::format::format_pounds(most);
                let message = t!("calc-err-money-too-big", what = what, most = most);
                self.error(field, &message);
                None
            }
            Ok(m) => Some(m),
            Err("empty") if required => {
                self.error(field, &t!("calc-err-money-empty", what = what));
                None
            }
            Err("empty") => Some(Money::ZERO),
            Err("negative") => {
                let start = capitalise(what);
                let message = t!("calc-err-money-negative", what_start = start);
                self.error(field, &message);
                None
            }
            Err("pence") => {
                self.error(field, &t!("calc-err-money-pence"));
                None
            }
            Err(_) => {
                self.error(field, &t!("calc-err-money-not-number", what = what));
                None
            }
        }
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calculator::test_support::single_social_renter_form as filled;

    #[test]
    fn a_filled_form_reads_into_a_scenario_with_the_legal_minimum_wage_by_default() {
        let s = filled().scenario().expect("valid");
        assert_eq!(s.country, Country::England);
        assert_eq!(s.adults.len(), 1);
        assert_eq!(s.adults[0].age, 30);
        assert_eq!(s.offers[0].hours_per_week, Decimal::from(16));
        assert_eq!(
            s.offers[0].hourly_wage,
            Some(Money::new(Decimal::new(1271, 2)))
        );
        assert!(
            matches!(s.housing, Housing::SocialRent { rent, .. } if rent == Money::pounds(500))
        );
    }

    #[test]
    fn an_empty_form_says_what_to_fill_in_beside_each_box() {
        let errors = Form::default().scenario().unwrap_err();
        assert_eq!(errors[&Field::Region], "Choose where you live");
        assert_eq!(errors[&Field::Age(0)], "Enter your age");
        assert_eq!(errors[&Field::Tenure], "Choose how you pay for your home");
        assert_eq!(
            errors[&Field::OfferHours(0)],
            "Enter the hours a week, like 16"
        );
    }

    #[test]
    fn bad_numbers_get_a_message_and_the_typed_text_is_kept() {
        for (field, typed, message) in [
            (Field::OfferHours(0), "-4", "Hours must be more than 0"),
            (
                Field::OfferHours(0),
                "120",
                "Hours must be 100 a week or fewer",
            ),
            (
                Field::OfferHours(0),
                "sixteen",
                "Enter the hours as a number, like 16 or 22.5",
            ),
            (
                Field::OfferWage(0),
                "-1",
                "The hourly wage cannot be less than £0",
            ),
            (
                Field::OfferWage(0),
                "0",
                "Enter an hourly wage of more than £0",
            ),
            (
                Field::Rent,
                "abc",
                "Enter your rent as a number, like 120.50",
            ),
            (
                Field::Rent,
                "90000",
                "Check your rent: it must be £5,000 or less",
            ),
            (Field::Age(0), "12", "The age must be between 16 and 66"),
            (
                Field::Age(0),
                "thirty",
                "Enter the age as a whole number, like 32",
            ),
            (Field::Age(0), "-30", "The age must be between 16 and 66"),
            (Field::Rent, "12.345", "Use pounds and pence, like 12.50"),
        ] {
            let mut f = filled();
            f.set(field, typed);
            let errors = f.scenario().unwrap_err();
            assert_eq!(
                errors.get(&field).map(String::as_str),
                Some(message),
                "{typed}"
            );
            assert_eq!(errors.len(), 1, "{typed}: {errors:?}");
            assert_eq!(f.get(field), typed);
        }
    }

    #[test]
    fn money_is_read_as_people_write_it() {
        assert_eq!(
            parse_money("£1,250.50"),
            Ok(Money::new(Decimal::new(125050, 2)))
        );
        assert_eq!(parse_money(" 450 "), Ok(Money::pounds(450)));
        assert_eq!(parse_money(""), Err("empty"));
        assert_eq!(parse_money("1e5"), Err("not a number"));
    }

    /// Uses the real Dutch messages for the rest of this test's thread.
    fn in_dutch() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/nl/better-off-form.ftl"
        );
        let text = std::fs::read_to_string(path).unwrap();
        crate::i18n::use_translation(crate::i18n::Lang::Nl, &text);
    }

    #[test]
    fn dutch_amounts_and_hours_are_read_with_a_decimal_comma() {
        in_dutch();
        assert_eq!(parse_money("12,50"), Ok(Money::new(Decimal::new(1250, 2))));
        assert_eq!(
            parse_money("£ 1.250,50"),
            Ok(Money::new(Decimal::new(125050, 2)))
        );
        assert_eq!(
            parse_money("1 250,50 £"),
            Ok(Money::new(Decimal::new(125050, 2)))
        );
        assert_eq!(parse_money("12.50"), Ok(Money::new(Decimal::new(1250, 2))));
        assert_eq!(parse_money("-3,50"), Err("negative"));
        // In Dutch a point before three digits groups thousands; a comma is the decimal.
        assert_eq!(parse_money("12.345"), Ok(Money::pounds(12_345)));
        assert_eq!(parse_money("12,345"), Err("pence"));
        let mut f = filled();
        f.set(Field::OfferHours(0), "17,5");
        f.set(Field::OfferWage(0), "12,50");
        f.set(Field::Rent, "450,75");
        let s = f.scenario().expect("Dutch numbers read");
        assert_eq!(s.offers[0].hours_per_week, Decimal::new(175, 1));
        assert_eq!(
            s.offers[0].hourly_wage,
            Some(Money::new(Decimal::new(1250, 2)))
        );
        assert!(
            matches!(s.housing, Housing::SocialRent { rent, .. } if rent == Money::new(Decimal::new(45075, 2)))
        );
        crate::i18n::use_catalog(None);
    }

    #[test]
    fn a_scenario_opened_in_dutch_fills_the_boxes_with_a_decimal_comma() {
        let mut f = filled();
        f.set(Field::OfferHours(0), "17.5");
        f.set(Field::PartnerEarnings, "850.50");
        f.set(Field::Couple, "yes");
        f.set(Field::Age(1), "40");
        let s = f.scenario().unwrap();
        in_dutch();
        let dutch = Form::from_scenario(&s);
        assert_eq!(dutch.get(Field::OfferHours(0)), "17,5");
        assert_eq!(dutch.get(Field::PartnerEarnings), "850,5");
        let mut read = dutch.scenario().unwrap();
        assert_eq!(read.offers[0].label, "Baan 1");
        read.offers[0].label = s.offers[0].label.clone();
        assert_eq!(read, s);
        crate::i18n::use_catalog(None);
        // Read back in English, the same household.
        assert_eq!(dutch.scenario().unwrap(), s);
    }

    #[test]
    fn messages_beside_the_boxes_are_in_the_language_in_use() {
        in_dutch();
        let mut f = filled();
        f.set(Field::Rent, "abc");
        f.set(Field::OfferHours(0), "veel");
        f.set(Field::Age(0), "12");
        let errors = f.scenario().unwrap_err();
        assert_eq!(
            errors[&Field::Rent],
            "Vul je huur in als getal, bijvoorbeeld 120,50"
        );
        assert_eq!(
            errors[&Field::OfferHours(0)],
            "Vul de uren in als getal, bijvoorbeeld 16 of 22,5"
        );
        assert_eq!(
            errors[&Field::Age(0)],
            "Controleer de leeftijd: dat moet tussen 16 en 66 liggen"
        );
        f.set(Field::Rent, "90000");
        assert_eq!(
            f.scenario().unwrap_err()[&Field::Rent],
            "Controleer je huur: dat mag niet meer zijn dan £\u{a0}5.000"
        );
        let empty = Form::default().scenario().unwrap_err();
        assert_eq!(empty[&Field::Region], "Kies waar je woont");
        crate::i18n::use_catalog(None);
        // And back in English.
        assert_eq!(
            Form::default().scenario().unwrap_err()[&Field::Region],
            "Choose where you live"
        );
    }

    #[test]
    fn english_still_reads_thousands_commas_and_a_comma_before_pence() {
        assert_eq!(parse_money("1,000"), Ok(Money::pounds(1_000)));
        assert_eq!(
            parse_money("£12,345.67"),
            Ok(Money::new(Decimal::new(1234567, 2)))
        );
        assert_eq!(parse_money("12,50"), Ok(Money::new(Decimal::new(1250, 2))));
        assert_eq!(parse_money("£-5"), Err("negative"));
        assert_eq!(parse_money("-0"), Ok(Money::new(Decimal::ZERO)));
    }

    #[test]
    fn weekly_rent_and_travel_are_read_in_their_own_period() {
        let mut f = filled();
        f.set(Field::RentPeriod, "week");
        f.set(Field::Rent, "100");
        f.set(Field::OfferTravel(0), "12");
        let s = f.scenario().unwrap();
        assert!(matches!(
            s.housing,
            Housing::SocialRent {
                rent_period: Period::Week,
                ..
            }
        ));
        // £12 a week is £52 a month (x 52 / 12).
        assert_eq!(s.offers[0].travel_monthly, Money::pounds(52));
    }

    #[test]
    fn a_private_renter_without_an_area_gets_the_regions_main_area_and_is_told() {
        let mut f = filled();
        f.set(Field::Tenure, "private_rent");
        let s = f.scenario().unwrap();
        assert!(
            matches!(&s.housing, Housing::PrivateRent { brma: Some(b), .. } if b == "CENTRAL_GREATER_MANCHESTER")
        );
        assert!(f
            .assumptions()
            .iter()
            .any(|a| a.contains("main area of your region")));
        f.set(Field::Brma, "NOWHERE");
        assert_eq!(
            f.scenario().unwrap_err()[&Field::Brma],
            "Choose your area from the list"
        );
    }

    #[test]
    fn not_sure_answers_take_the_safe_default_and_say_so() {
        let mut f = filled();
        f.set(Field::Lcwra(0), "unsure");
        f.set(Field::PipDailyLiving(0), "unsure");
        let s = f.scenario().unwrap();
        assert!(!s.adults[0].lcwra);
        assert_eq!(s.adults[0].pip_daily_living, PipRate::None);
        let said = f.assumptions();
        assert!(
            said.iter().any(|a| a.contains("health element")),
            "{said:?}"
        );
        assert!(
            said.iter()
                .any(|a| a.contains("Personal Independence Payment")),
            "{said:?}"
        );
        assert!(
            said.iter().any(|a| a.contains("£12.71 an hour")),
            "{said:?}"
        );
    }

    #[test]
    fn a_couple_gets_partner_boxes_and_children_get_theirs() {
        let mut f = filled();
        f.set(Field::Couple, "yes");
        f.set(Field::Age(1), "28");
        f.set(Field::PartnerEarnings, "1,000");
        f.set(Field::ChildCount, "2");
        f.set(Field::ChildAge(0), "4");
        f.set(Field::ChildAge(1), "7");
        f.set(Field::ChildDisability(1), "higher");
        let s = f.scenario().unwrap();
        assert_eq!(s.adults.len(), 2);
        assert_eq!(s.adults[1].earnings_annual, Money::pounds(12_000));
        assert_eq!(s.children.len(), 2);
        assert_eq!(s.children[1].dla_care, Some(DlaCare::Highest));
        f.set(Field::ChildAge(1), "");
        assert_eq!(
            f.scenario().unwrap_err()[&Field::ChildAge(1)],
            "Enter the age of child 2"
        );
    }

    #[test]
    fn a_scenario_read_back_into_the_form_gives_the_same_scenario() {
        let mut f = filled();
        f.set(Field::Couple, "yes");
        f.set(Field::Age(1), "41");
        f.set(Field::Lcwra(1), "yes");
        f.set(Field::PartnerEarnings, "850.50");
        f.set(Field::ChildCount, "1");
        f.set(Field::ChildAge(0), "9");
        f.set(Field::ChildDisability(0), "lower");
        f.set(Field::Tenure, "private_rent");
        f.set(Field::Brma, "LEEDS");
        f.set(Field::RentPeriod, "week");
        f.set(Field::Rent, "150");
        f.set(Field::OfferTravel(0), "15");
        f.set(Field::OfferChildcare(0), "200");
        f.set(Field::OfferPension(0), "no");
        f.set(Field::Savings, "7000");
        let s = f.scenario().unwrap();
        let again = Form::from_scenario(&s);
        assert_eq!(again.scenario().unwrap(), s);
        assert_eq!(again.get(Field::OfferTravel(0)), "15");
        assert_eq!(again.get(Field::Region), "NORTH_WEST");
    }

    #[test]
    fn a_form_is_stored_by_box_id_and_read_back_the_same() {
        let mut f = filled();
        f.set(Field::ChildAge(2), "5");
        f.set(Field::OfferTravel(1), "12.50");
        let json = serde_json::to_string(&f).unwrap();
        assert!(json.contains("\"child-2-age\":\"5\""), "{json}");
        let back: Form = serde_json::from_str(&json).unwrap();
        assert_eq!(back, f);
        let odd: Form =
            serde_json::from_str(r#"{"adult-0-age":"40","nonsense":"x","child-99-age":"1"}"#)
                .unwrap();
        assert_eq!(odd.get(Field::Age(0)), "40");
        assert_eq!(
            serde_json::to_string(&odd).unwrap(),
            r#"{"adult-0-age":"40"}"#
        );
    }

    #[test]
    fn field_ids_are_unique() {
        let fields = [
            Field::Age(0),
            Field::Age(1),
            Field::ChildAge(0),
            Field::OfferHours(0),
            Field::OfferHours(1),
            Field::Rent,
            Field::Brma,
        ];
        let ids: std::collections::BTreeSet<String> = fields.iter().map(|f| f.id()).collect();
        assert_eq!(ids.len(), fields.len());
    }
}
