//! The guided way in: one question at a time, in plain words, for someone at home.
//!
//! Each [`Step`] asks about one thing and owns the boxes it shows. Which steps apply depends
//! on earlier answers (no partner questions for a single person, no rent for an owner), so
//! [`steps`] is worked out afresh from the form each time; answers already given are kept
//! when a step disappears and come back if it returns.
//!
//! The first step asks whom the form is for; from then on the questions say "Sam" or "your
//! son" instead of "you" when it is for someone else ([`Person`]).

use super::form::{Field, Form};
use super::person::Person;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Whom the form is filled in for, and their first name.
    Person,
    Place,
    Household,
    You,
    Partner,
    Children,
    Health,
    Home,
    Costs,
    Job,
    Answer,
}

impl Step {
    /// The question, as the step's heading, in the language in use, worded for whom the
    /// form is for.
    pub fn question(self, person: &Person) -> String {
        match self {
            Step::Person => t!("calc-step-person"),
            Step::Place => person.tr("calc-step-place"),
            Step::Household => person.tr("calc-step-household"),
            Step::You => person.tr("calc-step-you"),
            Step::Partner => person.tr("calc-step-partner"),
            Step::Children => person.tr("calc-step-children"),
            Step::Health => t!("calc-step-health"),
            Step::Home => person.tr("calc-step-home"),
            Step::Costs => t!("calc-step-costs"),
            Step::Job => t!("calc-step-job"),
            Step::Answer => person.tr("calc-step-answer"),
        }
    }

    /// The boxes this step shows, so "Continue" checks only these.
    pub fn fields(self, form: &Form) -> Vec<Field> {
        let pension_age = form.pension_age_route();
        match self {
            Step::Person => vec![Field::ForWhom, Field::PersonName],
            Step::Place => vec![Field::Region],
            Step::Household => vec![
                Field::Couple,
                Field::ChildCount,
                Field::Married,
                Field::ExpectingBaby,
            ],
            Step::You => about_adult(0).to_vec(),
            Step::Partner => [Field::Age(1), Field::PartnerEarnings, Field::Married]
                .into_iter()
                .chain(about_adult(1).into_iter().skip(1))
                .collect(),
            Step::Children => (0..form.child_count())
                .flat_map(|i| {
                    [
                        Field::ChildAge(i),
                        Field::ChildDisability(i),
                        Field::ChildTwin(i),
                    ]
                })
                .collect(),
            Step::Health => (0..form.adult_count())
                .flat_map(|i| {
                    [
                        Field::Lcwra(i),
                        Field::LcwraNewClaim(i),
                        Field::PipDailyLiving(i),
                        Field::PipMobility(i),
                        Field::Carer(i),
                        Field::NewStyle(i),
                        Field::EsaGroup(i),
                        Field::AwardWeekly(i),
                    ]
                })
                .filter(|f| !(pension_age && is_universal_credit_only(*f)))
                .collect(),
            Step::Home => vec![
                Field::Tenure,
                Field::Tenancy,
                Field::SupportedHousing,
                Field::Rent,
                Field::RentPeriod,
                Field::ServiceCharges,
                Field::Brma,
                Field::Bedrooms,
                Field::FamilyContribution,
                Field::RelativeHousing,
                Field::RelativeExempt,
            ],
            Step::Costs => vec![
                Field::CouncilTax,
                Field::CouncilTaxReduction,
                Field::CouncilTaxInWork,
                Field::CouncilTaxReductionInWork,
                Field::Savings,
                Field::UcStatement,
                Field::UcDeductions,
                Field::BenefitCapGrace,
            ]
            .into_iter()
            .filter(|f| !(pension_age && is_universal_credit_only(*f)))
            .collect(),
            Step::Job => vec![
                Field::OfferWho(0),
                Field::OfferHours(0),
                Field::OfferPayFrequency(0),
                Field::OfferWage(0),
                Field::OfferSupportedWork(0),
                Field::OfferTravel(0),
                Field::OfferTravelPeriod(0),
                Field::OfferChildcare(0),
                Field::OfferChildcareChildren(0),
                Field::OfferPension(0),
            ],
            Step::Answer => vec![],
        }
    }
}

/// Boxes about Universal Credit alone, not asked on the pension-age route (Pension Credit):
/// its health element, a statement, its deductions and the benefit cap's grace period.
pub fn is_universal_credit_only(field: Field) -> bool {
    matches!(
        field,
        Field::Lcwra(_)
            | Field::LcwraNewClaim(_)
            | Field::UcStatement
            | Field::UcDeductions
            | Field::BenefitCapGrace
    )
}

/// The boxes about adult `i`'s age: the age, and near State Pension age the date of birth
/// and the State Pension.
fn about_adult(i: usize) -> [Field; 3] {
    [Field::Age(i), Field::DateOfBirth(i), Field::StatePension(i)]
}

