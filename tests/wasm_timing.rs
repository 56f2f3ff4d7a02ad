//! Timings in WebAssembly, in headless Chromium: the same 121-point sweep as the native
//! criterion bench (`benches/engine.rs`), the other work one edit of the coaches' form costs
//! in the library (the answer, chart, heat map and first-months timeline), and the cost of
//! reading the LHA table, the one data table parsed at run time.
//!
//! Not part of ./test.sh and never pass/fail on time: times go to BENCHMARKS.md. Run it in
//! the release profile (what ships), with the console shown:
//!
//! ```sh
//! source scripts/wasm-env.sh
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver \
//!   cargo test --release --target wasm32-unknown-unknown --test wasm_timing -- --nocapture
//! ```
//!
//! (`scripts/bench.sh` does this.) On native targets this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{lone_parent, oracle_cases, PUBLIC_CASES, SWEPT_HOUSEHOLDS};
use std::hint::black_box;
use std::time::Duration;

use supported_work::better_off::answer::answer;
use supported_work::better_off::baseline::Baseline;
use supported_work::better_off::chart::{Chart, WeeklySweep, WIDTH};
use supported_work::better_off::engine::{self, Household};
use supported_work::better_off::first_months::timeline;
use supported_work::better_off::form::Form;
use supported_work::better_off::heatmap::{HeatMap, HeatMapCache};
use supported_work::better_off::params::lha;
use supported_work::calendar::Date;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure, Instant};

wasm_bindgen_test_configure!(run_in_browser);

/// Each timed round lasts at least this long (Chromium's clock is coarsened to 100 µs).
const ROUND: Duration = Duration::from_millis(30);
const ROUNDS: usize = 9;

/// Microseconds for one call of `f`, over ROUNDS rounds after a warm-up: (fastest round,
/// median round). On a machine shared with other work the fastest round is the better
/// estimate of the cost itself; the median shows how much the machine was disturbing it.
fn micros<T>(mut f: impl FnMut() -> T) -> (f64, f64) {
    let start = Instant::now();
    let mut warm = 0u32;
    while start.elapsed() < Duration::from_millis(20) || warm < 3 {
        black_box(f());
        warm += 1;
    }
    let per = start.elapsed().as_secs_f64() / f64::from(warm);
    let runs = ((ROUND.as_secs_f64() / per).ceil() as u32).max(3);
    let mut rounds: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..runs {
                black_box(f());
            }
            start.elapsed().as_secs_f64() * 1e6 / f64::from(runs)
        })
        .collect();
    rounds.sort_by(f64::total_cmp);
    (rounds[0], rounds[ROUNDS / 2])
}

fn line(label: &str, (fastest, median): (f64, f64)) {
    console_log!("wasm-timing | {label:<70} | {fastest:>9.1} µs | {median:>9.1} µs");
}

/// Lets the page breathe between measurements: the test runner talks to the page through
/// WebDriver, whose requests time out if the page is busy for 20 s at a stretch.
async fn pause() {
    yew::platform::time::sleep(Duration::ZERO).await;
}

