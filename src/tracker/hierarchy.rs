//! The prompt hierarchy a coach uses for one task: up to eight levels of help, ordered from
//! least to most intrusive, with Independent always first. Also the answers that are not
//! levels (no response, error, not applicable), the teaching procedures and who prompted.
//! Plain data; every edit returns the new hierarchy or a message a person can act on.

use serde::{Deserialize, Serialize};

/// Enough for the hierarchies in the literature (most use four to six) and still one row of
/// big buttons on a tablet.
pub const MAX_LEVELS: usize = 8;
pub const MAX_LEVEL_NAME_CHARS: usize = 30;
pub const MAX_LEVEL_DESCRIPTION_CHARS: usize = 150;

/// One level of help.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromptLevel {
    pub name: String,
    /// One letter for the tablet button (I, G, V, M, P, F).
    pub code: char,
    /// What the coach does at this level, in plain words.
    pub description: String,
}

impl PromptLevel {
    pub fn new(name: &str, code: char, description: &str) -> PromptLevel {
        PromptLevel {
            name: name.into(),
            code,
            description: description.into(),
        }
    }
}

/// Levels ordered least to most intrusive; index 0 is always Independent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromptHierarchy {
    pub levels: Vec<PromptLevel>,
}

impl Default for PromptHierarchy {
    fn default() -> PromptHierarchy {
        PromptHierarchy {
            levels: vec![
                PromptLevel::new(
                    "Independent",
                    'I',
                    "Did the step with no help after the natural cue.",
                ),
                PromptLevel::new(
                    "Gesture",
                    'G',
                    "You pointed, nodded or looked at what to do next.",
                ),
                PromptLevel::new("Verbal", 'V', "You said what to do next."),
                PromptLevel::new("Model", 'M', "You showed the step, then they did it."),
                PromptLevel::new(
                    "Partial physical",
                    'P',
                    "You gave a light touch or guided part of the movement.",
                ),
                PromptLevel::new(
                    "Full physical",
                    'F',
                    "You guided the whole movement hand over hand.",
                ),
            ],
        }
    }
}

fn check_level(name: &str, code: char, description: &str) -> Result<PromptLevel, String> {
    let name = crate::tasks::model::tidy(name);
    let description = crate::tasks::model::tidy(description);
    let n = name.chars().count();
    if n == 0 {
        return Err("Give the level a name, such as \u{201c}Verbal\u{201d}.".into());
    }
    if n > MAX_LEVEL_NAME_CHARS {
        return Err(format!(
            "Keep a level's name to {MAX_LEVEL_NAME_CHARS} characters or fewer; this one has {n}."
        ));
    }
    if !code.is_alphanumeric() {
        return Err("The button code must be one letter or digit.".into());
    }
    let d = description.chars().count();
    if d > MAX_LEVEL_DESCRIPTION_CHARS {
        return Err(format!(
            "Keep a level's description to {MAX_LEVEL_DESCRIPTION_CHARS} characters or fewer; this one has {d}."
        ));
    }
    Ok(PromptLevel {
        name,
        code: code.to_uppercase().next().unwrap_or(code),
        description,
    })
}

impl PromptHierarchy {
    pub fn len(&self) -> usize {
        self.levels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.levels.is_empty()
    }

    pub fn level(&self, index: usize) -> Option<&PromptLevel> {
        self.levels.get(index)
    }

    /// Credit for a level, from 1.0 (Independent) down to 0.0 (the most intrusive level),
    /// in equal steps. See `progress` for why equal steps.
    pub fn weight(&self, index: usize) -> Option<f64> {
        let n = self.levels.len();
        if index >= n {
            return None;
        }
        if n <= 1 {
            return Some(1.0);
        }
        Some((n - 1 - index) as f64 / (n - 1) as f64)
    }

