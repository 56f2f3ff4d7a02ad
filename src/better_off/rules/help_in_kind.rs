//! Help in kind that stops when earnings rise: free school meals, Healthy Start (Best Start
//! Foods in Scotland), free NHS prescriptions, and the maternity grants. None of it is cash
//! income, so it is kept apart from net income; each has a yearly value (most of them an
//! estimate, said so on the screen) and a point where it is lost.
//!
//! - **Free school meals.** England: a Universal Credit family with net earnings up to £7,400 a
//!   year (Education Act 1996 s.512ZB, SI 2018/148); from September 2026 every Universal Credit
//!   family (Written Ministerial Statement, 5 June 2025), so in 2026-27 the earnings limit
//!   applies in the summer term only. Infants (Reception to Year 2) get them whatever the
//!   income, so they are not help that stops. Scotland: P1 to P5 for everyone, P6 and P7 for
//!   Scottish Child Payment families, secondary pupils on Universal Credit with earnings up to
//!   £850 a month. Wales: every primary pupil; secondary pupils on Universal Credit with
//!   earnings up to £7,400 a year (WSI 2019/187).
//! - **Healthy Start** (England, Wales): Universal Credit with take-home pay of £408 a month or
//!   less, in pregnancy and for a child under 4. **Best Start Foods** (Scotland): any
//!   Universal Credit award, in pregnancy and for a child under 3.
//! - **NHS help with health costs** (England): Universal Credit with take-home pay of £435 a
//!   month or less (£935 with a child element or limited capability for work), or the
//!   guarantee credit: free prescriptions, dental treatment and sight tests. Prescriptions are
//!   free for everyone in Scotland and Wales and from 60 in England, so only dental and sight
//!   help stop there, which we cannot value.
//! - **Sure Start Maternity Grant** (England, Wales): £500 for a first child, on Universal
//!   Credit. **Best Start Grant** (Scotland): the Pregnancy and Baby Payment, on Universal
//!   Credit.
//!
//! Ages are the children's ages on the first day of the tax year; school stages follow them
//! (4 to 6 infants, 7 to 10 juniors, 11 to 15 secondary), which is near enough for an estimate.

use crate::better_off::params::{Country, Params, TaxYear};
use crate::money::Money;
use rust_decimal::Decimal;

/// One kind of help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    FreeSchoolMeals,
    HealthyStart,
    BestStartFoods,
    Prescriptions,
    SureStartMaternityGrant,
    BestStartGrant,
}

impl Kind {
    /// The kind's name in message selectors (`result-mark`, the explanation's lines).
    pub fn id(self) -> &'static str {
        match self {
            Kind::FreeSchoolMeals => "free-school-meals",
            Kind::HealthyStart => "healthy-start",
            Kind::BestStartFoods => "best-start-foods",
            Kind::Prescriptions => "prescriptions",
            Kind::SureStartMaternityGrant => "sure-start",
            Kind::BestStartGrant => "best-start-grant",
        }
    }
}

/// What the household has that the help depends on.
#[derive(Debug, Clone, Copy)]
pub struct Household<'a> {
    pub country: Country,
    pub year: TaxYear,
    /// Each child's age on the first day of the tax year.
    pub child_ages: &'a [u32],
    pub expecting_baby: bool,
    /// Each adult's age.
    pub adult_ages: &'a [u32],
}

/// What this situation brings.
#[derive(Debug, Clone, Copy)]
pub struct Situation {
    /// Universal Credit is in payment (an award above nil).
    pub on_universal_credit: bool,
    /// The guarantee credit of Pension Credit is paid.
    pub on_guarantee_credit: bool,
    /// Scottish Child Payment is paid.
    pub on_scottish_child_payment: bool,
    /// Earnings after tax and NI (and pension contributions), a month: UC's earned income.
    pub net_earnings_monthly: Money,
    /// The UC award includes a child element or the LCW(RA) element.
    pub uc_higher_nhs_limit: bool,
}

/// The year's value of each kind of help in this situation.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Values {
    pub free_school_meals: Money,
    pub healthy_start: Money,
    pub prescriptions: Money,
    pub maternity_grant: Money,
}

impl Values {
    pub fn total(&self) -> Money {
        self.free_school_meals + self.healthy_start + self.prescriptions + self.maternity_grant
    }

