//! The first months in work, worked by hand: paydays falling into Universal Credit assessment
//! periods (UC Regulations 2013 regs 21, 54, 61), nil awards, surplus earnings (reg 54A) and
//! Carer's Allowance week by week.
//!
//! The household in most tests: a single person aged 30 renting socially at £500 a month in
//! England, 2026-27. Out of work UC is £424.90 + £500 = £924.90 a month; no work allowance, so
//! UC falls by 55p for each £1 of take-home pay. The job: 16 hours at £12.71, no pension,
//! £203.36 a week, under the NI threshold (£242 a week, £1,048 a month) and the tax allowance
//! (£203.36 x 52 = £10,574.72 a year), so take-home equals gross.

use serde_json::json;
use supported_work::better_off::engine::first_months::{
    first_months, Flag, HelpKind, LastPay, StartPlan,
};
use supported_work::better_off::engine::Household;
use supported_work::better_off::scenario::{PayFrequency, Scenario};
use supported_work::calendar;
use supported_work::calendar::Date;
use supported_work::money::Money;

fn household(year: &str, carer: bool, hours: &str) -> (Household, Scenario) {
    let s: Scenario = serde_json::from_value(json!({
        "country": "england", "tax_year": year,
        "adults": [{"age": 30, "carer": carer}],
        "housing": {"tenure": "social_rent", "rent": "500"},
        "offers": [{"hours_per_week": hours, "hourly_wage": "12.71", "pension": {"kind": "none"}}]
    }))
    .expect("scenario JSON");
    (Household::prepare(&s).expect("valid scenario"), s)
}

fn plan(first_payday: Date, frequency: PayFrequency) -> StartPlan {
    StartPlan {
        // Monday 4 May 2026; the claim's assessment periods run from the 10th.
        job_start: Date::new(2026, 5, 4),
        first_payday,
        pay_frequency: frequency,
        assessment_period_start: Date::new(2026, 3, 10),
        move_monthly_paydays_before_weekends: true,
        old_job_last_pay: None,
    }
}

fn d(y: u16, m: u8, day: u8) -> Date {
    Date::new(y, m, day)
}

fn has(
    flags: &[supported_work::better_off::engine::first_months::Note],
    f: impl Fn(&Flag) -> bool,
) -> bool {
    flags.iter().any(|n| f(&n.flag))
}

#[test]
fn weekly_pay_gives_a_five_payday_period() {
    // Weekly on Fridays from 15 May 2026. Periods 10th to 9th:
    //   AP1 10 Apr-9 May: no payday. UC £924.90.
    //   AP2 10 May-9 Jun: 15, 22, 29 May, 5 Jun = 4 x £203.36 = £813.44;
    //       UC £924.90 - 55% x £813.44 (£447.392) = £477.508 -> £477.51.
    //   AP4 10 Jul-9 Aug: 10, 17, 24, 31 Jul, 7 Aug = 5 paydays, £1,016.80;
    //       UC £924.90 - £559.24 = £365.66.
    //   AP6 10 Sep-9 Oct: 11, 18, 25 Sep, 2, 9 Oct = 5 paydays again.
    // Money in AP4: £1,016.80 + £365.66 = £1,382.46 against £924.90 out of work.
    let (h, s) = household("2026-27", false, "16");
    let fm = first_months(
        &h,
        &s.offers[0],
        &plan(d(2026, 5, 15), PayFrequency::Weekly),
    )
    .unwrap();
    let p = &fm.periods;
    assert_eq!((p[0].start, p[0].end), (d(2026, 4, 10), d(2026, 5, 9)));
    assert!(p[0].paydays.is_empty());
    assert_eq!(p[0].uc.award, Money::pence(92_490));
    assert_eq!(p[1].paydays.len(), 4);
    assert_eq!(p[1].wages_net, Money::pence(81_344));
    assert_eq!(p[1].uc.award, Money::pence(47_751));
    assert_eq!(p[3].paydays.len(), 5);
    assert_eq!(p[3].wages_net, Money::pence(101_680));
    assert_eq!(p[3].uc.award, Money::pence(36_566));
    assert_eq!(p[3].money_in, Money::pence(138_246));
    assert_eq!(p[3].out_of_work, Money::pence(92_490));
    assert_eq!(p[5].paydays.len(), 5);
    let five = p[3]
        .notes
        .iter()
        .find(|n| n.flag == Flag::ExtraPaydays { count: 5 })
        .expect("five paydays flagged");
    assert_eq!(
        five.sentence,
        "Five paydays in this period, so Universal Credit is lower."
    );
    // AP1 ends Saturday 9 May: UC is due Saturday 16 May, paid Friday 15 May.
    assert_eq!(p[0].uc_payment_date, d(2026, 5, 15));
    // AP2 ends 9 June: paid Tuesday 16 June.
    assert_eq!(p[1].uc_payment_date, d(2026, 6, 16));
    // The first month, with no wages yet, has the least money in.
    assert_eq!(fm.tightest, 0);
    // Running balance: AP2 adds £1,290.95 - £924.90 = £366.05.
    assert_eq!(p[1].running_balance, Money::pence(36_605));
}

