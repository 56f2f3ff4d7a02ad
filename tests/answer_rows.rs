//! The table "Your money, a week" adds up: for every reference household (New Style ESA and
//! JSA, supported housing, pension age, council tax reduction, winter payments, children,
//! carers), with and without a Universal Credit statement, the amount lines shown above
//! "Money coming in" add up to it to the penny, and "Money coming in" less the cost lines
//! shown is "Left to live on", in every column. Each line is its own amount turned into a
//! week once (so the same money is the same figure everywhere), and the totals are within a
//! few pence of the engine's own figures, so a cash benefit the engine counts but the table
//! leaves out makes this fail.

mod common;

use common::all_public_cases;
use std::collections::BTreeSet;
use supported_work::better_off::answer::{Answer, Row};
use supported_work::better_off::engine::Figures;
use supported_work::better_off::scenario::Scenario;
use supported_work::money::Money;

fn scenarios() -> Vec<(String, Scenario)> {
    all_public_cases()
        .into_iter()
        .map(|case| {
            let scenario = case.to_scenario().expect("a reference case reads");
            (case.id, scenario)
        })
        .collect()
}

fn weekly(m: Money) -> Money {
    m.monthly_to_weekly().round_penny()
}

/// Checks one answer's columns; gives the labels of the lines shown.
fn check_sums(id: &str, a: &Answer) -> Vec<String> {
    let money_in = a
        .rows
        .iter()
        .position(|r| r.label == "Money coming in")
        .unwrap_or_else(|| panic!("{id}: no money coming in"));
    let left = a
        .rows
        .iter()
        .position(|r| r.label == "Left to live on")
        .unwrap_or_else(|| panic!("{id}: nothing left to live on"));
    assert_eq!(left, a.rows.len() - 1, "{id}: left to live on comes last");
    let sum = |rows: &[Row], column: usize| -> Money {
        rows.iter()
            .filter(|r| !r.total)
            .map(|r| r.weekly[column])
            .sum()
    };
    let mut situations: Vec<&Figures> = vec![&a.report.out_of_work.figures];
    situations.extend(a.report.offers.iter().map(|o| &o.in_work.figures));
    assert_eq!(situations.len(), a.columns.len(), "{id}");
    for (column, f) in situations.iter().enumerate() {
        let gap = if column == 0 {
            a.baseline.statement_gap()
        } else {
            Money::ZERO
        };
        let shown_in = a.rows[money_in].weekly[column];
        let shown_left = a.rows[left].weekly[column];
        // The totals are the engine's (with the statement's UC for now), give or take the
        // rounding of each line to the penny.
        let near = |shown: Money, engine: Money| {
            (shown - engine).to_decimal().abs() <= Money::pence(4).to_decimal()
        };
        assert!(
            near(shown_in, weekly(f.net_income + gap)),
            "{id} column {column}: {shown_in:?}"
        );
        assert!(
            near(shown_left, weekly(f.disposable_income + gap)),
            "{id} column {column}: {shown_left:?}"
        );
        // Each line is its own weekly figure.
        for r in a.rows.iter().filter(|r| !r.total) {
            assert_eq!(r.weekly[column], r.weekly[column].round_penny(), "{id}");
        }
        assert_eq!(
            sum(&a.rows[..money_in], column),
            shown_in,
            "{id} column {column}: the lines above do not add up to money coming in: {:#?}",
            a.rows
        );
        assert_eq!(
            shown_in + sum(&a.rows[money_in + 1..left], column),
            shown_left,
            "{id} column {column}: money coming in less the costs is not what is left: {:#?}",
            a.rows
        );
    }
    a.rows.iter().map(|r| r.label.clone()).collect()
}

#[test]
fn every_reference_household_s_table_adds_up_in_every_column() {
    let mut seen = BTreeSet::new();
    let cases = scenarios();
    assert!(cases.len() >= 76, "{} cases", cases.len());
    for (id, scenario) in cases {
        let a = Answer::for_scenario(scenario.clone(), None, Vec::new())
            .unwrap_or_else(|e| panic!("{id}: {e:?}"));
        seen.extend(check_sums(&id, &a));
        // With a statement £37.50 a month under our figure, "now" moves and still adds up.
        let paid = a.report.out_of_work.figures.uc.paid;
        if paid.is_positive() {
            let stated = paid - Money::pence(3_750);
            let a = Answer::for_scenario(scenario, Some(stated), Vec::new()).unwrap();
            assert_eq!(a.baseline.statement_gap(), Money::pence(-3_750), "{id}");
            check_sums(&id, &a);
        }
    }
    // The households cover every cash line, so none of them can be left out unnoticed.
    for line in [
        "New Style ESA",
        "New Style JSA",
        "State Pension",
        "Pension Credit",
        "Housing Benefit",
        "Council Tax Reduction",
        "Winter Fuel Payment",
        "Universal Credit",
        "Child Benefit",
        "Income tax",
        "National Insurance",
    ] {
        assert!(seen.contains(line), "no household shows {line}: {seen:?}");
    }
}

