//! Builds the six assessment periods: paydays and payroll deductions, UC with surplus earnings,
//! Carer's Allowance week by week, the comparison with staying out of work, flags and help.

use super::{
    AssessmentPeriod, CarerWeek, FirstMonths, Flag, Help, HelpKind, Note, Payday, StartPlan,
    UcPeriod, PERIODS,
};
use crate::better_off::engine::{hourly_wage, Figures, Household, Whom};
use crate::better_off::params::{Country, TaxYear};
use crate::better_off::rules::uc::{benefit_cap, taper};
use crate::better_off::rules::{carers_allowance, income_tax, national_insurance, pension};
use crate::better_off::scenario::{JobOffer, PayFrequency};
use crate::calendar::{self, add_days, month_day, working_day_on_or_before, Date};
use crate::money::{Money, Period};
use rust_decimal::Decimal;

/// How this timeline is simplified (shown under "how we worked this out"), worded for
/// `whom`.
fn assumptions(whom: &Whom) -> Vec<String> {
    vec![
        whom.tr("result-fm-assume-tax", &[]),
        t!("result-fm-assume-ni"),
        t!("result-fm-assume-rates"),
        whom.tr("result-fm-assume-uc", &[]),
        t!("result-fm-assume-carer-weeks"),
        whom.tr("result-fm-assume-restart", &[]),
        t!("result-fm-assume-bank-holidays"),
    ]
}

/// A pay period's length in days (monthly pay uses the month itself).
fn period_days(f: PayFrequency) -> i64 {
    match f {
        PayFrequency::Weekly => 7,
        PayFrequency::Fortnightly => 14,
        PayFrequency::FourWeekly => 28,
        PayFrequency::Monthly => 0,
    }
}

/// The usual number of paydays in a month for this frequency.
fn usual_paydays(f: PayFrequency) -> usize {
    match f {
        PayFrequency::Weekly => 4,
        PayFrequency::Fortnightly => 2,
        PayFrequency::FourWeekly | PayFrequency::Monthly => 1,
    }
}

/// The start of the assessment period that contains `day`, for periods starting on day
/// `anchor` of each month, or on the month's last day when it is shorter (UC Regs 2013
/// reg 21(2)-(3)).
pub fn period_containing(day: Date, anchor: u8) -> Date {
    let this_month = month_day(day, 0, anchor);
    if this_month <= day {
        this_month
    } else {
        month_day(day, -1, anchor)
    }
}

/// The paydays from the first one up to and including `until`.
pub fn paydays(plan: &StartPlan, until: Date) -> Vec<Date> {
    let mut out = Vec::new();
    let step = period_days(plan.pay_frequency);
    for k in 0..400 {
        let day = if step == 0 {
            let nominal = month_day(plan.first_payday, k, plan.first_payday.day);
            if plan.move_monthly_paydays_before_weekends {
                working_day_on_or_before(nominal)
            } else {
                nominal
            }
        } else {
            add_days(plan.first_payday, step * k as i64)
        };
        if day > until {
            break;
        }
        out.push(day);
    }
    out
}

/// One payday's pay and deductions, as payroll works them for one pay period.
fn payday(h: &Household, offer: &JobOffer, date: Date) -> Payday {
    let p = h.params;
    let period = offer_period(offer);
    let adult = offer.adult.min(h.adult_count.saturating_sub(1));
    let earners = h.offer_earners(offer, offer.hours_per_week, hourly_wage(offer));
    let gross = earners[adult]
        .gross_annual
        .per(Period::Year, period)
        .round_penny();
    // Week 1/Month 1: the period's pay as if a whole year of it, taxed, then shared back.
    let annualised = gross.per(period, Period::Year);
    let scottish = h.country == Country::Scotland;
    let allowance = income_tax::personal_allowance(p, annualised, false);
    let income_tax = income_tax::tax_due(p, annualised, allowance, scottish, Money::ZERO)
        .per(Period::Year, period)
        .floor_penny();
    let over_pension_age = h.adults[adult].over_pension_age;
    // No employee NI over State Pension age (SSCBA 1992 s.6(3)).
    let national_insurance = if over_pension_age {
        Money::ZERO
    } else {
        national_insurance::per_period(p, gross, period).round_penny()
    };
    let age = h.adults[adult].age;
    let pension =
        pension::paid_by_worker_annual(p, offer.pension, age, over_pension_age, annualised)
            .per(Period::Year, period)
            .round_penny();
    Payday {
        date,
        gross,
        income_tax,
        national_insurance,
        pension,
        net: gross - income_tax - national_insurance - pension,
    }
}

