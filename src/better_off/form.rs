//! The calculator's form as the person typed it, and its checks.
//!
//! Every box holds exactly what was typed (a string), so nothing typed is ever lost or
//! rewritten while a person is still typing. [`Form::scenario`] reads the boxes into an
//! engine [`Scenario`] and returns, for every box it cannot read, a message to show beside
//! that box. Choices answered "I'm not sure" take a safe default, and [`Form::assumptions`]
//! says in plain words what was assumed, so the answer can say it too. A choice is read as
//! its enum ([`Form::choice`]); the texts choices are stored as live in [`super::choice`].
//!
//! Reading is done in named steps, one per part of the household (the place, the adults,
//! the children, the home, the costs, the job offers), by a [`Reader`] that keeps every
//! message; [`Form::from_scenario`] writes the same parts back, one step each.
//!
//! # Adding a box
//! 1. A line in the `fields!` table below: the variant and its HTML id, which is also the
//!    key its text is saved under (`Age(usize) = "adult-{i}-age"` for a box asked once per
//!    adult, child or job offer). Never change an id once released: saved forms use it.
//! 2. If it starts with something in it, a line in [`Field::default_value`] (a choice's
//!    default as its text, e.g. `false.text()`). A new choice is an enum with its texts in
//!    [`super::choice`].
//! 3. A line in the [`Reader`] step for its part of the household (a number with
//!    `read.money`/`read.whole`, a choice with `form.choice`), and the matching line in the
//!    `write_*` step of [`Form::from_scenario`] if the scenario carries it.
//!
//! Then show it: a control in `app/pages/better_off/questions.rs` and the box in its guided
//! step (`guided::Step::fields`).

use super::choice::{
    Choice, CtrInWork, ForWhom, NewStyle, Region, RelativePays, SupportedHome, Sure, TenancyIn,
    Tenure, Who, RENT_PERIODS, TRAVEL_PERIODS,
};
use super::person::{capitalise, Person};
use crate::better_off::params::{lha, Country, TaxYear};
use crate::better_off::rules::minimum_wage::hourly_minimum;
use crate::better_off::rules::state_pension_age;
use crate::better_off::scenario::{
    Adult, Child, CouncilTax, DlaCare, EsaAward, EsaGroup, Housing, JobOffer, JsaAward,
    PayFrequency, Pension, PipRate, RelativeHousing, Scenario, SupportedKind, ValidationError,
};
use crate::calendar::Date;
use crate::money::{Money, Period};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The oldest age the form takes.
pub const MAX_AGE: u32 = 100;

/// The age from which the form asks for a date of birth.
pub const BIRTH_DATE_FROM_AGE: u32 = 60;

/// The most adults, children and job offers the form takes.
pub const MAX_ADULTS: usize = 2;
pub const MAX_CHILDREN: usize = 6;
pub const MAX_OFFERS: usize = 3;

