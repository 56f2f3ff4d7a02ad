//! The translations are complete: every message in English (UK) is in Welsh, Dutch and
//! Swedish, reads without errors and uses only the variables the English gives it; every
//! message the code asks for exists, and every English message is used.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use supported_work::i18n::ftl::{self, variables, Catalog, Part};
use supported_work::i18n::Lang;

/// A language's files, joined in name order as the build joins them, and each file's name.
fn files(lang: Lang) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang.code());
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

fn catalog(lang: Lang) -> (Catalog, Vec<String>) {
    let mut problems = Vec::new();
    for (name, text) in files(lang) {
        for e in ftl::parse(lang, &text).1 {
            problems.push(format!(
                "{}/{name} line {}: {}",
                lang.code(),
                e.line,
                e.message
            ));
        }
    }
    let joined: String = files(lang).into_iter().map(|(_, t)| t + "\n").collect();
    (ftl::parse(lang, &joined).0, problems)
}

/// What is wrong with a translation against the English.
fn problems(english: &Catalog, other: &Catalog) -> Vec<String> {
    let code = other.lang.code();
    let mut out = Vec::new();
    for (id, pattern) in &english.messages {
        match other.messages.get(id) {
            None => out.push(format!("{code}: `{id}` is missing")),
            Some(theirs) => {
                let mut ours: BTreeSet<String> = variables(pattern).into_iter().collect();
                // `$name_start` is `$name` with a capital, to start a sentence: the code
                // gives both together, and a language whose sentences do not start with the
                // name (Welsh: "Mae Sam yn ennill") uses `$name` where English needs the other.
                if ours.contains("name_start") {
                    ours.insert("name".into());
                }
                for v in variables(theirs) {
                    if !ours.contains(&v) {
                        out.push(format!(
                            "{code}: `{id}` uses ${v}, which English does not give"
                        ));
                    }
                }
            }
        }
    }
    for id in other.messages.keys() {
        if !english.messages.contains_key(id) {
            out.push(format!(
                "{code}: `{id}` is not an English message (renamed or removed?)"
            ));
        }
    }
    for (id, pattern) in other.messages.iter().chain(&other.terms) {
        for term in terms(pattern) {
            if !other.terms.contains_key(&term) {
                out.push(format!(
                    "{code}: `{id}` uses the term -{term}, which is not defined"
                ));
            }
        }
    }
    out.sort();
    out
}

fn terms(pattern: &[Part]) -> Vec<String> {
    pattern
        .iter()
        .flat_map(|p| match p {
            Part::Term(t) => vec![t.clone()],
            Part::Select { variants, .. } => variants.iter().flat_map(|(_, p)| terms(p)).collect(),
            _ => vec![],
        })
        .collect()
}

#[test]
fn every_language_reads_without_errors() {
    let all: Vec<String> = Lang::ALL.into_iter().flat_map(|l| catalog(l).1).collect();
    assert!(all.is_empty(), "{}", all.join("\n"));
}

#[test]
fn every_english_message_is_in_every_language() {
    let (english, _) = catalog(Lang::EnGb);
    assert!(
        english.messages.len() >= 20,
        "English has {} messages",
        english.messages.len()
    );
    let mut all = problems(&english, &english);
    for lang in [Lang::Cy, Lang::Nl, Lang::Sv] {
        all.extend(problems(&english, &catalog(lang).0));
    }
    assert!(
        all.is_empty(),
        "{} problems:\n{}",
        all.len(),
        all.join("\n")
    );
}

#[test]
fn the_check_finds_a_missing_message_and_a_stray_variable() {
    let (english, _) = ftl::parse(Lang::EnGb, "a = A { $n }\nb = B\n");
    let (welsh, _) = ftl::parse(Lang::Cy, "a = A { $m }\nc = C { -nothing }\n");
    assert_eq!(
        problems(&english, &welsh),
        [
            "cy: `a` uses $m, which English does not give",
            "cy: `b` is missing",
            "cy: `c` is not an English message (renamed or removed?)",
            "cy: `c` uses the term -nothing, which is not defined",
        ]
    );
}

