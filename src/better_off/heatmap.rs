//! The better-off heat map: how much better off a week (after childcare and travel) the
//! household would be at every 4 hours from 0 to 48, and at wages from the legal minimum for
//! the worker's age up to £25 an hour (and the job's own wage, whatever it is), so a coach
//! can show where work pays most. It runs on a prepared [`Household`] with
//! [`Household::net_at`], 13 x 12 evaluations that take well under a millisecond natively,
//! so the grid can redraw on every keystroke. Colours live in
//! CSS: each cell carries a band index 0..=6 and the legend says what each band means.

use super::baseline::Baseline;
use super::chart::{hours_free_key, nice_step};
use super::format::{format_hours, format_pence, format_pounds, hours_phrase};
use super::verdict::Verdict;
use crate::better_off::engine::Household;
use crate::better_off::rules::minimum_wage::hourly_minimum;
use crate::better_off::scenario::{JobOffer, Scenario};
use crate::money::{round_half_up, Money};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::collections::HashMap;

/// Columns: 0 to 48 hours in steps of 4.
pub const HOURS: [u32; 13] = [0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48];
/// Wage rows: the minimum, then 11 more up to this.
pub const TOP_WAGE_PENCE: i64 = 2500;
const WAGE_STEPS: i64 = 11;
/// Band 0 is worse off, 1 about the same, 2 to 6 better off and rising.
pub const BANDS: usize = 7;

/// The grid, rows from the highest wage down (higher is up, as on a chart).
#[derive(Debug, Clone, PartialEq)]
pub struct HeatMap {
    /// "0 h", "4 h", ... "48 h".
    pub column_labels: Vec<String>,
    pub hours: Vec<Decimal>,
    /// "£25.00", ... "£12.71".
    pub row_labels: Vec<String>,
    pub wages: Vec<Money>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<Cell>>,
    /// The cell nearest the offer's own hours and wage, as (row, column).
    pub offer: Option<(usize, usize)>,
    /// The cell where the household is best off (fewest hours, then lowest wage, on a tie).
    pub best: (usize, usize),
    pub legend: Vec<LegendEntry>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Better off a week than the answer's "now", in what is left to live on, to the penny.
    pub better_off_weekly: Money,
    /// 0..=6, a CSS class such as `band-3`.
    pub band: usize,
    pub is_offer: bool,
    pub is_best: bool,
    /// "20 hours at £12.71: £95 a week better off".
    pub description: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    pub band: usize,
    /// "£50 to £100 better off".
    pub label: String,
}

/// The wages down the side: the legal minimum for the worker's age, then even steps rounded
/// to 50p up to £25, lowest first.
pub fn wage_steps(minimum: Money) -> Vec<Money> {
    let top = Money::pence(TOP_WAGE_PENCE);
    let mut wages = vec![minimum];
    if minimum >= top {
        return wages;
    }
    let step = (top - minimum).to_decimal() / Decimal::from(WAGE_STEPS);
    for k in 1..=WAGE_STEPS {
        let raw = minimum.to_decimal() + step * Decimal::from(k);
        let wage = Money::new(round_half_up(raw * Decimal::TWO, 0) / Decimal::TWO);
        // Rounding can land on or below the minimum when the minimum is just under a 50p mark.
        if wages.last().is_some_and(|last| wage > *last) {
            wages.push(wage);
        }
    }
    wages
}

/// What is left to live on a month, already worked out, by (hours, wage), for one household
/// and job (the better-off figure follows from it and "now", which can change on its own).
type Known = HashMap<(Decimal, Money), Money>;

/// The heat maps of one calculator, keeping each cell's amount for as long as only the job's
/// hours change. The grid's cells do not depend on the hours (only the job's own column
/// does), so an edit of the hours box works out one column of cells instead of the whole
/// grid. Anything else that changes starts the cache again.
#[derive(Debug, Default)]
pub struct HeatMapCache {
    key: Option<Scenario>,
    known: Known,
}

impl HeatMapCache {
    /// The heat map for job `offer` of `scenario`, `h` being that scenario prepared, against
    /// the answer's "now"; the same as [`HeatMap::build_against`]. `None` if there is no
    /// such job.
    pub fn build(
        &mut self,
        scenario: &Scenario,
        h: &Household,
        offer: usize,
        baseline: &Baseline,
    ) -> Option<HeatMap> {
        let key = hours_free_key(scenario, offer)?;
        if self.key.as_ref() != Some(&key) {
            self.known.clear();
            self.key = Some(key);
        }
        Some(HeatMap::build_with(
            h,
            &scenario.offers[offer],
            baseline,
            &mut self.known,
        ))
    }
}

