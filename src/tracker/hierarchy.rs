//! The prompt hierarchy a coach uses for one task: up to eight levels of help, ordered from
//! least to most intrusive, with Independent always first. Also the answers that are not
//! levels (no response, error, not applicable), the teaching procedures and who prompted.
//! Plain data; every edit returns the new hierarchy or a message a person can act on.

#[cfg(test)]
use serde::Deserialize;
use serde::Serialize;

/// Enough for the hierarchies in the literature (most use four to six) and still one row of
/// big buttons on a tablet.
pub const MAX_LEVELS: usize = 8;
pub const MAX_LEVEL_NAME_CHARS: usize = 30;
pub const MAX_LEVEL_DESCRIPTION_CHARS: usize = 150;

/// One level of help.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
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

    /// Which of the usual six this level is, when its name is still the English one the
    /// app gave it (a coach's own words are shown as typed).
    fn usual(&self) -> Option<&'static str> {
        USUAL
            .iter()
            .find(|(name, code, _, _)| *name == self.name && *code == self.code)
            .map(|(_, _, _, key)| *key)
    }

    /// The level's name in the language in use: the usual six are translated, a coach's own
    /// names are shown as typed.
    pub fn shown_name(&self) -> String {
        match self.usual() {
            Some(key) => crate::i18n::tr(&format!("track-level-{key}"), &[]),
            None => self.name.clone(),
        }
    }

    /// The level's button code in the language in use: the usual six have their name's
    /// initial in each language (Z for "Zelfstandig" in Dutch); a coach's own code is kept.
    pub fn shown_code(&self) -> char {
        self.usual()
            .and_then(|key| {
                crate::i18n::tr(&format!("track-level-{key}-code"), &[])
                    .chars()
                    .next()
            })
            .unwrap_or(self.code)
    }

    /// The level's description in the language in use (see [`PromptLevel::shown_name`]).
    pub fn shown_description(&self) -> String {
        match self.usual() {
            Some(key)
                if USUAL
                    .iter()
                    .any(|(_, _, d, k)| *k == key && *d == self.description) =>
            {
                crate::i18n::tr(&format!("track-level-{key}-hint"), &[])
            }
            _ => self.description.clone(),
        }
    }
}

/// The usual six levels as stored (in English, so a file reads the same in any language):
/// name, code, description, and the key of their translations.
const USUAL: [(&str, char, &str, &str); 6] = [
    (
        "Independent",
        'I',
        "Did the step with no help after the natural cue.",
        "independent",
    ),
    (
        "Gesture",
        'G',
        "You pointed, nodded or looked at what to do next.",
        "gesture",
    ),
    ("Verbal", 'V', "You said what to do next.", "verbal"),
    (
        "Model",
        'M',
        "You showed the step, then they did it.",
        "model",
    ),
    (
        "Partial physical",
        'P',
        "You gave a light touch or guided part of the movement.",
        "partial",
    ),
    (
        "Full physical",
        'F',
        "You guided the whole movement hand over hand.",
        "full",
    ),
];

/// Levels ordered least to most intrusive; index 0 is always Independent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub struct PromptHierarchy {
    pub levels: Vec<PromptLevel>,
}

impl Default for PromptHierarchy {
    fn default() -> PromptHierarchy {
        PromptHierarchy {
            levels: USUAL
                .iter()
                .map(|(name, code, description, _)| PromptLevel::new(name, *code, description))
                .collect(),
        }
    }
}

