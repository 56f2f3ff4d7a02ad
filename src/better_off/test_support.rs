//! Households shared by the calculator's tests, so each test says only how its household
//! differs from the usual one rather than spelling out every field.

use super::form::{Field, Form};
use crate::better_off::params::{Country, TaxYear};
use crate::better_off::scenario::{Adult, Housing, JobOffer, Pension, Scenario};
use crate::money::{Money, Period};
use rust_decimal::Decimal;

/// A single adult of 30 in England, 2026-27, paying social rent of £500 a month, with no
/// savings and one job offer: 16 hours a week at £12.71, no travel or childcare costs, and
/// the engine's default pension (automatic enrolment).
pub fn single_social_renter() -> ScenarioBuilder {
    ScenarioBuilder(Scenario {
        country: Country::England,
        tax_year: TaxYear::Y2026_27,
        region: None,
        adults: vec![Adult::new(30)],
        children: vec![],
        housing: Housing::SocialRent {
            rent: Money::pounds(500),
            rent_period: Period::Month,
            service_charges: Money::ZERO,
            bedrooms: None,
        },
        council_tax: Default::default(),
        savings: Money::ZERO,
        married: false,
        carers_care_for_same_person: false,
        offers: vec![JobOffer {
            label: String::new(),
            adult: 0,
            hours_per_week: Decimal::from(16),
            hourly_wage: Some(Money::pence(1271)),
            annual_salary: None,
            pay_frequency: Default::default(),
            childcare_monthly: Money::ZERO,
            travel_monthly: Money::ZERO,
            pension: Pension::default(),
            supported_permitted_work: false,
            childcare_children: None,
        }],
        uc_deductions_monthly: Money::ZERO,
        benefit_cap_grace: false,
        expecting_baby: false,
    })
}

/// The same household as `single_social_renter`, typed into the coaches' form (North
/// West); the form fills in the legal minimum wage for the offer.
pub fn single_social_renter_form() -> Form {
    let mut f = Form::default();
    f.set(Field::Region, "NORTH_WEST");
    f.set(Field::Age(0), "30");
    f.set(Field::Tenure, "social_rent");
    f.set(Field::Rent, "500");
    f.set(Field::OfferHours(0), "16");
    f
}

/// Adjusts the one adult and the one offer of a test household; `build` gives the scenario.
pub struct ScenarioBuilder(Scenario);

impl ScenarioBuilder {
    pub fn build(self) -> Scenario {
        self.0
    }

    pub fn country(mut self, country: Country) -> Self {
        self.0.country = country;
        self
    }

    pub fn tax_year(mut self, tax_year: TaxYear) -> Self {
        self.0.tax_year = tax_year;
        self
    }

    pub fn age(mut self, age: u32) -> Self {
        self.0.adults[0].age = age;
        self
    }

    /// The adult gets Carer's Allowance.
    pub fn carer(mut self) -> Self {
        self.0.adults[0].carer = true;
        self
    }

    /// Monthly social rent, in pence.
    pub fn rent_pence(mut self, pence: i64) -> Self {
        match &mut self.0.housing {
            Housing::SocialRent { rent, .. } => *rent = Money::pence(pence),
            other => panic!("rent_pence on a household that does not rent: {other:?}"),
        }
        self
    }

    /// Owns the home outright: no housing costs.
    pub fn owner(mut self) -> Self {
        self.0.housing = Housing::Owner;
        self
    }

    pub fn savings(mut self, savings: Money) -> Self {
        self.0.savings = savings;
        self
    }

    pub fn label(mut self, label: &str) -> Self {
        self.0.offers[0].label = label.into();
        self
    }

    pub fn hours(mut self, hours: i64) -> Self {
        self.0.offers[0].hours_per_week = Decimal::from(hours);
        self
    }

    pub fn wage_pence(mut self, pence: i64) -> Self {
        self.0.offers[0].hourly_wage = Some(Money::pence(pence));
        self
    }

    pub fn travel_pounds(mut self, pounds: i64) -> Self {
        self.0.offers[0].travel_monthly = Money::pounds(pounds);
        self
    }

    /// The worker has opted out of (or has no) workplace pension.
    pub fn no_pension(mut self) -> Self {
        self.0.offers[0].pension = Pension::None;
        self
    }
}

/// A household that answers the questions added for issues 18 and 19, typed into the form:
/// a mixed-age couple in temporary housing in England, the person (45) on New Style ESA in
/// the work-related activity group at £95.55 a week, the partner (67, born 30 September
/// 1958) on a State Pension of £230.25 a week, twins of 3 and a child of 8, a baby on the
/// way, £40 a month taken off Universal Credit, in the benefit cap grace period, a council
/// tax reduction of £900 now and £350 in work (the council's figure), and an offer of
/// supported permitted work with £60 a month travel and childcare for 2 children.
pub fn whole_picture_form() -> Form {
    use super::choice::{CtrInWork, NewStyle, SupportedHome};
    use super::form::Field as F;
    use crate::better_off::scenario::{EsaGroup, SupportedKind};
    let mut f = single_social_renter_form();
    f.set_choice(F::Couple, true);
    f.set(F::Age(0), "45");
    f.set_choice(F::NewStyle(0), NewStyle::Esa);
    f.set_choice(F::EsaGroup(0), EsaGroup::Wrag);
    f.set(F::AwardWeekly(0), "95.55");
    f.set(F::Age(1), "67");
    f.set(F::DateOfBirth(1), "1958-09-30");
    f.set(F::StatePension(1), "230.25");
    f.set(F::ChildCount, "3");
    for (i, age) in ["3", "3", "8"].into_iter().enumerate() {
        f.set(F::ChildAge(i), age);
    }
    f.set_choice(F::ChildTwin(0), true);
    f.set_choice(F::ChildTwin(1), true);
    f.set_choice(F::ExpectingBaby, true);
    f.set_choice(
        F::SupportedHousing,
        SupportedHome::Yes(SupportedKind::Temporary),
    );
    f.set(F::CouncilTax, "1600");
    f.set(F::CouncilTaxReduction, "900");
    f.set_choice(F::CouncilTaxInWork, CtrInWork::OwnFigure);
    f.set(F::CouncilTaxReductionInWork, "350");
    f.set(F::UcDeductions, "40");
    f.set_choice(F::BenefitCapGrace, true);
    f.set_choice(F::OfferSupportedWork(0), true);
    f.set(F::OfferTravel(0), "60");
    f.set_choice(F::OfferTravelPeriod(0), Period::Month);
    f.set(F::OfferChildcare(0), "450");
    f.set(F::OfferChildcareChildren(0), "2");
    f
}
