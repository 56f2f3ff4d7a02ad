//! A task's progress in a few plain sentences: for the printed report, and for anyone who
//! finds tables and charts hard to read.

use super::rules::{percent, MasteryStatus};
use super::state::TaskTracker;
use crate::tasks::StepId;

/// The report's sentences, in reading order. `steps` are the task's steps now, in order.
pub fn summary(title: &str, tracker: &TaskTracker, steps: &[StepId]) -> Vec<String> {
    let scores = tracker.scores();
    let (Some(first), Some(last)) = (scores.first(), scores.last()) else {
        return vec![t!("track-report-none", task = title)];
    };
    let day = crate::calendar::say_stored;
    let same_day = first.date.get(..10).is_some() && first.date.get(..10) == last.date.get(..10);
    let mut out = vec![if scores.len() == 1 {
        t!("track-report-one", task = title, date = day(&first.date))
    } else if same_day {
        // "from 7 December 2026 to 7 December 2026" said once.
        t!(
            "track-report-many-one-day",
            task = title,
            count = scores.len(),
            date = day(&first.date)
        )
    } else {
        t!(
            "track-report-many",
            task = title,
            count = scores.len(),
            first = day(&first.date),
            last = day(&last.date)
        )
    }];
    out.push(t!(
        "track-report-last",
        independent = last.independent,
        count = last.scored,
        percent = percent(last.percent_independent)
    ));
    if scores.len() > 1 {
        let change = last.percent_independent - first.percent_independent;
        let points = change.abs().round() as i64;
        out.push(if change > 0.5 {
            t!("track-report-more", points = points)
        } else if change < -0.5 {
            t!("track-report-less", points = points)
        } else {
            t!("track-report-same")
        });
    }
    let learned = steps
        .iter()
        .filter(|s| tracker.mastery(**s).value == MasteryStatus::Mastered)
        .count();
    out.push(t!(
        "track-report-learned",
        learned = learned,
        count = steps.len()
    ));
    let fade = steps
        .iter()
        .filter(|s| tracker.fading(**s).is_some())
        .count();
    if fade > 0 {
        out.push(t!("track-report-fade", count = fade));
    }
    if let Some(flag) = tracker.no_progress() {
        out.push(t!("track-report-stalled", why = flag.why));
    }
    out
}

/// When a session was, as the library keeps it (`2026-11-24T10:30`), written out as
/// everywhere else: "24 November 2026 at 10:30". A date with no time is the day alone.
pub fn say_when(date: &str) -> String {
    match date.split_once('T') {
        Some((day, time)) => t!(
            "track-date-time",
            date = crate::calendar::say_stored(day),
            time = time
        ),
        None => crate::calendar::say_stored(date),
    }
}
