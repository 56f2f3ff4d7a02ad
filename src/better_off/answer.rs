//! The answer a person reads: the headline in plain words, the table of out of work
//! against each job, the statement check, and what was assumed. Computed here from the
//! engine's figures so the view only lays it out.

use super::baseline::{Baseline, Source};
use super::form::{FieldErrors, Form};
use super::format::{format_hours, format_pence, format_pounds};
use super::person::Person;
use super::verdict::Verdict;
use crate::better_off::engine::{self, Figures, Household, Report};
use crate::better_off::params::{Country, TaxYear};
use crate::better_off::rules::help_in_kind::Kind as HelpKind;
use crate::better_off::scenario::{Scenario, ValidationError};
use crate::i18n::{tr, Arg};
use crate::money::Money;

/// One line of the table: a label and a weekly amount per column (out of work, then each
/// job). Deductions are negative.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: String,
    pub weekly: Vec<Money>,
    /// A total line (net income, left to live on), shown in bold.
    pub total: bool,
}

/// A job compared with now.
#[derive(Debug, Clone, PartialEq)]
pub struct OfferAnswer {
    pub label: String,
    /// "You would be £95 a week better off working 16 hours."
    pub headline: String,
    /// The headline's month figure and what one more £1 of pay is worth, in words.
    pub detail: String,
    pub better_off_weekly: Money,
    pub better_off_monthly: Money,
    /// Share of each extra £1 earned that the household keeps, e.g. "45p".
    pub keeps_of_each_pound: String,
    /// Left to live on a week now (as the statement says, where given) and in this job:
    /// the key figures easy read shows one a line.
    pub now_weekly: Money,
    pub in_work_weekly: Money,
    pub hours_per_week: rust_decimal::Decimal,
}

/// What the person's own Universal Credit statement says, against our figure.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementCheck {
    pub statement_monthly: Money,
    pub calculated_monthly: Money,
    pub message: String,
}

#[derive(Debug, Clone)]
pub struct Answer {
    pub scenario: Scenario,
    pub household: Household,
    pub report: Report,
    /// "Now", with the statement's Universal Credit where given: every better-off figure
    /// on every screen is against this.
    pub baseline: Baseline,
    pub offers: Vec<OfferAnswer>,
    /// Column headings: "Now", then each job.
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    pub statement: Option<StatementCheck>,
    /// Help in kind, kept apart from money: a line for each kind (its value a week in each
    /// column), then "Left to live on, with help in kind". Empty when there is none.
    pub help_rows: Vec<Row>,
    /// Each kind of help in words: its value a year now, whether that is an estimate, and
    /// where it stops.
    pub help_notes: Vec<String>,
    /// Which figure every better-off amount is, said the same under the headline, the chart
    /// and the heat map: "Better off means more left to live on each week, after rent and
    /// council tax." and, with a statement, that "now" uses its Universal Credit.
    pub measure: String,
    pub assumptions: Vec<String>,
    /// Warnings about what the form holds rather than the sums (a State Pension left out),
    /// shown first among the things to know.
    pub form_warnings: Vec<String>,
    /// Every warning once, each with the situation it is about: ("Now", text),
    /// ("In this job", text) or, with several jobs, ("Job 2", text).
    pub things_to_know: Vec<(String, String)>,
    /// "Rates for 6 April 2026 to 5 April 2027."
    pub rates: String,
    /// Whom the form is for: the page's own words that say "you" are worded with it
    /// (`answer.person.tr("result-help-intro")`).
    pub person: Person,
}

/// What the calculator does not cover, said plainly on every answer. New Style ESA and
/// JSA, Housing Benefit in supported housing, pension age, Council Tax Reduction in Scotland
/// and Wales, help that stops (free school meals, prescriptions) and deductions from
/// Universal Credit are covered now (issues 18 and 19), so they are not listed.
pub fn not_covered() -> [String; 4] {
    [
        t!("result-not-covered-self-employment"),
        t!("result-not-covered-council-tax-england"),
        t!("result-not-covered-students"),
        t!("result-not-covered-mid-year"),
    ]
}

/// The answer for the form, or a message for each box that cannot be read.
pub fn answer(form: &Form) -> Result<Answer, FieldErrors> {
    let scenario = form.scenario()?;
    let person = Person::of(form);
    let mut answer = Answer::for_person(scenario, form.uc_statement(), form.assumptions(), &person)
        .map_err(|errs| {
            errs.into_iter()
                .map(|e| (super::form::Field::Region, e.message))
                .collect::<FieldErrors>()
        })?;
    answer.form_warnings = form.warnings();
    Ok(answer)
}

impl Answer {
    /// Whether the household is on the pension-age route (Pension Credit), where Universal
    /// Credit's own words (its statement, its monthly sums) do not apply.
    pub fn pension_age(&self) -> bool {
        self.household.route == crate::better_off::engine::Route::PensionAge
    }

    /// Under the money table: how its figures are worked out, as Universal Credit does it
    /// or, at pension age, without naming it.
    pub fn table_hint(&self) -> String {
        if self.pension_age() {
            t!("result-table-hint-pension")
        } else {
            t!("result-table-hint")
        }
    }

    /// The answer for a household: `statement` is the Universal Credit a month on the
    /// person's own statement, if they gave it; `assumptions` what the form assumed. It
    /// speaks to "you"; [`Answer::for_person`] words it for someone else.
    pub fn for_scenario(
        scenario: Scenario,
        statement: Option<Money>,
        assumptions: Vec<String>,
    ) -> Result<Answer, Vec<ValidationError>> {
        Self::for_person(scenario, statement, assumptions, &Person::default())
    }

