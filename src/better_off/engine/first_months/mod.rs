//! The first months in work: the household's money in each of the first six Universal Credit
//! assessment periods after a job starts, payday by payday, against staying out of work.
//!
//! UC is worked out over monthly assessment periods (UC Regulations 2013 reg 21) and counts
//! wages in the period they are received (regs 54 and 61, from the employer's RTI report), so
//! the first months swing: no wages yet, then five weekly or two four-weekly paydays in one
//! period, an old job's last pay on top of the first new one, a nil award and a restart. This
//! module lays that out with the reasons in plain words and what helps, for the screens.
//!
//! A nil award: DWP closes the award when earnings leave nothing to pay; its surplus earnings
//! guidance says UC restarts without a new claim if earnings fall within 5 months, and a
//! claim made within 6 months keeps the same assessment period dates (reg 21(3C)) and takes
//! any surplus earnings into account (reg 54A). We show UC restarting in the first period
//! whose earnings allow it. UC is paid 7 days after the period ends, or the working day
//! before if that is a weekend or bank holiday.

use crate::better_off::engine::{Household, Whom};
use crate::better_off::scenario::{JobOffer, PayFrequency, ValidationError};
use crate::calendar::{self, Date};
use crate::money::Money;

/// When the job starts and how it pays: what the coach asks on the "first months" screen.
#[derive(Debug, Clone, PartialEq)]
pub struct StartPlan {
    /// First day of work.
    pub job_start: Date,
    /// First payday of the new job (on or after `job_start`).
    pub first_payday: Date,
    pub pay_frequency: PayFrequency,
    /// Any assessment period start of the claim (its day of the month is what matters:
    /// periods run monthly from it, e.g. 10 March to 9 April).
    pub assessment_period_start: Date,
    /// Monthly paydays that fall on a weekend or bank holiday are paid the working day before,
    /// as most payrolls do. Ignored for weekly, fortnightly and four-weekly pay.
    pub move_monthly_paydays_before_weekends: bool,
    /// The old job's last payment, if one is still to come.
    pub old_job_last_pay: Option<LastPay>,
}

/// The last payment from a job the person has left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LastPay {
    pub date: Date,
    /// Take-home pay on the payslip (after tax, NI and pension): what UC counts as earnings
    /// (reg 55(5)).
    pub take_home: Money,
}

/// Everything the timeline shows.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstMonths {
    /// Six assessment periods, the first being the one the job starts in.
    pub periods: Vec<AssessmentPeriod>,
    /// Index into `periods` of the month with the least money in (the first if tied).
    pub tightest: usize,
    /// What helps, for the whole timeline.
    pub helps: Vec<Help>,
    /// How this timeline is simplified, for a "how we worked this out" note.
    pub assumptions: Vec<String>,
}

/// One assessment period.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentPeriod {
    /// 1 to 6.
    pub number: u32,
    pub start: Date,
    pub end: Date,
    /// The new job's paydays in this period.
    pub paydays: Vec<Payday>,
    /// The old job's last take-home pay, if it lands in this period.
    pub old_job_pay: Money,
    /// Gross and take-home wages received in the period (new job and old job's last pay).
    pub wages_gross: Money,
    pub wages_net: Money,
    /// The UC award for the period, step by step.
    pub uc: UcPeriod,
    /// When this period's UC is paid: 7 days after it ends, or the working day before.
    pub uc_payment_date: Date,
    /// Carer's Allowance (Carer Support Payment in Scotland) by benefit week.
    pub carers_allowance_weeks: Vec<CarerWeek>,
    pub carers_allowance: Money,
    /// Child Benefit (less any charge), PIP/ADP, DLA, Scottish Child Payment (while UC is
    /// paid), the Scottish carer supplement, and a partner's take-home pay and allowance.
    pub other_income: Money,
    /// Wages net + UC + Carer's Allowance + other income.
    pub money_in: Money,
    /// The same period if nobody took the job.
    pub out_of_work: Money,
    /// `money_in - out_of_work`.
    pub difference: Money,
    /// The difference added up from the first period to this one.
    pub running_balance: Money,
    pub notes: Vec<Note>,
}

/// One payday of the new job.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Payday {
    pub date: Date,
    pub gross: Money,
    pub income_tax: Money,
    pub national_insurance: Money,
    pub pension: Money,
    /// Take-home: gross less tax, NI and pension.
    pub net: Money,
}