/// Declares [`Field`] from one table: each box's variant and its HTML id, where `{i}` stands
/// for the number of the adult, child or job offer it belongs to. [`Field::id`] and
/// [`Field::from_id`] are both written from the table, so they cannot disagree.
macro_rules! fields {
    (
        $(#[$meta:meta])*
        pub enum Field {
            $( $(#[$doc:meta])* $name:ident $(($index:ty))? = $id:literal, )*
        }
    ) => {
        $(#[$meta])*
        pub enum Field {
            $( $(#[$doc])* $name $(($index))?, )*
        }

        impl Field {
            /// The box's id with `{i}` for the number of the adult, child or job offer it
            /// belongs to, and that number.
            fn template(self) -> (&'static str, Option<usize>) {
                match self {
                    $( fields!(@pattern $name i $($index)?) => ($id, fields!(@index i $($index)?)), )*
                }
            }

            /// The field with this HTML id, if there is one.
            pub fn from_id(id: &str) -> Option<Field> {
                $(
                    if let Some(field) = fields!(@read id, $id, $name $($index)?) {
                        return Some(field);
                    }
                )*
                None
            }
        }
    };
    (@pattern $name:ident $i:ident) => { Field::$name };
    (@pattern $name:ident $i:ident $index:ty) => { Field::$name($i) };
    (@index $i:ident) => { None };
    (@index $i:ident $index:ty) => { Some($i) };
    (@read $text:ident, $id:literal, $name:ident) => { ($text == $id).then_some(Field::$name) };
    (@read $text:ident, $id:literal, $name:ident $index:ty) => {
        repeated_index($text, $id).map(Field::$name)
    };
}

fields! {
    /// One box or choice on the form. Indexed fields belong to an adult (0 or 1), a child or
    /// an offer.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Field {
        TaxYear = "tax-year",
        Region = "region",
        Couple = "couple",
        Married = "married",
        Age(usize) = "adult-{i}-age",
        Lcwra(usize) = "adult-{i}-lcwra",
        LcwraNewClaim(usize) = "adult-{i}-lcwra-new",
        PipDailyLiving(usize) = "adult-{i}-pip-daily",
        PipMobility(usize) = "adult-{i}-pip-mobility",
        Carer(usize) = "adult-{i}-carer",
        PartnerEarnings = "partner-earnings",
        ChildCount = "child-count",
        ChildAge(usize) = "child-{i}-age",
        ChildDisability(usize) = "child-{i}-disability",
        Tenure = "tenure",
        Rent = "rent",
        RentPeriod = "rent-period",
        ServiceCharges = "service-charges",
        Brma = "brma",
        Bedrooms = "bedrooms",
        CouncilTax = "council-tax",
        CouncilTaxReduction = "council-tax-reduction",
        Savings = "savings",
        UcStatement = "uc-statement",
        OfferCount = "offer-count",
        OfferWho(usize) = "offer-{i}-who",
        OfferHours(usize) = "offer-{i}-hours",
        OfferWage(usize) = "offer-{i}-wage",
        OfferChildcare(usize) = "offer-{i}-childcare",
        OfferTravel(usize) = "offer-{i}-travel",
        OfferPension(usize) = "offer-{i}-pension",
        OfferPayFrequency(usize) = "offer-{i}-pay-frequency",
        /// The first-months timeline: when the job starts and pays, and the claim's periods.
        JobStart = "job-start",
        FirstPayday = "first-payday",
        AssessmentPeriodStart = "ap-start",
        OldJobPay = "old-job-pay",
        OldJobPayDate = "old-job-pay-date",
        /// Issues 18 and 19: benefits, pension age, supported housing, family, costs.
        DateOfBirth(usize) = "adult-{i}-birth-date",
        StatePension(usize) = "adult-{i}-state-pension",
        NewStyle(usize) = "adult-{i}-new-style",
        EsaGroup(usize) = "adult-{i}-esa-group",
        AwardWeekly(usize) = "adult-{i}-award-weekly",
        ExpectingBaby = "expecting-baby",
        ChildTwin(usize) = "child-{i}-twin",
        SupportedHousing = "supported-housing",
        FamilyContribution = "family-contribution",
        RelativeHousing = "relative-housing",
        RelativeExempt = "relative-exempt",
        CouncilTaxInWork = "council-tax-in-work",
        CouncilTaxReductionInWork = "council-tax-reduction-in-work",
        UcDeductions = "uc-deductions",
        BenefitCapGrace = "benefit-cap-grace",
        OfferSupportedWork(usize) = "offer-{i}-supported-work",
        OfferTravelPeriod(usize) = "offer-{i}-travel-period",
        OfferChildcareChildren(usize) = "offer-{i}-childcare-children",
        /// Issue 20: a single renter's tenancy in a parent's or relative's name.
        Tenancy = "tenancy",
        /// Issue 20: whom the form is filled in for, and their first name (optional). They
        /// only change the words of the questions, never the figures.
        ForWhom = "for-whom",
        PersonName = "person-name",
    }
}

impl Field {
    /// The HTML id of the box, also the anchor the error summary links to and the key its
    /// text is saved under.
    pub fn id(self) -> String {
        match self.template() {
            (template, Some(i)) => match template.split_once("{i}") {
                Some((before, after)) => format!("{before}{i}{after}"),
                None => template.to_string(),
            },
            (id, None) => id.to_string(),
        }
    }
}

/// The number in a repeated box's id (`adult-1-age` for `adult-{i}-age`), if the id is that
/// box's and the number is one the form asks about.
fn repeated_index(id: &str, template: &str) -> Option<usize> {
    let (prefix, suffix) = template.split_once("{i}")?;
    let index: usize = id
        .strip_prefix(prefix)?
        .strip_suffix(suffix)?
        .parse()
        .ok()?;
    let limit = match prefix {
        "adult-" => MAX_ADULTS,
        "child-" => MAX_CHILDREN,
        _ => MAX_OFFERS,
    };
    (index < limit).then_some(index)
}

impl Field {
    /// What the box holds before anyone types in it.
    fn default_value(self) -> &'static str {
        match self {
            Field::TaxYear => TaxYear::Y2026_27.text(),
            Field::Couple | Field::Married | Field::Carer(_) => false.text(),
            Field::Lcwra(_) | Field::LcwraNewClaim(_) => false.text(),
            Field::PipDailyLiving(_) | Field::PipMobility(_) => PipRate::None.text(),
            Field::ChildCount => "0",
            Field::ChildDisability(_) => DlaCare::None.text(),
            Field::RentPeriod => Period::Month.text(),
            Field::OfferCount => "1",
            Field::OfferWho(_) => Who::You.text(),
            Field::ForWhom => ForWhom::Myself.text(),
            Field::OfferPension(_) => true.text(),
            Field::OfferPayFrequency(_) => PayFrequency::Monthly.text(),
            Field::NewStyle(_) => NewStyle::No.text(),
            Field::SupportedHousing => SupportedHome::No.text(),
            Field::RelativeHousing => RelativePays::NoHelp.text(),
            Field::CouncilTaxInWork => CtrInWork::Estimate.text(),
            // Travel was asked a week before it could be a month: a week stays the default.
            Field::OfferTravelPeriod(_) => Period::Week.text(),
            Field::ExpectingBaby
            | Field::ChildTwin(_)
            | Field::RelativeExempt
            | Field::BenefitCapGrace
            | Field::OfferSupportedWork(_) => false.text(),
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

thread_local! {
    /// The fields read while [`Form::noting_reads`] runs, in the order read.
    static READS: std::cell::RefCell<Option<Vec<Field>>> = const { std::cell::RefCell::new(None) };
}

/// What a function of the form read from it: each field and the text it saw. While every
/// one still holds the same text, the function would give the same result (if it depends on
/// nothing but the form), so a view of the form need not be drawn again after an edit of a
/// box it never read (see [`Form::noting_reads`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Reads(Vec<(Field, String)>);

impl Reads {
    /// Whether every field read still has the text it had in `form`.
    pub fn still_hold(&self, form: &Form) -> bool {
        self.0.iter().all(|(field, text)| form.get(*field) == text)
    }
}

impl Form {
    /// `f` of this form, with every field it read (through [`Form::get`], which every
    /// other reading goes through). Nested calls are noted in the outer one too.
    pub fn noting_reads<R>(&self, f: impl FnOnce(&Form) -> R) -> (R, Reads) {
        let outer = READS.with(|r| r.replace(Some(Vec::new())));
        let result = f(self);
        let fields = READS.with(|r| r.replace(outer)).unwrap_or_default();
        if !fields.is_empty() {
            READS.with(|r| {
                if let Some(outer) = r.borrow_mut().as_mut() {
                    outer.extend(fields.iter().copied());
                }
            });
        }
        let mut fields = fields;
        fields.sort();
        fields.dedup();
        let reads = fields
            .into_iter()
            .map(|field| (field, self.get_unnoted(field).to_string()))
            .collect();
        (result, Reads(reads))
    }

    /// The text in a box (its default if nobody has typed in it).
    pub fn get(&self, field: Field) -> &str {
        READS.with(|r| {
            if let Some(reads) = r.borrow_mut().as_mut() {
                reads.push(field);
            }
        });
        self.get_unnoted(field)
    }

    fn get_unnoted(&self, field: Field) -> &str {
        self.values
            .get(&field)
            .map(String::as_str)
            .unwrap_or_else(|| field.default_value())
    }

    /// Puts what was typed in a box, exactly as typed.
    pub fn set(&mut self, field: Field, value: impl Into<String>) {
        self.values.insert(field, value.into());
    }

    /// The choice made in a box, if it holds one of that choice's texts.
    pub fn choice<T: Choice>(&self, field: Field) -> Option<T> {
        T::from_text(self.get(field))
    }

    /// Makes a choice in a box, as its text.
    pub fn set_choice<T: Choice>(&mut self, field: Field, choice: T) {
        self.set(field, choice.text());
    }

    /// Whether a yes/no box says yes ("I'm not sure" is not yes).
    pub fn says_yes(&self, field: Field) -> bool {
        self.choice(field) == Some(true)
    }

    /// Whether a box that asks for a `T` was answered "I'm not sure".
    fn not_sure<T: Choice>(&self, field: Field) -> bool {
        self.choice::<Sure<T>>(field) == Some(Sure::NotSure)
    }

    pub fn is_couple(&self) -> bool {
        self.says_yes(Field::Couple)
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
        self.choice(Field::TaxYear).unwrap_or(TaxYear::Y2026_27)
    }

    /// How the household pays for its home, as the rules see it: a single renter whose
    /// tenancy is in a parent's or relative's name lives in their family's home.
    pub fn tenure(&self) -> Option<Tenure> {
        if self.asks_tenancy() && self.choice(Field::Tenancy) == Some(TenancyIn::Relative) {
            return Some(Tenure::WithFamily);
        }
        self.choice(Field::Tenure)
    }

    /// Whether the form asks whose name the tenancy is in: a single adult who rents, who
    /// may be answering about a home a parent or relative rents.
    pub fn asks_tenancy(&self) -> bool {
        !self.is_couple() && self.choice(Field::Tenure).is_some_and(Tenure::pays_rent)
    }

    pub fn pays_rent(&self) -> bool {
        self.tenure().is_some_and(Tenure::pays_rent)
    }

    /// How often job offer `offer` pays (monthly unless chosen).
    pub fn pay_frequency(&self, offer: usize) -> PayFrequency {
        self.choice(Field::OfferPayFrequency(offer))
            .unwrap_or_default()
    }

    /// The hourly wage an offer gets when its wage box is left empty: the legal minimum
    /// for the age of the adult who takes it, in the chosen year.
    pub fn default_wage(&self, offer: usize) -> Option<Money> {
        let who = self.offer_adult(offer);
        let age = parse_whole(self.get(Field::Age(who))).ok()?;
        Some(hourly_minimum(self.tax_year().params(), age))
    }

    /// The age typed for adult `i`, if it is a whole number.
    fn age(&self, i: usize) -> Option<u32> {
        parse_whole(self.get(Field::Age(i))).ok()
    }

    /// Whether the form asks adult `i`'s date of birth: from 60, near or over State Pension
    /// age, where the day of birth decides when it is reached.
    pub fn asks_birth_date(&self, i: usize) -> bool {
        self.age(i).is_some_and(|age| age >= BIRTH_DATE_FROM_AGE)
    }

    /// Whether adult `i` is over State Pension age in the chosen year, as the engine decides
    /// it (on 6 October, the middle of the tax year): from the date of birth if it is given,
    /// else from the age.
    pub fn over_pension_age(&self, i: usize) -> bool {
        let Some(age) = self.age(i) else {
            return false;
        };
        let born = Date::parse(self.get(Field::DateOfBirth(i))).filter(|_| self.asks_birth_date(i));
        let adult = Adult {
            date_of_birth: born.map(|d| d.to_string()),
            ..Adult::new(age)
        };
        let year = self.tax_year();
        state_pension_age::reached(adult.birth_date(year), year.middle())
    }

    /// Whether adult `i`, over State Pension age, has no State Pension amount given: none is
    /// counted, and the answer says it was assumed (most people that age get one).
    pub fn state_pension_left_out(&self, i: usize) -> bool {
        self.over_pension_age(i) && self.get(Field::StatePension(i)).trim().is_empty()
    }

    /// Whether adult `i`, over State Pension age, was said to get no State Pension: a 0
    /// typed.
    fn says_no_state_pension(&self, i: usize) -> bool {
        self.over_pension_age(i)
            && parse_money(self.get(Field::StatePension(i))).is_ok_and(|m| m.is_zero())
    }

    /// Messages for boxes the one-question-at-a-time way needs, though the coaches' form
    /// may leave them empty: the State Pension of someone over State Pension age (0 if
    /// they get none), so "none" is an answer, not a guess.
    pub fn guided_errors(&self) -> FieldErrors {
        let person = Person::of(self);
        (0..self.adult_count())
            .filter(|i| self.state_pension_left_out(*i))
            .map(|i| {
                let message = match i {
                    0 => person.tr("calc-err-state-pension-you"),
                    _ => person.tr("calc-err-state-pension-partner"),
                };
                (Field::StatePension(i), message)
            })
            .collect()
    }

    /// Warnings about what the form holds, shown with the answer's own: a State Pension
    /// left out over State Pension age.
    pub fn warnings(&self) -> Vec<String> {
        let person = Person::of(self);
        (0..self.adult_count())
            .filter(|i| self.state_pension_left_out(*i))
            .map(|i| match i {
                0 => person.tr("calc-warn-no-state-pension-you"),
                _ => person.tr("calc-warn-no-state-pension-partner"),
            })
            .collect()
    }

    /// The rent box's hint: Housing Benefit pays the rent in supported or temporary housing
    /// and at pension age, Universal Credit's housing element elsewhere.
    pub fn rent_hint(&self) -> String {
        if self.supported_home().is_some() || self.pension_age_route() {
            t!("calc-rent-hint-hb")
        } else {
            t!("calc-rent-hint")
        }
    }

    /// Whether the household is on the pension-age route (Pension Credit and pension-age
    /// Housing Benefit): a single person over State Pension age, or a couple who both are
    /// (State Pension Credit Act 2002 s.4(1A)). Universal Credit's own questions (its health
    /// element, a statement, deductions, the benefit cap's grace period) are not asked then,
    /// and what they hold is not counted.
    pub fn pension_age_route(&self) -> bool {
        (0..self.adult_count()).all(|i| self.over_pension_age(i))
    }

    /// The New Style benefit adult `i` gets; none over State Pension age, where both stop
    /// (Welfare Reform Act 2007 s.1(3)(c); Jobseekers Act 1995 s.1(2)(h)), so it is not asked.
    pub fn new_style(&self, i: usize) -> NewStyle {
        if self.over_pension_age(i) {
            return NewStyle::No;
        }
        self.choice(Field::NewStyle(i)).unwrap_or(NewStyle::No)
    }

    /// Whether child `i` is the same age as another child, so the form asks if they are
    /// twins (children of the same age are not taken as twins unless the person says so).
    pub fn asks_twin(&self, i: usize) -> bool {
        let age = |c: usize| parse_whole(self.get(Field::ChildAge(c))).ok();
        let Some(mine) = age(i) else {
            return false;
        };
        (0..self.child_count()).any(|other| other != i && age(other) == Some(mine))
    }

    /// The country the chosen region is in (England until one is chosen).
    pub fn country(&self) -> Country {
        self.choice(Field::Region)
            .map_or(Country::England, Region::country)
    }

    /// Whether the form asks for today's Council Tax Reduction: in England, where each
    /// council has its own scheme. Scotland's and Wales's schemes are worked out.
    pub fn asks_council_tax_reduction(&self) -> bool {
        self.country() == Country::England
    }

    /// Whether the form asks what the reduction would be in work: in England, when there is
    /// one now.
    pub fn asks_reduction_in_work(&self) -> bool {
        self.asks_council_tax_reduction()
            && parse_money(self.get(Field::CouncilTaxReduction)).is_ok_and(|m| m.is_positive())
    }

    /// The kind of supported or temporary home a renter lives in, if they said so.
    pub fn supported_home(&self) -> Option<SupportedKind> {
        if !self.pays_rent() {
            return None;
        }
        self.choice::<SupportedHome>(Field::SupportedHousing)
            .and_then(SupportedHome::kind)
    }

    /// Whether the form asks if the relative the person lives with is exempt from the
    /// charge for them: only when the relative gets help with their rent.
    pub fn asks_relative_exempt(&self) -> bool {
        self.tenure() == Some(Tenure::WithFamily)
            && matches!(
                self.choice(Field::RelativeHousing),
                Some(RelativePays::UniversalCredit | RelativePays::HousingBenefit)
            )
    }

    /// Whether job offer `offer` asks about supported permitted work: the adult who takes it
    /// gets New Style ESA.
    pub fn asks_supported_work(&self, offer: usize) -> bool {
        self.new_style(self.offer_adult(offer)) == NewStyle::Esa
    }

    /// Whether job offer `offer` asks how many children its childcare is for: there are two
    /// or more children and childcare is entered (the cap is for one child or for two or
    /// more: UC Regs 2013 reg 34(1)(b)).
    pub fn asks_childcare_children(&self, offer: usize) -> bool {
        self.child_count() >= 2
            && parse_money(self.get(Field::OfferChildcare(offer))).is_ok_and(|m| m.is_positive())
    }

    fn offer_adult(&self, offer: usize) -> usize {
        match self.choice(Field::OfferWho(offer)) {
            Some(who @ Who::Partner) if self.is_couple() => who.adult(),
            _ => Who::You.adult(),
        }
    }

    /// The scenario the boxes describe, or a message for every box that cannot be read.
    pub fn scenario(&self) -> Result<Scenario, FieldErrors> {
        let mut read = Reader::new(self);
        let region = read.region();
        let adults = read.adults();
        let children = read.children();
        let housing = read.housing(region);
        let council_tax = read.council_tax();
        let savings = read.savings();
        read.uc_statement();
        let uc_deductions_monthly = read.uc_deductions();
        let offers = read.offers();
        if !read.errors.is_empty() {
            return Err(read.errors);
        }
        let scenario = Scenario {
            country: region.map_or(Country::England, Region::country),
            tax_year: self.tax_year(),
            region: region.map(|r| r.text().to_string()),
            adults,
            children,
            housing,
            council_tax,
            savings,
            married: self.is_couple() && self.says_yes(Field::Married),
            carers_care_for_same_person: false,
            offers,
            uc_deductions_monthly,
            benefit_cap_grace: !self.pension_age_route() && self.says_yes(Field::BenefitCapGrace),
            expecting_baby: self.says_yes(Field::ExpectingBaby),
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

    /// Whether the form can show all of a scenario opened from a share link or a file. The
    /// engine takes up to 12 children and any number of jobs, but the form shows at most
    /// [`MAX_CHILDREN`] and [`MAX_OFFERS`]: a household with more is refused with the reason,
    /// not cut short without a word.
    pub fn fits(s: &Scenario) -> Result<(), Vec<ValidationError>> {
        let mut errors = Vec::new();
        if s.children.len() > MAX_CHILDREN {
            errors.push(ValidationError {
                path: "children".into(),
                message: t!("calc-invalid-form-children", count = MAX_CHILDREN),
            });
        }
        if s.offers.len() > MAX_OFFERS {
            errors.push(ValidationError {
                path: "offers".into(),
                message: t!("calc-invalid-form-offers", count = MAX_OFFERS),
            });
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// The form that describes a scenario, for one opened from a share link or a file.
    /// Amounts in other periods are shown in the period the form asks for.
    pub fn from_scenario(s: &Scenario) -> Form {
        let mut f = Form::default();
        f.write_place(s);
        f.write_adults(s);
        f.write_children(s);
        f.write_housing(&s.housing);
        f.write_costs(s);
        f.write_offers(s);
        f
    }

    fn write_place(&mut self, s: &Scenario) {
        self.set_choice(Field::TaxYear, s.tax_year);
        let region = s.region.clone().or_else(|| match (&s.country, &s.housing) {
            (Country::Scotland, _) => Some(Region::Scotland.text().into()),
            (Country::Wales, _) => Some(Region::Wales.text().into()),
            (_, Housing::PrivateRent { brma: Some(b), .. }) => {
                lha::find(b).and_then(|b| b.region).map(str::to_string)
            }
            _ => None,
        });
        self.set(Field::Region, region.unwrap_or_default());
    }

    fn write_adults(&mut self, s: &Scenario) {
        self.set_choice(Field::Couple, s.adults.len() > 1);
        self.set_choice(Field::Married, s.married);
        for (i, a) in s.adults.iter().take(MAX_ADULTS).enumerate() {
            self.set(Field::Age(i), a.age.to_string());
            self.set_choice(Field::Lcwra(i), a.lcwra);
            self.set_choice(Field::LcwraNewClaim(i), a.lcwra_new_claim);
            self.set_choice(Field::PipDailyLiving(i), a.pip_daily_living);
            self.set_choice(Field::PipMobility(i), a.pip_mobility);
            self.set_choice(Field::Carer(i), a.carer);
            self.write_pension_age(i, a);
            self.write_new_style(i, a);
        }
        if let Some(partner) = s.adults.get(1) {
            let monthly = partner.earnings_annual.annual_to_monthly();
            self.set(Field::PartnerEarnings, typed_money(monthly));
        }
    }

    fn write_pension_age(&mut self, i: usize, a: &Adult) {
        let born = a.date_of_birth.as_deref().and_then(Date::parse);
        let born = born.map(|d| d.to_string());
        self.set(Field::DateOfBirth(i), born.unwrap_or_default());
        // "0" when the person said none, so it is not taken as left out.
        let pension = match a.no_state_pension && a.state_pension_weekly.is_zero() {
            true => "0".to_string(),
            false => typed_optional(a.state_pension_weekly),
        };
        self.set(Field::StatePension(i), pension);
    }

    fn write_new_style(&mut self, i: usize, a: &Adult) {
        let (benefit, weekly) = match (a.new_style_esa, a.new_style_jsa) {
            (Some(esa), _) => {
                self.set_choice(Field::EsaGroup(i), esa.group);
                (NewStyle::Esa, esa.weekly_amount)
            }
            (None, Some(jsa)) => (NewStyle::Jsa, jsa.weekly_amount),
            (None, None) => (NewStyle::No, None),
        };
        self.set_choice(Field::NewStyle(i), benefit);
        let weekly = weekly.map(typed_money).unwrap_or_default();
        self.set(Field::AwardWeekly(i), weekly);
    }

    fn write_children(&mut self, s: &Scenario) {
        let children = &s.children[..s.children.len().min(MAX_CHILDREN)];
        self.set(Field::ChildCount, children.len().to_string());
        for (i, c) in children.iter().enumerate() {
            let age = c.age_in(s.tax_year).map(|a| a.to_string());
            self.set(Field::ChildAge(i), age.unwrap_or_default());
            // The form asks the Universal Credit addition: "lower" for any disabled child
            // who does not get the highest care rate or (given as such) the lowest.
            let care = match (c.care_rate(), c.disabled) {
                (DlaCare::Highest, _) => DlaCare::Highest,
                (DlaCare::Lowest, true) => DlaCare::Lowest,
                (_, true) => DlaCare::Middle,
                _ => DlaCare::None,
            };
            self.set_choice(Field::ChildDisability(i), care);
            self.set_choice(Field::ChildTwin(i), c.multiple_birth);
        }
        self.set_choice(Field::ExpectingBaby, s.expecting_baby);
    }

    fn write_housing(&mut self, housing: &Housing) {
        match housing {
            Housing::SocialRent {
                rent,
                rent_period,
                service_charges,
                bedrooms,
            } => {
                self.set_choice(Field::Tenure, Tenure::SocialRent);
                self.write_rent(*rent, *rent_period, *service_charges);
                let bedrooms = bedrooms.map(|b| b.to_string());
                self.set(Field::Bedrooms, bedrooms.unwrap_or_default());
            }
            Housing::PrivateRent {
                rent,
                rent_period,
                service_charges,
                brma,
                ..
            } => {
                self.set_choice(Field::Tenure, Tenure::PrivateRent);
                self.write_rent(*rent, *rent_period, *service_charges);
                self.set(Field::Brma, brma.clone().unwrap_or_default());
            }
            // Supported housing is a rented home the person says is supported.
            Housing::Supported {
                rent,
                rent_period,
                service_charges,
                kind,
            } => {
                self.set_choice(Field::Tenure, Tenure::SocialRent);
                self.set_choice(Field::SupportedHousing, SupportedHome::Yes(*kind));
                self.write_rent(*rent, *rent_period, *service_charges);
            }
            Housing::WithFamily {
                contribution_monthly,
                relative,
            } => {
                self.set_choice(Field::Tenure, Tenure::WithFamily);
                let contribution = typed_optional(*contribution_monthly);
                self.set(Field::FamilyContribution, contribution);
                let (pays, exempt) = match *relative {
                    RelativeHousing::NoHelpWithRent => (RelativePays::NoHelp, false),
                    RelativeHousing::UniversalCredit { relative_exempt } => {
                        (RelativePays::UniversalCredit, relative_exempt)
                    }
                    RelativeHousing::HousingBenefit { relative_exempt } => {
                        (RelativePays::HousingBenefit, relative_exempt)
                    }
                };
                self.set_choice(Field::RelativeHousing, pays);
                self.set_choice(Field::RelativeExempt, exempt);
            }
            Housing::Owner => self.set_choice(Field::Tenure, Tenure::Owner),
            Housing::RentFree => self.set_choice(Field::Tenure, Tenure::RentFree),
        }
    }

    /// The rent boxes, in the rent's own period if the form offers it, else a month.
    fn write_rent(&mut self, rent: Money, period: Period, charges: Money) {
        let (rent, charges, period) = if RENT_PERIODS.contains(&period) {
            (rent, charges, period)
        } else {
            (
                rent.per(period, Period::Month),
                charges.per(period, Period::Month),
                Period::Month,
            )
        };
        self.set(Field::Rent, typed_money(rent));
        self.set_choice(Field::RentPeriod, period);
        self.set(Field::ServiceCharges, typed_optional(charges));
    }

    fn write_costs(&mut self, s: &Scenario) {
        self.set(Field::CouncilTax, typed_optional(s.council_tax.annual));
        self.set(
            Field::CouncilTaxReduction,
            typed_optional(s.council_tax.reduction_annual),
        );
        let in_work = s.council_tax.reduction_in_work_annual;
        let choice = match in_work {
            Some(_) => CtrInWork::OwnFigure,
            None => CtrInWork::Estimate,
        };
        self.set_choice(Field::CouncilTaxInWork, choice);
        let in_work = in_work.map(typed_money).unwrap_or_default();
        self.set(Field::CouncilTaxReductionInWork, in_work);
        self.set(Field::Savings, typed_optional(s.savings));
        let deductions = typed_optional(s.uc_deductions_monthly);
        self.set(Field::UcDeductions, deductions);
        self.set_choice(Field::BenefitCapGrace, s.benefit_cap_grace);
    }

    fn write_offers(&mut self, s: &Scenario) {
        let offers = &s.offers[..s.offers.len().min(MAX_OFFERS)];
        self.set(Field::OfferCount, offers.len().max(1).to_string());
        for (i, o) in offers.iter().enumerate() {
            let who = if o.adult >= 1 { Who::Partner } else { Who::You };
            self.set_choice(Field::OfferWho(i), who);
            self.set(Field::OfferHours(i), typed(o.hours_per_week));
            let wage = crate::better_off::engine::hourly_wage(o);
            self.set(Field::OfferWage(i), typed_money(wage));
            self.set(
                Field::OfferChildcare(i),
                typed_optional(o.childcare_monthly),
            );
            self.write_travel(i, o.travel_monthly);
            let pension = !matches!(o.pension, Pension::None);
            self.set_choice(Field::OfferPension(i), pension);
            self.set_choice(Field::OfferSupportedWork(i), o.supported_permitted_work);
            let children = o.childcare_children.map(|n| n.to_string());
            self.set(
                Field::OfferChildcareChildren(i),
                children.unwrap_or_default(),
            );
        }
    }

    /// Travel a week when a whole number of pence a week gives the month exactly, else a
    /// month, so the amount read back is the one written.
    fn write_travel(&mut self, i: usize, monthly: Money) {
        let weekly = monthly.per(Period::Month, Period::Week).round_penny();
        let period = if weekly.per(Period::Week, Period::Month) == monthly {
            Period::Week
        } else {
            Period::Month
        };
        self.set_choice(Field::OfferTravelPeriod(i), period);
        let typed = typed_optional(monthly.per(Period::Month, period));
        self.set(Field::OfferTravel(i), typed);
    }

    /// The Universal Credit a month on the person's own statement, if they gave it.
    pub fn uc_statement(&self) -> Option<Money> {
        if self.pension_age_route() {
            return None;
        }
        match self.get(Field::UcStatement).trim() {
            "" => None,
            text => parse_money(text).ok(),
        }
    }

    /// What was assumed for each "I'm not sure" answer, in plain words.
    pub fn assumptions(&self) -> Vec<String> {
        let mut out = Vec::new();
        let person = Person::of(self);
        for i in 0..self.adult_count() {
            let you = i == 0;
            if !self.pension_age_route() && self.not_sure::<bool>(Field::Lcwra(i)) {
                out.push(if you {
                    person.tr("calc-assumed-lcwra-you")
                } else {
                    person.tr("calc-assumed-lcwra-partner")
                });
            }
            if self.not_sure::<PipRate>(Field::PipDailyLiving(i))
                || self.not_sure::<PipRate>(Field::PipMobility(i))
            {
                out.push(if you {
                    person.tr("calc-assumed-pip-you")
                } else {
                    person.tr("calc-assumed-pip-partner")
                });
            }
            if self.not_sure::<bool>(Field::Carer(i)) {
                out.push(if you {
                    person.tr("calc-assumed-carer-you")
                } else {
                    person.tr("calc-assumed-carer-partner")
                });
            }
        }
        for i in 0..self.adult_count() {
            if self.state_pension_left_out(i) {
                out.push(match i {
                    0 => person.tr("calc-assumed-no-state-pension-you"),
                    _ => person.tr("calc-assumed-no-state-pension-partner"),
                });
            }
        }
        let standard_award = (0..self.adult_count()).any(|i| {
            self.new_style(i) != NewStyle::No && self.get(Field::AwardWeekly(i)).trim().is_empty()
        });
        if standard_award {
            out.push(t!("calc-assumed-award-rate"));
        }
        if self.tenure() == Some(Tenure::PrivateRent)
            && self.supported_home().is_none()
            && self.get(Field::Brma).trim().is_empty()
        {
            out.push(person.tr("calc-assumed-rental-area"));
        }
        for i in 0..self.offer_count() {
            if self.get(Field::OfferWage(i)).trim().is_empty() {
                if let Some(w) = self.default_wage(i) {
                    let wage = crate::better_off::format::format_pence(w);
                    out.push(t!("calc-assumed-wage", number = i + 1, wage = wage));
                }
            }
        }
        out
    }
}

/// A number as a person of the language in use types it ("850.5", "850,5"), with no
/// thousands separator, so any language reads it back the same.
fn typed(d: Decimal) -> String {
    let sep = crate::i18n::number::decimal_separator(crate::i18n::lang());
    d.normalize().to_string().replace('.', &sep.to_string())
}

/// An amount as typed, to the penny.
fn typed_money(m: Money) -> String {
    typed(m.round_penny().to_decimal())
}

/// An amount as typed, or an empty box for nothing.
fn typed_optional(m: Money) -> String {
    if m.is_zero() {
        String::new()
    } else {
        typed_money(m)
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
        _ if path.starts_with("adults") && path.ends_with("date_of_birth") => {
            Field::DateOfBirth(index)
        }
        _ if path.starts_with("adults") && path.ends_with("state_pension_weekly") => {
            Field::StatePension(index)
        }
        _ if path.starts_with("adults") && path.ends_with("weekly_amount") => {
            Field::AwardWeekly(index)
        }
        _ if path.starts_with("adults") && path.contains("new_style") => Field::NewStyle(index),
        _ if path.starts_with("adults") && path.ends_with("age") => Field::Age(index),
        _ if path.starts_with("children") => Field::ChildAge(index),
        _ if path.starts_with("offers") && path.contains("wage") => Field::OfferWage(index),
        _ if path.starts_with("offers") && path.contains("childcare") => {
            Field::OfferChildcare(index)
        }
        _ if path.starts_with("offers") && path.contains("travel") => Field::OfferTravel(index),
        _ if path.starts_with("offers") => Field::OfferHours(index),
        _ if path.contains("brma") => Field::Brma,
        _ if path.contains("contribution") => Field::FamilyContribution,
        _ if path.starts_with("housing") => Field::Rent,
        _ if path.contains("reduction_in_work") => Field::CouncilTaxReductionInWork,
        _ if path.contains("reduction") => Field::CouncilTaxReduction,
        _ if path.starts_with("council_tax") => Field::CouncilTax,
        _ if path.starts_with("uc_deductions") => Field::UcDeductions,
        _ if path.starts_with("savings") => Field::Savings,
        _ => Field::Region,
    }
}

/// Why a box's text is not a number the form can use. The [`Reader`] turns each into
/// words beside the box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing typed.
    Empty,
    /// Not a number (or, where a whole number is asked, not a whole one).
    NotANumber,
    /// Less than nothing.
    Negative,
    /// An amount with a part of a penny ("12.345").
    PartOfAPenny,
}

/// Reads a number of pounds as people write it in the language in use: "£1,250.50",
/// " 450 ", and in Dutch or Swedish "12,50", "£ 1.250,50" or "1 250,50 £" (see
/// [`crate::i18n::number::parse_decimal`]: a point or comma followed by other than three
/// digits is always the decimal separator, so "12.50" works everywhere).
pub fn parse_money(text: &str) -> Result<Money, NumberError> {
    let trimmed = text.trim();
    let unsigned = trimmed.trim_start_matches('£').trim_end_matches('£').trim();
    if unsigned.is_empty() {
        return Err(NumberError::Empty);
    }
    let (negative, digits) = match unsigned
        .strip_prefix('-')
        .or_else(|| unsigned.strip_prefix(crate::i18n::number::MINUS))
    {
        Some(rest) => (true, rest.trim_start_matches('£').trim()),
        None => (false, unsigned),
    };
    // Only digits and separators: `Decimal::from_str` would also take "1e5" or "1_000".
    let value = crate::i18n::number::parse_decimal(crate::i18n::lang(), digits)
        .ok_or(NumberError::NotANumber)?;
    if negative && !value.is_zero() {
        return Err(NumberError::Negative);
    }
    if value.scale() > 2 {
        return Err(NumberError::PartOfAPenny);
    }
    Ok(Money::new(value))
}

fn parse_whole(text: &str) -> Result<u32, NumberError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(NumberError::Empty);
    }
    if t.starts_with('-') {
        return Err(NumberError::Negative);
    }
    t.parse::<u32>().map_err(|_| NumberError::NotANumber)
}

/// The rent boxes, read.
struct Rent {
    rent: Money,
    period: Period,
    service_charges: Money,
}

/// Reads the boxes into the scenario's parts, one step for each part of the household, and
/// keeps a message for each box it cannot read (the first one found for a box).
struct Reader<'a> {
    form: &'a Form,
    errors: FieldErrors,
    /// Whom the form is for, so the messages say "Enter how old Sam is".
    person: Person,
}

/// The steps: each reads one part of the household.
impl Reader<'_> {
    fn new(form: &Form) -> Reader<'_> {
        Reader {
            form,
            errors: FieldErrors::new(),
            person: Person::of(form),
        }
    }

    fn region(&mut self) -> Option<Region> {
        self.required_choice(Field::Region, &self.person.tr("calc-err-region"))
    }

    fn adults(&mut self) -> Vec<Adult> {
        let mut adults: Vec<Adult> = (0..self.form.adult_count())
            .map(|i| self.adult(i))
            .collect();
        if let Some(partner) = adults.get_mut(1) {
            self.partner_earnings(partner);
        }
        adults
    }

    fn adult(&mut self, i: usize) -> Adult {
        let form = self.form;
        let missing = if i == 0 {
            self.person.tr("calc-err-age-you")
        } else {
            self.person.tr("calc-err-age-partner")
        };
        let age = self.whole(Field::Age(i), 16, MAX_AGE, &missing, &t!("calc-what-age"));
        let lcwra = !form.pension_age_route() && form.says_yes(Field::Lcwra(i));
        let date_of_birth = age.and_then(|age| self.birth_date(i, age));
        let (new_style_esa, new_style_jsa) = self.new_style_award(i);
        Adult {
            age: age.unwrap_or(30),
            lcwra,
            lcwra_new_claim: lcwra
                && form.tax_year() == TaxYear::Y2026_27
                && form.says_yes(Field::LcwraNewClaim(i)),
            // "I'm not sure" is read as no payment, and said (see `Form::assumptions`).
            pip_daily_living: form.choice(Field::PipDailyLiving(i)).unwrap_or_default(),
            pip_mobility: form.choice(Field::PipMobility(i)).unwrap_or_default(),
            carer: form.says_yes(Field::Carer(i)),
            earnings_annual: Money::ZERO,
            hours_per_week: Decimal::ZERO,
            date_of_birth,
            lcw: false,
            new_style_esa,
            new_style_jsa,
            state_pension_weekly: self.state_pension(i),
            no_state_pension: form.says_no_state_pension(i),
        }
    }

    /// The date of birth, where the form asks it: a real date that fits the age given (the
    /// age through the tax year is the age on its first day, or one more).
    fn birth_date(&mut self, i: usize, age: u32) -> Option<String> {
        let field = Field::DateOfBirth(i);
        let text = self.form.get(field).trim();
        if !self.form.asks_birth_date(i) || text.is_empty() {
            return None;
        }
        let Some(born) = Date::parse(text) else {
            self.error(field, &t!("calc-err-birth-date"));
            return None;
        };
        let age_then = born.age_on(self.form.tax_year().first_day());
        if age_then != age as i32 && age_then + 1 != age as i32 {
            self.error(field, &t!("calc-err-birth-date-age"));
            return None;
        }
        Some(born.to_string())
    }

    /// The State Pension a week, asked only of someone over State Pension age.
    fn state_pension(&mut self, i: usize) -> Money {
        if !self.form.over_pension_age(i) {
            return Money::ZERO;
        }
        let what = t!("calc-what-state-pension");
        self.money(Field::StatePension(i), false, Money::pounds(1_000), &what)
            .unwrap_or(Money::ZERO)
    }

    /// New Style ESA (its group, and the weekly amount if the award letter gives one) or
    /// New Style JSA.
    fn new_style_award(&mut self, i: usize) -> (Option<EsaAward>, Option<JsaAward>) {
        let benefit = self.form.new_style(i);
        if benefit == NewStyle::No {
            return (None, None);
        }
        let what = t!("calc-what-award");
        let weekly = self.money(Field::AwardWeekly(i), false, Money::pounds(1_000), &what);
        let weekly_amount = weekly.filter(|m| m.is_positive());
        match benefit {
            NewStyle::Esa => {
                let missing = t!("calc-err-esa-group");
                let group: Option<EsaGroup> = self.required_choice(Field::EsaGroup(i), &missing);
                let award = EsaAward {
                    group: group.unwrap_or_default(),
                    weekly_amount,
                };
                (Some(award), None)
            }
            _ => (None, Some(JsaAward { weekly_amount })),
        }
    }

    /// The partner's pay a month, kept as a year's.
    fn partner_earnings(&mut self, partner: &mut Adult) {
        let what = self.person.tr("calc-what-partner-pay");
        let most = Money::pounds(20_000);
        if let Some(monthly) = self.money(Field::PartnerEarnings, false, most, &what) {
            partner.earnings_annual = monthly.monthly_to_annual();
            // Any earnings count as being in work for the childcare element.
            if monthly.is_positive() {
                partner.hours_per_week = Decimal::from(16);
            }
        }
    }

    fn children(&mut self) -> Vec<Child> {
        let count = self.whole(
            Field::ChildCount,
            0,
            MAX_CHILDREN as u32,
            &self.person.tr("calc-err-child-count"),
            &t!("calc-what-child-count"),
        );
        (0..count.unwrap_or(0) as usize)
            .map(|i| self.child(i))
            .collect()
    }

    fn child(&mut self, i: usize) -> Child {
        let age = self.whole(
            Field::ChildAge(i),
            0,
            19,
            &t!("calc-err-child-age", number = i + 1),
            &t!("calc-what-age"),
        );
        let dla_care = self
            .form
            .choice(Field::ChildDisability(i))
            .filter(|care| *care != DlaCare::None);
        Child {
            age: Some(age.unwrap_or(0)),
            date_of_birth: None,
            sex: None,
            disabled: dla_care.is_some(),
            dla_care,
            dla_mobility: Default::default(),
            multiple_birth: self.form.asks_twin(i) && self.form.says_yes(Field::ChildTwin(i)),
        }
    }

    fn housing(&mut self, region: Option<Region>) -> Housing {
        let tenure: Option<Tenure> =
            self.required_choice(Field::Tenure, &self.person.tr("calc-err-tenure"));
        if let Some(kind) = self.form.supported_home() {
            let Rent {
                rent,
                period,
                service_charges,
            } = self.rent();
            return Housing::Supported {
                rent,
                rent_period: period,
                service_charges,
                kind,
            };
        }
        // A tenancy in a relative's name: the relative's home, whatever the tenure chosen.
        let tenure = tenure.and(self.form.tenure());
        match tenure {
            Some(Tenure::SocialRent) => {
                let Rent {
                    rent,
                    period,
                    service_charges,
                } = self.rent();
                let what = t!("calc-what-bedrooms");
                Housing::SocialRent {
                    rent,
                    rent_period: period,
                    service_charges,
                    bedrooms: self.optional_whole(Field::Bedrooms, 0, 10, &what),
                }
            }
            Some(Tenure::PrivateRent) => {
                let Rent {
                    rent,
                    period,
                    service_charges,
                } = self.rent();
                Housing::PrivateRent {
                    rent,
                    rent_period: period,
                    service_charges,
                    brma: self.rental_area(region),
                    shared_rate_exempt: false,
                }
            }
            Some(Tenure::Owner) => Housing::Owner,
            Some(Tenure::WithFamily) => self.with_family(),
            Some(Tenure::RentFree) | None => Housing::RentFree,
        }
    }

    /// Living in a relative's home: what the person pays them, and how the relative pays
    /// their rent.
    fn with_family(&mut self) -> Housing {
        let form = self.form;
        let what = self.person.tr("calc-what-family-contribution");
        let most = Money::pounds(5_000);
        let contribution = self.money(Field::FamilyContribution, false, most, &what);
        let relative_exempt = form.asks_relative_exempt() && form.says_yes(Field::RelativeExempt);
        let relative = match form.choice(Field::RelativeHousing) {
            Some(RelativePays::UniversalCredit) => {
                RelativeHousing::UniversalCredit { relative_exempt }
            }
            Some(RelativePays::HousingBenefit) => {
                RelativeHousing::HousingBenefit { relative_exempt }
            }
            Some(RelativePays::NoHelp) | None => RelativeHousing::NoHelpWithRent,
        };
        Housing::WithFamily {
            contribution_monthly: contribution.unwrap_or(Money::ZERO),
            relative,
        }
    }

    fn rent(&mut self) -> Rent {
        let period = self.form.choice(Field::RentPeriod).unwrap_or(Period::Month);
        // £5,000 a month, in the rent's own period.
        let most = Money::pounds(5_000).per(Period::Month, period);
        let rent = self.money(Field::Rent, true, most, &self.person.tr("calc-what-rent"));
        let what = t!("calc-what-service-charges");
        let service_charges = self.money(Field::ServiceCharges, false, most, &what);
        Rent {
            rent: rent.unwrap_or(Money::ZERO),
            period,
            service_charges: service_charges.unwrap_or(Money::ZERO),
        }
    }

    /// The private renter's rental area: as chosen, or the region's main one.
    fn rental_area(&mut self, region: Option<Region>) -> Option<String> {
        match self.form.get(Field::Brma).trim() {
            "" => region
                .and_then(|r| lha::default_brma(r.text()))
                .map(str::to_string),
            code => match lha::find(code) {
                Some(b) => Some(b.code.to_string()),
                None => {
                    self.error(Field::Brma, &self.person.tr("calc-err-brma"));
                    None
                }
            },
        }
    }

    fn council_tax(&mut self) -> CouncilTax {
        let most = Money::pounds(10_000);
        let what = self.person.tr("calc-what-council-tax");
        let annual = self.money(Field::CouncilTax, false, most, &what);
        let annual = annual.unwrap_or(Money::ZERO);
        // Scotland's and Wales's schemes are worked out, so the boxes are not asked there.
        let reduction = if self.form.asks_council_tax_reduction() {
            let what = self.person.tr("calc-what-council-tax-reduction");
            self.money(Field::CouncilTaxReduction, false, most, &what)
        } else {
            None
        };
        let reduction_annual = reduction.unwrap_or(Money::ZERO);
        if reduction_annual > annual {
            let message = t!("calc-err-reduction-too-big");
            self.error(Field::CouncilTaxReduction, &message);
        }
        CouncilTax {
            annual,
            reduction_annual,
            reduction_in_work_annual: self.reduction_in_work(annual),
        }
    }

    /// England: the reduction in work as the council gave it, or none (estimated).
    fn reduction_in_work(&mut self, annual: Money) -> Option<Money> {
        let form = self.form;
        if !form.asks_reduction_in_work()
            || form.choice(Field::CouncilTaxInWork) != Some(CtrInWork::OwnFigure)
        {
            return None;
        }
        let field = Field::CouncilTaxReductionInWork;
        let what = t!("calc-what-council-tax-reduction-in-work");
        let in_work = self.money(field, true, Money::pounds(10_000), &what)?;
        if in_work > annual {
            self.error(field, &t!("calc-err-reduction-too-big"));
            return None;
        }
        Some(in_work)
    }

    fn uc_deductions(&mut self) -> Money {
        if self.form.pension_age_route() {
            return Money::ZERO;
        }
        let what = t!("calc-what-uc-deductions");
        self.money(Field::UcDeductions, false, Money::pounds(2_000), &what)
            .unwrap_or(Money::ZERO)
    }

    fn savings(&mut self) -> Money {
        let most = Money::pounds(10_000_000);
        self.money(
            Field::Savings,
            false,
            most,
            &self.person.tr("calc-what-savings"),
        )
        .unwrap_or(Money::ZERO)
    }

    /// Only checked here: the answer compares it with the Universal Credit worked out.
    fn uc_statement(&mut self) {
        if self.form.pension_age_route() {
            return;
        }
        let what = self.person.tr("calc-what-uc-statement");
        self.money(Field::UcStatement, false, Money::pounds(10_000), &what);
    }

    fn offers(&mut self) -> Vec<JobOffer> {
        (0..self.form.offer_count())
            .map(|i| self.offer(i))
            .collect()
    }

    fn offer(&mut self, i: usize) -> JobOffer {
        let form = self.form;
        let hours = self.hours(Field::OfferHours(i));
        let wage = self.wage(i);
        let what = t!("calc-what-childcare");
        let childcare = self.money(Field::OfferChildcare(i), false, Money::pounds(5_000), &what);
        let travel = self.travel(i);
        let childcare_children = self.childcare_children(i);
        JobOffer {
            label: t!("calc-job-number", number = i + 1),
            adult: form.offer_adult(i),
            hours_per_week: hours.unwrap_or(Decimal::ZERO),
            hourly_wage: wage,
            annual_salary: None,
            pay_frequency: form.pay_frequency(i),
            childcare_monthly: childcare.unwrap_or(Money::ZERO),
            travel_monthly: travel,
            pension: if form.choice(Field::OfferPension(i)) == Some(false) {
                Pension::None
            } else {
                Pension::AutoEnrolment
            },
            supported_permitted_work: form.asks_supported_work(i)
                && form.says_yes(Field::OfferSupportedWork(i)),
            childcare_children,
        }
    }

    /// Travel to work a month, typed a week or a month.
    fn travel(&mut self, i: usize) -> Money {
        let period = self
            .form
            .choice(Field::OfferTravelPeriod(i))
            .filter(|p| TRAVEL_PERIODS.contains(p))
            .unwrap_or(Period::Week);
        let most = Money::pounds(if period == Period::Month { 2_000 } else { 500 });
        let what = t!("calc-what-travel");
        let travel = self.money(Field::OfferTravel(i), false, most, &what);
        travel.unwrap_or(Money::ZERO).per(period, Period::Month)
    }

    /// How many of the children the childcare is for, where the form asks (empty: all the
    /// children young enough).
    fn childcare_children(&mut self, i: usize) -> Option<u32> {
        if !self.form.asks_childcare_children(i) {
            return None;
        }
        let most = self.form.child_count() as u32;
        let what = t!("calc-what-childcare-children");
        self.optional_whole(Field::OfferChildcareChildren(i), 1, most, &what)
    }

    /// The hourly wage as typed, or the legal minimum when the box is left empty.
    fn wage(&mut self, i: usize) -> Option<Money> {
        let field = Field::OfferWage(i);
        let wage = match self.form.get(field).trim() {
            "" => self.form.default_wage(i),
            _ => self.money(field, true, Money::pounds(500), &t!("calc-what-wage")),
        };
        if wage.is_some_and(|w| !w.is_positive()) {
            self.error(field, &t!("calc-err-wage-zero"));
        }
        wage
    }
}

/// How a box is read: a choice, a whole number, hours or an amount, each with the words
/// for what is wrong with it.
impl Reader<'_> {
    fn error(&mut self, field: Field, message: &str) {
        self.errors
            .entry(field)
            .or_insert_with(|| message.to_string());
    }

    /// A choice that must be made; `missing` is said when it is not.
    fn required_choice<T: Choice>(&mut self, field: Field, missing: &str) -> Option<T> {
        let found = self.form.choice(field);
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
            Ok(_) | Err(NumberError::Negative) => {
                self.error(
                    field,
                    &t!("calc-err-whole-range", what = what, min = min, max = max),
                );
                None
            }
            Err(NumberError::Empty) => {
                self.error(field, missing);
                None
            }
            Err(NumberError::NotANumber | NumberError::PartOfAPenny) => {
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
            Err(NumberError::Negative) => self.error(field, &t!("calc-err-hours-positive")),
            Err(NumberError::Empty | NumberError::NotANumber | NumberError::PartOfAPenny) => {
                self.error(field, &t!("calc-err-hours-not-number"))
            }
            Ok(h) if h <= Decimal::ZERO => self.error(field, &t!("calc-err-hours-positive")),
            Ok(h) if h > Decimal::from(100) => self.error(field, &t!("calc-err-hours-too-many")),
            Ok(h) => return Some(h),
        }
        None
    }

    fn money(&mut self, field: Field, required: bool, most: Money, what: &str) -> Option<Money> {
        let message = match parse_money(self.form.get(field)) {
            Ok(m) if m > most => {
                let most = crate::better_off::format::format_pounds(most);
                t!("calc-err-money-too-big", what = what, most = most)
            }
            Ok(m) => return Some(m),
            Err(NumberError::Empty) if required => t!("calc-err-money-empty", what = what),
            Err(NumberError::Empty) => return Some(Money::ZERO),
            Err(NumberError::Negative) => {
                t!("calc-err-money-negative", what_start = capitalise(what))
            }
            Err(NumberError::PartOfAPenny) => t!("calc-err-money-pence"),
            Err(NumberError::NotANumber) => t!("calc-err-money-not-number", what = what),
        };
        self.error(field, &message);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::test_support::single_social_renter_form as filled;

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
            (Field::Age(0), "12", "The age must be between 16 and 100"),
            (
                Field::Age(0),
                "thirty",
                "Enter the age as a whole number, like 32",
            ),
            (Field::Age(0), "-30", "The age must be between 16 and 100"),
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
        assert_eq!(parse_money(""), Err(NumberError::Empty));
        assert_eq!(parse_money("1e5"), Err(NumberError::NotANumber));
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
        assert_eq!(parse_money("-3,50"), Err(NumberError::Negative));
        // In Dutch a point before three digits groups thousands; a comma is the decimal.
        assert_eq!(parse_money("12.345"), Ok(Money::pounds(12_345)));
        assert_eq!(parse_money("12,345"), Err(NumberError::PartOfAPenny));
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
            "Controleer de leeftijd: dat moet tussen 16 en 100 liggen"
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
        assert_eq!(parse_money("£-5"), Err(NumberError::Negative));
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

    /// Reads the form, writes the scenario back into a new form and reads that: the same
    /// household both times.
    fn round_trip(f: &Form) -> Scenario {
        let s = f.scenario().unwrap_or_else(|e| panic!("{e:?}"));
        let again = Form::from_scenario(&s);
        assert_eq!(again.scenario().unwrap(), s);
        s
    }

    #[test]
    fn a_state_pension_left_out_over_pension_age_is_said_and_none_is_an_answer() {
        // QA #2: a single person of 68 with the State Pension box left empty.
        let mut f = filled();
        f.set(Field::Age(0), "68");
        assert!(f.state_pension_left_out(0));
        // One question at a time asks for it (0 if none)...
        let asked = f.guided_errors();
        assert_eq!(asked.keys().collect::<Vec<_>>(), [&Field::StatePension(0)]);
        assert!(asked[&Field::StatePension(0)].contains("or 0 if you get none"));
        // ...the coaches' form counts none, and says so beside the answer.
        let s = f.scenario().unwrap();
        assert_eq!(s.adults[0].state_pension_weekly, Money::ZERO);
        assert!(!s.adults[0].no_state_pension);
        assert_eq!(f.warnings().len(), 1);
        assert!(f.warnings()[0].starts_with("No State Pension entered: we counted none."));
        assert!(f
            .assumptions()
            .iter()
            .any(|a| a.contains("No State Pension for you")));
        // For someone else, worded for them.
        f.set(Field::ForWhom, "son");
        f.set(Field::PersonName, "Sam");
        assert!(f.warnings()[0].starts_with("No State Pension entered for Sam:"));

        // "0" is an answer: nothing asked, warned or assumed, and it survives a share link.
        f.set(Field::StatePension(0), "0");
        assert!(f.guided_errors().is_empty() && f.warnings().is_empty());
        assert!(!f.assumptions().iter().any(|a| a.contains("State Pension")));
        let s = round_trip(&f);
        assert!(s.adults[0].no_state_pension);
        assert_eq!(Form::from_scenario(&s).get(Field::StatePension(0)), "0");

        // A link or file from before, with no amount: opens, none counted, with the warning.
        let mut old = serde_json::to_value(&s).unwrap();
        old["adults"][0]
            .as_object_mut()
            .unwrap()
            .remove("no_state_pension");
        let old: Scenario = serde_json::from_value(old).unwrap();
        let opened = Form::from_scenario(&old);
        assert_eq!(opened.get(Field::StatePension(0)), "");
        assert_eq!(opened.warnings().len(), 1);

        // Under State Pension age nothing is asked, and the flag is not written.
        f.set(Field::Age(0), "40");
        assert!(f.guided_errors().is_empty() && f.warnings().is_empty());
        let json = serde_json::to_string(&f.scenario().unwrap()).unwrap();
        assert!(!json.contains("no_state_pension"), "{json}");
    }

    #[test]
    fn new_style_esa_and_jsa_are_read_and_written_back() {
        let mut f = filled();
        f.set_choice(Field::NewStyle(0), NewStyle::Esa);
        f.set_choice(Field::EsaGroup(0), EsaGroup::Wrag);
        let s = round_trip(&f);
        let esa = s.adults[0].new_style_esa.expect("ESA");
        assert_eq!((esa.group, esa.weekly_amount), (EsaGroup::Wrag, None));
        assert!(f
            .assumptions()
            .iter()
            .any(|a| a.contains("usual weekly rate")));
        f.set(Field::AwardWeekly(0), "85.20");
        let s = round_trip(&f);
        assert_eq!(
            s.adults[0].new_style_esa.unwrap().weekly_amount,
            Some(Money::pence(8520))
        );
        assert!(!f
            .assumptions()
            .iter()
            .any(|a| a.contains("usual weekly rate")));
        f.set_choice(Field::NewStyle(0), NewStyle::Jsa);
        let s = round_trip(&f);
        assert_eq!(s.adults[0].new_style_esa, None);
        assert_eq!(
            s.adults[0].new_style_jsa,
            Some(JsaAward {
                weekly_amount: Some(Money::pence(8520))
            })
        );
        // Over State Pension age both have stopped, so neither is asked nor read.
        f.set(Field::Age(0), "70");
        assert_eq!(f.scenario().unwrap().adults[0].new_style_jsa, None);
    }

    #[test]
    fn an_esa_award_needs_its_group_and_a_sensible_weekly_amount() {
        let mut f = filled();
        f.set_choice(Field::NewStyle(0), NewStyle::Esa);
        let errors = f.scenario().unwrap_err();
        assert_eq!(errors[&Field::EsaGroup(0)], "Choose the ESA group");
        f.set_choice(Field::EsaGroup(0), EsaGroup::Support);
        for (typed, message) in [
            ("lots", "Enter the weekly amount as a number, like 120.50"),
            ("-5", "The weekly amount cannot be less than £0"),
            ("2000", "Check the weekly amount: it must be £1,000 or less"),
        ] {
            f.set(Field::AwardWeekly(0), typed);
            let errors = f.scenario().unwrap_err();
            assert_eq!(errors[&Field::AwardWeekly(0)], message, "{typed}");
            assert_eq!(errors.len(), 1, "{errors:?}");
        }
    }

    #[test]
    fn supported_permitted_work_is_asked_only_of_someone_on_esa() {
        let mut f = filled();
        f.set_choice(Field::OfferSupportedWork(0), true);
        assert!(!f.asks_supported_work(0));
        assert!(!f.scenario().unwrap().offers[0].supported_permitted_work);
        f.set_choice(Field::NewStyle(0), NewStyle::Esa);
        f.set_choice(Field::EsaGroup(0), EsaGroup::Wrag);
        assert!(f.asks_supported_work(0));
        let s = round_trip(&f);
        assert!(s.offers[0].supported_permitted_work);
    }

    #[test]
    fn the_date_of_birth_decides_state_pension_age_and_the_pension_is_asked_over_it() {
        let mut f = filled();
        f.set(Field::Age(0), "66");
        assert!(f.asks_birth_date(0));
        // Born 6 April 1960 (from the age alone): State Pension age on 6 May 2026.
        assert!(f.over_pension_age(0));
        // Born 1 March 1961: 66 years and 11 months, 1 February 2028.
        f.set(Field::DateOfBirth(0), "1961-03-01");
        f.set(Field::Age(0), "65");
        assert!(!f.over_pension_age(0));
        f.set(Field::StatePension(0), "230.25");
        let s = round_trip(&f);
        assert_eq!(s.adults[0].date_of_birth.as_deref(), Some("1961-03-01"));
        // Not over the age: the pension box is not read.
        assert_eq!(s.adults[0].state_pension_weekly, Money::ZERO);
        f.set(Field::DateOfBirth(0), "1958-09-30");
        f.set(Field::Age(0), "67");
        assert!(f.over_pension_age(0));
        let s = round_trip(&f);
        assert_eq!(s.adults[0].state_pension_weekly, Money::pence(23025));
        // Under 60 the date is not asked, and not kept.
        f.set(Field::Age(0), "45");
        assert!(!f.asks_birth_date(0));
        assert_eq!(f.scenario().unwrap().adults[0].date_of_birth, None);
    }

    #[test]
    fn a_date_of_birth_must_be_real_and_fit_the_age() {
        let mut f = filled();
        f.set(Field::Age(0), "64");
        for (typed, message) in [
            ("1962-02-30", "Enter a real date of birth"),
            ("yesterday", "Enter a real date of birth"),
            (
                "1990-01-01",
                "This date of birth does not fit the age given",
            ),
        ] {
            f.set(Field::DateOfBirth(0), typed);
            let errors = f.scenario().unwrap_err();
            assert_eq!(errors[&Field::DateOfBirth(0)], message, "{typed}");
        }
        f.set(Field::DateOfBirth(0), "1962-02-28");
        f.set(Field::Age(0), "70");
        f.set(Field::StatePension(0), "5000");
        f.set(Field::DateOfBirth(0), "1956-05-01");
        assert_eq!(
            f.scenario().unwrap_err()[&Field::StatePension(0)],
            "Check the State Pension: it must be £1,000 or less"
        );
    }

    #[test]
    fn a_renter_in_supported_or_temporary_housing_is_read_as_such() {
        let mut f = filled();
        f.set_choice(
            Field::SupportedHousing,
            SupportedHome::Yes(SupportedKind::Temporary),
        );
        f.set(Field::Bedrooms, "3");
        let s = round_trip(&f);
        assert!(matches!(
            s.housing,
            Housing::Supported {
                kind: SupportedKind::Temporary,
                rent,
                ..
            } if rent == Money::pounds(500)
        ));
        // A private renter in supported housing needs no rental area.
        f.set_choice(Field::Tenure, Tenure::PrivateRent);
        f.set(Field::Brma, "NOWHERE");
        f.set_choice(
            Field::SupportedHousing,
            SupportedHome::Yes(SupportedKind::Supported),
        );
        let s = f.scenario().unwrap();
        assert!(matches!(
            s.housing,
            Housing::Supported {
                kind: SupportedKind::Supported,
                ..
            }
        ));
        assert!(!f.assumptions().iter().any(|a| a.contains("main area")));
    }

    #[test]
    fn a_single_renter_whose_tenancy_is_a_relatives_lives_with_family_not_on_their_rent() {
        let mut f = filled();
        f.set_choice(Field::Tenure, Tenure::SocialRent);
        f.set(Field::Rent, "520");
        assert!(f.asks_tenancy());
        assert!(matches!(
            f.scenario().expect("valid").housing,
            Housing::SocialRent { .. }
        ));
        f.set_choice(Field::Tenancy, TenancyIn::Mine);
        assert!(matches!(
            f.scenario().expect("valid").housing,
            Housing::SocialRent { .. }
        ));
        // His mother is the council tenant, and gets Housing Benefit for the rent.
        f.set_choice(Field::Tenancy, TenancyIn::Relative);
        f.set_choice(Field::RelativeHousing, RelativePays::HousingBenefit);
        assert!(!f.pays_rent() && f.supported_home().is_none());
        assert_eq!(
            f.scenario().expect("valid").housing,
            Housing::WithFamily {
                contribution_monthly: Money::ZERO,
                relative: RelativeHousing::HousingBenefit {
                    relative_exempt: false
                }
            }
        );
        // A couple is not asked: the answer is left out.
        f.set_choice(Field::Couple, true);
        assert!(!f.asks_tenancy());
        assert_eq!(f.tenure(), Some(Tenure::SocialRent));
    }

    #[test]
    fn living_with_family_carries_the_contribution_and_how_the_relative_pays() {
        let mut f = filled();
        f.set_choice(Field::Tenure, Tenure::WithFamily);
        let s = round_trip(&f);
        assert_eq!(
            s.housing,
            Housing::WithFamily {
                contribution_monthly: Money::ZERO,
                relative: RelativeHousing::NoHelpWithRent
            }
        );
        f.set(Field::FamilyContribution, "150");
        f.set_choice(Field::RelativeHousing, RelativePays::HousingBenefit);
        f.set_choice(Field::RelativeExempt, true);
        let s = round_trip(&f);
        assert_eq!(
            s.housing,
            Housing::WithFamily {
                contribution_monthly: Money::pounds(150),
                relative: RelativeHousing::HousingBenefit {
                    relative_exempt: true
                }
            }
        );
        f.set_choice(Field::RelativeHousing, RelativePays::UniversalCredit);
        f.set_choice(Field::RelativeExempt, false);
        let s = round_trip(&f);
        assert!(matches!(
            s.housing,
            Housing::WithFamily {
                relative: RelativeHousing::UniversalCredit {
                    relative_exempt: false
                },
                ..
            }
        ));
        f.set(Field::FamilyContribution, "abc");
        assert_eq!(
            f.scenario().unwrap_err()[&Field::FamilyContribution],
            "Enter what you pay your family as a number, like 120.50"
        );
    }

    #[test]
    fn deductions_grace_and_a_baby_on_the_way_are_read_and_written_back() {
        let mut f = filled();
        f.set(Field::UcDeductions, "65.40");
        f.set_choice(Field::BenefitCapGrace, true);
        f.set_choice(Field::ExpectingBaby, true);
        let s = round_trip(&f);
        assert_eq!(s.uc_deductions_monthly, Money::pence(6540));
        assert!(s.benefit_cap_grace && s.expecting_baby);
        f.set(Field::UcDeductions, "3000");
        assert_eq!(
            f.scenario().unwrap_err()[&Field::UcDeductions],
            "Check the money taken off: it must be £2,000 or less"
        );
        f.set(Field::UcDeductions, "-1");
        assert_eq!(
            f.scenario().unwrap_err()[&Field::UcDeductions],
            "The money taken off cannot be less than £0"
        );
    }

    #[test]
    fn children_of_the_same_age_are_twins_only_when_the_person_says_so() {
        let mut f = filled();
        f.set(Field::ChildCount, "3");
        f.set(Field::ChildAge(0), "6");
        f.set(Field::ChildAge(1), "2");
        f.set(Field::ChildAge(2), "2");
        assert!(!f.asks_twin(0) && f.asks_twin(1) && f.asks_twin(2));
        let s = round_trip(&f);
        assert!(s.children.iter().all(|c| !c.multiple_birth));
        f.set_choice(Field::ChildTwin(1), true);
        f.set_choice(Field::ChildTwin(2), true);
        f.set_choice(Field::ChildTwin(0), true);
        let s = round_trip(&f);
        let twins: Vec<bool> = s.children.iter().map(|c| c.multiple_birth).collect();
        assert_eq!(twins, [false, true, true]);
    }

    #[test]
    fn childcare_is_for_the_children_chosen_when_there_are_two_or_more() {
        let mut f = filled();
        f.set(Field::ChildCount, "2");
        f.set(Field::ChildAge(0), "3");
        f.set(Field::ChildAge(1), "9");
        assert!(!f.asks_childcare_children(0));
        f.set(Field::OfferChildcare(0), "400");
        assert!(f.asks_childcare_children(0));
        assert_eq!(f.scenario().unwrap().offers[0].childcare_children, None);
        f.set(Field::OfferChildcareChildren(0), "1");
        let s = round_trip(&f);
        assert_eq!(s.offers[0].childcare_children, Some(1));
        f.set(Field::OfferChildcareChildren(0), "3");
        assert_eq!(
            f.scenario().unwrap_err()[&Field::OfferChildcareChildren(0)],
            "The number of children must be between 1 and 2"
        );
    }

    #[test]
    fn council_tax_reduction_in_work_is_the_councils_figure_or_an_estimate_in_england() {
        let mut f = filled();
        f.set(Field::CouncilTax, "1500");
        assert!(!f.asks_reduction_in_work());
        f.set(Field::CouncilTaxReduction, "1200");
        assert!(f.asks_reduction_in_work());
        let s = round_trip(&f);
        assert_eq!(s.council_tax.reduction_in_work_annual, None);
        f.set_choice(Field::CouncilTaxInWork, CtrInWork::OwnFigure);
        assert_eq!(
            f.scenario().unwrap_err()[&Field::CouncilTaxReductionInWork],
            "Enter the council tax reduction in work, in pounds"
        );
        f.set(Field::CouncilTaxReductionInWork, "1600");
        assert_eq!(
            f.scenario().unwrap_err()[&Field::CouncilTaxReductionInWork],
            "Council tax reduction cannot be more than the council tax"
        );
        f.set(Field::CouncilTaxReductionInWork, "400");
        let s = round_trip(&f);
        assert_eq!(s.council_tax.reduction_annual, Money::pounds(1_200));
        assert_eq!(
            s.council_tax.reduction_in_work_annual,
            Some(Money::pounds(400))
        );
        // Scotland's scheme is worked out: the reduction boxes are not asked there.
        f.set(Field::Region, "SCOTLAND");
        assert!(!f.asks_council_tax_reduction() && !f.asks_reduction_in_work());
        let s = round_trip(&f);
        assert_eq!(s.council_tax.reduction_annual, Money::ZERO);
        assert_eq!(s.council_tax.reduction_in_work_annual, None);
    }

    #[test]
    fn travel_is_typed_a_week_or_a_month() {
        let mut f = filled();
        f.set(Field::OfferTravel(0), "80");
        f.set_choice(Field::OfferTravelPeriod(0), Period::Month);
        let s = round_trip(&f);
        assert_eq!(s.offers[0].travel_monthly, Money::pounds(80));
        // £80 a month is not a whole number of pence a week, so it is shown a month.
        let again = Form::from_scenario(&s);
        assert_eq!(again.get(Field::OfferTravel(0)), "80");
        assert_eq!(
            again.choice(Field::OfferTravelPeriod(0)),
            Some(Period::Month)
        );
        f.set(Field::OfferTravel(0), "3000");
        assert_eq!(
            f.scenario().unwrap_err()[&Field::OfferTravel(0)],
            "Check travel costs: it must be £2,000 or less"
        );
    }

    /// A form saved on a device before the new questions existed holds none of their boxes:
    /// it opens with each at its default and describes the same household as it did then.
    #[test]
    fn a_form_saved_before_the_new_questions_reads_the_same_household() {
        let saved = r#"{"adult-0-age":"30","offer-0-hours":"16","offer-0-pension":"no",
            "offer-0-travel":"12","region":"NORTH_WEST","rent":"500","tenure":"social_rent",
            "council-tax":"1400","council-tax-reduction":"300"}"#;
        let f: Form = serde_json::from_str(saved).unwrap();
        assert_eq!(f.choice(Field::NewStyle(0)), Some(NewStyle::No));
        assert_eq!(f.choice(Field::SupportedHousing), Some(SupportedHome::No));
        assert_eq!(f.choice(Field::OfferTravelPeriod(0)), Some(Period::Week));
        assert_eq!(f.choice(Field::CouncilTaxInWork), Some(CtrInWork::Estimate));
        let s = f.scenario().unwrap();
        let a = &s.adults[0];
        assert_eq!((a.new_style_esa, a.new_style_jsa), (None, None));
        assert!(matches!(s.housing, Housing::SocialRent { .. }));
        // £12 a week, as travel was always asked.
        assert_eq!(s.offers[0].travel_monthly, Money::pounds(52));
        assert_eq!(s.council_tax.reduction_in_work_annual, None);
        assert_eq!(s.uc_deductions_monthly, Money::ZERO);
        assert!(!s.benefit_cap_grace && !s.expecting_baby);
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

    /// The ids are the keys saved forms, drafts and files hold: they must never change.
    #[test]
    fn every_box_keeps_its_id_and_reads_back_from_it() {
        let ids = [
            (Field::TaxYear, "tax-year"),
            (Field::Region, "region"),
            (Field::Couple, "couple"),
            (Field::Married, "married"),
            (Field::Age(1), "adult-1-age"),
            (Field::Lcwra(0), "adult-0-lcwra"),
            (Field::LcwraNewClaim(1), "adult-1-lcwra-new"),
            (Field::PipDailyLiving(0), "adult-0-pip-daily"),
            (Field::PipMobility(1), "adult-1-pip-mobility"),
            (Field::Carer(0), "adult-0-carer"),
            (Field::PartnerEarnings, "partner-earnings"),
            (Field::ChildCount, "child-count"),
            (Field::ChildAge(5), "child-5-age"),
            (Field::ChildDisability(0), "child-0-disability"),
            (Field::Tenure, "tenure"),
            (Field::Rent, "rent"),
            (Field::RentPeriod, "rent-period"),
            (Field::ServiceCharges, "service-charges"),
            (Field::Brma, "brma"),
            (Field::Bedrooms, "bedrooms"),
            (Field::CouncilTax, "council-tax"),
            (Field::CouncilTaxReduction, "council-tax-reduction"),
            (Field::Savings, "savings"),
            (Field::UcStatement, "uc-statement"),
            (Field::OfferCount, "offer-count"),
            (Field::OfferWho(2), "offer-2-who"),
            (Field::OfferHours(0), "offer-0-hours"),
            (Field::OfferWage(1), "offer-1-wage"),
            (Field::OfferChildcare(0), "offer-0-childcare"),
            (Field::OfferTravel(0), "offer-0-travel"),
            (Field::OfferPension(0), "offer-0-pension"),
            (Field::OfferPayFrequency(2), "offer-2-pay-frequency"),
            (Field::JobStart, "job-start"),
            (Field::FirstPayday, "first-payday"),
            (Field::AssessmentPeriodStart, "ap-start"),
            (Field::OldJobPay, "old-job-pay"),
            (Field::OldJobPayDate, "old-job-pay-date"),
            (Field::DateOfBirth(1), "adult-1-birth-date"),
            (Field::StatePension(0), "adult-0-state-pension"),
            (Field::NewStyle(0), "adult-0-new-style"),
            (Field::EsaGroup(1), "adult-1-esa-group"),
            (Field::AwardWeekly(0), "adult-0-award-weekly"),
            (Field::ExpectingBaby, "expecting-baby"),
            (Field::ChildTwin(3), "child-3-twin"),
            (Field::SupportedHousing, "supported-housing"),
            (Field::FamilyContribution, "family-contribution"),
            (Field::RelativeHousing, "relative-housing"),
            (Field::RelativeExempt, "relative-exempt"),
            (Field::CouncilTaxInWork, "council-tax-in-work"),
            (
                Field::CouncilTaxReductionInWork,
                "council-tax-reduction-in-work",
            ),
            (Field::UcDeductions, "uc-deductions"),
            (Field::BenefitCapGrace, "benefit-cap-grace"),
            (Field::OfferSupportedWork(1), "offer-1-supported-work"),
            (Field::OfferTravelPeriod(0), "offer-0-travel-period"),
            (
                Field::OfferChildcareChildren(2),
                "offer-2-childcare-children",
            ),
        ];
        for (field, id) in ids {
            assert_eq!(field.id(), id);
            assert_eq!(Field::from_id(id), Some(field), "{id}");
        }
        // Only as many adults, children and offers as the form asks about.
        for beyond in ["adult-2-age", "child-6-age", "offer-3-hours", "adult-x-age"] {
            assert_eq!(Field::from_id(beyond), None, "{beyond}");
        }
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

#[cfg(test)]
mod reads_tests {
    use super::*;

    fn form() -> Form {
        let mut form = Form::default();
        form.set(Field::OfferHours(0), "16");
        form.set(Field::Age(0), "30");
        form
    }

    #[test]
    fn reads_hold_until_a_field_read_changes() {
        let form = form();
        let (wage, reads) = form.noting_reads(|f| f.default_wage(0));
        assert!(wage.is_some());
        let mut edited = form.clone();
        edited.set(Field::OfferHours(0), "30");
        assert!(reads.still_hold(&edited), "the hours were not read");
        edited.set(Field::Age(0), "17");
        assert!(!reads.still_hold(&edited), "the age was read");
    }

    #[test]
    fn a_field_read_at_its_default_is_noted_too() {
        let form = form();
        let (_, reads) = form.noting_reads(|f| f.is_couple());
        let mut edited = form.clone();
        edited.set(Field::OfferHours(0), "30");
        assert!(reads.still_hold(&edited));
        edited.set_choice(Field::Couple, true);
        assert!(!reads.still_hold(&edited));
    }

    #[test]
    fn nested_reads_are_noted_in_the_outer_and_nothing_after() {
        let form = form();
        let ((_, inner), outer) =
            form.noting_reads(|f| f.noting_reads(|f| f.get(Field::Age(0)).to_string()));
        let mut edited = form.clone();
        edited.set(Field::Age(0), "40");
        assert!(!inner.still_hold(&edited));
        assert!(!outer.still_hold(&edited));
        // Reading after the calls notes nothing.
        let _ = form.get(Field::OfferHours(0));
        assert!(READS.with(|r| r.borrow().is_none()));
    }
}
