//! `better-off`: the engine on the command line.
//!
//! Reads scenarios as JSON (one object, or one per line) from a file named on the command
//! line or from standard input, and prints one JSON result per scenario. It accepts our own
//! scenario format and the reference oracle's neutral case format (told apart by the oracle's
//! `year` and `job` fields). `--oracle-format` prints, per case, `{"id", "out_of_work",
//! "in_work"}` with the oracle's keys in annual pounds. Bad input gives a message on
//! standard error and exit code 2; nothing panics on what it reads.

use std::io::{Read, Write};
use std::process::ExitCode;

use serde_json::{json, Value};
use supported_work::better_off::engine::{self, oracle};
use supported_work::better_off::scenario::{OracleCase, Scenario, ValidationError};

const USAGE: &str = "usage: better-off [--oracle-format] [--sweep] [FILE]\n\
  Reads one JSON scenario, or JSON lines, from FILE or standard input.\n\
  --oracle-format  print {\"id\",\"out_of_work\",\"in_work\"} in the oracle's keys (annual £)\n\
  --sweep          add net income at every half hour from 0 to 60 for each offer";

fn main() -> ExitCode {
    let mut oracle_format = false;
    let mut with_sweep = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--oracle-format" => oracle_format = true,
            "--sweep" => with_sweep = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other if other.starts_with('-') && other != "-" => {
                eprintln!("better-off: unknown option {other}\n{USAGE}");
                return ExitCode::from(2);
            }
            other => path = Some(other.to_string()),
        }
    }
    let mut text = String::new();
    let read = match path.as_deref() {
        Some(p) if p != "-" => std::fs::read_to_string(p).map(|t| text = t),
        _ => std::io::stdin().read_to_string(&mut text).map(|_| ()),
    };
    if let Err(e) = read {
        eprintln!(
            "better-off: cannot read {}: {e}",
            path.as_deref().unwrap_or("standard input")
        );
        return ExitCode::from(2);
    }

    let documents = match split_documents(&text) {
        Ok(d) => d,
        Err(message) => {
            eprintln!("better-off: {message}");
            return ExitCode::from(2);
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for (n, doc) in documents.iter().enumerate() {
        match run(doc, oracle_format, with_sweep) {
            Ok(value) => {
                if writeln!(out, "{value}").is_err() {
                    return ExitCode::from(2);
                }
            }
            Err(errors) => {
                failed = true;
                for e in errors {
                    eprintln!("better-off: scenario {}: {e}", n + 1);
                }
            }
        }
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// One JSON object for the whole input, or one per non-empty line.
fn split_documents(text: &str) -> Result<Vec<Value>, String> {
    if text.trim().is_empty() {
        return Err("no input: give a JSON scenario in a file or on standard input".into());
    }
    if let Ok(v) = serde_json::from_str::<Value>(text) {
        return Ok(match v {
            Value::Array(items) => items,
            other => vec![other],
        });
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| format!("line {}: not valid JSON: {e}", i + 1))
        })
        .collect()
}

fn is_oracle_case(v: &Value) -> bool {
    v.get("year").is_some() && v.get("job").is_some()
}

fn run(doc: &Value, oracle_format: bool, with_sweep: bool) -> Result<Value, Vec<ValidationError>> {
    let bad = |e: serde_json::Error| {
        vec![ValidationError {
            path: "(input)".into(),
            message: format!("not a scenario: {e}"),
        }]
    };
    if is_oracle_case(doc) {
        let case: OracleCase = serde_json::from_value(doc.clone()).map_err(bad)?;
        let full = oracle::run_case(&case)?;
        if oracle_format {
            return Ok(json!({
                "id": full["id"],
                "out_of_work": full["out_of_work"],
                "in_work": full["in_work"],
            }));
        }
        let scenario = case.to_scenario().map_err(|e| vec![e])?;
        return report(&scenario, with_sweep);
    }
    let scenario: Scenario = serde_json::from_value(doc.clone()).map_err(bad)?;
    if oracle_format {
        let h = engine::Household::prepare(&scenario)?;
        let out = h.out_of_work();
        let offers: Vec<Value> = scenario
            .offers
            .iter()
            .map(|o| oracle::situation(&h, &h.in_work(o)))
            .collect();
        let id = doc.get("id").cloned().unwrap_or(Value::Null);
        return Ok(json!({
            "id": id,
            "out_of_work": oracle::situation(&h, &out),
            "in_work": offers.first().cloned().unwrap_or(Value::Null),
            "offers": offers,
        }));
    }
    report(&scenario, with_sweep)
}

fn report(scenario: &Scenario, with_sweep: bool) -> Result<Value, Vec<ValidationError>> {
    let report = engine::calculate(scenario)?;
    let mut value = serde_json::to_value(&report).map_err(|e| {
        vec![ValidationError {
            path: "(output)".into(),
            message: e.to_string(),
        }]
    })?;
    if with_sweep {
        let sweeps: Result<Vec<_>, _> = (0..scenario.offers.len())
            .map(|i| engine::sweep(scenario, i))
            .collect();
        value["sweeps"] = serde_json::to_value(sweeps?).unwrap_or(Value::Null);
    }
    Ok(value)
}