fn offer_period(offer: &JobOffer) -> Period {
    offer.pay_frequency.period()
}

/// The plan's pay frequency governs the paydays; the offer's own is replaced by it.
fn with_frequency(offer: &JobOffer, plan: &StartPlan) -> JobOffer {
    JobOffer {
        pay_frequency: plan.pay_frequency,
        ..offer.clone()
    }
}

/// Earnings for the Carer's Allowance test from one payday, a week: pay less tax, NI and half
/// the pension contribution (Computation of Earnings Regs 1996 Sch 3 para 1 and reg 6), spread
/// over the weeks of its pay period (a month is 52/12 weeks).
fn carer_weekly_earnings(pay: &Payday, frequency: PayFrequency) -> Money {
    let net =
        pay.gross - pay.income_tax - pay.national_insurance - pay.pension * Decimal::new(5, 1);
    net.per(frequency.period(), Period::Week)
}

/// The steady figures the months are built on.
struct Steady {
    inw: Figures,
    out: Figures,
}

/// Take-home pay of the adults who are not taking the job, a month.
fn partner_take_home(f: &Figures, adult: usize) -> Money {
    f.people()
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != adult)
        .map(|(_, x)| x.gross - x.income_tax - x.national_insurance - x.pension)
        .sum()
}

/// Partner earnings UC counts, a month.
fn partner_uc_earnings(f: &Figures, adult: usize) -> Money {
    f.people()
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != adult)
        .map(|(_, x)| x.uc_earned_income)
        .sum()
}

/// The Carer's Allowance weeks (Monday to Sunday) that end in the period.
fn carer_weeks(start: Date, end: Date) -> Vec<(Date, Date)> {
    // The first Sunday on or after the start.
    let mut sunday = start;
    while calendar::weekday(sunday) != calendar::Weekday::Sunday {
        sunday = add_days(sunday, 1);
    }
    let mut weeks = Vec::new();
    while sunday <= end {
        weeks.push((add_days(sunday, -6), sunday));
        sunday = add_days(sunday, 7);
    }
    weeks
}

/// What every assessment period of the timeline shares: the household, the plan, the steady
/// figures in and out of work, the paydays and the amounts that do not change by period.
struct Timeline<'a> {
    h: &'a Household,
    plan: &'a StartPlan,
    /// Whom the notes speak of.
    whom: &'a Whom,
    steady: Steady,
    pays: Vec<Payday>,
    /// The adult who takes the job.
    adult: usize,
    carer: bool,
    ca_rate_out: Money,
    ca_rate_full: Money,
    /// Income in work that the periods do not change: Child Benefit, PIP, DLA, the Scottish
    /// carer supplement, and the benefits that carry on or stop with the job as in the steady
    /// figures (New Style ESA and JSA, State Pension, Housing Benefit, Pension Credit, the
    /// winter payment).
    other_in: Money,
    /// Unearned income UC takes in full, other than Carer's Allowance: New Style ESA and JSA
    /// and a partner's State Pension, as in work.
    other_unearned: Money,
    partner_net: Money,
    partner_uc: Money,
    out_base: Money,
    nil_award_out: bool,
}

