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

// The households, shared with the tests (tests/wasm_timing.rs times the very same ones).
#[path = "../tests/common/mod.rs"]
mod common;

use common::{lone_parent, oracle_household, SWEPT_HOUSEHOLDS};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use supported_work::better_off::engine::{self, Household};
use supported_work::i18n::{ftl, Lang};

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
    for (label, id) in SWEPT_HOUSEHOLDS {
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