fn check_level(name: &str, code: char, description: &str) -> Result<PromptLevel, String> {
    let name = crate::tasks::model::tidy(name);
    let description = crate::tasks::model::tidy(description);
    let n = name.chars().count();
    if n == 0 {
        return Err(t!("track-level-name-missing"));
    }
    if n > MAX_LEVEL_NAME_CHARS {
        return Err(t!(
            "track-level-name-long",
            max = MAX_LEVEL_NAME_CHARS,
            count = n
        ));
    }
    if !code.is_alphanumeric() {
        return Err(t!("track-level-code-bad"));
    }
    let d = description.chars().count();
    if d > MAX_LEVEL_DESCRIPTION_CHARS {
        return Err(t!(
            "track-level-description-long",
            max = MAX_LEVEL_DESCRIPTION_CHARS,
            count = d
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
            // As shown: a usual level's code is the one the language gives it.
            let code = a.shown_code();
            if levels[..i].iter().any(|b| b.shown_code() == code) {
                return Err(t!("track-level-code-twice", code = code.to_string()));
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
            return Err(t!("track-levels-full", max = MAX_LEVELS));
        }
        if at == 0 {
            return Err(t!("track-level-independent-first"));
        }
        if at > self.levels.len() {
            return Err(t!("track-level-place-bad"));
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
            return Err(t!("track-level-not-found"));
        }
        let level = check_level(name, code, description)?;
        let mut levels = self.levels.clone();
        levels[index] = level;
        Self::check_codes(&levels)?;
        Ok(PromptHierarchy { levels })
    }

    pub fn remove(&self, index: usize) -> Result<Self, String> {
        if index == 0 {
            return Err(t!("track-level-independent-stays"));
        }
        if index >= self.levels.len() {
            return Err(t!("track-level-not-found"));
        }
        let mut levels = self.levels.clone();
        levels.remove(index);
        Ok(PromptHierarchy { levels })
    }

    /// Move a level so it ends up at `to`. Independent neither moves nor is passed.
    pub fn move_level(&self, from: usize, to: usize) -> Result<Self, String> {
        let n = self.levels.len();
        if from >= n || to >= n {
            return Err(t!("track-level-not-found"));
        }
        if from == 0 || to == 0 {
            return Err(t!("track-level-independent-first"));
        }
        let mut levels = self.levels.clone();
        let level = levels.remove(from);
        levels.insert(to, level);
        Ok(PromptHierarchy { levels })
    }

    /// The rules a hierarchy from a file must keep; `None` when it keeps them.
    pub fn problem(&self) -> Option<String> {
        if self.levels.is_empty() {
            return Some(t!("track-levels-none"));
        }
        if self.levels.len() > MAX_LEVELS {
            return Some(t!(
                "track-levels-too-many",
                count = self.levels.len(),
                max = MAX_LEVELS
            ));
        }
        for l in &self.levels {
            if let Err(e) = check_level(&l.name, l.code, &l.description) {
                return Some(t!(
                    "track-level-problem",
                    name = l.name.as_str(),
                    problem = e
                ));
            }
        }
        Self::check_codes(&self.levels).err()
    }
}

/// What was recorded for one step: the level of help that was needed, or an answer that is
/// not a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
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
            Response::Level(i) => hierarchy.level(i as usize).map_or_else(
                || t!("track-level-number", number = i as u32 + 1),
                PromptLevel::shown_name,
            ),
            Response::NoResponse => t!("track-response-none"),
            Response::Error => t!("track-response-error"),
            Response::NotApplicable => t!("track-response-na"),
        }
    }

    /// The short code for a tablet button or a heat-map cell.
    pub fn code(self, hierarchy: &PromptHierarchy) -> String {
        match self {
            Response::Level(i) => hierarchy
                .level(i as usize)
                .map_or_else(|| (i + 1).to_string(), |l| l.shown_code().to_string()),
            Response::NoResponse => t!("track-response-none-code"),
            Response::Error => t!("track-response-error-code"),
            Response::NotApplicable => t!("track-response-na-code"),
        }
    }
}

/// How prompts are given in a teaching phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
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

    pub fn label(self) -> String {
        match self {
            Procedure::LeastToMost => t!("track-procedure-least"),
            Procedure::MostToLeast => t!("track-procedure-most"),
            Procedure::ConstantTimeDelay => t!("track-procedure-constant"),
            Procedure::ProgressiveTimeDelay => t!("track-procedure-progressive"),
            Procedure::GraduatedGuidance => t!("track-procedure-graduated"),
        }
    }

    pub fn hint(self) -> String {
        match self {
            Procedure::LeastToMost => t!("track-procedure-least-hint"),
            Procedure::MostToLeast => t!("track-procedure-most-hint"),
            Procedure::ConstantTimeDelay => t!("track-procedure-constant-hint"),
            Procedure::ProgressiveTimeDelay => t!("track-procedure-progressive-hint"),
            Procedure::GraduatedGuidance => t!("track-procedure-graduated-hint"),
        }
    }
}

/// Who gave the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
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

    pub fn label(self) -> String {
        match self {
            Prompter::Coach => t!("track-who-coach"),
            Prompter::CoWorker => t!("track-who-co-worker"),
            Prompter::JobAid => t!("track-who-job-aid"),
        }
    }

    /// A name for element ids, the same in every language.
    pub fn key(self) -> &'static str {
        match self {
            Prompter::Coach => "coach",
            Prompter::CoWorker => "co-worker",
            Prompter::JobAid => "job-aid",
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