pub fn build(h: &Household, offer: &JobOffer, plan: &StartPlan, whom: &Whom) -> FirstMonths {
    let offer = with_frequency(offer, plan);
    let anchor = plan.assessment_period_start.day;
    let bounds = period_bounds(plan.job_start, anchor);
    let t = Timeline::new(h, &offer, plan, whom, bounds[PERIODS - 1].1);

    let mut periods = Vec::with_capacity(PERIODS);
    let mut surplus = Money::ZERO;
    let mut running = Money::ZERO;
    let mut previous_award: Option<Money> = None;
    for (n, (start, end)) in bounds.iter().copied().enumerate() {
        let period = t.period(n, start, end, &mut surplus, &mut running, previous_award);
        previous_award = Some(period.uc.award);
        periods.push(period);
    }

    let tightest = periods
        .iter()
        .enumerate()
        .min_by(|a, b| a.1.money_in.cmp(&b.1.money_in).then(a.0.cmp(&b.0)))
        .map_or(0, |(i, _)| i);
    let helps = helps(h, &offer, &t.steady, &periods, whom);
    FirstMonths {
        periods,
        tightest,
        helps,
        assumptions: assumptions(whom),
    }
}

/// The six assessment periods' first and last days, from the one the job starts in.
fn period_bounds(job_start: Date, anchor: u8) -> Vec<(Date, Date)> {
    let mut bounds = Vec::with_capacity(PERIODS);
    let mut start = period_containing(job_start, anchor);
    for _ in 0..PERIODS {
        let next = month_day(start, 1, anchor);
        bounds.push((start, add_days(next, -1)));
        start = next;
    }
    bounds
}

impl<'a> Timeline<'a> {
    fn new(
        h: &'a Household,
        offer: &JobOffer,
        plan: &'a StartPlan,
        whom: &'a Whom,
        last_day: Date,
    ) -> Self {
        let p = h.params;
        let adult = offer.adult.min(h.adult_count.saturating_sub(1));
        let steady = Steady {
            inw: h.in_work(offer),
            out: h.out_of_work(),
        };
        let pays = paydays(plan, last_day)
            .into_iter()
            .map(|d| payday(h, offer, d))
            .collect();
        let inw = &steady.inw;
        let other_in = inw.child_benefit + inw.pip + inw.dla - inw.child_benefit_charge
            + inw.carer_supplement
            + inw.esa
            + inw.jsa
            + inw.state_pension
            + inw.housing_benefit.award
            + inw.pension_credit.award
            + inw.winter_fuel
            - inw.winter_fuel_charge;
        let other_unearned = inw
            .people()
            .iter()
            .map(|x| x.esa + x.jsa + x.state_pension)
            .sum();
        Timeline {
            h,
            plan,
            whom,
            adult,
            carer: h.adults[adult].carer,
            ca_rate_out: steady.out.people[adult]
                .carers_allowance
                .monthly_to_weekly(),
            ca_rate_full: carers_allowance::weekly(p, h.country, Money::ZERO),
            other_in,
            other_unearned,
            partner_net: partner_take_home(inw, adult),
            partner_uc: partner_uc_earnings(inw, adult),
            out_base: steady.out.net_income - steady.out.people[adult].carers_allowance,
            nil_award_out: steady.out.uc.award.is_zero(),
            pays,
            steady,
        }
    }

    /// Earnings in the week starting `wk_start`: the pay whose pay period covers the week's
    /// Monday, and an old job's last pay if it falls in the week.
    fn week_earnings(&self, wk_start: Date, wk_end: Date) -> Money {
        let span = period_days(self.plan.pay_frequency);
        let mut earnings = Money::ZERO;
        for (i, pay) in self.pays.iter().enumerate() {
            let covers_until = if span == 0 {
                self.pays
                    .get(i + 1)
                    .map_or(month_day(pay.date, 1, pay.date.day), |n| n.date)
            } else {
                add_days(pay.date, span)
            };
            if pay.date <= wk_start && wk_start < covers_until {
                earnings += carer_weekly_earnings(pay, self.plan.pay_frequency);
            }
        }
        if let Some(last) = self.plan.old_job_last_pay {
            if wk_start <= last.date && last.date <= wk_end {
                earnings += last.take_home;
            }
        }
        earnings
    }

