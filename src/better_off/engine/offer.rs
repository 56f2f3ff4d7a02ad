//! A job offer as the engine sees it: its hourly wage, and the earnings and in-work costs
//! the household has if the offer's adult works it at given hours and wage. The figures for
//! an offer ([`Household::in_work`], [`Household::net_at`]) are in `compute`.

use super::figures::{Earner, WorkCosts};
use super::household::Household;
use crate::better_off::scenario::JobOffer;
use crate::money::{Money, Period};
use rust_decimal::Decimal;

/// The hourly wage of an offer (a salary is spread over its hours, 52 weeks a year).
pub fn hourly_wage(offer: &JobOffer) -> Money {
    if let Some(w) = offer.hourly_wage {
        return w;
    }
    match offer.annual_salary {
        Some(s) if offer.hours_per_week > Decimal::ZERO => {
            // Divided once by the hours in a year of weeks (not a weekly amount divided again).
            s / (offer.hours_per_week * Period::Week.per_year())
        }
        _ => Money::ZERO,
    }
}

impl Household {
    /// Earnings if `offer`'s adult works `hours` a week at `wage` an hour.
    pub fn offer_earners(&self, offer: &JobOffer, hours: Decimal, wage: Money) -> [Earner; 2] {
        let mut e = self.current_earners();
        e[self.offer_slot(offer)] = Household::offer_earner(offer, hours, wage);
        e
    }

    /// Which adult takes the offer.
    pub(super) fn offer_slot(&self, offer: &JobOffer) -> usize {
        offer.adult.min(self.adult_count - 1)
    }

    /// The offer's adult's earnings at `hours` a week and `wage` an hour.
    pub(super) fn offer_earner(offer: &JobOffer, hours: Decimal, wage: Money) -> Earner {
        let gross = match (offer.annual_salary, offer.hourly_wage) {
            (Some(salary), None) if hours == offer.hours_per_week => salary,
            _ => (wage * hours).weekly_to_annual(),
        };
        Earner {
            gross_annual: gross,
            hours_per_week: hours,
            pay_period: offer.pay_frequency.period(),
            pension: offer.pension,
            supported_permitted_work: offer.supported_permitted_work,
        }
    }

    /// Costs of working: childcare and travel, only when there are hours.
    pub fn offer_costs(offer: &JobOffer, hours: Decimal) -> WorkCosts {
        if hours > Decimal::ZERO {
            WorkCosts {
                childcare: offer.childcare_monthly,
                travel: offer.travel_monthly,
                childcare_children: offer.childcare_children,
            }
        } else {
            WorkCosts::default()
        }
    }
}