    fn check_codes(levels: &[PromptLevel]) -> Result<(), String> {
        for (i, a) in levels.iter().enumerate() {
            if levels[..i].iter().any(|b| b.code == a.code) {
                return Err(format!(
                    "Two levels use the button code \u{201c}{}\u{201d}; give each its own letter.",
                    a.code
                ));
            }
        }
        Ok(())
    }

    /// Insert a level at `at` (1 = just after Independent, length = the most intrusive).
    pub fn add(
        &self,
        at: usize,
        name: &str,
        code: char,
        description: &str,
    ) -> Result<Self, String> {
        if self.levels.len() >= MAX_LEVELS {
            return Err(format!(
                "A hierarchy has at most {MAX_LEVELS} levels. Remove one before adding another."
            ));
        }
        if at == 0 {
            return Err("Independent stays first: every other level gives more help.".into());
        }
        if at > self.levels.len() {
            return Err("That place is past the end of the list.".into());
        }
        let level = check_level(name, code, description)?;
        let mut levels = self.levels.clone();
        levels.insert(at, level);
        Self::check_codes(&levels)?;
        Ok(PromptHierarchy { levels })
    }

    /// Change a level's words. Independent may be renamed (for example to the worker's own
    /// words) but stays first.
    pub fn rename(
        &self,
        index: usize,
        name: &str,
        code: char,
        description: &str,
    ) -> Result<Self, String> {
        if index >= self.levels.len() {
            return Err("That level is not in the list.".into());
        }
        let level = check_level(name, code, description)?;
        let mut levels = self.levels.clone();
        levels[index] = level;
        Self::check_codes(&levels)?;
        Ok(PromptHierarchy { levels })
    }

    pub fn remove(&self, index: usize) -> Result<Self, String> {
        if index == 0 {
            return Err(
                "Independent cannot be removed: it is what the teaching is working towards.".into(),
            );
        }
        if index >= self.levels.len() {
            return Err("That level is not in the list.".into());
        }
        let mut levels = self.levels.clone();
        levels.remove(index);
        Ok(PromptHierarchy { levels })
    }

    /// Move a level so it ends up at `to`. Independent neither moves nor is passed.
    pub fn move_level(&self, from: usize, to: usize) -> Result<Self, String> {
        let n = self.levels.len();
        if from >= n || to >= n {
            return Err("That level is not in the list.".into());
        }
        if from == 0 || to == 0 {
            return Err("Independent stays first: every other level gives more help.".into());
        }
        let mut levels = self.levels.clone();
        let level = levels.remove(from);
        levels.insert(to, level);
        Ok(PromptHierarchy { levels })
    }

    /// The rules a hierarchy from a file must keep; `None` when it keeps them.
    pub fn problem(&self) -> Option<String> {
        if self.levels.is_empty() {
            return Some("The prompt hierarchy has no levels.".into());
        }
        if self.levels.len() > MAX_LEVELS {
            return Some(format!(
                "The prompt hierarchy has {} levels; the most is {MAX_LEVELS}.",
                self.levels.len()
            ));
        }
        for l in &self.levels {
            if let Err(e) = check_level(&l.name, l.code, &l.description) {
                return Some(format!("Prompt level \u{201c}{}\u{201d}: {e}", l.name));
            }
        }
        Self::check_codes(&self.levels).err()
    }
}

/// What was recorded for one step: the level of help that was needed, or an answer that is
/// not a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Response {
    /// Index into the session's hierarchy (0 = Independent).
    Level(u8),
    NoResponse,
    Error,
    /// The step did not happen this time (no dishes to wash); left out of every score.
    NotApplicable,
}

impl Response {
    pub fn is_independent(self) -> bool {
        self == Response::Level(0)
    }

    /// Errors and no response count as a miss; not applicable counts as nothing.
    pub fn is_scored(self) -> bool {
        self != Response::NotApplicable
    }

