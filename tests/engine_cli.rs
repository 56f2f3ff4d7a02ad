//! The `better-off` command: oracle cases in, oracle-shaped JSON out; bad input gives a
//! message on standard error and exit code 2, never a panic.

mod common;

use common::{CORE_FIGURES, PUBLIC_CASES};
use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_better-off"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("better-off runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn oracle_format_has_the_oracle_keys_for_every_case() {
    let (code, stdout, stderr) = run(&["--oracle-format"], PUBLIC_CASES);
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 40);
    for v in &lines {
        for situation in ["out_of_work", "in_work"] {
            for key in CORE_FIGURES.iter().chain(&["net_income"]) {
                assert!(
                    v[situation][key].is_number(),
                    "{} {situation} {key}",
                    v["id"]
                );
            }
        }
    }
}

#[test]
fn our_own_scenario_format_is_accepted() {
    let s = r#"{"country":"wales","tax_year":"2026-27","adults":[{"age":40}],
                "housing":{"tenure":"owner"},"offers":[{"hours_per_week":"20","hourly_wage":"13"}]}"#;
    let (code, stdout, stderr) = run(&["--sweep"], s);
    assert_eq!(code, 0, "{stderr}");
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert!(v["offers"][0]["better_off"]["weekly"].is_number());
    assert_eq!(v["sweeps"][0]["points"].as_array().unwrap().len(), 121);
}

#[test]
fn bad_input_exits_2_with_a_message() {
    for input in [
        "",
        "{not json",
        r#"{"country":"england"}"#,
        r#"{"country":"england","tax_year":"2025-26","adults":[{"age":30}],"housing":{"tenure":"owner"},"offers":[{"hours_per_week":"-3","hourly_wage":"12"}]}"#,
    ] {
        let (code, _, stderr) = run(&[], input);
        assert_eq!(code, 2, "input {input:?}");
        assert!(stderr.starts_with("better-off: "), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}