/// The ids the code asks for: `t!("id"` and `tr("id"`; and the prefixes of ids it builds,
/// `tr(&format!("prefix-{…}")` (the literal part before the first `{`).
fn used_ids() -> (BTreeMap<String, String>, Vec<String>) {
    let mut ids = BTreeMap::new();
    let mut prefixes = Vec::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let where_ = path.display().to_string();
            for opener in ["t!(", "tr("] {
                for (at, _) in text.match_indices(opener) {
                    // `t!(` is also the end of `format!(`.
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    // The id, on the same line or the next (as rustfmt may put it).
                    let Some(rest) = text[at + opener.len()..].trim_start().strip_prefix('"')
                    else {
                        continue;
                    };
                    let id: String = rest.chars().take_while(|&c| c != '"').collect();
                    ids.entry(id).or_insert_with(|| where_.clone());
                }
            }
            for (at, _) in text.match_indices("&format!(\"") {
                // Only as the first argument of `tr(`, with or without a line break between.
                if !text[..at].trim_end().ends_with("tr(") {
                    continue;
                }
                let rest = &text[at + "&format!(\"".len()..];
                prefixes.push(rest.chars().take_while(|&c| c != '{' && c != '"').collect());
            }
        }
    }
    (ids, prefixes)
}

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_used() {
    let (english, _) = catalog(Lang::EnGb);
    let (used, prefixes) = used_ids();
    let mut all = Vec::new();
    for (id, file) in &used {
        // The library's own tests use made-up messages.
        if file.ends_with("i18n/mod.rs") || file.ends_with("i18n/ftl.rs") {
            continue;
        }
        if !english.messages.contains_key(id) {
            all.push(format!(
                "{file} asks for `{id}`, which English does not have"
            ));
        }
    }
    for id in english.messages.keys() {
        let base = id.strip_suffix("--easy").unwrap_or(id);
        if id != base && !english.messages.contains_key(base) {
            all.push(format!("`{id}` is an easy-read form of nothing"));
        }
        if !used.contains_key(base)
            && !prefixes
                .iter()
                .any(|p| !p.is_empty() && base.starts_with(p.as_str()))
        {
            all.push(format!("`{id}` is never used"));
        }
    }
    assert!(
        all.is_empty(),
        "{} problems:\n{}",
        all.len(),
        all.join("\n")
    );
}

/// Every `.rs` file under `dir`, with its path relative to the crate.
fn rust_files(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path
                .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                .unwrap()
                .to_string_lossy()
                .into_owned();
            out.push((rel, std::fs::read_to_string(&path).unwrap()));
        }
    }
}

/// The calculator bundle carries only part of the English (issue 21: build.rs leaves out the
/// files only job steps, the tracker and backups use). No code outside those tools may ask
/// for a message from those files, by its whole id or by the start of one it builds
/// (`format!("offer-{i}-…")`), or the calculator would show the id instead of words.
#[test]
fn the_calculator_bundle_s_english_has_every_message_its_code_can_ask_for() {
    bundle_english_covers_its_code(
        supported_work::i18n::ENGLISH_CALCULATOR_FTL,
        TOOLS_CODE,
        "a tools-only message",
    );
}

/// The tools bundle carries only part of the English too (issue 21: build.rs leaves out the
/// better-off form's and answer's files). No code but the calculator's may ask for one of
/// their messages, by its whole id or by the start of one it builds, or job steps, the
/// tracker or a backup would show the id instead of words.
#[test]
fn the_tools_bundle_s_english_has_every_message_its_code_can_ask_for() {
    bundle_english_covers_its_code(
        supported_work::i18n::ENGLISH_TOOLS_FTL,
        &[
            "src/better_off/",
            "src/app/pages/better_off/",
            "src/app/pages/embed.rs",
            "src/embed.rs",
        ],
        "a calculator-only message",
    );
}

