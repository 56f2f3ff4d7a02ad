//! What "now" is, decided once: the engine's figures out of work, with the Universal Credit
//! on the person's own statement in place of ours when they gave it. The headline, easy
//! read, the table, the chart and the heat map's "this job" cell all take their better-off
//! figure from here, so they can never show two answers for the same job.

use crate::better_off::engine::Figures;
use crate::money::Money;

/// Which figure "now" is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Our own calculation of Universal Credit.
    Calculated,
    /// The Universal Credit on the person's last statement.
    Statement,
}

/// "Now", monthly.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Baseline {
    /// Left to live on now as the engine works it out.
    calculated_left: Money,
    /// The statement's Universal Credit less ours (nil without a statement, or when it
    /// matches ours to the pound).
    statement_gap: Money,
    pub source: Source,
}

impl Baseline {
    /// "Now" from the engine's figures out of work and the statement's UC a month, if given.
    /// A statement within £1 of ours is ours: the difference is rounding, not news.
    pub fn new(out_of_work: &Figures, statement_monthly: Option<Money>) -> Baseline {
        let calculated = out_of_work.uc.paid;
        let gap = statement_monthly.map_or(Money::ZERO, |s| s - calculated);
        let same = (gap.to_decimal()).abs() <= Money::pounds(1).to_decimal();
        Baseline {
            calculated_left: out_of_work.disposable_income,
            statement_gap: if same { Money::ZERO } else { gap },
            source: if statement_monthly.is_some() && !same {
                Source::Statement
            } else {
                Source::Calculated
            },
        }
    }

    /// The statement's Universal Credit less ours, a month (nil when "now" is ours).
    pub fn statement_gap(&self) -> Money {
        self.statement_gap
    }

    /// Left to live on now, a month.
    pub fn left_monthly(&self) -> Money {
        self.calculated_left + self.statement_gap
    }

    /// Left to live on now, a week, to the penny (as every screen shows it).
    pub fn left_weekly(&self) -> Money {
        self.left_monthly().monthly_to_weekly().round_penny()
    }

    /// How much better off a month a situation leaves the household than now.
    pub fn better_off_monthly(&self, in_work: &Figures) -> Money {
        self.better_off_monthly_from_left(in_work.disposable_income)
    }

    /// The same, from what is left to live on a month in the situation.
    pub fn better_off_monthly_from_left(&self, left_monthly: Money) -> Money {
        left_monthly - self.left_monthly()
    }

    /// How much better off a week, to the penny: the one figure the headline, the table,
    /// the chart and the heat map all show (each rounds it further only to whole pounds).
    pub fn better_off_weekly(&self, in_work: &Figures) -> Money {
        Self::weekly(self.better_off_monthly(in_work))
    }

    /// The same from what is left to live on a month in a situation.
    pub fn better_off_weekly_from_left(&self, left_monthly: Money) -> Money {
        Self::weekly(self.better_off_monthly_from_left(left_monthly))
    }

    fn weekly(monthly: Money) -> Money {
        monthly.monthly_to_weekly().round_penny()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(uc: i64, left: i64) -> Figures {
        let mut f = Figures::default();
        f.uc.award = Money::pence(uc);
        f.uc.paid = Money::pence(uc);
        f.disposable_income = Money::pence(left);
        f
    }

    #[test]
    fn a_statement_that_differs_moves_now_by_the_gap_and_says_so() {
        let b = Baseline::new(&out(92_490, 50_000), Some(Money::pence(90_000)));
        assert_eq!(b.source, Source::Statement);
        assert_eq!(b.statement_gap(), Money::pence(-2_490));
        assert_eq!(b.left_monthly(), Money::pence(47_510));
        let job = Figures {
            disposable_income: Money::pence(60_000),
            ..Figures::default()
        };
        assert_eq!(b.better_off_monthly(&job), Money::pence(12_490));
    }

    #[test]
    fn a_statement_within_a_pound_or_none_is_our_own_figure() {
        for statement in [None, Some(Money::pence(92_450)), Some(Money::pence(92_590))] {
            let b = Baseline::new(&out(92_490, 50_000), statement);
            assert_eq!(b.source, Source::Calculated, "{statement:?}");
            assert_eq!(b.left_monthly(), Money::pence(50_000));
        }
    }
}