    pub fn label(self, hierarchy: &PromptHierarchy) -> String {
        match self {
            Response::Level(i) => hierarchy
                .level(i as usize)
                .map_or_else(|| format!("Level {}", i + 1), |l| l.name.clone()),
            Response::NoResponse => "No response".into(),
            Response::Error => "Error".into(),
            Response::NotApplicable => "Not applicable".into(),
        }
    }

    /// The short code for a tablet button or a heat-map cell.
    pub fn code(self, hierarchy: &PromptHierarchy) -> String {
        match self {
            Response::Level(i) => hierarchy
                .level(i as usize)
                .map_or_else(|| (i + 1).to_string(), |l| l.code.to_string()),
            Response::NoResponse => "NR".into(),
            Response::Error => "E".into(),
            Response::NotApplicable => "NA".into(),
        }
    }
}

/// How prompts are given in a teaching phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Procedure {
    /// Wait, then give the least help and add more only if needed.
    #[default]
    LeastToMost,
    /// Start with the most help that ensures success and fade it.
    MostToLeast,
    /// Give the cue, wait a fixed number of seconds, then prompt.
    ConstantTimeDelay,
    /// Start with no wait and lengthen the wait over sessions.
    ProgressiveTimeDelay,
    /// Physical help that is lessened moment to moment as the person moves.
    GraduatedGuidance,
}

impl Procedure {
    pub const ALL: [Procedure; 5] = [
        Procedure::LeastToMost,
        Procedure::MostToLeast,
        Procedure::ConstantTimeDelay,
        Procedure::ProgressiveTimeDelay,
        Procedure::GraduatedGuidance,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Procedure::LeastToMost => "Least to most",
            Procedure::MostToLeast => "Most to least",
            Procedure::ConstantTimeDelay => "Constant time delay",
            Procedure::ProgressiveTimeDelay => "Progressive time delay",
            Procedure::GraduatedGuidance => "Graduated guidance",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            Procedure::LeastToMost => {
                "Wait, then give the least help that works; add more only if needed."
            }
            Procedure::MostToLeast => {
                "Start with enough help to get it right, then give less as they learn."
            }
            Procedure::ConstantTimeDelay => {
                "Give the cue, wait the same few seconds each time, then help."
            }
            Procedure::ProgressiveTimeDelay => {
                "Give the cue and help at once at first, then wait a little longer each session."
            }
            Procedure::GraduatedGuidance => {
                "Guide the movement and ease off your hands as soon as they take over."
            }
        }
    }
}

/// Who gave the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Prompter {
    #[default]
    Coach,
    /// A natural support: the help that will still be there when the coach is not.
    CoWorker,
    /// The worker helped themselves with the job aid.
    JobAid,
}

impl Prompter {
    pub const ALL: [Prompter; 3] = [Prompter::Coach, Prompter::CoWorker, Prompter::JobAid];

    pub fn label(self) -> &'static str {
        match self {
            Prompter::Coach => "Coach",
            Prompter::CoWorker => "Co-worker",
            Prompter::JobAid => "Job aid",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_runs_from_independent_to_full_physical_with_even_weights() {
        let h = PromptHierarchy::default();
        let codes: String = h.levels.iter().map(|l| l.code).collect();
        assert_eq!(codes, "IGVMPF");
        assert_eq!(h.weight(0), Some(1.0));
        assert_eq!(h.weight(5), Some(0.0));
        assert_eq!(h.weight(1), Some(0.8));
        assert_eq!(h.weight(6), None);
        assert!(h.problem().is_none());
    }

    #[test]
    fn codes_must_differ_and_independent_stays_first() {
        let h = PromptHierarchy::default();
        assert!(h.add(1, "Visual", 'V', "").is_err(), "V is Verbal's");
        assert!(h.add(0, "Other", 'O', "").is_err());
        assert!(h.move_level(2, 0).is_err());
        let h = h.add(1, "Visual", 'x', "A picture").unwrap();
        assert_eq!(h.levels[1].code, 'X');
    }
}
