//! A small reader for the part of Project Fluent's message syntax (`.ftl`) we use, and the
//! formatter for its messages. Translators get Fluent's familiar files; the bundle gets a
//! few hundred lines instead of the Fluent runtime (about 53 KB with brotli, see STYLE.md).
//!
//! Supported: `# comments`; messages `id = text` whose text may go on over indented lines
//! (joined with a line break; a line may also start with `}`, `[` or `*[` of a selector);
//! terms `-name = text`; placeables `{ $var }`, `{ -term }` and
//! `{ "literal" }` (for a brace); and selectors on one variable,
//!
//! ```text
//! steps = { $count ->
//!     [one] One step
//!    *[other] { $count } steps
//! }
//! ```
//!
//! where a variant matches the number exactly (`[0]`), then by its plural category in the
//! language (`[one]`, `[few]`…), then by name for text (`[yes]`); `*` marks the default.
//! Each variant is one line. Attributes, functions and nested selectors are not supported:
//! a file that uses them is reported, line by line, by [`parse`].

use super::Lang;
use std::collections::HashMap;
use std::fmt::Write as _;

/// One part of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    Var(String),
    Term(String),
    Select {
        var: String,
        variants: Vec<(Key, Vec<Part>)>,
        default: usize,
    },
}

/// A variant's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Number(i64),
    Name(String),
}

pub type Pattern = Vec<Part>;

/// A value given to a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
num_arg!(i32, i64, u8, u16, u32, u64, usize);

/// A language's messages and terms.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub lang: Lang,
    pub messages: HashMap<String, Pattern>,
    pub terms: HashMap<String, Pattern>,
}

/// A line of a file that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

/// Reads a file. Entries that cannot be read are left out and reported; the rest are kept.
pub fn parse(lang: Lang, text: &str) -> (Catalog, Vec<ParseError>) {
    let mut catalog = Catalog {
        lang,
        messages: HashMap::new(),
        terms: HashMap::new(),
    };
    let mut errors = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_end();
        let number = i + 1;
        i += 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            errors.push(error(number, "an indented line outside a message"));
            continue;
        }
        let Some((id, first)) = line.split_once('=') else {
            errors.push(error(number, "expected `id = text`"));
            continue;
        };
        let id = id.trim();
        let (is_term, name) = match id.strip_prefix('-') {
            Some(name) => (true, name),
            None => (false, id),
        };
        if !is_identifier(name) {
            errors.push(error(number, &format!("`{id}` is not a message name")));
            continue;
        }
        // The value: the rest of this line and the indented (or `}`) lines after it.
        let mut raw: Vec<&str> = Vec::new();
        let first = first.trim();
        if !first.is_empty() {
            raw.push(first);
        }
        while i < lines.len() {
            let next = lines[i];
            if next.trim().is_empty() {
                // A blank line goes on the message only if an indented line follows it.
                let more = lines[i..]
                    .iter()
                    .find(|l| !l.trim().is_empty())
                    .is_some_and(|l| l.starts_with(' '));
                if !more {
                    break;
                }
                i += 1;
                continue;
            }
            if next.starts_with([' ', '}', '[', '*']) {
                raw.push(next.trim());
                i += 1;
            } else {
                break;
            }
        }
        if raw.is_empty() {
            errors.push(error(number, &format!("`{id}` has no text")));
            continue;
        }
        match pattern(&raw.join("\n")) {
            Ok(p) => {
                let map = if is_term {
                    &mut catalog.terms
                } else {
                    &mut catalog.messages
                };
                if map.contains_key(name) {
                    errors.push(error(number, &format!("`{id}` is given twice")));
                } else {
                    map.insert(name.to_string(), p);
                }
            }
            Err(why) => errors.push(error(number, &format!("`{id}`: {why}"))),
        }
    }
    (catalog, errors)
}

fn error(line: usize, message: &str) -> ParseError {
    ParseError {
        line,
        message: message.to_string(),
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Reads a value's text into parts.
fn pattern(raw: &str) -> Result<Pattern, String> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut rest = raw;
    while let Some(open) = rest.find(['{', '}']) {
        text.push_str(&rest[..open]);
        if rest[open..].starts_with('}') {
            return Err("a `}` with no `{` before it".into());
        }
        let close = matching_brace(&rest[open..]).ok_or("a `{` that is never closed")?;
        let inside = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        let part = placeable(inside.trim())?;
        match part {
            Part::Text(literal) => text.push_str(&literal),
            other => {
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                }
                parts.push(other);
            }
        }
    }
    text.push_str(rest);
    if !text.is_empty() {
        parts.push(Part::Text(text));
    }
    Ok(parts)
}