    /// The same, with the headline and its summary worded for whom the form is for:
    /// "Working 16 hours, Sam would be £92 a week better off."
    pub fn for_person(
        scenario: Scenario,
        statement: Option<Money>,
        assumptions: Vec<String>,
        person: &Person,
    ) -> Result<Answer, Vec<ValidationError>> {
        let household = Household::prepare(&scenario)?;
        let report = engine::calculate_prepared(&household, &scenario, &person.whom());
        let out = &report.out_of_work.figures;
        let baseline = Baseline::new(out, statement);
        let statement = statement.map(|stated| statement_check(stated, out, &baseline, person));
        let mut situations: Vec<Figures> = vec![*out];
        situations.extend(report.offers.iter().map(|o| o.in_work.figures));
        let costs = Costs::of(&situations, household.council_tax_annual);
        let offers = report
            .offers
            .iter()
            .zip(&scenario.offers)
            .map(|(o, job)| offer_answer(o, job, &baseline, &costs, person))
            .collect();
        let measure = measure(&costs, &baseline, statement.as_ref(), person);

        let scottish = scenario.country == Country::Scotland;
        let mut columns = vec![t!("result-now")];
        columns.extend(report.offers.iter().map(|o| {
            t!(
                "result-column-job",
                job = o.label.clone(),
                hours = format_hours_f64(o.hours_per_week)
            )
        }));
        let names = Names {
            scottish,
            council_tax_bill: household.council_tax_annual.annual_to_monthly(),
        };
        let rows = rows(&situations, baseline.statement_gap(), &names);
        let (help_rows, help_notes) = help_in_kind(&situations, &household, &rows);

        Ok(Answer {
            assumptions,
            form_warnings: Vec::new(),
            things_to_know: things_to_know(&report),
            rates: rates_sentence(scenario.tax_year),
            scenario,
            household,
            report,
            baseline,
            offers,
            columns,
            rows,
            statement,
            help_rows,
            help_notes,
            measure,
            person: person.clone(),
        })
    }
}

/// What the person's statement says against our figure, in words.
fn statement_check(
    stated: Money,
    out: &Figures,
    baseline: &Baseline,
    person: &Person,
) -> StatementCheck {
    let calculated = out.uc.paid;
    let message = match baseline.source {
        Source::Calculated => crate::i18n::tr(
            "result-statement-same",
            &person.with(&[("amount", format_pence(stated).into())]),
        ),
        Source::Statement => crate::i18n::tr(
            "result-statement-different",
            &person.with(&[
                ("amount", format_pence(stated).into()),
                ("calculated", format_pence(calculated).into()),
            ]),
        ),
    };
    StatementCheck {
        statement_monthly: stated,
        calculated_monthly: calculated,
        message,
    }
}

/// One job's headline and key figures, all against the one "now".
fn offer_answer(
    o: &engine::OfferReport,
    job: &crate::better_off::scenario::JobOffer,
    baseline: &Baseline,
    costs: &Costs,
    person: &Person,
) -> OfferAnswer {
    let in_work = &o.in_work.figures;
    let better_monthly = baseline.better_off_monthly(in_work);
    let better_weekly = baseline.better_off_weekly(in_work);
    let headline = headline(better_weekly, &format_hours(job.hours_per_week), person);
    let keeps = 1.0 - o.effective_marginal_rate;
    let pence = (keeps * 100.0).round() as i64;
    // Past a cliff (Carer's Allowance stopping, say) one more hour can leave the
    // household with less: "you keep -100p" would mean nothing to anyone.
    let margin = if pence < 0 {
        person.tr("result-margin-careful")
    } else {
        tr(
            "result-margin-keep",
            &person.with(&[("pence", Arg::from(pence.min(100)))]),
        )
    };
    OfferAnswer {
        label: o.label.clone(),
        headline,
        detail: match costs.phrase() {
            Some(costs) => t!(
                "result-headline-detail",
                amount = format_pounds(better_monthly),
                costs = costs,
                margin = margin
            ),
            None => t!(
                "result-headline-detail-no-costs",
                amount = format_pounds(better_monthly),
                margin = margin
            ),
        },
        better_off_weekly: better_weekly,
        better_off_monthly: better_monthly,
        keeps_of_each_pound: t!("result-pence", pence = pence.clamp(-100, 100).to_string()),
        now_weekly: baseline.left_monthly().monthly_to_weekly(),
        in_work_weekly: in_work.disposable_income.monthly_to_weekly(),
        hours_per_week: job.hours_per_week,
    }
}

/// The costs taken off before "left to live on": only those the household has, now or in
/// a job, are named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Costs {
    rent: bool,
    council_tax: bool,
    childcare: bool,
    travel: bool,
}

impl Costs {
    fn of(situations: &[Figures], council_tax_bill_annual: Money) -> Costs {
        let any = |pick: fn(&Figures) -> Money| situations.iter().any(|f| !pick(f).is_zero());
        Costs {
            rent: any(|f| f.housing_costs),
            council_tax: council_tax_bill_annual.is_positive(),
            childcare: any(|f| f.childcare_costs),
            travel: any(|f| f.travel_costs),
        }
    }