impl HeatMap {
    /// The grid for `offer` on a prepared household, against "now" as the engine works it out.
    pub fn build(h: &Household, offer: &JobOffer) -> HeatMap {
        HeatMap::build_against(h, offer, &Baseline::new(&h.out_of_work(), None))
    }

    /// The grid against the answer's "now" (with the person's statement, where given), so
    /// the cell marked "this job" shows the headline's figure.
    pub fn build_against(h: &Household, offer: &JobOffer, baseline: &Baseline) -> HeatMap {
        HeatMap::build_with(h, offer, baseline, &mut Known::new())
    }

    /// The grid, taking any cell already in `known` from there and adding the others.
    fn build_with(
        h: &Household,
        offer: &JobOffer,
        baseline: &Baseline,
        known: &mut Known,
    ) -> HeatMap {
        let adult = offer.adult.min(h.adult_count.saturating_sub(1));
        let minimum = hourly_minimum(h.params, h.adults[adult].age);
        let mut wages = wage_steps(minimum);
        let mut hours: Vec<Decimal> = HOURS.iter().map(|&h| Decimal::from(h)).collect();
        // The job's own wage and hours get a row and a column when they fall between the
        // grid's, so the cell marked "this job" shows exactly the headline's figure. A wage
        // below the legal minimum (the form warns about it) or above the top row gets its
        // row too: the headline is worked out at that wage, so the grid shows it.
        let own_wage = crate::better_off::engine::hourly_wage(offer).round_penny();
        if own_wage.is_positive() && !wages.contains(&own_wage) {
            wages.push(own_wage);
            wages.sort();
        }
        let own_hours = offer.hours_per_week;
        if own_hours > Decimal::ZERO
            && own_hours <= Decimal::from(48)
            && !hours.contains(&own_hours)
        {
            hours.push(own_hours);
            hours.sort();
        }
        wages.reverse();

        // Every cell is paid by the hour: a salaried offer would otherwise keep its salary in
        // the column at its own hours, whatever the row's wage (see `offer_earners`).
        let by_the_hour = JobOffer {
            hourly_wage: Some(crate::better_off::engine::hourly_wage(offer)),
            annual_salary: None,
            ..offer.clone()
        };
        let values: Vec<Vec<Money>> = wages
            .iter()
            .map(|&wage| {
                hours
                    .iter()
                    .map(|&hrs| {
                        let left = *known
                            .entry((hrs, wage))
                            .or_insert_with(|| h.net_at(&by_the_hour, hrs, wage).disposable_income);
                        baseline.better_off_weekly_from_left(left)
                    })
                    .collect()
            })
            .collect();

        let bands = Bands::from_values(values.iter().flatten().copied());
        let offer_cell = wages
            .iter()
            .position(|w| *w == own_wage)
            .zip(hours.iter().position(|h| *h == own_hours));
        let best = best_cell(&values);
        let cells = values
            .iter()
            .enumerate()
            .map(|(r, row)| {
                row.iter()
                    .enumerate()
                    .map(|(c, &v)| Cell {
                        better_off_weekly: v,
                        band: bands.band(v),
                        is_offer: offer_cell == Some((r, c)),
                        is_best: best == (r, c),
                        description: describe(hours[c], wages[r], v),
                    })
                    .collect()
            })
            .collect();

        HeatMap {
            column_labels: hours
                .iter()
                .map(|h| t!("result-heat-hours", hours = format_hours(*h)))
                .collect(),
            hours,
            row_labels: wages.iter().map(|&w| format_pence(w)).collect(),
            wages,
            cells,
            offer: offer_cell,
            best,
            legend: bands.legend(),
        }
    }
}

/// "20 hours at £12.71: £95 a week better off".
fn describe(hours: Decimal, wage: Money, better_off: Money) -> String {
    let hours = hours_phrase(hours);
    let wage = format_pence(wage);
    match Verdict::in_pounds(better_off) {
        Verdict::Better(amount) => t!(
            "result-heat-cell-better",
            hours = hours,
            wage = wage,
            amount = format_pounds(amount)
        ),
        Verdict::Same => t!("result-heat-cell-same", hours = hours, wage = wage),
        Verdict::Worse(amount) => t!(
            "result-heat-cell-worse",
            hours = hours,
            wage = wage,
            amount = format_pounds(amount)
        ),
    }
}