    /// Carer's Allowance week by week in a period (Invalid Care Allowance Regs 1976 reg 8),
    /// and what it would have been out of work.
    fn carer_weeks(&self, start: Date, end: Date) -> (Vec<CarerWeek>, Money) {
        let p = self.h.params;
        let mut weeks = Vec::new();
        let mut ca_out = Money::ZERO;
        if self.carer && self.ca_rate_full.is_positive() {
            for (ws, we) in carer_weeks(start, end) {
                let earnings = self.week_earnings(ws, we);
                let allowance = carers_allowance::weekly(p, self.h.country, earnings);
                weeks.push(CarerWeek {
                    start: ws,
                    end: we,
                    earnings,
                    allowance,
                });
                ca_out += self.ca_rate_out;
            }
        }
        // Two carers of one person: the steady in-work figures say whether this adult's
        // allowance is the one paid; if not, it is nil here too.
        let adult = self.adult;
        if self.steady.inw.people[adult].carers_allowance.is_zero()
            && self.steady.out.people[adult].carers_allowance.is_zero()
        {
            for w in &mut weeks {
                w.allowance = Money::ZERO;
            }
        }
        (weeks, ca_out)
    }

    /// One assessment period: pay, Carer's Allowance, UC with surplus earnings carried on,
    /// and the money against staying out of work.
    fn period(
        &self,
        n: usize,
        start: Date,
        end: Date,
        surplus: &mut Money,
        running: &mut Money,
        previous_award: Option<Money>,
    ) -> AssessmentPeriod {
        let (h, plan, steady) = (self.h, self.plan, &self.steady);
        let p = h.params;
        let paid: Vec<Payday> = self
            .pays
            .iter()
            .copied()
            .filter(|x| start <= x.date && x.date <= end)
            .collect();
        let old_job_pay = plan
            .old_job_last_pay
            .filter(|l| start <= l.date && l.date <= end)
            .map_or(Money::ZERO, |l| l.take_home);
        let wages_gross = paid.iter().map(|x| x.gross).sum::<Money>() + old_job_pay;
        let wages_net = paid.iter().map(|x| x.net).sum::<Money>() + old_job_pay;

        let (weeks, ca_out) = self.carer_weeks(start, end);
        let carers_allowance: Money = weeks.iter().map(|w| w.allowance).sum();
        let other_carers: Money = steady
            .inw
            .people()
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != self.adult)
            .map(|(_, x)| x.carers_allowance)
            .sum();

        // UC for the period. Carer's Allowance is unearned income at its monthly equivalent
        // (reg 73: weekly x 52/12), scaled to the weeks it is paid in the period.
        let ca_for_uc = if weeks.is_empty() {
            Money::ZERO
        } else {
            let share = Decimal::from(weeks.iter().filter(|w| w.allowance.is_positive()).count())
                / Decimal::from(weeks.len());
            self.ca_rate_full.weekly_to_monthly() * share
        };
        let u = &steady.inw.uc;
        let unearned = ca_for_uc + other_carers + self.other_unearned + u.capital_tariff;
        let earned = paid.iter().map(|x| x.net).sum::<Money>() + old_job_pay + self.partner_uc;
        let counted = earned + *surplus;
        let uc = uc_period(
            h,
            &steady.inw,
            counted,
            *surplus,
            unearned,
            carers_allowance.is_positive() || other_carers.is_positive(),
        );
        let uc = UcPeriod {
            surplus_carried_forward: surplus_after(p.uc.surplus_earnings_de_minimis, &uc, *surplus),
            ..uc
        };
        *surplus = uc.surplus_carried_forward;

        let scp = if uc.award.is_positive() {
            steady.inw.scottish_child_payment
        } else {
            Money::ZERO
        };
        let other_income = self.other_in + scp + self.partner_net + other_carers;
        let money_in = wages_net + uc.award + carers_allowance + other_income;
        let out_of_work = self.out_base + ca_out;
        let difference = money_in - out_of_work;
        *running += difference;

        let mut period = AssessmentPeriod {
            number: n as u32 + 1,
            start,
            end,
            paydays: paid,
            old_job_pay,
            wages_gross,
            wages_net,
            uc,
            uc_payment_date: working_day_on_or_before(add_days(end, 7)),
            carers_allowance_weeks: weeks,
            carers_allowance,
            other_income,
            money_in,
            out_of_work,
            difference,
            running_balance: *running,
            notes: Vec::new(),
        };
        period.notes = notes(
            &period,
            plan.pay_frequency,
            previous_award,
            self.nil_award_out,
            steady.inw.uc.award,
            self.whom,
        );
        period
    }
}