    /// "rent, council tax and travel to work"; `None` when there are none.
    fn phrase(&self) -> Option<String> {
        let names: Vec<String> = [
            (self.rent, t!("result-cost-rent")),
            (self.council_tax, t!("result-cost-council-tax")),
            (self.childcare, t!("result-cost-childcare")),
            (self.travel, t!("result-cost-travel")),
        ]
        .into_iter()
        .filter(|(has, _)| *has)
        .map(|(_, name)| name)
        .collect();
        let (last, rest) = names.split_last()?;
        if rest.is_empty() {
            return Some(last.clone());
        }
        Some(t!(
            "result-list-and",
            first = rest.join(", "),
            last = last.clone()
        ))
    }
}

/// Which figure the better-off amounts are, in words, the same wherever they are shown.
fn measure(
    costs: &Costs,
    baseline: &Baseline,
    statement: Option<&StatementCheck>,
    person: &Person,
) -> String {
    let mut words = match costs.phrase() {
        Some(costs) => t!("result-measure", costs = costs),
        None => t!("result-measure-no-costs"),
    };
    if let (Source::Statement, Some(s)) = (baseline.source, statement) {
        words.push(' ');
        words.push_str(&crate::i18n::tr(
            "result-measure-statement",
            &person.with(&[("amount", format_pence(s.statement_monthly).into())]),
        ));
    }
    words
}

/// "You would be £95 a week better off working 16 hours.", or for someone else "Working 16
/// hours, Sam would be £95 a week better off."
fn headline(better_weekly: Money, hours: &str, person: &Person) -> String {
    let hours = ("hours", Arg::from(hours));
    match Verdict::in_pounds(better_weekly) {
        Verdict::Better(amount) => tr(
            "result-headline-better",
            &person.with(&[("amount", Arg::from(format_pounds(amount))), hours]),
        ),
        Verdict::Same => tr("result-headline-same", &person.with(&[hours])),
        Verdict::Worse(amount) => tr(
            "result-headline-worse",
            &person.with(&[("amount", Arg::from(format_pounds(amount))), hours]),
        ),
    }
}

/// Easy read's key figure for the difference a week: "The difference: £95 more each week".
pub fn easy_difference(better_weekly: Money) -> String {
    match Verdict::in_pounds(better_weekly) {
        Verdict::Better(amount) => t!("result-easy-more", amount = format_pounds(amount)),
        Verdict::Same => t!("result-easy-same"),
        Verdict::Worse(amount) => t!("result-easy-less", amount = format_pounds(amount)),
    }
}

pub fn format_hours_f64(hours: f64) -> String {
    rust_decimal::Decimal::try_from(hours)
        .map(format_hours)
        .unwrap_or_default()
}

/// The warnings of now and of each job, labelled with their situation, each sentence once.
fn things_to_know(report: &Report) -> Vec<(String, String)> {
    let many = report.offers.len() > 1;
    let now = report
        .out_of_work
        .warnings
        .iter()
        .map(|w| (t!("result-now"), w));
    let jobs = report.offers.iter().flat_map(|o| {
        let when = if many {
            o.label.clone()
        } else {
            t!("result-in-this-job")
        };
        o.in_work.warnings.iter().map(move |w| (when.clone(), w))
    });
    let mut seen = std::collections::BTreeSet::new();
    now.chain(jobs)
        .filter(|(_, w)| seen.insert(w.text.clone()))
        .map(|(when, w)| (when, w.text.clone()))
        .collect()
}

pub fn rates_sentence(year: TaxYear) -> String {
    match year {
        TaxYear::Y2025_26 => t!("result-rates", from = "2025", to = "2026"),
        TaxYear::Y2026_27 => t!("result-rates", from = "2026", to = "2027"),
    }
}

/// How a line of the table takes its figure from the engine's.
type Pick = fn(&Figures, &Names) -> Money;

/// What the lines' names and the council tax bill depend on besides the figures.
struct Names {
    /// Scotland's own disability, carer and winter benefits.
    scottish: bool,
    /// The council tax bill a month before any reduction (the same in every column).
    council_tax_bill: Money,
}

/// What a line is in the sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Money coming in.
    Amount,
    /// Money going out, shown negative.
    Deduction,
    /// A total, shown in bold and always shown: the lines above it add up to it.
    Total,
}

/// One line of the table before its figures: what it is called and how it is shown.
struct Line {
    label: String,
    pick: Pick,
    kind: Kind,
    /// "Now" uses the person's statement's Universal Credit, where given.
    statement: bool,
}

impl Line {
    fn amount(label: String, pick: Pick) -> Line {
        Line {
            label,
            pick,
            kind: Kind::Amount,
            statement: false,
        }
    }

    fn deduction(label: String, pick: Pick) -> Line {
        Line {
            kind: Kind::Deduction,
            ..Line::amount(label, pick)
        }
    }

    fn total(label: String, pick: Pick) -> Line {
        Line {
            kind: Kind::Total,
            ..Line::amount(label, pick)
        }
    }

    fn with_statement(self) -> Line {
        Line {
            statement: true,
            ..self
        }
    }
}