/// Highest better-off; on a tie the fewest hours, then the lowest wage (rows run high to low).
fn best_cell(values: &[Vec<Money>]) -> (usize, usize) {
    let mut best = (0, 0);
    let mut best_value = None;
    for c in 0..values.first().map_or(0, Vec::len) {
        for r in (0..values.len()).rev() {
            let v = values[r][c];
            if best_value.is_none_or(|b| v > b) {
                best = (r, c);
                best_value = Some(v);
            }
        }
    }
    best
}

/// Band thresholds: below zero, about zero, then five equal round steps up to the highest.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Bands {
    /// The width of each better-off band, whole pounds.
    step: Money,
}

impl Bands {
    fn from_values(values: impl Iterator<Item = Money>) -> Bands {
        let highest = values.max().unwrap_or(Money::ZERO);
        // Five better-off bands; the top one is open-ended, so four steps must reach the highest.
        let step = nice_step(highest.to_decimal() / Decimal::from(5));
        Bands {
            step: Money::new(step),
        }
    }

    /// Worse off and about the same as the cell's words say them (under 50p either way
    /// shows as £0, about the same).
    fn band(&self, v: Money) -> usize {
        match Verdict::in_pounds(v) {
            Verdict::Worse(_) => 0,
            Verdict::Same => 1,
            Verdict::Better(_) => {
                let k = (v.to_decimal() / self.step.to_decimal())
                    .floor()
                    .to_u64()
                    .unwrap_or(u64::MAX);
                2 + k.min(4) as usize
            }
        }
    }

