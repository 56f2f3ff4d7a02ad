//! A task's progress in a few plain sentences: for the printed report, and for anyone who
//! finds tables and charts hard to read.

use super::rules::MasteryStatus;
use super::state::TaskTracker;
use crate::tasks::StepId;

/// The report's sentences, in reading order. `steps` are the task's steps now, in order.
pub fn summary(title: &str, tracker: &TaskTracker, steps: &[StepId]) -> Vec<String> {
    let scores = tracker.scores();
    let (Some(first), Some(last)) = (scores.first(), scores.last()) else {
        return vec![format!("{title}: no teaching sessions recorded yet.")];
    };
    let day = |d: &str| d.split('T').next().unwrap_or(d).to_string();
    let mut out = vec![if scores.len() == 1 {
        format!("{title}: 1 teaching session, on {}.", day(&first.date))
    } else {
        format!(
            "{title}: {} teaching sessions, from {} to {}.",
            scores.len(),
            day(&first.date),
            day(&last.date)
        )
    }];
    out.push(format!(
        "In the last session, {} of {} steps were done without help ({}%).",
        last.independent,
        last.scored,
        last.percent_independent.round()
    ));
    if scores.len() > 1 {
        let change = last.percent_independent - first.percent_independent;
        out.push(if change > 0.5 {
            format!(
                "That is {} points more than in the first session.",
                change.round()
            )
        } else if change < -0.5 {
            format!(
                "That is {} points less than in the first session.",
                (-change).round()
            )
        } else {
            "That is the same as in the first session.".to_string()
        });
    }
    let learned = steps
        .iter()
        .filter(|s| tracker.mastery(**s).value == MasteryStatus::Mastered)
        .count();
    out.push(format!("{learned} of {} steps are learned.", steps.len()));
    let fade = steps
        .iter()
        .filter(|s| tracker.fading(**s).is_some())
        .count();
    if fade > 0 {
        out.push(if fade == 1 {
            "1 step is ready for a change in the help given.".to_string()
        } else {
            format!("{fade} steps are ready for a change in the help given.")
        });
    }
    if let Some(flag) = tracker.no_progress() {
        out.push(format!("Learning has stopped improving: {}", flag.why));
    }
    out
}
