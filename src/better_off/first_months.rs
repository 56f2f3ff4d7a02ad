//! The "first months in work" boxes read into the engine's [`StartPlan`], with safe
//! defaults worked out from today's date for any box left empty (and said as assumptions),
//! so a coach sees a timeline at once and can then put in the real dates.

use super::form::{parse_money, Field, FieldErrors, Form};
use super::person::Person;
use crate::better_off::engine::first_months::{first_months_for, FirstMonths, LastPay, StartPlan};
use crate::better_off::engine::Household;
use crate::better_off::scenario::{JobOffer, PayFrequency};
use crate::calendar;
use crate::calendar::Date;

/// The timeline for one job, and what was assumed to draw it.
#[derive(Debug, Clone)]
pub struct Timeline {
    pub months: FirstMonths,
    pub assumptions: Vec<String>,
}

/// The first six assessment periods of `job`, from the form's dates (or defaults from
/// `today`), or a message beside each date box that cannot be read. The words speak of
/// whom the form is for.
pub fn timeline(
    form: &Form,
    household: &Household,
    job: &JobOffer,
    offer: usize,
    today: Date,
) -> Result<Timeline, FieldErrors> {
    let (plan, assumptions) = plan(form, offer, today)?;
    let whom = Person::of(form).whom();
    let months = first_months_for(household, job, &plan, &whom).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| (field_for(&e.path), e.message))
            .collect::<FieldErrors>()
    })?;
    Ok(Timeline {
        months,
        assumptions,
    })
}

fn field_for(path: &str) -> Field {
    match path.rsplit('.').next().unwrap_or("") {
        "first_payday" => Field::FirstPayday,
        "assessment_period_start" => Field::AssessmentPeriodStart,
        "old_job_last_pay" | "take_home" => Field::OldJobPay,
        "date" => Field::OldJobPayDate,
        _ => Field::JobStart,
    }
}

/// The plan the boxes describe. Empty date boxes take a default from `today`:
/// the job starts next Monday-week, pay comes one pay period in arrears, and the claim's
/// assessment periods start on today's day of the month.
pub fn plan(
    form: &Form,
    offer: usize,
    today: Date,
) -> Result<(StartPlan, Vec<String>), FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut assumptions = Vec::new();
    let frequency = form.pay_frequency(offer);

    let mut date = |field: Field, default: Date, assumed: fn(String) -> String| -> Date {
        match form.get(field).trim() {
            "" => {
                assumptions.push(assumed(calendar::long(default)));
                default
            }
            text => Date::parse(text).unwrap_or_else(|| {
                errors.insert(field, t!("result-error-real-date"));
                default
            }),
        }
    };
    let default_start = next_monday(calendar::add_days(today, 7));
    let job_start = date(Field::JobStart, default_start, |d| {
        t!("result-fm-assumed-start", date = d)
    });
    let first_payday = date(
        Field::FirstPayday,
        default_first_payday(job_start, frequency),
        |d| t!("result-fm-assumed-payday", date = d),
    );
    let period_words: fn(String) -> String = if Person::of(form).is_self() {
        |d| t!("result-fm-assumed-period", date = d, person = "self")
    } else {
        |d| t!("result-fm-assumed-period", date = d, person = "other")
    };
    let assessment_period_start = date(Field::AssessmentPeriodStart, today, period_words);

    let old_job_last_pay = match (
        form.get(Field::OldJobPay).trim(),
        form.get(Field::OldJobPayDate).trim(),
    ) {
        ("", "") => None,
        (amount, when) => {
            let take_home = match parse_money(amount) {
                Ok(m) => Some(m),
                Err(_) => {
                    errors.insert(Field::OldJobPay, t!("result-error-old-pay-number"));
                    None
                }
            };
            let date = match Date::parse(when) {
                Some(d) => Some(d),
                None => {
                    errors.insert(Field::OldJobPayDate, t!("result-error-old-pay-when"));
                    None
                }
            };
            take_home
                .zip(date)
                .map(|(take_home, date)| LastPay { date, take_home })
        }
    };

    if !errors.is_empty() {
        return Err(errors);
    }
    Ok((
        StartPlan {
            job_start,
            first_payday,
            pay_frequency: frequency,
            assessment_period_start,
            move_monthly_paydays_before_weekends: true,
            old_job_last_pay,
        },
        assumptions,
    ))
}

/// The Monday on or after `d`.
fn next_monday(d: Date) -> Date {
    (0..7)
        .map(|i| calendar::add_days(d, i))
        .find(|day| calendar::weekday(*day) == calendar::Weekday::Monday)
        .unwrap_or(d)
}