    fn legend(&self) -> Vec<LegendEntry> {
        let at = |k: i64| format_pounds(Money::new(self.step.to_decimal() * Decimal::from(k)));
        let mut legend = vec![
            LegendEntry {
                band: 0,
                label: t!("result-heat-band-worse"),
            },
            LegendEntry {
                band: 1,
                label: t!("result-heat-band-same"),
            },
            LegendEntry {
                band: 2,
                label: t!("result-heat-band-up-to", amount = at(1)),
            },
        ];
        for k in 1..4 {
            legend.push(LegendEntry {
                band: 2 + k as usize,
                label: t!("result-heat-band-between", from = at(k), to = at(k + 1)),
            });
        }
        legend.push(LegendEntry {
            band: 6,
            label: t!("result-heat-band-top", amount = at(4)),
        });
        legend
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::scenario::Scenario;
    use crate::better_off::test_support::single_social_renter;

    /// The shared single social renter, without a pension, with £52 a month travel.
    fn scenario(age: u32, hours: i64, wage_pence: i64) -> Scenario {
        single_social_renter()
            .age(age)
            .hours(hours)
            .wage_pence(wage_pence)
            .travel_pounds(52)
            .no_pension()
            .build()
    }

    fn build(s: &Scenario) -> HeatMap {
        let h = Household::prepare(s).expect("valid");
        HeatMap::build(&h, &s.offers[0])
    }

    #[test]
    fn a_job_between_grid_lines_gets_its_own_row_and_column_showing_the_headline_figure() {
        let s = scenario(30, 18, 1300);
        let map = build(&s);
        let (r, c) = map.offer.expect("the job is on the grid");
        assert_eq!(map.wages[r], Money::pence(1300));
        assert_eq!(map.hours[c], Decimal::from(18));
        assert_eq!(map.column_labels[c], "18 h");
        assert_eq!(map.cells[r][c].better_off_weekly, headline_weekly(&s));
        assert_eq!(map.cells.iter().flatten().filter(|c| c.is_offer).count(), 1);
    }

    /// The headline's figure for the household's first job: a week, to the penny.
    fn headline_weekly(s: &Scenario) -> Money {
        let h = Household::prepare(s).unwrap();
        (h.in_work(&s.offers[0]).disposable_income - h.out_of_work().disposable_income)
            .monthly_to_weekly()
            .round_penny()
    }

    /// QA #6: £12.21 for 2026/27, below the £12.71 minimum the grid starts at, and £31 an
    /// hour, above its top row: each job still has its own row and its square marked.
    #[test]
    fn a_wage_below_the_minimum_or_above_the_top_row_gets_its_own_row() {
        for (pence, at) in [(1221, 12), (3100, 0)] {
            let s = scenario(30, 16, pence);
            let map = build(&s);
            let (r, c) = map.offer.expect("the job is on the grid");
            assert_eq!(r, at, "{pence}p: row {r} of {:?}", map.row_labels);
            assert_eq!(map.wages[r], Money::pence(pence));
            assert_eq!(map.hours[c], Decimal::from(16));
            assert_eq!(map.cells[r][c].better_off_weekly, headline_weekly(&s));
            assert_eq!(map.cells.iter().flatten().filter(|c| c.is_offer).count(), 1);
        }
    }

    #[test]
    fn wages_run_from_the_minimum_to_25_pounds_in_50p_steps() {
        let wages = wage_steps(Money::pence(1271));
        let pence: Vec<i64> = wages
            .iter()
            .map(|w| {
                (w.to_decimal() * Decimal::ONE_HUNDRED)
                    .to_i64()
                    .unwrap_or(0)
            })
            .collect();
        // 12.71 + k x 1.1173 rounded to 50p.
        assert_eq!(
            pence,
            [1271, 1400, 1500, 1600, 1700, 1850, 1950, 2050, 2150, 2300, 2400, 2500]
        );
        // Under 18: £7.55 (2025-26) up to £25.
        let young = wage_steps(Money::pence(755));
        assert_eq!(young.first(), Some(&Money::pence(755)));
        assert_eq!(young.last(), Some(&Money::pounds(25)));
        assert!(young.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn grid_is_13_hours_by_12_wages_from_the_age_minimum() {
        let map = build(&scenario(30, 20, 1271));
        assert_eq!(map.column_labels.len(), 13);
        assert_eq!(map.column_labels[0], "0 h");
        assert_eq!(map.column_labels[12], "48 h");
        assert_eq!(map.row_labels.first().map(String::as_str), Some("£25.00"));
        assert_eq!(map.row_labels.last().map(String::as_str), Some("£12.71"));
        assert_eq!(map.cells.len(), 12);
        assert!(map.cells.iter().all(|row| row.len() == 13));
        // Someone of 19 starts at the 18-20 rate (£10.85 in 2026-27).
        let young = build(&scenario(19, 20, 1085));
        assert_eq!(young.wages.last(), Some(&Money::pence(1085)));
    }

    #[test]
    fn no_hours_is_no_change_and_the_offer_cell_is_marked() {
        let s = scenario(30, 20, 1271);
        let map = build(&s);
        for row in &map.cells {
            assert_eq!(row[0].better_off_weekly, Money::ZERO);
            assert_eq!(row[0].band, 1);
        }
        // 20 hours is column 5; £12.71 is the bottom row.
        assert_eq!(map.offer, Some((11, 5)));
        let cell = &map.cells[11][5];
        assert!(cell.is_offer);
        // The offer's cell agrees with the engine's own answer for the offer.
        let report = crate::better_off::engine::calculate(&s).expect("valid");
        let weekly = report.offers[0].better_off.weekly;
        assert_eq!(cell.better_off_weekly.to_f64(), weekly);
        assert!(cell.description.starts_with("20 hours at £12.71: £"));
        assert!(cell.description.ends_with(" a week better off"));
        // More pay per hour at the same hours never leaves this household worse off.
        for c in 0..13 {
            for r in 1..12 {
                assert!(map.cells[r - 1][c].better_off_weekly >= map.cells[r][c].better_off_weekly);
            }
        }
    }

    #[test]
    fn a_salaried_offer_is_spread_by_the_hour_in_every_row() {
        let mut s = scenario(30, 20, 1271);
        s.offers[0].hourly_wage = None;
        // £13,520 a year over 20 hours is £13.00 an hour.
        s.offers[0].annual_salary = Some(Money::pounds(13_520));
        let map = build(&s);
        // £13.00 is nearer the £12.71 row than the £14.00 one.
        assert_eq!(map.offer, Some((11, 5)));
        let column: Vec<_> = map
            .cells
            .iter()
            .map(|row| row[5].better_off_weekly)
            .collect();
        assert!(column.windows(2).all(|w| w[0] > w[1]), "{column:?}");
    }

    #[test]
    fn the_best_cell_is_the_highest_value() {
        let map = build(&scenario(30, 20, 1271));
        let (r, c) = map.best;
        assert!(map.cells[r][c].is_best);
        let top = map.cells[r][c].better_off_weekly;
        assert!(map
            .cells
            .iter()
            .flatten()
            .all(|cell| cell.better_off_weekly <= top));
        assert_eq!(map.cells.iter().flatten().filter(|c| c.is_best).count(), 1);
    }

    #[test]
    fn bands_have_zero_as_a_boundary_and_round_steps() {
        let bands = Bands::from_values([Money::pounds(-30), Money::pounds(420)].into_iter());
        assert_eq!(bands.step, Money::pounds(100));
        assert_eq!(bands.band(Money::pounds(-30)), 0);
        assert_eq!(bands.band(Money::pence(-49)), 1);
        assert_eq!(bands.band(Money::pence(49)), 1);
        assert_eq!(bands.band(Money::pence(50)), 2);
        assert_eq!(bands.band(Money::pounds(99)), 2);
        assert_eq!(bands.band(Money::pounds(100)), 3);
        assert_eq!(bands.band(Money::pounds(399)), 5);
        assert_eq!(bands.band(Money::pounds(420)), 6);
        let labels: Vec<_> = bands.legend().into_iter().map(|l| l.label).collect();
        assert_eq!(
            labels,
            [
                "Worse off",
                "About the same as now",
                "Up to £100 better off",
                "£100 to £200 better off",
                "£200 to £300 better off",
                "£300 to £400 better off",
                "£400 or more better off"
            ]
        );
        // Nobody better off anywhere: still seven bands, on a £1 step.
        let flat = Bands::from_values([Money::pounds(-5)].into_iter());
        assert_eq!(flat.step, Money::pounds(1));
        assert_eq!(flat.legend().len(), BANDS);
    }

    #[test]
    fn descriptions_say_worse_off_and_about_the_same() {
        assert_eq!(
            describe(Decimal::from(16), Money::pence(1271), Money::pence(-1240)),
            "16 hours at £12.71: £12 a week worse off"
        );
        assert_eq!(
            describe(Decimal::ZERO, Money::pounds(25), Money::pence(20)),
            "0 hours at £25.00: about the same as now"
        );
    }

    #[test]
    fn the_cache_gives_the_same_map_as_building_afresh_as_the_hours_and_the_rent_change() {
        let mut cache = HeatMapCache::default();
        let mut check = |s: &Scenario| {
            let h = Household::prepare(s).expect("valid");
            let now = Baseline::new(&h.out_of_work(), None);
            let cached = cache.build(s, &h, 0, &now).expect("a job");
            assert_eq!(cached, HeatMap::build(&h, &s.offers[0]), "{s:?}");
        };
        // On and off the grid's columns, so the job's own column comes and goes.
        for hours in [16, 17, 18, 20, 21, 24, 30, 47] {
            check(&scenario(30, hours, 1271));
        }
        // Anything other than the hours must not reuse the old cells.
        let mut dearer = scenario(30, 18, 1271);
        dearer.housing = crate::better_off::scenario::Housing::SocialRent {
            rent: Money::pounds(650),
            rent_period: crate::money::Period::Month,
            service_charges: Money::ZERO,
            bedrooms: None,
        };
        check(&dearer);
        check(&scenario(30, 18, 1500));
        check(&scenario(22, 18, 1500));
        // A salaried job's wage is the salary over its hours, so its hours count too.
        for hours in [20, 30] {
            let mut salaried = scenario(30, hours, 1271);
            salaried.offers[0].hourly_wage = None;
            salaried.offers[0].annual_salary = Some(Money::pounds(24_000));
            check(&salaried);
        }
    }

    #[test]
    fn the_cache_works_out_only_the_jobs_own_column_when_the_hours_change() {
        let mut cache = HeatMapCache::default();
        let first = scenario(30, 16, 1271);
        let h = Household::prepare(&first).unwrap();
        let now = Baseline::new(&h.out_of_work(), None);
        cache.build(&first, &h, 0, &now);
        let grid = cache.known.len();
        let moved = scenario(30, 18, 1271);
        let h = Household::prepare(&moved).unwrap();
        let map = cache.build(&moved, &h, 0, &now).unwrap();
        assert_eq!(cache.known.len(), grid + map.wages.len(), "one new column");
        assert!(cache.build(&moved, &h, 1, &now).is_none(), "no second job");
    }

    /// Run natively in release: `cargo test --release --lib heatmap -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn time_the_whole_grid() {
        let s = scenario(30, 20, 1271);
        let h = Household::prepare(&s).expect("valid");
        let runs = 200;
        let start = std::time::Instant::now();
        for _ in 0..runs {
            std::hint::black_box(HeatMap::build(&h, &s.offers[0]));
        }
        let each = start.elapsed().as_secs_f64() * 1e6 / runs as f64;
        println!("heat map: {each:.0} µs for 13 x 12 cells");
    }
}
