//! The aim line as a coach types it: four boxes (where the person starts, the target, over
//! how many sessions, from which session), each checked on its own with a message for beside
//! it, and the [`AimLine`] they make. The view keeps the words typed and shows the messages;
//! the checks and the numbers are here, tested natively.
//!
//! Percents are read the language's way with [`crate::i18n::number::parse_decimal`], as the
//! calculator reads amounts ("12.5" and "12,5" are both twelve and a half), and as decimals,
//! not with `str::parse::<f64>`, which would bring the standard library's float parser and
//! its tables into the .wasm for this one use.

use super::progress::{AimLine, Measure};
use rust_decimal::prelude::ToPrimitive;

/// The longest an aim line can run, in sessions ([`AimLine::problem`] says the same).
pub const MAX_OVER_SESSIONS: u32 = 200;
/// The latest session, counted from 1, a line can start from.
pub const MAX_START_SESSION: u32 = 1000;

/// One of the form's boxes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AimBox {
    /// Where the person is at the start, a percent.
    Baseline,
    /// Where the team aims them to be, a percent.
    Target,
    /// Over how many sessions.
    Over,
    /// The session the line starts at, counted from 1.
    Start,
}

impl AimBox {
    /// In the form's order, which is also the order problems are reported in.
    pub const ALL: [AimBox; 4] = [
        AimBox::Baseline,
        AimBox::Target,
        AimBox::Over,
        AimBox::Start,
    ];

    /// The box's element id, the same in every language.
    pub fn id(self) -> &'static str {
        match self {
            AimBox::Baseline => "aim-baseline",
            AimBox::Target => "aim-target",
            AimBox::Over => "aim-over",
            AimBox::Start => "aim-start",
        }
    }
}

/// What is typed in the four boxes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AimText {
    pub baseline: String,
    pub target: String,
    pub over: String,
    pub start: String,
}

impl AimText {
    /// The boxes as they start: the saved line, or with none a target of 100% from the latest
    /// of the `sessions` on the chart so far.
    pub fn new(saved: Option<&AimLine>, sessions: usize) -> AimText {
        AimText {
            baseline: saved.map_or(String::new(), |a| number_text(a.baseline)),
            target: saved.map_or_else(|| "100".into(), |a| number_text(a.target)),
            over: saved.map_or(String::new(), |a| a.over_sessions.to_string()),
            // Shown from 1; the library counts from 0.
            start: saved
                .map_or(sessions.max(1), |a| a.from_session + 1)
                .to_string(),
        }
    }

    /// Why the words in a box will not do, or `None` when they will.
    pub fn problem(&self, b: AimBox) -> Option<String> {
        match b {
            AimBox::Baseline => percent(&self.baseline).err(),
            AimBox::Target => percent(&self.target).err(),
            AimBox::Over => whole(&self.over, 1, MAX_OVER_SESSIONS).err(),
            AimBox::Start => whole(&self.start, 1, MAX_START_SESSION).err(),
        }
    }

    /// The first box, in the form's order, whose words will not do.
    pub fn first_problem(&self) -> Option<AimBox> {
        AimBox::ALL.into_iter().find(|b| self.problem(*b).is_some())
    }

    /// The line the boxes make, on `measure`; or the first box whose words will not do.
    pub fn aim(&self, measure: Measure) -> Result<AimLine, AimBox> {
        let bad = |b: AimBox| move |_| b;
        Ok(AimLine {
            measure,
            baseline: percent(&self.baseline).map_err(bad(AimBox::Baseline))?,
            target: percent(&self.target).map_err(bad(AimBox::Target))?,
            over_sessions: whole(&self.over, 1, MAX_OVER_SESSIONS).map_err(bad(AimBox::Over))?,
            from_session: whole(&self.start, 1, MAX_START_SESSION).map_err(bad(AimBox::Start))?
                as usize
                - 1,
        })
    }
}