/// Where the `}` that closes the `{` at the start of `s` is, skipping string literals.
fn matching_brace(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    for (i, c) in s.char_indices() {
        match c {
            '"' => in_string = !in_string,
            '{' if !in_string => depth += 1,
            '}' if !in_string => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn placeable(inside: &str) -> Result<Part, String> {
    if let Some((selector, variants)) = inside.split_once("->") {
        let var = selector
            .trim()
            .strip_prefix('$')
            .filter(|v| is_identifier(v))
            .ok_or("a selector must be on a `$variable`")?;
        return select(var, variants);
    }
    if let Some(var) = inside.strip_prefix('$') {
        return if is_identifier(var) {
            Ok(Part::Var(var.to_string()))
        } else {
            Err(format!("`${var}` is not a variable name"))
        };
    }
    if let Some(term) = inside.strip_prefix('-') {
        return if is_identifier(term) {
            Ok(Part::Term(term.to_string()))
        } else {
            Err(format!("`-{term}` is not a term name"))
        };
    }
    if let Some(literal) = inside.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        return Ok(Part::Text(literal.to_string()));
    }
    Err(format!("`{{ {inside} }}` is not supported"))
}

fn select(var: &str, body: &str) -> Result<Part, String> {
    let mut variants = Vec::new();
    let mut default = None;
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (is_default, line) = match line.strip_prefix('*') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let (key, text) = line
            .strip_prefix('[')
            .and_then(|l| l.split_once(']'))
            .ok_or_else(|| format!("`{line}` is not a variant like `[one] text`"))?;
        let key = key.trim();
        let key = match key.parse::<i64>() {
            Ok(n) => Key::Number(n),
            Err(_) if is_identifier(key) => Key::Name(key.to_string()),
            Err(_) => return Err(format!("`[{key}]` is not a variant key")),
        };
        let text = pattern(text.trim())?;
        if text.iter().any(|p| matches!(p, Part::Select { .. })) {
            return Err("a selector inside a selector".into());
        }
        if is_default {
            if default.is_some() {
                return Err("two default variants".into());
            }
            default = Some(variants.len());
        }
        variants.push((key, text));
    }
    let default = default.ok_or("a selector needs a default variant, marked `*`")?;
    Ok(Part::Select {
        var: var.to_string(),
        variants,
        default,
    })
}

/// The plural category of a whole number in a language (Unicode CLDR rules).
pub fn plural_category(lang: Lang, n: i64) -> &'static str {
    match lang {
        Lang::Cy => match n {
            0 => "zero",
            1 => "one",
            2 => "two",
            3 => "few",
            6 => "many",
            _ => "other",
        },
        Lang::EnGb | Lang::Nl | Lang::Sv => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
    }
}

impl Catalog {
    /// Formats a message, or `None` if this catalog has no such message.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let pattern = self.messages.get(id)?;
        let mut out = String::new();
        self.write(&mut out, pattern, args, 0);
        Some(out)
    }

    fn write(&self, out: &mut String, pattern: &[Part], args: &[(&str, Arg)], depth: u8) {
        for part in pattern {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(name) => match arg(args, name) {
                    Some(Arg::Str(s)) => out.push_str(s),
                    Some(Arg::Num(n)) => out.push_str(&super::number::integer(self.lang, *n)),
                    None => {
                        let _ = write!(out, "{{${name}}}");
                    }
                },
                Part::Term(name) => match self.terms.get(name) {
                    // Terms may use terms, but not forever.
                    Some(p) if depth < 4 => self.write(out, p, args, depth + 1),
                    _ => {
                        let _ = write!(out, "{{-{name}}}");
                    }
                },
                Part::Select {
                    var,
                    variants,
                    default,
                } => {
                    let chosen = arg(args, var)
                        .and_then(|value| self.variant(variants, value))
                        .unwrap_or(*default);
                    self.write(out, &variants[chosen].1, args, depth);
                }
            }
        }
    }

    fn variant(&self, variants: &[(Key, Pattern)], value: &Arg) -> Option<usize> {
        let find = |wanted: &Key| variants.iter().position(|(k, _)| k == wanted);
        match value {
            Arg::Num(n) => find(&Key::Number(*n))
                .or_else(|| find(&Key::Name(plural_category(self.lang, *n).to_string()))),
            Arg::Str(s) => find(&Key::Name(s.clone())),
        }
    }
}