    /// Each kind with its value, for the screens.
    pub fn each(&self, country: Country) -> [(Kind, Money); 4] {
        let scottish = country == Country::Scotland;
        [
            (Kind::FreeSchoolMeals, self.free_school_meals),
            (
                if scottish {
                    Kind::BestStartFoods
                } else {
                    Kind::HealthyStart
                },
                self.healthy_start,
            ),
            (Kind::Prescriptions, self.prescriptions),
            (
                if scottish {
                    Kind::BestStartGrant
                } else {
                    Kind::SureStartMaternityGrant
                },
                self.maternity_grant,
            ),
        ]
    }
}

impl Kind {
    /// Its value is an estimate (an average meal, a typical prescription count, the least a
    /// grant pays), not a fixed amount the family is paid.
    pub fn is_estimate(self) -> bool {
        matches!(
            self,
            Kind::FreeSchoolMeals
                | Kind::BestStartFoods
                | Kind::Prescriptions
                | Kind::BestStartGrant
        )
    }
}

/// Where a kind of help stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Above this take-home pay a year (earnings after tax, NI and pension contributions, as
    /// Universal Credit counts them).
    Above(Money),
    /// Part of it above this take-home pay a year, the rest when Universal Credit stops
    /// (England's free school meals in 2026-27: the limit for the summer term only).
    PartAbove(Money),
    /// When Universal Credit (or the guarantee credit) stops.
    WithBenefit,
}

/// Where a kind of help stops. `higher_nhs_limit`: the Universal Credit award has a child
/// element or limited capability for work.
pub fn stop(
    p: &Params,
    country: Country,
    year: TaxYear,
    kind: Kind,
    higher_nhs_limit: bool,
) -> Stop {
    let k = &p.help_in_kind;
    let monthly = |m: Decimal| Stop::Above(Money::new(m).monthly_to_annual());
    match kind {
        // England from September 2026: every Universal Credit family.
        Kind::FreeSchoolMeals => match country {
            Country::England if year.first_day() >= k.fsm_england_all_uc_from => Stop::WithBenefit,
            Country::England if year.first_day_after() > k.fsm_england_all_uc_from => {
                Stop::PartAbove(Money::new(k.fsm_england_earnings_limit))
            }
            Country::England => Stop::Above(Money::new(k.fsm_england_earnings_limit)),
            Country::Scotland => monthly(k.fsm_scotland_earnings_limit_monthly),
            Country::Wales => Stop::Above(Money::new(k.fsm_wales_earnings_limit)),
        },
        Kind::HealthyStart => monthly(k.healthy_start_take_home_limit),
        Kind::Prescriptions if higher_nhs_limit => monthly(k.nhs_take_home_limit_higher),
        Kind::Prescriptions => monthly(k.nhs_take_home_limit),
        Kind::BestStartFoods | Kind::SureStartMaternityGrant | Kind::BestStartGrant => {
            Stop::WithBenefit
        }
    }
}

/// The help in kind a household has in a situation, each as a year's value.
pub fn values(p: &Params, h: &Household, s: &Situation) -> Values {
    Values {
        free_school_meals: free_school_meals(p, h, s),
        healthy_start: healthy_start(p, h, s),
        prescriptions: prescriptions(p, h, s),
        maternity_grant: maternity_grant(p, h, s),
    }
}

fn count(n: usize) -> Decimal {
    Decimal::from(n as u64)
}

