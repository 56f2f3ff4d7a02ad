//! Our side of the side-by-side with the reference model (`scripts/bench-vs-reference.sh`):
//! for every case of an oracle cases file, the 121-point hours sweep (0 to 60 hours in half
//! hours, at the case's own wage), timed in this process so that start-up is not counted.
//!
//! `cargo run --release --example sweep_timing -- tests/oracle/public.jsonl`
//!
//! `sweep_timing FILE --count ID N` instead sweeps case ID exactly N times and prints nothing:
//! for counting instructions (`valgrind --tool=callgrind`), which a busy machine does not
//! disturb as it does the clock. The runs with N = 0 and N = 10 differ by ten households.
//!
//! Prints one JSON object per case: its id, the microseconds one household costs (prepare the
//! household, then sweep 121 points; the fastest and the median of 15 rounds, each long enough to be timed
//! well), and the net income at each point in pounds a year, so the script can check that
//! both engines were given the same households.

use std::io::Write;
use std::time::{Duration, Instant};

use serde_json::json;
use supported_work::better_off::engine;
use supported_work::better_off::scenario::OracleCase;

/// Each round runs at least this long.
const ROUND: Duration = Duration::from_millis(20);
const ROUNDS: usize = 15;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tests/oracle/public.jsonl".into());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("sweep_timing: cannot read {path}: {e}");
        std::process::exit(2);
    });
    let count: Option<(String, usize)> = match std::env::args().nth(2).as_deref() {
        Some("--count") => {
            let id = std::env::args().nth(3).unwrap_or_default();
            let n = std::env::args().nth(4).and_then(|n| n.parse().ok());
            let Some(n) = n else {
                eprintln!("sweep_timing: --count ID N");
                std::process::exit(2);
            };
            Some((id, n))
        }
        _ => None,
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (n, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let case: OracleCase = match serde_json::from_str(line) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("sweep_timing: line {}: {e}", n + 1);
                std::process::exit(2);
            }
        };
        let scenario = match case.to_scenario() {
            Ok(s) => s,
            Err(e) => {
                eprintln!("sweep_timing: {}: {}", case.id, e.message);
                std::process::exit(2);
            }
        };
        let run = || engine::sweep(std::hint::black_box(&scenario), 0);
        if let Some((id, times)) = &count {
            if *id == case.id {
                for _ in 0..*times {
                    std::hint::black_box(run().ok());
                }
            }
            continue;
        }
        let sweep = match run() {
            Ok(s) => s,
            Err(e) => {
                eprintln!("sweep_timing: {}: {e:?}", case.id);
                std::process::exit(2);
            }
        };

        // How many sweeps fill a round, from a short first measurement.
        let start = Instant::now();
        let mut calibrate = 0u32;
        while start.elapsed() < Duration::from_millis(5) {
            std::hint::black_box(run().ok());
            calibrate += 1;
        }
        let per = start.elapsed() / calibrate;
        let iterations = (ROUND.as_nanos() / per.as_nanos().max(1)).max(1) as u32;
        let mut rounds: Vec<f64> = (0..ROUNDS)
            .map(|_| {
                let start = Instant::now();
                for _ in 0..iterations {
                    std::hint::black_box(run().ok());
                }
                start.elapsed().as_secs_f64() * 1e6 / f64::from(iterations)
            })
            .collect();
        rounds.sort_by(f64::total_cmp);

        let net_annual: Vec<f64> = sweep
            .points
            .iter()
            .map(|p| (p.net_income * 12.0 * 100.0).round() / 100.0)
            .collect();
        let hours: Vec<f64> = sweep.points.iter().map(|p| p.hours).collect();
        let printed = writeln!(
            out,
            "{}",
            json!({
                "id": case.id,
                "points": sweep.points.len(),
                "us_per_household": rounds[ROUNDS / 2],
                "us_min": rounds[0],
                "us_max": rounds[ROUNDS - 1],
                "iterations_per_round": iterations,
                "hours": hours,
                "net_income_annual": net_annual,
            })
        );
        if printed.is_err() {
            return; // the reader has gone (e.g. `| head`)
        }
    }
}