fn arg<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
}

/// The variables a pattern uses, selectors included, for checking translations.
pub fn variables(pattern: &[Part]) -> Vec<String> {
    let mut out = Vec::new();
    for part in pattern {
        match part {
            Part::Var(v) => out.push(v.clone()),
            Part::Select { var, variants, .. } => {
                out.push(var.clone());
                for (_, p) in variants {
                    out.extend(variables(p));
                }
            }
            Part::Text(_) | Part::Term(_) => {}
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Catalog {
        let (catalog, errors) = parse(Lang::EnGb, text);
        assert_eq!(errors, vec![], "{text}");
        catalog
    }

    #[test]
    fn reads_messages_terms_and_placeables() {
        let c = one("# a comment\n-app = Work Steps\nhello = Hello, { $name }, from { -app }.\n");
        let args = [("name", Arg::from("Sam"))];
        assert_eq!(
            c.format("hello", &args).unwrap(),
            "Hello, Sam, from Work Steps."
        );
        assert_eq!(c.format("nothing", &[]), None);
    }

    #[test]
    fn multiline_values_keep_their_line_breaks() {
        let c = one("easy =\n    One idea.\n    Then another.\n\n    And a third.\nnext = x\n");
        assert_eq!(
            c.format("easy", &[]).unwrap(),
            "One idea.\nThen another.\nAnd a third."
        );
        assert_eq!(c.format("next", &[]).unwrap(), "x");
    }

    #[test]
    fn selectors_match_number_then_plural_category_then_default() {
        let text = "steps = { $count ->\n    [0] No steps\n    [one] One step\n   *[other] { $count } steps\n}\n";
        let c = one(text);
        let f = |n: i64| c.format("steps", &[("count", Arg::Num(n))]).unwrap();
        assert_eq!(f(0), "No steps");
        assert_eq!(f(1), "One step");
        assert_eq!(f(1234), "1,234 steps");
        assert_eq!(c.format("steps", &[]).unwrap(), "{$count} steps");
    }

    #[test]
    fn welsh_has_six_plural_categories() {
        let text =
            "n = { $n ->\n [zero] z\n [one] o\n [two] t\n [few] f\n [many] m\n*[other] x\n}\n";
        let (c, errors) = parse(Lang::Cy, text);
        assert!(errors.is_empty());
        let f = |n: i64| c.format("n", &[("n", Arg::Num(n))]).unwrap();
        let got: Vec<String> = [0, 1, 2, 3, 6, 4, 7].into_iter().map(f).collect();
        assert_eq!(got, ["z", "o", "t", "f", "m", "x", "x"]);
    }

    #[test]
    fn text_selectors_and_literal_braces() {
        let c = one("who = { $who ->\n [coach] Coach\n*[other] You\n} said { \"{\" }hi{ \"}\" }\n");
        assert_eq!(
            c.format("who", &[("who", Arg::from("coach"))]).unwrap(),
            "Coach said {hi}"
        );
        assert_eq!(
            c.format("who", &[("who", Arg::from("x"))]).unwrap(),
            "You said {hi}"
        );
    }

    #[test]
    fn bad_entries_are_reported_by_line_and_the_rest_kept() {
        let text = "good = fine\nno equals sign\n bad indent\nopen = { $x\nfunc = { NUMBER($x) }\n\
                    nodefault = { $x ->\n [one] a\n}\ngood = again\n9bad = x\nempty =\n";
        let (c, errors) = parse(Lang::EnGb, text);
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 3, 4, 5, 6, 9, 10, 11], "{errors:#?}");
        assert_eq!(c.format("good", &[]).unwrap(), "fine");
    }

    #[test]
    fn variables_lists_every_variable_once() {
        let c = one("m = { $a } { $n ->\n [one] { $b }\n*[other] { $a }\n}\n");
        assert_eq!(variables(&c.messages["m"]), ["a", "b", "n"]);
    }
}