/// The lines of money coming in, in order: pay and what comes off it, then every cash
/// benefit the engine counts in net income, so that they add up to "Money coming in".
fn income_lines(scottish: bool) -> Vec<Line> {
    let (pip, dla, winter) = if scottish {
        (
            t!("result-name-adp"),
            t!("result-name-cdp"),
            t!("result-name-winter-heating"),
        )
    } else {
        (
            t!("result-name-pip"),
            t!("result-name-dla"),
            t!("result-name-winter-fuel"),
        )
    };
    vec![
        Line::amount(t!("result-row-pay"), |f, _| f.employment_income),
        Line::deduction(t!("result-row-income-tax"), |f, _| f.income_tax),
        Line::deduction(t!("result-row-ni"), |f, _| f.national_insurance),
        Line::deduction(t!("result-row-pension"), |f, _| f.pension),
        Line::amount(t!("result-row-uc"), |f, _| f.uc.award).with_statement(),
        Line::deduction(t!("result-row-uc-deductions"), |f, _| f.uc.deductions),
        Line::amount(t!("result-row-esa"), |f, _| f.esa),
        Line::amount(t!("result-row-jsa"), |f, _| f.jsa),
        Line::amount(t!("result-row-state-pension"), |f, _| f.state_pension),
        Line::amount(t!("result-row-pension-credit"), |f, _| {
            f.pension_credit.award
        }),
        Line::amount(t!("result-row-housing-benefit"), |f, _| {
            f.housing_benefit.award
        }),
        Line::amount(t!("result-row-child-benefit"), |f, _| f.child_benefit),
        Line::deduction(t!("result-row-child-benefit-charge"), |f, _| {
            f.child_benefit_charge
        }),
        Line::amount(
            crate::better_off::engine::carer_benefit(scottish),
            |f, _| f.carers_allowance,
        ),
        Line::amount(t!("result-row-carer-supplement"), |f, _| f.carer_supplement),
        Line::amount(t!("result-row-scp"), |f, _| f.scottish_child_payment),
        Line::amount(pip, |f, _| f.pip),
        Line::amount(dla, |f, _| f.dla),
        Line::amount(winter, |f, _| f.winter_fuel),
        Line::deduction(t!("result-row-winter-charge"), |f, _| f.winter_fuel_charge),
        Line::total(t!("result-row-money-in"), |f, _| f.net_income).with_statement(),
    ]
}

/// The costs, then what is left. Council tax shows as the bill, with the reduction the
/// engine takes off it on its own line (never more than the bill).
fn cost_lines() -> Vec<Line> {
    vec![
        Line::deduction(t!("result-row-rent"), |f, _| f.housing_costs),
        Line::deduction(t!("result-row-council-tax"), |_, n| n.council_tax_bill),
        Line::amount(t!("result-row-council-tax-reduction"), |f, n| {
            n.council_tax_bill - f.council_tax
        }),
        Line::deduction(t!("result-row-childcare"), |f, _| f.childcare_costs),
        Line::deduction(t!("result-row-travel"), |f, _| f.travel_costs),
        Line::total(t!("result-row-left"), |f, _| f.disposable_income).with_statement(),
    ]
}

/// A monthly amount as the table shows it a week: x12/52, to the nearest penny, half a
/// penny rounding up. Every line of the table is turned into a week this one way, once.
pub fn weekly(monthly: Money) -> Money {
    monthly.monthly_to_weekly().round_penny()
}

/// The table's lines, weekly. Lines that are nothing in every column are left out, but the
/// totals always show.
///
/// Each amount is turned into a weekly figure once, the same way everywhere ([`weekly`]):
/// so the same rent or payment shows as the same figure in every column and household,
/// and a benefit that pays the whole rent shows as the rent. Each total is the sum of the
/// figures shown above it, so the column adds up; it can be a penny or two from the
/// engine's monthly total turned into a week.
fn rows(columns: &[Figures], statement_gap: Money, names: &Names) -> Vec<Row> {
    let mut running = vec![Money::ZERO; columns.len()];
    let mut rows = Vec::new();
    for line in income_lines(names.scottish).into_iter().chain(cost_lines()) {
        let exact: Vec<Money> = columns
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let mut m = (line.pick)(f, names);
                // "Now" uses the statement's UC where given.
                if i == 0 && line.statement {
                    m += statement_gap;
                }
                if line.kind == Kind::Deduction {
                    -m
                } else {
                    m
                }
            })
            .collect();
        let shown: Vec<Money> = match line.kind {
            Kind::Total => running.clone(),
            Kind::Amount | Kind::Deduction => exact
                .iter()
                .zip(running.iter_mut())
                .map(|(m, sum)| {
                    let shown = weekly(*m);
                    *sum += shown;
                    shown
                })
                .collect(),
        };
        let total = line.kind == Kind::Total;
        if total || exact.iter().any(|m| !m.is_zero()) {
            rows.push(Row {
                label: line.label,
                weekly: shown,
                total,
            });
        }
    }
    rows
}