/// The UC award for one assessment period.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct UcPeriod {
    pub maximum: Money,
    pub work_allowance: Money,
    /// Earnings counted: take-home pay received in the period, a partner's, and any surplus
    /// earnings brought forward.
    pub earned_income: Money,
    pub surplus_brought_forward: Money,
    pub taper: Money,
    /// Carer's Allowance counted as unearned income, and tariff income from savings.
    pub unearned_income: Money,
    pub benefit_cap_reduction: Money,
    pub award: Money,
    /// Earnings above the nil-award point by more than the de minimis, carried to a new claim
    /// made within 6 months (reg 54A).
    pub surplus_carried_forward: Money,
    /// Earnings at which the award reaches nil this period (reg 54A(6)).
    pub nil_earnings_threshold: Money,
}

/// One Carer's Allowance benefit week.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CarerWeek {
    pub start: Date,
    pub end: Date,
    /// Net earnings assigned to the week (pay less tax, NI and half the pension).
    pub earnings: Money,
    /// The allowance for the week (nil if the earnings are over the limit).
    pub allowance: Money,
}

/// Why a period looks the way it does.
#[derive(Debug, Clone, PartialEq)]
pub enum Flag {
    NoWagesYet,
    /// More paydays than usual (five weekly, three fortnightly, two four-weekly or monthly).
    ExtraPaydays {
        count: usize,
    },
    OldJobLastPay,
    NilAward,
    UcStartsAgain,
    SurplusEarnings {
        amount: Money,
    },
    BenefitCap,
    CarersAllowanceStops {
        weeks_starting: Vec<Date>,
    },
    LowerThanBefore,
}

/// A flag and the sentence the screens show for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub flag: Flag,
    pub sentence: String,
}

/// Something that helps through the first months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpKind {
    BudgetingAdvance,
    ReportStartingWork,
    KeepClaimOpen,
    FlexibleSupportFund,
    RightToTry,
}

/// A help item and its sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Help {
    pub kind: HelpKind,
    pub sentence: String,
}

/// How many assessment periods the timeline shows.
pub const PERIODS: usize = 6;

/// The first six assessment periods of `offer` started as `plan` says.
///
/// Wages are counted in the period they are paid (UC Regs 2013 regs 54 and 61); everything
/// that does not move with pay (the maximum amount, work allowance, childcare element, other
/// benefits, a partner's pay) is the household's steady in-work position from
/// [`Household::in_work`], so the months differ only by what the paydays bring.
pub fn first_months(
    h: &Household,
    offer: &JobOffer,
    plan: &StartPlan,
) -> Result<FirstMonths, Vec<ValidationError>> {
    first_months_for(h, offer, plan, &Whom::You)
}

/// The same, its notes, help and assumptions worded for `whom` (the form may be filled in
/// for someone else).
pub fn first_months_for(
    h: &Household,
    offer: &JobOffer,
    plan: &StartPlan,
    whom: &Whom,
) -> Result<FirstMonths, Vec<ValidationError>> {
    validate(h, offer, plan)?;
    Ok(timeline::build(h, offer, plan, whom))
}

/// Checks the plan, with messages a coach can act on.
pub fn validate(
    h: &Household,
    offer: &JobOffer,
    plan: &StartPlan,
) -> Result<(), Vec<ValidationError>> {
    let mut errors = Vec::new();
    let mut bad = |path: &str, message: String| {
        errors.push(ValidationError {
            path: format!("first_months.{path}"),
            message,
        })
    };
    let sensible = |d: Date| calendar::is_real(d) && (2000..=2100).contains(&d.year);
    if !sensible(plan.job_start) {
        bad("job_start", t!("result-error-job-start"));
    }
    if !sensible(plan.first_payday) {
        bad("first_payday", t!("result-error-first-payday"));
    }
    if !sensible(plan.assessment_period_start) {
        bad(
            "assessment_period_start",
            t!("result-error-assessment-period"),
        );
    }
    if sensible(plan.job_start) && sensible(plan.first_payday) && plan.first_payday < plan.job_start
    {
        bad("first_payday", t!("result-error-payday-before-start"));
    }
    if sensible(plan.job_start)
        && sensible(plan.first_payday)
        && calendar::days_between(plan.job_start, plan.first_payday) > 92
    {
        bad("first_payday", t!("result-error-payday-too-late"));
    }
    if let Some(last) = plan.old_job_last_pay {
        if !sensible(last.date) {
            bad("old_job_last_pay.date", t!("result-error-old-pay-date"));
        }
        if last.take_home > Money::pounds(1_000_000) {
            bad(
                "old_job_last_pay.take_home",
                t!("result-error-old-pay-amount"),
            );
        }
        if last.take_home.to_decimal().is_sign_negative() {
            bad(
                "old_job_last_pay.take_home",
                t!("result-error-old-pay-negative"),
            );
        }
    }
    if offer.adult >= h.adult_count {
        bad("offer.adult", t!("result-error-which-adult"));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

mod timeline;