/// The steps that apply to this household, in order; the last is always the answer.
pub fn steps(form: &Form) -> Vec<Step> {
    let mut out = vec![Step::Person, Step::Place, Step::Household, Step::You];
    if form.is_couple() {
        out.push(Step::Partner);
    }
    if form.child_count() > 0 {
        out.push(Step::Children);
    }
    out.extend([
        Step::Health,
        Step::Home,
        Step::Costs,
        Step::Job,
        Step::Answer,
    ]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_person_without_children_skips_partner_and_children_steps() {
        let f = Form::default();
        let s = steps(&f);
        assert!(!s.contains(&Step::Partner));
        assert!(!s.contains(&Step::Children));
        assert_eq!(s.last(), Some(&Step::Answer));
        assert_eq!(s.first(), Some(&Step::Person), "whom it is for comes first");
    }

    #[test]
    fn the_headings_are_worded_for_whom_the_form_is_for() {
        let mut f = Form::default();
        let you = Person::of(&f);
        assert_eq!(Step::Place.question(&you), "Where do you live?");
        f.set(Field::ForWhom, "son");
        f.set(Field::PersonName, "Sam");
        let sam = Person::of(&f);
        let headings: Vec<String> = [Step::Place, Step::Household, Step::You, Step::Home]
            .iter()
            .map(|s| s.question(&sam))
            .collect();
        assert_eq!(
            headings,
            [
                "Where does Sam live?",
                "Who lives with Sam?",
                "About Sam",
                "The home"
            ]
        );
        assert_eq!(Step::Person.fields(&f), [Field::ForWhom, Field::PersonName]);
    }

    #[test]
    fn universal_credits_own_questions_are_not_asked_on_the_pension_age_route() {
        // QA #13: a single person of 68 is on Pension Credit.
        let mut f = crate::better_off::test_support::single_social_renter_form();
        let uc_only = |f: &Form| -> Vec<Field> {
            [Step::Health, Step::Costs]
                .iter()
                .flat_map(|s| s.fields(f))
                .filter(|f| is_universal_credit_only(*f))
                .collect()
        };
        assert_eq!(uc_only(&f).len(), 5, "asked under pension age");
        f.set(Field::Age(0), "68");
        assert!(f.pension_age_route());
        assert_eq!(uc_only(&f), []);
        // What they hold is not counted either: no statement to compare, no health element.
        f.set(Field::UcStatement, "400");
        f.set(Field::Lcwra(0), "yes");
        f.set(Field::StatePension(0), "0");
        assert_eq!(f.uc_statement(), None);
        assert!(!f.scenario().unwrap().adults[0].lcwra);
        // A couple with one partner under it claims Universal Credit: asked.
        f.set(Field::Couple, "yes");
        f.set(Field::Age(1), "60");
        assert!(!f.pension_age_route());
        assert_eq!(uc_only(&f).len(), 7);
        assert_eq!(f.uc_statement(), Some(crate::money::Money::pounds(400)));
    }

    #[test]
    fn the_answer_and_the_questions_that_did_not_say_whose_name_the_person() {
        // QA #1 and #10: for Sam, "Your answer", "Show my answer" and three questions that
        // did not say whose.
        let mut f = Form::default();
        f.set(Field::ForWhom, "son");
        f.set(Field::PersonName, "Sam");
        let sam = Person::of(&f);
        assert_eq!(Step::Answer.question(&sam), "The answer");
        assert_eq!(sam.tr("calc-show-answer"), "Show the answer");
        assert_eq!(
            sam.tr("calc-savings-label"),
            "How much does Sam have in savings and investments? (optional)"
        );
        assert_eq!(
            sam.tr("calc-grace-legend"),
            "Did a job Sam had for a year or more end in the last 9 months?"
        );
        assert_eq!(
            sam.tr("calc-council-tax-label"),
            "Council tax for the year on the home Sam lives in (optional)"
        );
        let you = Person::default();
        assert_eq!(Step::Answer.question(&you), "Your answer");
        assert_eq!(you.tr("calc-show-answer"), "Show my answer");
    }

    #[test]
    fn the_rent_hint_names_housing_benefit_where_it_pays_the_rent() {
        // QA #10: supported housing's rent is paid by Housing Benefit, not Universal Credit.
        let mut f = crate::better_off::test_support::single_social_renter_form();
        assert!(f.rent_hint().contains("Universal Credit"));
        f.set(Field::SupportedHousing, "supported");
        assert!(f.supported_home().is_some());
        assert_eq!(
            f.rent_hint(),
            "The full rent, even if Housing Benefit pays some of it."
        );
        f.set(Field::SupportedHousing, "no");
        f.set(Field::Age(0), "70");
        assert!(f.rent_hint().contains("Housing Benefit"), "at pension age");
    }

    #[test]
    fn a_couple_with_children_gets_both_steps_and_a_box_per_child() {
        let mut f = Form::default();
        f.set(Field::Couple, "yes");
        f.set(Field::ChildCount, "2");
        let s = steps(&f);
        assert!(s.contains(&Step::Partner) && s.contains(&Step::Children));
        assert_eq!(
            Step::Children.fields(&f),
            [
                Field::ChildAge(0),
                Field::ChildDisability(0),
                Field::ChildTwin(0),
                Field::ChildAge(1),
                Field::ChildDisability(1),
                Field::ChildTwin(1)
            ]
        );
        assert_eq!(Step::Health.fields(&f).len(), 16);
    }
}