/// UC for one assessment period on these earnings (regs 22, 66, 80A-82), reusing the taper
/// and benefit cap rules on the household's steady in-work maximum amount.
fn uc_period(
    h: &Household,
    inw: &Figures,
    earned: Money,
    surplus_brought_forward: Money,
    unearned: Money,
    receives_carers_allowance: bool,
) -> UcPeriod {
    let p = h.params;
    let u = &inw.uc;
    let taper = taper::deduction(p, earned, u.work_allowance);
    let before_cap = if u.over_capital_limit {
        Money::ZERO
    } else {
        (u.maximum - taper - unearned).at_least_zero()
    };
    // The earnings exception is tested on this period's earnings (reg 82(1)(a)).
    let exempt = h.cap_exempt_always
        || earned >= benefit_cap::earnings_exception_monthly(p)
        || receives_carers_allowance;
    let cap_reduction = if exempt {
        Money::ZERO
    } else {
        benefit_cap::reduction(u.cap, before_cap, inw.child_benefit, u.childcare)
    };
    UcPeriod {
        maximum: u.maximum,
        work_allowance: u.work_allowance,
        earned_income: earned,
        surplus_brought_forward,
        taper,
        unearned_income: unearned,
        benefit_cap_reduction: cap_reduction,
        award: (before_cap - cap_reduction).round_penny(),
        surplus_carried_forward: Money::ZERO,
        nil_earnings_threshold: nil_threshold(p, u.maximum, unearned, u.work_allowance),
    }
}

/// The earnings at which the award reaches nil: the work allowance plus what is left of the
/// maximum after unearned income, divided by the taper rate (reg 54A(6)).
fn nil_threshold(
    p: &crate::better_off::params::Params,
    maximum: Money,
    unearned: Money,
    work_allowance: Money,
) -> Money {
    if p.uc.taper_rate.is_zero() {
        return Money::ZERO;
    }
    work_allowance + (maximum - unearned).at_least_zero() / p.uc.taper_rate
}

/// Surplus earnings to carry into the next period (UC Regs 2013 reg 54A, as amended by SI
/// 2018/65). A nil award with earnings above the nil threshold by more than the de minimis
/// leaves a surplus of the excess over threshold plus de minimis. A surplus brought in is
/// already counted in the earnings; while the award stays nil, what carries on is the
/// "adjusted surplus": the earnings (with the surplus) less the nil threshold. A surplus is
/// only used if UC is claimed again within 6 months of the award ending (reg 54A(1)), which
/// every period here is.
fn surplus_after(de_minimis: Decimal, uc: &UcPeriod, brought: Money) -> Money {
    if uc.award.is_positive() {
        return Money::ZERO;
    }
    let over = uc.earned_income - uc.nil_earnings_threshold;
    let surplus = if brought.is_positive() {
        over
    } else {
        over - Money::new(de_minimis)
    };
    surplus.at_least_zero().round_penny()
}