/// The code only the tools bundle holds.
const TOOLS_CODE: &[&str] = &[
    "src/tasks/",
    "src/tracker/",
    "src/backup/",
    "src/app/pages/tasks/",
    "src/app/pages/tracker/",
    "src/app/pages/data.rs",
];

/// The calculator's questions alone (`questions`, `embedded_questions`) carry the
/// calculator's English but the answer's file: no code but the answer's asks for one of its
/// messages, by its whole id or by the start of one it builds, or the questions would show the
/// id instead of words.
#[test]
fn the_questions_bundles_english_has_every_message_their_code_can_ask_for() {
    bundle_english_covers_its_code(
        supported_work::i18n::ENGLISH_QUESTIONS_FTL,
        &[
            TOOLS_CODE,
            &[
                "src/better_off/answer",
                "src/better_off/engine/",
                "src/better_off/chart.rs",
                "src/better_off/first_months.rs",
                "src/better_off/heatmap.rs",
                "src/app/pages/better_off/results.rs",
                "src/app/pages/better_off/chart.rs",
                "src/app/pages/better_off/first_months.rs",
                "src/app/pages/better_off/heatmap.rs",
            ],
        ]
        .concat(),
        "an answer-only message",
    );
}

/// A bundle's English (`bundle`) keeps every term and leaves out more than 100 messages, and
/// no source file outside `other_code` (the code of the bundle that does not carry them)
/// names one of those, whole or by the start of an id it builds; `kind` names them in the
/// failure.
fn bundle_english_covers_its_code(bundle: &str, other_code: &[&str], kind: &str) {
    let all = ftl::parse(Lang::EnGb, supported_work::i18n::ENGLISH_FTL).0;
    let carried = ftl::parse(Lang::EnGb, bundle).0;
    let left_out: BTreeSet<String> = all
        .messages
        .keys()
        .filter(|id| !carried.messages.contains_key(*id))
        .cloned()
        .collect();
    // Terms (`-name`) are shared by messages of every file: all of them stay.
    let terms = |c: &Catalog| c.terms.keys().cloned().collect::<BTreeSet<_>>();
    assert_eq!(terms(&carried), terms(&all));
    assert!(
        left_out.len() > 100,
        "the other bundle's messages are left out ({})",
        left_out.len()
    );
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut problems = Vec::new();
    for (path, text) in files
        .iter()
        .filter(|(p, _)| !other_code.iter().any(|o| p.starts_with(o)))
    {
        for literal in text.split('"').skip(1).step_by(2) {
            let whole = left_out.contains(literal);
            let start = literal
                .split_once('{')
                .map(|(start, _)| start)
                .filter(|s| s.len() > 2 && s.ends_with('-'))
                .is_some_and(|s| left_out.iter().any(|id| id.starts_with(s)));
            if whole || start {
                problems.push(format!("{path} asks for \"{literal}\", {kind}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A message asked for with no values, `t!("id")`, has nothing to fill in, in its plain or
/// its easy-read form: a form that chooses its words by `$person` would otherwise always
/// speak to "you", even on a form filled in for someone else (the easy-read hints for
/// supported housing and supported work did, until 8 December 2026).
#[test]
fn a_message_asked_for_without_values_needs_none() {
    let (english, _) = catalog(Lang::EnGb);
    let mut all = Vec::new();
    let mut sources = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut sources,
    );
    for (file, text) in sources {
        for (at, _) in text.match_indices("t!(\"") {
            if text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                continue;
            }
            let rest = &text[at + "t!(\"".len()..];
            let id: String = rest.chars().take_while(|&c| c != '"').collect();
            if !rest[id.len() + 1..].starts_with(')') {
                continue;
            }
            for form in [id.clone(), format!("{id}--easy")] {
                if let Some(pattern) = english.messages.get(&form) {
                    let needs = variables(pattern);
                    if !needs.is_empty() {
                        all.push(format!(
                            "{file}: t!(\"{id}\") gives no values, `{form}` uses {needs:?}"
                        ));
                    }
                }
            }
        }
    }
    assert!(
        all.is_empty(),
        "{} problems:\n{}",
        all.len(),
        all.join("\n")
    );
}