/// Help in kind: a weekly line for each kind any column has, then what is left with it, and
/// a sentence for each kind saying what it is worth and where it stops.
fn help_in_kind(columns: &[Figures], h: &Household, table: &[Row]) -> (Vec<Row>, Vec<String>) {
    use crate::better_off::rules::help_in_kind::{stop, Stop};
    let kinds: Vec<Vec<(HelpKind, Money)>> = columns
        .iter()
        .map(|f| f.help_in_kind.each(h.country).to_vec())
        .collect();
    let Some(first) = kinds.first() else {
        return (Vec::new(), Vec::new());
    };
    // Left to live on a week in each column, as the money table shows it (its last line).
    let mut running: Vec<Money> = table
        .last()
        .map(|left| left.weekly.clone())
        .unwrap_or_else(|| vec![Money::ZERO; columns.len()]);
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    let higher_nhs = columns[0].uc.child_element.is_positive()
        || columns[0].uc.lcwra.is_positive()
        || h.adults().iter().any(|a| a.lcw);
    for (k, (kind, _)) in first.iter().enumerate() {
        let yearly: Vec<Money> = kinds.iter().map(|c| c[k].1).collect();
        if yearly.iter().all(|m| m.is_zero()) {
            continue;
        }
        // Each kind's weekly figure, as in the money table, so the lines add up.
        let shown = yearly
            .iter()
            .zip(running.iter_mut())
            .map(|(y, sum)| {
                let shown = weekly(y.annual_to_monthly());
                *sum += shown;
                shown
            })
            .collect();
        let name = help_label_name(*kind);
        rows.push(Row {
            label: name.clone(),
            weekly: shown,
            total: false,
        });
        let worth = if kind.is_estimate() {
            t!(
                "result-help-worth-estimate",
                name = name,
                amount = format_pounds(yearly[0])
            )
        } else {
            t!(
                "result-help-worth",
                name = name,
                amount = format_pounds(yearly[0])
            )
        };
        let stops = match stop(h.params, h.country, h.year, *kind, higher_nhs) {
            Stop::Above(limit) => t!("result-help-stops-above", limit = format_pounds(limit)),
            Stop::PartAbove(limit) => {
                t!("result-help-stops-part-above", limit = format_pounds(limit))
            }
            Stop::WithBenefit => t!("result-help-stops-with-benefit"),
        };
        notes.push(format!("{worth} {stops}"));
    }
    if rows.is_empty() {
        return (rows, notes);
    }
    rows.push(Row {
        label: t!("result-row-with-help"),
        weekly: running,
        total: true,
    });
    (rows, notes)
}

