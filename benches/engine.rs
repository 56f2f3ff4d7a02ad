//! Speed of the engine: one scenario answered in full (with explanation and warnings), one
//! evaluation on a prepared household (what the heat map does per cell), and the 121-point
//! sweep behind the chart (target: under 0.5 ms natively).
//!
//! Besides the lone parent, the sweep is timed for the kinds of household the side-by-side
//! with the reference model uses (`scripts/bench-vs-reference.sh`), taken from the oracle's
//! own cases so both benches run the very same households: a single person without children
//! renting privately, a couple with three children, a carer (Scotland, Carer Support
//! Payment) and a disabled person with LCWRA and PIP (Wales).
//!
//! Also the cost of reading each language's messages (issue 10: data tables must not make
//! start-up slow).
//!
//! `cargo bench --bench engine`; `scripts/bench.sh` runs it with the other timings.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use supported_work::better_off::engine::{self, Household};
use supported_work::better_off::scenario::{OracleCase, Scenario};
use supported_work::i18n::{ftl, Lang};

const ORACLE_CASES: &str = include_str!("../tests/oracle/public.jsonl");

/// (label, oracle case id) for the households swept besides the lone parent.
const HOUSEHOLDS: [(&str, &str); 4] = [
    (
        "single, no children, private rent",
        "anchor_young_shared_rate_2026",
    ),
    (
        "couple, three children, social rent",
        "anchor_couple_3kids_2026",
    ),
    ("carer, Scotland", "anchor_scotland_carer_2026"),
    ("LCWRA and PIP, Wales", "anchor_wales_lcwra_pip_2026"),
];

fn lone_parent() -> Scenario {
    serde_json::from_str(
        r#"{"country": "england", "tax_year": "2026-27",
            "adults": [{"age": 32}],
            "children": [{"age": 3, "sex": "female"}, {"age": 7}],
            "housing": {"tenure": "private_rent", "rent": "1900", "brma": "INNER_SOUTH_EAST_LONDON"},
            "offers": [{"hours_per_week": "20", "hourly_wage": "12.71", "childcare_monthly": "400"}]}"#,
    )
    .expect("bench scenario")
}

/// The oracle case with this id, as our scenario.
fn oracle_household(id: &str) -> Scenario {
    ORACLE_CASES
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<OracleCase>(l).expect("oracle case parses"))
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no oracle case {id}"))
        .to_scenario()
        .expect("oracle case converts")
}

fn bench(c: &mut Criterion) {
    let s = lone_parent();
    c.bench_function("calculate one scenario (explained)", |b| {
        b.iter(|| engine::calculate(black_box(&s)).unwrap())
    });
    let h = Household::prepare(&s).unwrap();
    c.bench_function("evaluate one point (prepared)", |b| {
        b.iter(|| h.in_work(black_box(&s.offers[0])))
    });
    c.bench_function("sweep 121 points (prepare + sweep)", |b| {
        b.iter(|| engine::sweep(black_box(&s), 0).unwrap())
    });
    c.bench_function("sweep 121 points (prepared)", |b| {
        b.iter(|| h.sweep(black_box(&s.offers[0])))
    });

    let mut group = c.benchmark_group("sweep 121 points (prepare + sweep) by household");
    for (label, id) in HOUSEHOLDS {
        let s = oracle_household(id);
        // The sweep must cover the whole range, or the figure is not the chart's cost.
        assert_eq!(engine::sweep(&s, 0).unwrap().points.len(), 121, "{id}");
        group.bench_function(label, |b| {
            b.iter(|| engine::sweep(black_box(&s), 0).unwrap())
        });
    }
    group.finish();

    // Reading a language's messages: English at the first message, another when picked.
    let mut group = c.benchmark_group("read a language's messages");
    for lang in Lang::ALL {
        let (code, text) = (lang.code(), supported_work::i18n::source(lang));
        assert!(
            ftl::parse(lang, text).1.is_empty(),
            "{code} reads without errors"
        );
        group.bench_function(code, |b| b.iter(|| ftl::parse(lang, black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