/// Help in kind is its own block: each kind's weekly value, then "Left to live on, with help
/// in kind", which is what is left plus the help, to the penny; each kind is said with its
/// value a year, whether that is an estimate, and where it stops.
#[test]
fn help_in_kind_is_kept_apart_and_adds_up_to_its_own_total() {
    let mut kinds = BTreeSet::new();
    for (id, scenario) in scenarios() {
        let a = Answer::for_scenario(scenario, None, Vec::new()).unwrap();
        let help: Vec<Money> = {
            let mut columns = vec![&a.report.out_of_work.figures];
            columns.extend(a.report.offers.iter().map(|o| &o.in_work.figures));
            columns.iter().map(|f| f.help_in_kind.total()).collect()
        };
        if help.iter().all(|m| m.is_zero()) {
            assert!(a.help_rows.is_empty() && a.help_notes.is_empty(), "{id}");
            continue;
        }
        // None of it is in the money table.
        assert!(
            !a.rows.iter().any(|r| r.label.contains("school meals")),
            "{id}"
        );
        let (total, items) = a.help_rows.split_last().expect("a total");
        assert_eq!(total.label, "Left to live on, with help in kind", "{id}");
        let left = a.rows.last().unwrap();
        for column in 0..a.columns.len() {
            let sum: Money = items.iter().map(|r| r.weekly[column]).sum();
            assert_eq!(left.weekly[column] + sum, total.weekly[column], "{id}");
            let f = if column == 0 {
                &a.report.out_of_work.figures
            } else {
                &a.report.offers[column - 1].in_work.figures
            };
            let engine = (f.disposable_income + f.help_in_kind.total().annual_to_monthly())
                .monthly_to_weekly()
                .round_penny();
            assert!(
                (total.weekly[column] - engine).to_decimal().abs() <= Money::pence(5).to_decimal(),
                "{id}: {:?} against {engine:?}",
                total.weekly[column]
            );
        }
        assert_eq!(a.help_notes.len(), items.len(), "{id}");
        for (row, note) in items.iter().zip(&a.help_notes) {
            assert!(
                note.starts_with(&format!("{}: worth ", row.label)),
                "{id}: {note}"
            );
            assert!(note.contains("help stops "), "{id}: {note}");
            kinds.insert(row.label.clone());
            if row.label == "Free school meals" {
                assert!(note.contains("(an estimate)"), "{id}: {note}");
            }
        }
    }
    assert!(kinds.contains("Free school meals"), "{kinds:?}");
}

#[test]
fn deductions_from_universal_credit_show_as_their_own_line_and_add_up() {
    let (id, mut scenario) = scenarios()
        .into_iter()
        .find(|(_, s)| {
            Answer::for_scenario(s.clone(), None, Vec::new())
                .map(|a| a.report.out_of_work.figures.uc.award > Money::pounds(200))
                .unwrap_or(false)
        })
        .expect("a household on Universal Credit");
    scenario.uc_deductions_monthly = Money::pounds(60);
    let a = Answer::for_scenario(scenario, None, Vec::new()).unwrap();
    let labels = check_sums(&id, &a);
    let line = labels
        .iter()
        .position(|l| l.starts_with("Taken off Universal Credit"))
        .unwrap_or_else(|| panic!("{id}: {labels:?}"));
    // £60 a month is £13.85 a week (x12/52), shown as money going out.
    assert_eq!(a.rows[line].weekly[0], Money::pence(-1_385), "{id}");
}

/// Shows which kinds of help the reference households reach, for a person checking.
#[test]
fn the_reference_households_show_help_in_kind_words() {
    let notes: Vec<String> = scenarios()
        .into_iter()
        .flat_map(|(_, s)| {
            Answer::for_scenario(s, None, Vec::new())
                .unwrap()
                .help_notes
        })
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("a year of take-home pay") || n.contains("Credit stops")),
        "{notes:#?}"
    );
}

/// The chart names the cliff a New Style ESA claimant meets where nothing makes up the loss:
/// "ESA stops at 16 hours". (New Style JSA is taken down pound for pound by pay over its
/// small disregard, so in these households it is gone before 16 hours: no cliff to mark.)
#[test]
fn the_chart_marks_esa_and_jsa_stopping() {
    use supported_work::better_off::chart::Chart;
    use supported_work::better_off::engine::Household;
    let mut labels = BTreeSet::new();
    for (_, mut s) in scenarios() {
        // Savings over £16,000: no Universal Credit to make up a lost benefit.
        s.savings = Money::pounds(20_000);
        let Ok(h) = Household::prepare(&s) else {
            continue;
        };
        let c = Chart::build(&h, &s.offers[0]);
        labels.extend(c.cliffs.iter().map(|m| m.label.clone()));
    }
    assert!(labels.contains("ESA stops at 16 hours"), "{labels:?}");
}