/// Free school meals for the children whose meals depend on income.
fn free_school_meals(p: &Params, h: &Household, s: &Situation) -> Money {
    let k = &p.help_in_kind;
    let earned_yearly = s.net_earnings_monthly.monthly_to_annual();
    match h.country {
        Country::England => {
            // Juniors and secondary pupils; infants get them anyway.
            let children = h
                .child_ages
                .iter()
                .filter(|&&a| (7..=15).contains(&a))
                .count();
            if children == 0 || !s.on_universal_credit {
                return Money::ZERO;
            }
            let per_child = Money::new(k.fsm_england_yearly);
            let within_limit = earned_yearly <= Money::new(k.fsm_england_earnings_limit);
            // The share of the school year under the earnings limit, and under the rule for
            // all UC families from September 2026.
            let all_uc_share = if h.year.first_day() >= k.fsm_england_all_uc_from {
                Decimal::ONE
            } else if h.year.first_day_after() > k.fsm_england_all_uc_from {
                Decimal::ONE - k.fsm_england_summer_term_share
            } else {
                Decimal::ZERO
            };
            let share = if within_limit {
                Decimal::ONE
            } else {
                all_uc_share
            };
            per_child * count(children) * share
        }
        Country::Scotland => {
            let per_child = Money::new(k.fsm_scotland_yearly);
            let p6_p7 = h
                .child_ages
                .iter()
                .filter(|&&a| (10..=11).contains(&a))
                .count();
            let secondary = h
                .child_ages
                .iter()
                .filter(|&&a| (12..=15).contains(&a))
                .count();
            let mut children = 0;
            if s.on_scottish_child_payment {
                children += p6_p7;
            }
            if s.on_universal_credit
                && s.net_earnings_monthly <= Money::new(k.fsm_scotland_earnings_limit_monthly)
            {
                children += secondary;
            }
            per_child * count(children)
        }
        Country::Wales => {
            let secondary = h
                .child_ages
                .iter()
                .filter(|&&a| (11..=15).contains(&a))
                .count();
            if s.on_universal_credit && earned_yearly <= Money::new(k.fsm_wales_earnings_limit) {
                Money::new(k.fsm_wales_yearly) * count(secondary)
            } else {
                Money::ZERO
            }
        }
    }
}

/// Healthy Start (Best Start Foods in Scotland), a year.
fn healthy_start(p: &Params, h: &Household, s: &Situation) -> Money {
    let k = &p.help_in_kind;
    let (under_1, lower, upper_age, qualifies) = if h.country == Country::Scotland {
        (
            k.best_start_foods_under_1_weekly,
            k.best_start_foods_weekly,
            3,
            s.on_universal_credit,
        )
    } else {
        (
            k.healthy_start_under_1_weekly,
            k.healthy_start_weekly,
            4,
            s.on_universal_credit
                && s.net_earnings_monthly <= Money::new(k.healthy_start_take_home_limit),
        )
    };
    if !qualifies {
        return Money::ZERO;
    }
    let babies = h.child_ages.iter().filter(|&&a| a < 1).count();
    let toddlers = h
        .child_ages
        .iter()
        .filter(|&&a| (1..upper_age).contains(&a))
        .count();
    let pregnancy = usize::from(h.expecting_baby);
    (Money::new(under_1) * count(babies) + Money::new(lower) * count(toddlers + pregnancy))
        .weekly_to_annual()
}

/// Free prescriptions in England for the adults who would otherwise pay (under 60).
fn prescriptions(p: &Params, h: &Household, s: &Situation) -> Money {
    let k = &p.help_in_kind;
    if h.country != Country::England {
        return Money::ZERO;
    }
    let limit = if s.uc_higher_nhs_limit {
        k.nhs_take_home_limit_higher
    } else {
        k.nhs_take_home_limit
    };
    let qualifies = s.on_guarantee_credit
        || (s.on_universal_credit && s.net_earnings_monthly <= Money::new(limit));
    if !qualifies {
        return Money::ZERO;
    }
    let adults = h
        .adult_ages
        .iter()
        .filter(|&&a| a < k.nhs_free_prescriptions_age)
        .count();
    Money::new(k.nhs_prescriptions_yearly) * count(adults)
}