#[test]
fn four_weekly_pay_gives_two_paydays_in_one_period() {
    // Four-weekly from Friday 15 May 2026: 15 May, 12 Jun, 10 Jul, 7 Aug, 4 Sep, 2 Oct.
    // £813.44 each (4 x £203.36; NI threshold 4 x £242 = £968, none).
    //   AP4 10 Jul-9 Aug holds 10 Jul and 7 Aug: £1,626.88;
    //   UC £924.90 - 55% x £1,626.88 (£894.784) = £30.116 -> £30.12.
    //   Other periods hold one payday: UC £924.90 - £447.392 = £477.51.
    let (h, s) = household("2026-27", false, "16");
    let fm = first_months(
        &h,
        &s.offers[0],
        &plan(d(2026, 5, 15), PayFrequency::FourWeekly),
    )
    .unwrap();
    let p = &fm.periods;
    assert_eq!(p[3].paydays.len(), 2);
    assert_eq!(p[3].wages_net, Money::pence(162_688));
    assert_eq!(p[3].uc.award, Money::pence(3_012));
    assert!(has(&p[3].notes, |f| *f == Flag::ExtraPaydays { count: 2 }));
    assert_eq!(
        p[3].notes[0].sentence,
        "Two paydays in this period, so Universal Credit is lower."
    );
    for i in [1, 2, 4, 5] {
        assert_eq!(p[i].paydays.len(), 1, "period {}", i + 1);
        assert_eq!(p[i].uc.award, Money::pence(47_751));
    }
}

#[test]
fn first_period_has_no_wages_yet() {
    // Monthly pay on the 29th from 29 May 2026: AP1 (10 Apr-9 May) has no payday, so UC is
    // the full £924.90, the money is the same as out of work and the flag says why.
    let (h, s) = household("2026-27", false, "16");
    let fm = first_months(
        &h,
        &s.offers[0],
        &plan(d(2026, 5, 29), PayFrequency::Monthly),
    )
    .unwrap();
    let first = &fm.periods[0];
    assert!(first.paydays.is_empty());
    assert_eq!(first.wages_net, Money::ZERO);
    assert_eq!(first.uc.award, Money::pence(92_490));
    assert_eq!(first.difference, Money::ZERO);
    assert_eq!(first.notes[0].flag, Flag::NoWagesYet);
    assert!(!has(&first.notes, |f| *f == Flag::LowerThanBefore));
}

#[test]
fn old_jobs_last_pay_with_the_first_wage_gives_a_nil_award_then_uc_starts_again() {
    // Monthly pay: £203.36 x 52 / 12 = £881.226... -> £881.23, under NI (£1,048) and tax.
    // Paydays 29 May (Fri), 29 Jun (Mon), 29 Jul (Wed), 28 Aug (29th is a Saturday, paid the
    // Friday before), 29 Sep (Tue).
    // The old job's last pay, £900 take-home, arrives 20 May: AP2 (10 May-9 Jun) counts
    // £881.23 + £900 = £1,781.23. UC stops at £924.90 / 0.55 = £1,681.64, so the award is nil.
    // The excess, £99.59, is under the £300 de minimis: no surplus (reg 54A).
    // AP3 (10 Jun-9 Jul): £881.23 only: UC £924.90 - £484.6765 = £440.2235 -> £440.22.
    let (h, s) = household("2026-27", false, "16");
    let mut pl = plan(d(2026, 5, 29), PayFrequency::Monthly);
    pl.old_job_last_pay = Some(LastPay {
        date: d(2026, 5, 20),
        take_home: Money::pounds(900),
    });
    let fm = first_months(&h, &s.offers[0], &pl).unwrap();
    let p = &fm.periods;
    assert_eq!(p[1].paydays[0].gross, Money::pence(88_123));
    assert_eq!(p[1].wages_net, Money::pence(178_123));
    assert_eq!(p[1].uc.award, Money::ZERO);
    assert_eq!(p[1].uc.surplus_carried_forward, Money::ZERO);
    assert!(has(&p[1].notes, |f| *f == Flag::NilAward));
    assert!(has(&p[1].notes, |f| *f == Flag::OldJobLastPay));
    assert_eq!(
        p[1].notes
            .iter()
            .find(|n| n.flag == Flag::NilAward)
            .map(|n| n
                .sentence
                .starts_with("Universal Credit stops this month (nil award)")),
        Some(true)
    );
    assert_eq!(p[2].uc.award, Money::pence(44_022));
    assert!(has(&p[2].notes, |f| *f == Flag::UcStartsAgain));
    // The August payday moves off the weekend.
    assert_eq!(p[4].paydays[0].date, d(2026, 8, 28));
    assert!(fm.helps.iter().any(|x| x.kind == HelpKind::KeepClaimOpen));
}

