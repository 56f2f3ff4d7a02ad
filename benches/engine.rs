//! Speed of the engine: one scenario answered in full (with explanation and warnings), one
//! evaluation on a prepared household (what the heat map does per cell), and the 121-point
//! sweep behind the chart (target: under 0.5 ms natively).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use supported_work::engine::{self, Household};
use supported_work::scenario::Scenario;

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
}

criterion_group!(benches, bench);
criterion_main!(benches);