/// Pay one period in arrears, on a Friday for weekly-based pay; monthly pay on the 28th of
/// the month after the start.
fn default_first_payday(start: Date, frequency: PayFrequency) -> Date {
    match frequency {
        PayFrequency::Weekly => calendar::add_days(start, 11),
        PayFrequency::Fortnightly => calendar::add_days(start, 18),
        PayFrequency::FourWeekly => calendar::add_days(start, 32),
        PayFrequency::Monthly => calendar::month_day(start, 1, 28),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::test_support::single_social_renter_form;

    const TODAY: Date = Date::new(2026, 11, 24); // a Tuesday

    #[test]
    fn empty_boxes_take_defaults_from_today_and_say_so() {
        let form = single_social_renter_form();
        let (plan, said) = plan(&form, 0, TODAY).unwrap();
        assert_eq!(
            plan.job_start,
            Date::new(2026, 12, 7),
            "the Monday after next"
        );
        assert_eq!(
            plan.first_payday,
            Date::new(2027, 1, 28),
            "monthly, the 28th of the next month"
        );
        assert_eq!(plan.assessment_period_start, TODAY);
        assert_eq!(said.len(), 3);
        assert!(said[0].contains("7 December 2026"), "{said:?}");
    }

    #[test]
    fn weekly_pay_defaults_to_the_second_friday() {
        let mut form = single_social_renter_form();
        form.set(Field::OfferPayFrequency(0), "weekly");
        let (plan, _) = plan(&form, 0, TODAY).unwrap();
        assert_eq!(plan.first_payday, Date::new(2026, 12, 18));
        assert_eq!(
            calendar::weekday(plan.first_payday),
            calendar::Weekday::Friday
        );
    }

    #[test]
    fn typed_dates_are_used_and_bad_ones_are_named() {
        let mut form = single_social_renter_form();
        form.set(Field::JobStart, "2026-03-02");
        form.set(Field::FirstPayday, "2026-02-31");
        form.set(Field::OldJobPay, "lots");
        let errors = plan(&form, 0, TODAY).unwrap_err();
        assert_eq!(
            errors[&Field::FirstPayday],
            "Enter a real date, like 2026-03-02"
        );
        assert!(errors.contains_key(&Field::OldJobPay));
        assert!(errors.contains_key(&Field::OldJobPayDate));
    }

    #[test]
    fn the_timeline_has_six_periods_for_the_anchor_household() {
        let form = single_social_renter_form();
        let scenario = form.scenario().unwrap();
        let household = Household::prepare(&scenario).unwrap();
        let t = timeline(&form, &household, &scenario.offers[0], 0, TODAY).unwrap();
        assert_eq!(t.months.periods.len(), 6);
        assert!(
            t.months.periods[0].wages_gross.is_zero() || t.months.periods[0].paydays.len() <= 1
        );
    }

    #[test]
    fn a_first_payday_before_the_start_is_put_beside_the_payday_box() {
        let mut form = single_social_renter_form();
        form.set(Field::JobStart, "2026-03-02");
        form.set(Field::FirstPayday, "2026-02-27");
        let scenario = form.scenario().unwrap();
        let household = Household::prepare(&scenario).unwrap();
        let errors = timeline(&form, &household, &scenario.offers[0], 0, TODAY).unwrap_err();
        assert!(errors.contains_key(&Field::FirstPayday), "{errors:?}");
    }

    #[test]
    fn the_timeline_speaks_of_the_person_the_form_is_for() {
        let mut form = single_social_renter_form();
        form.set(Field::ForWhom, "son");
        form.set(Field::PersonName, "Sam");
        let scenario = form.scenario().unwrap();
        let household = Household::prepare(&scenario).unwrap();
        let t = timeline(&form, &household, &scenario.offers[0], 0, TODAY).unwrap();
        let m = &t.months;
        let texts: Vec<&String> = t
            .assumptions
            .iter()
            .chain(&m.assumptions)
            .chain(m.helps.iter().map(|h| &h.sentence))
            .chain(m.periods.iter().flat_map(|p| &p.notes).map(|n| &n.sentence))
            .collect();
        let says_you = |t: &str| {
            t.split(|c: char| !c.is_alphabetic())
                .any(|w| matches!(w, "you" | "You" | "your" | "Your"))
        };
        assert!(!texts.iter().any(|t| says_you(t)), "{texts:?}");
        assert!(
            texts
                .iter()
                .any(|t| t.contains("the Universal Credit journal when Sam starts")),
            "{texts:?}"
        );
        assert!(texts
            .iter()
            .any(|t| t.contains("an assessment period of the claim")));
    }
}