/// The reasons shown for a period, in plain words.
fn notes(
    a: &AssessmentPeriod,
    frequency: PayFrequency,
    previous_award: Option<Money>,
    no_uc_out_of_work: bool,
    steady_award: Money,
    whom: &Whom,
) -> Vec<Note> {
    let mut notes = Vec::new();
    let mut add = |flag: Flag, sentence: String| notes.push(Note { flag, sentence });
    if a.paydays.is_empty() && a.old_job_pay.is_zero() {
        add(Flag::NoWagesYet, t!("result-fm-no-wages"));
    } else if a.paydays.is_empty() {
        add(Flag::NoWagesYet, t!("result-fm-no-wages-new-job"));
    }
    if a.paydays.len() > usual_paydays(frequency) {
        let count = a.paydays.len();
        let sentence = if a.uc.award < steady_award {
            t!("result-fm-extra-paydays-lower", count = count)
        } else {
            t!("result-fm-extra-paydays", count = count)
        };
        add(Flag::ExtraPaydays { count }, sentence);
    }
    if a.old_job_pay.is_positive() {
        add(Flag::OldJobLastPay, t!("result-fm-old-job-pay"));
    }
    let was_paid = previous_award.map_or(!no_uc_out_of_work, |x| x.is_positive());
    if a.uc.award.is_zero() && was_paid {
        add(Flag::NilAward, t!("result-fm-nil-award"));
    }
    if a.uc.award.is_positive() && previous_award.is_some_and(|x| x.is_zero()) {
        add(Flag::UcStartsAgain, t!("result-fm-uc-starts-again"));
    }
    if a.uc.surplus_carried_forward.is_positive() {
        add(
            Flag::SurplusEarnings {
                amount: a.uc.surplus_carried_forward,
            },
            t!(
                "result-fm-surplus",
                amount = crate::better_off::engine::money(a.uc.surplus_carried_forward)
            ),
        );
    }
    if a.uc.benefit_cap_reduction.is_positive() {
        add(Flag::BenefitCap, t!("result-fm-benefit-cap"));
    }
    let stopped: Vec<Date> = a
        .carers_allowance_weeks
        .iter()
        .filter(|w| w.allowance.is_zero())
        .map(|w| w.start)
        .collect();
    if !stopped.is_empty() {
        let list: Vec<String> = stopped.iter().map(|d| calendar::short(*d)).collect();
        add(
            Flag::CarersAllowanceStops {
                weeks_starting: stopped,
            },
            t!("result-fm-carer-stops", weeks = list.join(", ")),
        );
    }
    if a.difference.to_decimal() < Decimal::ZERO {
        add(Flag::LowerThanBefore, whom.tr("result-fm-lower", &[]));
    }
    notes
}

/// What helps, from official guidance.
fn helps(
    h: &Household,
    offer: &JobOffer,
    steady: &Steady,
    periods: &[AssessmentPeriod],
    whom: &Whom,
) -> Vec<Help> {
    let mut out = Vec::new();
    let on_uc = steady.out.uc.award.is_positive();
    let mut add = |kind: HelpKind, sentence: String| out.push(Help { kind, sentence });
    // Everyone on UC must report a change; pay itself arrives from the employer's RTI report.
    add(
        HelpKind::ReportStartingWork,
        whom.tr("result-fm-help-report", &[]),
    );
    if on_uc {
        // understandinguniversalcredit.gov.uk, "Help with emergency costs": a Budgeting
        // Advance helps with starting a new job or staying in work (the 6-month rule does not
        // apply then); it is repaid from later UC payments.
        add(
            HelpKind::BudgetingAdvance,
            whom.tr("result-fm-help-budgeting-advance", &[]),
        );
        // Jobcentre Plus discretionary fund for barriers to work, asked for via the work coach.
        add(
            HelpKind::FlexibleSupportFund,
            if offer.travel_monthly.is_positive() {
                whom.tr("result-fm-help-fsf-travel", &[])
            } else {
                whom.tr("result-fm-help-fsf", &[])
            },
        );
    }
    if periods.iter().any(|a| a.uc.award.is_zero()) && on_uc {
        // UC Regs 2013 reg 21(3C): a new claim within 6 months keeps the same assessment
        // period dates; DWP's surplus earnings guidance: UC restarts without a new claim if
        // earnings fall within 5 months, after that you apply again.
        add(
            HelpKind::KeepClaimOpen,
            whom.tr("result-fm-help-keep-claim", &[]),
        );
    }
    // Right to Try: the Universal Credit, PIP and ESA (Amendment) Regulations 2026 put into
    // law that starting work does not on its own lead to a reassessment of the health
    // condition (SSAC letter to the Minister, 12 February 2026, gov.uk: they "enshrine within
    // legislation the existing rules – currently delivered through guidance"; intent: "try
    // work without the fear of ... the reassessment of their health condition").
    if h.year >= TaxYear::Y2026_27 && h.adults().iter().any(|a| a.lcwra) {
        add(
            HelpKind::RightToTry,
            whom.tr("result-fm-help-right-to-try", &[]),
        );
    }
    out
}