#[test]
fn surplus_earnings_carry_into_the_next_period_in_2026_27() {
    // As above, but the old job's last pay is £1,500 (with holiday pay). AP2 counts
    // £881.23 + £1,500 = £2,381.23: over the nil point (£1,681.6364) by £699.5936, over the
    // £300 de minimis by £399.5936 -> surplus £399.59 carried to AP3.
    // AP3: £881.23 + £399.59 = £1,280.82; UC £924.90 - 55% x £1,280.82 (£704.451) =
    // £220.449 -> £220.45. No surplus is left once UC is paid again.
    let (h, s) = household("2026-27", false, "16");
    let mut pl = plan(d(2026, 5, 29), PayFrequency::Monthly);
    pl.old_job_last_pay = Some(LastPay {
        date: d(2026, 5, 20),
        take_home: Money::pounds(1_500),
    });
    let fm = first_months(&h, &s.offers[0], &pl).unwrap();
    let p = &fm.periods;
    assert_eq!(p[1].uc.award, Money::ZERO);
    assert_eq!(p[1].uc.surplus_carried_forward, Money::pence(39_959));
    assert!(has(&p[1].notes, |f| matches!(
        f,
        Flag::SurplusEarnings { amount } if *amount == Money::pence(39_959)
    )));
    assert_eq!(p[2].uc.surplus_brought_forward, Money::pence(39_959));
    assert_eq!(p[2].uc.earned_income, Money::pence(128_082));
    assert_eq!(p[2].uc.award, Money::pence(22_045));
    assert_eq!(p[2].uc.surplus_carried_forward, Money::ZERO);
}

#[test]
fn the_2025_26_de_minimis_of_2500_stops_that_surplus() {
    // 2025-26: UC £400.14 + £500 = £900.14, nil at £1,636.62. 16 hours at £12.21 monthly:
    // £846.56. With £1,500 last pay AP2 counts £2,346.56: £709.94 over the nil point, well
    // under the £2,500 de minimis, so nothing carries and AP3 is the usual
    // £900.14 - 55% x £846.56 (£465.608) = £434.532 -> £434.53.
    let s: Scenario = serde_json::from_value(json!({
        "country": "england", "tax_year": "2025-26",
        "adults": [{"age": 30}],
        "housing": {"tenure": "social_rent", "rent": "500"},
        "offers": [{"hours_per_week": "16", "hourly_wage": "12.21", "pension": {"kind": "none"}}]
    }))
    .unwrap();
    let h = Household::prepare(&s).unwrap();
    let mut pl = plan(d(2025, 5, 29), PayFrequency::Monthly);
    pl.job_start = d(2025, 5, 5);
    pl.old_job_last_pay = Some(LastPay {
        date: d(2025, 5, 20),
        take_home: Money::pounds(1_500),
    });
    let fm = first_months(&h, &s.offers[0], &pl).unwrap();
    let p = &fm.periods;
    assert_eq!(p[1].uc.award, Money::ZERO);
    assert_eq!(p[1].uc.surplus_carried_forward, Money::ZERO);
    assert_eq!(p[2].uc.award, Money::pence(43_453));
}