// One test, so the order is fixed: the LHA table is read first, before anything else has
// run the parsing code, so its first read is measured cold as it is in the page.
#[wasm_bindgen_test]
async fn timings() {
    console_log!(
        "wasm-timing | {:<70} | {:>12} | {:>12}",
        "",
        "fastest round",
        "median round"
    );
    let start = Instant::now();
    let rows = lha::parse_uncached().len();
    let first = start.elapsed().as_secs_f64() * 1e6;
    assert_eq!(rows, 192, "the whole LHA table was read");
    line("LHA table: first read (192 areas, cold)", (first, first));
    pause().await;
    line("LHA table: read again (warm)", micros(lha::parse_uncached));
    pause().await;

    // The messages: English is read at the first message shown; another language when it is
    // picked (or at start-up, for a device set to it).
    for lang in supported_work::i18n::Lang::ALL {
        let (code, text) = (lang.code(), supported_work::i18n::source(lang));
        let (catalog, errors) = supported_work::i18n::ftl::parse(lang, text);
        assert!(
            errors.is_empty() && catalog.messages.len() > 100,
            "{code} reads"
        );
        line(
            &format!(
                "messages: read {code} ({} messages, {} KB)",
                catalog.messages.len(),
                text.len() / 1024
            ),
            micros(|| supported_work::i18n::ftl::parse(lang, text)),
        );
        pause().await;
    }

    let s = lone_parent();
    let h = Household::prepare(&s).expect("prepares");
    let job = &s.offers[0];
    line(
        "lone parent: calculate one scenario (explained)",
        micros(|| engine::calculate(&s)),
    );
    pause().await;
    line(
        "lone parent: evaluate one point (prepared)",
        micros(|| h.in_work(job)),
    );
    pause().await;
    line(
        "lone parent: sweep 121 points (prepare + sweep)",
        micros(|| engine::sweep(&s, 0)),
    );
    pause().await;
    line(
        "lone parent: sweep 121 points (prepared)",
        micros(|| h.sweep(job)),
    );
    pause().await;

    // What one edit of the hours box costs in the library, piece by piece.
    let form = Form::from_scenario(&s);
    assert!(answer(&form).is_ok(), "the form gives an answer");
    let today = Date::new(2026, 11, 24);
    line(
        "lone parent: answer(form) (validate + prepare + explain)",
        micros(|| answer(&form)),
    );
    pause().await;
    line(
        "lone parent: chart (sweep + geometry)",
        micros(|| Chart::build(&h, job)),
    );
    pause().await;
    line(
        "lone parent: heat map (13 x 12 grid)",
        micros(|| HeatMap::build(&h, job)),
    );
    pause().await;
    line(
        "lone parent: first months timeline",
        micros(|| timeline(&form, &h, job, 0, today)),
    );
    pause().await;

    // The same, as the page now does it on an edit of the hours alone: the sweep in weekly
    // money and the heat map's grid are kept, only what depends on the hours is redone.
    let kept = WeeklySweep::new(&h.sweep(job));
    let mut cache = HeatMapCache::default();
    let now = Baseline::new(&h.out_of_work(), None);
    cache.build(&s, &h, 0, &now);
    let mut moved = s.clone();
    moved.offers[0].hours_per_week = rust_decimal::Decimal::new(215, 1);
    let hm = Household::prepare(&moved).expect("prepares");
    let mjob = &moved.offers[0];
    let chart_kept = || {
        Chart::from_weekly(
            &kept,
            &now,
            mjob.hours_per_week,
            &hm.in_work(mjob),
            hm.country,
            WIDTH,
        )
    };
    line(
        "lone parent: chart, sweep kept (an hours edit now)",
        micros(chart_kept),
    );
    pause().await;
    line(
        "lone parent: heat map, grid kept (an hours edit now)",
        micros(|| cache.build(&moved, &hm, 0, &now)),
    );
    pause().await;
    let mform = Form::from_scenario(&moved);
    let before = micros(|| {
        (
            answer(&mform),
            Chart::build(&hm, mjob),
            HeatMap::build(&hm, mjob),
            timeline(&mform, &hm, mjob, 0, today),
        )
    });
    line(
        "one hours edit, library work, everything afresh (before)",
        before,
    );
    pause().await;
    let after = micros(|| {
        (
            answer(&mform),
            chart_kept(),
            cache.build(&moved, &hm, 0, &now),
            timeline(&mform, &hm, mjob, 0, today),
        )
    });
    line(
        "one hours edit, library work, sweep and grid kept (after)",
        after,
    );
    pause().await;

    let cases = oracle_cases(PUBLIC_CASES);
    for (label, id) in SWEPT_HOUSEHOLDS {
        let s = cases
            .iter()
            .find(|c| c.id == id)
            .expect("oracle case")
            .to_scenario()
            .expect("converts");
        assert_eq!(engine::sweep(&s, 0).expect("sweeps").points.len(), 121);
        line(
            &format!("{label}: sweep 121 points (prepare + sweep)"),
            micros(|| engine::sweep(&s, 0)),
        );
        pause().await;
    }

    let mut all: Vec<(f64, f64)> = Vec::new();
    for c in &cases {
        let s = c.to_scenario().expect("converts");
        all.push(micros(|| engine::sweep(&s, 0)));
        pause().await;
    }
    all.sort_by(|a, b| a.0.total_cmp(&b.0));
    let n = all.len();
    line(
        &format!("all {n} oracle households: sweep, the median household"),
        all[n / 2],
    );
    pause().await;
    line(
        &format!("all {n} oracle households: sweep, the slowest household"),
        all[n - 1],
    );
    pause().await;
}