/// A percent as the language writes it: "20", "12.5" (Dutch and Swedish "12,5").
pub fn number_text(v: f64) -> String {
    let text = if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    };
    let separator = crate::i18n::number::decimal_separator(crate::i18n::lang());
    text.replace('.', &separator.to_string())
}

/// A percent from 0 to 100, as typed in the language in use.
fn percent(text: &str) -> Result<f64, String> {
    crate::i18n::number::parse_decimal(crate::i18n::lang(), text)
        .and_then(|v| v.to_f64())
        .filter(|v| (0.0..=100.0).contains(v))
        .ok_or_else(|| t!("track-aim-percent-bad"))
}

/// A whole number from `low` to `high`.
fn whole(text: &str, low: u32, high: u32) -> Result<u32, String> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|v| (low..=high).contains(v))
        .ok_or_else(|| t!("track-whole-bad", low = low, high = high))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{source, use_translation, Lang};

    fn typed(baseline: &str, target: &str, over: &str, start: &str) -> AimText {
        AimText {
            baseline: baseline.into(),
            target: target.into(),
            over: over.into(),
            start: start.into(),
        }
    }

    #[test]
    fn the_boxes_make_the_line_counting_sessions_from_one() {
        let aim = typed(" 20 ", "100", "5", "3")
            .aim(Measure::Weighted)
            .unwrap();
        assert_eq!(
            aim,
            AimLine {
                measure: Measure::Weighted,
                from_session: 2,
                baseline: 20.0,
                target: 100.0,
                over_sessions: 5,
            }
        );
        assert!(aim.problem().is_none());
    }

    #[test]
    fn each_box_is_checked_and_the_first_bad_one_is_named() {
        let t = typed("20", "120", "0", "1");
        assert_eq!(t.problem(AimBox::Baseline), None);
        assert!(t.problem(AimBox::Target).is_some());
        assert!(t.problem(AimBox::Over).is_some());
        assert_eq!(t.problem(AimBox::Start), None);
        assert_eq!(t.first_problem(), Some(AimBox::Target));
        assert_eq!(t.aim(Measure::default()), Err(AimBox::Target));
        for bad in ["", "-5", "abc", "100.5", "1e2"] {
            assert!(
                typed(bad, "1", "1", "1")
                    .problem(AimBox::Baseline)
                    .is_some(),
                "{bad}"
            );
        }
        assert!(typed("1", "1", "201", "1").problem(AimBox::Over).is_some());
        assert!(typed("1", "1", "1", "0").problem(AimBox::Start).is_some());
        assert!(typed("1", "1", "1", "1001")
            .problem(AimBox::Start)
            .is_some());
        assert_eq!(typed("0", "100", "200", "1000").first_problem(), None);
    }

    /// The baseline a line is drawn from when its box holds `text`.
    fn baseline_read(text: &str) -> f64 {
        typed(text, "1", "1", "1")
            .aim(Measure::default())
            .unwrap()
            .baseline
    }

    #[test]
    fn percents_are_read_and_written_the_language_s_way() {
        assert_eq!(baseline_read("12.5"), 12.5);
        assert_eq!(baseline_read("12,5"), 12.5);
        assert_eq!(number_text(12.5), "12.5");
        assert_eq!(number_text(20.0), "20");
        use_translation(Lang::Nl, source(Lang::Nl));
        assert_eq!(number_text(12.5), "12,5");
        assert_eq!(baseline_read("12,5"), 12.5);
    }

    #[test]
    fn a_new_form_starts_from_the_saved_line_or_the_latest_session() {
        let fresh = AimText::new(None, 4);
        assert_eq!(fresh, typed("", "100", "", "4"));
        assert_eq!(AimText::new(None, 0).start, "1");
        let saved = typed("12.5", "90", "6", "2")
            .aim(Measure::default())
            .unwrap();
        assert_eq!(AimText::new(Some(&saved), 4), typed("12.5", "90", "6", "2"));
    }
}
