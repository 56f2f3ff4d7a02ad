//! The guided way in: one question at a time, in plain words, for someone at home.
//!
//! Each [`Step`] asks about one thing and owns the boxes it shows. Which steps apply depends
//! on earlier answers (no partner questions for a single person, no rent for an owner), so
//! [`steps`] is worked out afresh from the form each time; answers already given are kept
//! when a step disappears and come back if it returns.

use super::form::{Field, Form};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
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
    /// The question, as the step's heading, in the language in use.
    pub fn question(self) -> String {
        match self {
            Step::Place => t!("calc-step-place"),
            Step::Household => t!("calc-step-household"),
            Step::You => t!("calc-step-you"),
            Step::Partner => t!("calc-step-partner"),
            Step::Children => t!("calc-step-children"),
            Step::Health => t!("calc-step-health"),
            Step::Home => t!("calc-step-home"),
            Step::Costs => t!("calc-step-costs"),
            Step::Job => t!("calc-step-job"),
            Step::Answer => t!("calc-step-answer"),
        }
    }

    /// The boxes this step shows, so "Continue" checks only these.
    pub fn fields(self, form: &Form) -> Vec<Field> {
        match self {
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
            ],
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

/// The boxes about adult `i`'s age: the age, and near State Pension age the date of birth
/// and the State Pension.
fn about_adult(i: usize) -> [Field; 3] {
    [Field::Age(i), Field::DateOfBirth(i), Field::StatePension(i)]
}

/// The steps that apply to this household, in order; the last is always the answer.
pub fn steps(form: &Form) -> Vec<Step> {
    let mut out = vec![Step::Place, Step::Household, Step::You];
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