/// The name of a kind of help, for the table and the sentences.
fn help_label_name(kind: HelpKind) -> String {
    let what = match kind {
        HelpKind::FreeSchoolMeals => "free-school-meals",
        HelpKind::HealthyStart => "healthy-start",
        HelpKind::BestStartFoods => "best-start-foods",
        HelpKind::Prescriptions => "prescriptions",
        HelpKind::SureStartMaternityGrant => "sure-start",
        HelpKind::BestStartGrant => "best-start-grant",
    };
    t!("result-help-name", kind = what)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::form::Field;
    use crate::better_off::test_support::single_social_renter_form;

    #[test]
    fn not_covered_no_longer_lists_what_the_calculator_now_works_out() {
        let said = not_covered().join(" ");
        for covered in [
            "ESA",
            "JSA",
            "supported",
            "State Pension",
            "Scotland",
            "Wales",
            "school meals",
            "prescriptions",
            "Deductions",
        ] {
            assert!(!said.contains(covered), "{covered} in {said}");
        }
        for still_not in ["Self-employment", "Student", "middle of the tax year"] {
            assert!(said.contains(still_not), "{still_not} missing from {said}");
        }
    }

    /// The oracle's hand-checked single social renter, 16 hours at the NLW, 2026-27:
    /// £4,758.62 a year better off (£91.51 a week).
    fn anchor() -> Form {
        let mut f = single_social_renter_form();
        f.set(Field::OfferPension(0), "no");
        f
    }

    #[test]
    fn the_headline_says_the_weekly_gain_in_words() {
        let a = answer(&anchor()).unwrap();
        assert_eq!(
            a.offers[0].headline,
            "You would be £92 a week better off working 16 hours."
        );
        assert_eq!(
            a.offers[0].better_off_weekly.round_penny(),
            Money::pence(9151)
        );
        assert_eq!(a.offers[0].keeps_of_each_pound, "45p");
        assert!(
            a.offers[0].detail.ends_with("you keep about 45p."),
            "{}",
            a.offers[0].detail
        );
        assert_eq!(a.columns, ["Now", "Job 1 (16 hours)"]);
    }

    #[test]
    fn the_table_shows_only_lines_with_money_and_always_the_totals() {
        let a = answer(&anchor()).unwrap();
        let labels: Vec<&str> = a.rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Pay before tax",
                "Universal Credit",
                "Money coming in",
                "Rent and service charges",
                "Left to live on"
            ]
        );
        let uc = &a.rows[1];
        // £924.90 a month out of work is £213.44 a week; £440.23 in work is £101.59.
        assert_eq!(uc.weekly, [Money::pence(21344), Money::pence(10159)]);
        // Rent of £500 a month is £115.3846 a week: £115.38 in every column, and the column
        // adds up to what is shown (money coming in £213.44, left £98.06).
        assert_eq!(a.rows[3].weekly, [Money::pence(-11538); 2]);
        assert_eq!(
            a.rows[2].weekly[0] + a.rows[3].weekly[0],
            a.rows[4].weekly[0]
        );
        assert_eq!(a.rows[4].weekly[0], Money::pence(9806));
    }

    /// The line of the table called `label`, a week in each column.
    fn line(a: &Answer, label: &str) -> Vec<Money> {
        a.rows
            .iter()
            .find(|r| r.label == label)
            .unwrap_or_else(|| panic!("no {label}: {:#?}", a.rows))
            .weekly
            .clone()
    }

    /// QA #7: the same money shows as the same figure in every column and every household,
    /// and a benefit that pays the whole rent is never shown as more than the rent.
    #[test]
    fn one_amount_is_one_figure_in_every_column_and_household() {
        use crate::better_off::scenario::Adult;
        use crate::better_off::test_support::single_social_renter;
        let ask = |s: Scenario| Answer::for_scenario(s, None, Vec::new()).unwrap();
        let mut two_jobs = single_social_renter().rent_pence(90_000).build();
        let mut second = two_jobs.offers[0].clone();
        second.hours_per_week = rust_decimal::Decimal::from(30);
        two_jobs.offers.push(second);
        // £900 a month is £207.6923 a week.
        let a = ask(two_jobs);
        assert_eq!(
            line(&a, "Rent and service charges"),
            [Money::pence(-20769); 3]
        );

        // A single pensioner with £500 rent: Housing Benefit pays all of it, now and in work.
        let pensioner = ask(single_social_renter().age(68).build());
        let rent = line(&pensioner, "Rent and service charges");
        assert_eq!(rent, [Money::pence(-11538); 2]);
        let hb = line(&pensioner, "Housing Benefit");
        for (hb, rent) in hb.iter().zip(&rent) {
            assert!(*hb + *rent <= Money::ZERO, "{hb:?} against {rent:?}");
        }
        let winter = line(&pensioner, "Winter Fuel Payment");
        assert!(winter[0].is_positive(), "{winter:?}");
        assert_eq!(winter[0], winter[1]);

        // A mixed-age couple with the same rent sees the same figure for it.
        let mut couple = single_social_renter().age(68).build();
        couple.adults.push(Adult::new(60));
        let couple = ask(couple);
        assert_eq!(line(&couple, "Rent and service charges"), rent);
    }

    #[test]
    fn a_statement_that_differs_is_used_for_now_and_said() {
        let mut f = anchor();
        f.set(Field::UcStatement, "900");
        let a = answer(&f).unwrap();
        let s = a.statement.as_ref().unwrap();
        assert_eq!(s.calculated_monthly, Money::pence(92490));
        assert!(
            s.message.contains("We have used your statement"),
            "{}",
            s.message
        );
        // £24.90 a month less now makes the job £24.90 a month more worth it.
        let plain = answer(&anchor()).unwrap();
        assert_eq!(
            a.offers[0].better_off_monthly - plain.offers[0].better_off_monthly,
            Money::pence(2490)
        );
        f.set(Field::UcStatement, "924.50");
        assert!(answer(&f)
            .unwrap()
            .statement
            .unwrap()
            .message
            .contains("the same"));
    }

    /// Issue 20, "one answer everywhere": with a statement, the headline, the chart (its
    /// offer point, read-out and summary) and the heat map's "this job" cell give the same
    /// figure, each against the statement's "now", and the words say which figure it is.
    #[test]
    fn with_a_statement_the_headline_chart_and_heat_map_show_one_figure() {
        use crate::better_off::chart::{Chart, WeeklySweep, WIDTH};
        use crate::better_off::heatmap::HeatMapCache;
        for (statement, hours) in [("850", "16"), ("1000", "20"), ("", "16"), ("700", "30")] {
            let mut f = anchor();
            f.set(Field::UcStatement, statement);
            f.set(Field::OfferHours(0), hours);
            let a = answer(&f).unwrap();
            let job = &a.scenario.offers[0];
            let h = &a.household;
            let headline = a.offers[0].better_off_weekly;
            let chart = Chart::from_weekly(
                &WeeklySweep::new(&h.sweep(job)),
                &a.baseline,
                job.hours_per_week,
                &h.in_work(job),
                h.country,
                WIDTH,
            );
            let words = crate::better_off::format::format_pounds(headline);
            let point = chart.points.iter().find(|p| p.is_offer).unwrap();
            assert!(
                point
                    .aria_label
                    .ends_with(&format!("{words} better off than now")),
                "{statement}: {} against {words}",
                point.aria_label
            );
            assert!(chart
                .summary
                .contains(&format!("{words} better off than now")));
            // The gap between the lines at the job's hours is the headline's figure.
            let now_line = a.baseline.left_weekly();
            assert!(chart
                .out_of_work_label
                .text
                .contains(&crate::better_off::format::format_pounds(now_line)));
            let map = HeatMapCache::default()
                .build(&a.scenario, h, 0, &a.baseline)
                .unwrap();
            let (r, c) = map.offer.unwrap();
            assert_eq!(map.cells[r][c].better_off_weekly, headline, "{statement}");
            assert!(a.offers[0].headline.contains(&words));
            // Which figure it is, said once for all of them.
            assert!(a
                .measure
                .starts_with("Better off means more left to live on each week, after rent"));
            assert_eq!(
                a.measure
                    .contains("uses the Universal Credit on your statement"),
                !statement.is_empty(),
                "{}",
                a.measure
            );
        }
    }

    #[test]
    fn the_detail_names_only_the_costs_entered() {
        let mut f = anchor();
        f.set(Field::OfferTravel(0), "12");
        let a = answer(&f).unwrap();
        assert!(
            a.offers[0]
                .detail
                .starts_with("That is £345 a month, after rent and travel to work."),
            "{}",
            a.offers[0].detail
        );
        f.set(Field::Tenure, "owner");
        f.set(Field::OfferTravel(0), "");
        let a = answer(&f).unwrap();
        assert!(
            a.offers[0].detail.starts_with("That is £") && !a.offers[0].detail.contains("after"),
            "{}",
            a.offers[0].detail
        );
        assert_eq!(
            a.measure,
            "Better off means more money coming in each week."
        );
    }

    #[test]
    fn just_below_the_carers_allowance_limit_more_work_is_called_out_not_given_as_minus_pence() {
        // A carer who owns their home, 15 hours at £13: one more hour's pay crosses the
        // £204 a week Carer's Allowance earnings limit, so the whole allowance would stop.
        let mut f = anchor();
        f.set(Field::Region, "NORTH_EAST");
        f.set(Field::Age(0), "40");
        f.set(Field::Carer(0), "yes");
        f.set(Field::Tenure, "owner");
        f.set(Field::OfferHours(0), "15");
        f.set(Field::OfferWage(0), "13");
        let a = answer(&f).unwrap();
        assert!(
            a.offers[0]
                .detail
                .contains("Careful: working a little more"),
            "{}",
            a.offers[0].detail
        );
        assert!(!a.offers[0].detail.contains('-'));
    }

    #[test]
    fn the_table_hint_names_universal_credit_only_where_it_is_claimed() {
        let mut f = crate::better_off::test_support::single_social_renter_form();
        let a = answer(&f).unwrap();
        assert!(!a.pension_age());
        assert!(a.table_hint().contains("Universal Credit"));
        f.set(Field::Age(0), "68");
        f.set(Field::StatePension(0), "0");
        let a = answer(&f).unwrap();
        assert!(a.pension_age());
        assert!(
            !a.table_hint().contains("Universal Credit"),
            "{}",
            a.table_hint()
        );
    }

    #[test]
    fn warnings_are_said_once_with_the_situation_they_are_about() {
        // A private renter above the LHA: the shortfall applies now and in the job, and is
        // said once, as "Now".
        let mut f = anchor();
        f.set(Field::Tenure, "private_rent");
        f.set(Field::Rent, "900");
        let a = answer(&f).unwrap();
        let shortfall: Vec<_> = a
            .things_to_know
            .iter()
            .filter(|(_, t)| t.contains("Local Housing Allowance"))
            .collect();
        assert_eq!(shortfall.len(), 1, "{:?}", a.things_to_know);
        assert_eq!(shortfall[0].0, "Now");
    }

    #[test]
    fn a_form_with_problems_gives_the_problems_not_an_answer() {
        let mut f = anchor();
        f.set(Field::OfferHours(0), "200");
        assert!(answer(&f).unwrap_err().contains_key(&Field::OfferHours(0)));
    }

    /// Uses a language's messages, as the app does when someone picks it.
    fn speak(lang: crate::i18n::Lang) {
        let text = crate::i18n::source(lang);
        assert!(crate::i18n::use_translation(lang, text).is_empty());
    }

    #[test]
    fn the_answer_speaks_welsh_with_uk_rules_and_pounds() {
        speak(crate::i18n::Lang::Cy);
        let a = answer(&anchor()).unwrap();
        let words = (
            a.offers[0].headline.clone(),
            a.columns.clone(),
            a.rows.iter().map(|r| r.label.clone()).collect::<Vec<_>>(),
            a.report.offers[0]
                .in_work
                .explanation
                .last()
                .unwrap()
                .text
                .clone(),
            rates_sentence(TaxYear::Y2026_27),
            crate::calendar::long(crate::calendar::Date::new(2026, 3, 3)),
        );
        crate::i18n::use_catalog(None);
        assert_eq!(
            words.0,
            "Byddech chi £92 yr wythnos yn well eich byd yn gweithio 16 awr."
        );
        assert_eq!(words.1, ["Nawr", "Swydd 1 (16 awr)"]);
        assert!(
            words.2.contains(&"Credyd Cynhwysol".to_string()),
            "{:?}",
            words.2
        );
        assert!(
            words.2.contains(&"Ar ôl i fyw arno".to_string()),
            "{:?}",
            words.2
        );
        assert!(words.3.starts_with("Ar ôl rhent"), "{}", words.3);
        assert_eq!(words.4, "Cyfraddau ar gyfer 6 Ebrill 2026 i 5 Ebrill 2027.");
        assert_eq!(words.5, "3 Mawrth 2026");
    }

    #[test]
    fn swedish_writes_money_the_swedish_way() {
        speak(crate::i18n::Lang::Sv);
        let mut f = anchor();
        f.set(Field::OfferHours(0), "35");
        let a = answer(&f).unwrap();
        let explanation: Vec<String> = a.report.offers[0]
            .in_work
            .explanation
            .iter()
            .map(|l| l.text.clone())
            .collect();
        let headline = a.offers[0].headline.clone();
        crate::i18n::use_catalog(None);
        assert!(headline.starts_with("Du skulle få "), "{headline}");
        assert!(
            headline.ends_with(" mer i veckan om du jobbar 35 timmar."),
            "{headline}"
        );
        // "Du tjänar 1 927,68 £ i månaden före skatt.": a space between thousands, a decimal
        // comma, the pound sign after (the spaces do not break).
        let amount = explanation[0]
            .strip_prefix("Du tjänar ")
            .and_then(|rest| rest.strip_suffix(" i månaden före skatt."))
            .unwrap_or_else(|| panic!("{}", explanation[0]));
        let plain: String = amount
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect();
        assert_eq!(plain, "1 927,68 £", "{amount:?}");
        assert!(!amount.contains(' '), "no breaking space: {amount:?}");
    }

    /// The headline and easy read's key figure say the same for the same week: about the
    /// same whenever the pounds shown round to £0, never "£0 worse off" or "£0 less".
    #[test]
    fn a_loss_under_a_penny_or_of_40p_reads_the_same_in_the_headline_and_in_easy_read() {
        let under_a_penny = Money::pence(-3).times(rust_decimal::Decimal::new(1, 1));
        for weekly in [
            under_a_penny,
            Money::pence(-40),
            Money::pence(-49),
            Money::pence(40),
        ] {
            let plain = headline(weekly, "16", &Person::default());
            crate::i18n::set_easy_read(true);
            let easy = headline(weekly, "16", &Person::default());
            crate::i18n::set_easy_read(false);
            assert_eq!(
                plain, "You would have about the same money working 16 hours.",
                "{weekly:?}"
            );
            assert_eq!(
                easy.lines().next(),
                Some("You would have about the same money if you take this job."),
                "{weekly:?}"
            );
            assert_eq!(
                easy_difference(weekly),
                "The difference: about the same money",
                "{weekly:?}"
            );
        }
        // From 50p a week the pounds shown are £1, and every sentence says so.
        let weekly = Money::pence(-50);
        assert_eq!(
            headline(weekly, "16", &Person::default()),
            "You would be £1 a week worse off working 16 hours."
        );
        assert_eq!(easy_difference(weekly), "The difference: £1 less each week");
    }

    #[test]
    fn the_headline_speaks_of_the_person_the_form_is_for() {
        use crate::better_off::form::Field;
        let mut form = crate::better_off::test_support::single_social_renter_form();
        let mine = answer(&form).unwrap().offers[0].headline.clone();
        assert!(mine.starts_with("You would be £"), "{mine}");
        form.set(Field::ForWhom, "son");
        form.set(Field::PersonName, "Sam");
        let his = answer(&form).unwrap();
        let headline = &his.offers[0].headline;
        assert!(
            headline.starts_with("Working 16 hours, Sam would be £"),
            "{headline}"
        );
        assert!(
            his.offers[0]
                .detail
                .contains("For each extra £1 Sam earns, they keep about"),
            "{}",
            his.offers[0].detail
        );
        // The explanation under "How we worked this out" speaks of him too.
        let lines = &his.report.offers[0].in_work.explanation;
        assert!(lines.iter().any(|l| l.text.starts_with("Sam earns £")));
        assert!(!lines.iter().any(|l| l.text.starts_with("You earn")));
        // The same figure: whom it is for changes words, never money.
        let pounds = |h: &str| {
            h.split('£')
                .nth(1)
                .unwrap()
                .split(' ')
                .next()
                .unwrap()
                .to_string()
        };
        assert_eq!(pounds(headline), pounds(&mine));
        form.set(Field::PersonName, "");
        let headline = answer(&form).unwrap().offers[0].headline.clone();
        assert!(
            headline.starts_with("Working 16 hours, your son would"),
            "{headline}"
        );
        // So does what their Universal Credit statement says, and "now" that uses it.
        form.set(Field::UcStatement, "300");
        let a = answer(&form).unwrap();
        let said = &a.statement.as_ref().unwrap().message;
        assert!(said.starts_with("The statement says £300"), "{said}");
        assert!(!said.contains("your statement"), "{said}");
        assert!(a.measure.contains("on the statement"), "{}", a.measure);
    }

    #[test]
    fn easy_read_gives_one_idea_a_line() {
        crate::i18n::set_easy_read(true);
        let a = answer(&anchor()).unwrap();
        crate::i18n::set_easy_read(false);
        assert_eq!(
            a.offers[0].headline,
            "You would have more money if you take this job.\n\
             You would have £92 more each week.\n\
             This is if you work 16 hours a week."
        );
        // Only the costs this household has are named, and the margin is "for each £1".
        assert_eq!(
            a.offers[0].detail,
            "That is £397 each month.\nWe took off rent.\n\
             For each extra £1 you earn, you keep about 45p."
        );
        // The key figures easy read shows: the difference is what is left in work less now.
        assert_eq!(
            (a.offers[0].in_work_weekly - a.offers[0].now_weekly).round_penny(),
            a.offers[0].better_off_weekly.round_penny()
        );
        // Off again: the usual sentence.
        let a = answer(&anchor()).unwrap();
        assert_eq!(
            a.offers[0].headline,
            "You would be £92 a week better off working 16 hours."
        );
    }

    /// Whether a text speaks to "you".
    fn says_you(text: &str) -> bool {
        text.split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(w.to_lowercase().as_str(), "you" | "your"))
    }

    #[test]
    fn the_page_s_own_words_speak_of_the_person_the_form_is_for() {
        use crate::better_off::form::Field;
        // The answer page's sentences that said "you": the table, help in kind, the estimate,
        // the sliders, the heat map and the first months.
        let ids = [
            "result-table-title",
            "result-table-label",
            "result-help-intro",
            "result-estimate",
            "result-what-if-trying",
            "result-heat-this-job-is",
            "result-fm-title",
            "result-fm-show",
            "result-fm-payday-hint",
            "result-fm-period-label",
            "result-fm-period-hint",
            "result-fm-check-dates",
        ];
        let mut form = crate::better_off::test_support::single_social_renter_form();
        let mine = answer(&form).unwrap().person;
        for id in ids {
            // "Show my first months" is said by the person themselves.
            let mine = mine.tr(id);
            assert!(says_you(&mine) || mine.contains(" my "), "{id}: {mine}");
        }
        form.set(Field::ForWhom, "son");
        form.set(Field::PersonName, "Sam");
        let his = answer(&form).unwrap().person;
        for id in ids {
            assert!(!says_you(&his.tr(id)), "{id}: {}", his.tr(id));
        }
        assert_eq!(
            his.tr("result-help-intro"),
            "This help is not money coming in, so it is not in the totals above. It is shown \
             here a week. It can stop when Sam earns more."
        );
        // "You" in the sliders' hint is whoever fills the form in, who typed the job.
        assert!(his
            .tr("result-what-if-hint")
            .starts_with("Try other hours or pay for Sam"));
        crate::i18n::set_easy_read(true);
        let easy = his.tr("result-fm-intro");
        crate::i18n::set_easy_read(false);
        assert!(
            easy.contains("the month it is paid") && !says_you(&easy),
            "{easy}"
        );
    }
}