/// Sure Start Maternity Grant (Best Start Grant's Pregnancy and Baby Payment in Scotland).
fn maternity_grant(p: &Params, h: &Household, s: &Situation) -> Money {
    let k = &p.help_in_kind;
    if !h.expecting_baby || !(s.on_universal_credit || s.on_guarantee_credit) {
        return Money::ZERO;
    }
    let first_child = !h.child_ages.iter().any(|&a| a < 16);
    match h.country {
        Country::Scotland if first_child => Money::new(k.best_start_grant_first),
        Country::Scotland => Money::new(k.best_start_grant_later),
        _ if first_child => Money::new(k.sure_start_maternity_grant),
        _ => Money::ZERO,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on_uc(earnings: i64) -> Situation {
        Situation {
            on_universal_credit: true,
            on_guarantee_credit: false,
            on_scottish_child_payment: false,
            net_earnings_monthly: Money::pounds(earnings),
            uc_higher_nhs_limit: true,
        }
    }

    #[test]
    fn english_free_school_meals_before_and_after_september_2026() {
        // 2025-26: the £7,400 limit all year (SI 2018/148): £616 a month keeps them, £617 loses
        // them. A junior and a secondary pupil: 2 x £495.90.
        let p = TaxYear::Y2025_26.params();
        let h = Household {
            country: Country::England,
            year: TaxYear::Y2025_26,
            child_ages: &[8, 12],
            expecting_baby: false,
            adult_ages: &[35],
        };
        assert_eq!(
            values(p, &h, &on_uc(616)).free_school_meals,
            Money::pence(99_180)
        );
        assert_eq!(values(p, &h, &on_uc(617)).free_school_meals, Money::ZERO);
        // 2026-27: from September every UC family; over the limit they keep the autumn and
        // spring terms' meals (68% of the year), and nothing once UC stops.
        let p = TaxYear::Y2026_27.params();
        let h = Household {
            year: TaxYear::Y2026_27,
            ..h
        };
        assert_eq!(
            values(p, &h, &on_uc(616)).free_school_meals,
            Money::pence(99_180)
        );
        assert_eq!(
            values(p, &h, &on_uc(1_000)).free_school_meals,
            Money::pence(99_180) * Decimal::new(68, 2)
        );
        let off_uc = Situation {
            on_universal_credit: false,
            ..on_uc(2_000)
        };
        assert_eq!(values(p, &h, &off_uc).free_school_meals, Money::ZERO);
        // An infant (age 5) gets meals whatever the income: not help that stops.
        let h = Household {
            child_ages: &[5],
            ..h
        };
        assert_eq!(values(p, &h, &on_uc(0)).free_school_meals, Money::ZERO);
    }

    #[test]
    fn where_each_kind_stops_follows_its_rule_and_year() {
        let e = Country::England;
        let fsm = |year: TaxYear| stop(year.params(), e, year, Kind::FreeSchoolMeals, false);
        assert_eq!(fsm(TaxYear::Y2025_26), Stop::Above(Money::pounds(7_400)));
        // 2026-27: the limit for the summer term, then every Universal Credit family.
        assert_eq!(
            fsm(TaxYear::Y2026_27),
            Stop::PartAbove(Money::pounds(7_400))
        );
        let p = TaxYear::Y2026_27.params();
        let y = TaxYear::Y2026_27;
        assert_eq!(
            stop(p, e, y, Kind::HealthyStart, false),
            Stop::Above(Money::pounds(408 * 12))
        );
        assert_eq!(
            stop(p, e, y, Kind::Prescriptions, false),
            Stop::Above(Money::pounds(435 * 12))
        );
        assert_eq!(
            stop(p, Country::Scotland, y, Kind::BestStartGrant, false),
            Stop::WithBenefit
        );
    }

    #[test]
    fn healthy_start_stops_at_408_pounds_take_home() {
        // A baby under 1 and a child of 2: (£8.50 + £4.25) x 52 = £663 a year.
        let p = TaxYear::Y2026_27.params();
        let h = Household {
            country: Country::Wales,
            year: TaxYear::Y2026_27,
            child_ages: &[0, 2],
            expecting_baby: false,
            adult_ages: &[25],
        };
        assert_eq!(values(p, &h, &on_uc(408)).healthy_start, Money::pounds(663));
        assert_eq!(values(p, &h, &on_uc(409)).healthy_start, Money::ZERO);
    }

    #[test]
    fn prescriptions_in_england_only_and_under_60() {
        let p = TaxYear::Y2026_27.params();
        let h = Household {
            country: Country::England,
            year: TaxYear::Y2026_27,
            child_ages: &[],
            expecting_baby: false,
            adult_ages: &[40, 61],
        };
        let s = Situation {
            uc_higher_nhs_limit: false,
            ..on_uc(435)
        };
        assert_eq!(values(p, &h, &s).prescriptions, Money::pence(11_450));
        let s = Situation {
            net_earnings_monthly: Money::pounds(436),
            ..s
        };
        assert_eq!(values(p, &h, &s).prescriptions, Money::ZERO);
        let h = Household {
            country: Country::Scotland,
            ..h
        };
        assert_eq!(values(p, &h, &on_uc(0)).prescriptions, Money::ZERO);
    }
}