#[test]
fn carers_allowance_stops_in_the_weeks_after_the_first_payday() {
    // A carer takes 20 hours at £12.71: £254.20 a week, over the £204 limit (2026-27).
    // Weekly pay from Friday 15 May counts from that day for a week, so the benefit week
    // Monday 11-Sunday 17 May is still clear (its Monday is before the payday) and the weeks
    // from Monday 18 May are over the limit. AP2 (10 May-9 Jun) holds the weeks ending
    // 10, 17, 24, 31 May and 7 June: two paid (£86.45 each, £172.90), three stopped.
    let (h, s) = household("2026-27", true, "20");
    let fm = first_months(
        &h,
        &s.offers[0],
        &plan(d(2026, 5, 15), PayFrequency::Weekly),
    )
    .unwrap();
    let ap2 = &fm.periods[1];
    assert_eq!(ap2.carers_allowance_weeks.len(), 5);
    assert_eq!(ap2.carers_allowance, Money::pence(17_290));
    let stopped = ap2
        .notes
        .iter()
        .find(|n| matches!(n.flag, Flag::CarersAllowanceStops { .. }))
        .expect("flagged");
    assert_eq!(
        stopped.flag,
        Flag::CarersAllowanceStops {
            weeks_starting: vec![d(2026, 5, 18), d(2026, 5, 25), d(2026, 6, 1)]
        }
    );
    assert_eq!(
        stopped.sentence,
        "Carer's Allowance stops in the weeks starting 18 May, 25 May, 1 June: earnings are over the limit."
    );
    // AP1 (10 Apr-9 May): four full weeks, out of work and in work alike.
    assert_eq!(fm.periods[0].carers_allowance, Money::pence(4 * 8_645));
}

#[test]
fn invariants_hold_for_many_plans() {
    let (h, s) = household("2026-27", false, "30");
    let frequencies = [
        PayFrequency::Weekly,
        PayFrequency::Fortnightly,
        PayFrequency::FourWeekly,
        PayFrequency::Monthly,
    ];
    for f in frequencies {
        for anchor in [1u8, 10, 28, 29, 30, 31] {
            for offset in [0i64, 3, 11, 26, 40] {
                let start = d(2026, 1, 30);
                let mut pl = plan(calendar::add_days(start, offset), f);
                pl.job_start = start;
                pl.assessment_period_start = d(2026, 1, anchor);
                let fm = first_months(&h, &s.offers[0], &pl).unwrap();
                assert_eq!(fm.periods.len(), 6);
                assert!(fm.periods[0].start <= start && start <= fm.periods[0].end);
                assert!(fm.tightest < 6);
                for (i, a) in fm.periods.iter().enumerate() {
                    if i > 0 {
                        assert_eq!(calendar::add_days(fm.periods[i - 1].end, 1), a.start);
                    }
                    for pay in &a.paydays {
                        assert!(a.start <= pay.date && pay.date <= a.end);
                    }
                    assert!(!a.uc.award.to_decimal().is_sign_negative() || a.uc.award.is_zero());
                    let due = calendar::add_days(a.end, 7);
                    assert!(a.uc_payment_date <= due);
                    assert!(calendar::days_between(a.uc_payment_date, due) <= 4);
                    assert!(calendar::is_working_day(a.uc_payment_date));
                    if calendar::is_working_day(due) {
                        assert_eq!(a.uc_payment_date, due);
                    }
                }
            }
        }
    }
}

#[test]
fn odd_input_is_a_validation_error_not_a_panic() {
    let (h, s) = household("2026-27", false, "16");
    let mut pl = plan(d(2026, 5, 1), PayFrequency::Weekly);
    let errors = first_months(&h, &s.offers[0], &pl).unwrap_err();
    assert_eq!(
        errors[0].message,
        "The first payday cannot be before the job starts."
    );
    pl.first_payday = d(2026, 2, 30);
    let errors = first_months(&h, &s.offers[0], &pl).unwrap_err();
    assert_eq!(errors[0].path, "first_months.first_payday");
    pl.first_payday = d(2026, 5, 15);
    pl.assessment_period_start = d(2026, 13, 1);
    assert!(first_months(&h, &s.offers[0], &pl).is_err());
}

#[test]
fn right_to_try_only_for_the_health_element_in_2026_27() {
    let (h, s) = household("2026-27", false, "16");
    let fm = first_months(
        &h,
        &s.offers[0],
        &plan(d(2026, 5, 15), PayFrequency::Weekly),
    )
    .unwrap();
    assert!(!fm.helps.iter().any(|x| x.kind == HelpKind::RightToTry));
    assert!(fm
        .helps
        .iter()
        .any(|x| x.kind == HelpKind::BudgetingAdvance));
    let s: Scenario = serde_json::from_value(json!({
        "country": "england", "tax_year": "2026-27",
        "adults": [{"age": 40, "lcwra": true}],
        "housing": {"tenure": "social_rent", "rent": "500"},
        "offers": [{"hours_per_week": "10", "hourly_wage": "12.71", "pension": {"kind": "none"}}]
    }))
    .unwrap();
    let h = Household::prepare(&s).unwrap();
    let fm = first_months(
        &h,
        &s.offers[0],
        &plan(d(2026, 5, 15), PayFrequency::Weekly),
    )
    .unwrap();
    assert!(fm.helps.iter().any(|x| x.kind == HelpKind::RightToTry));
}
