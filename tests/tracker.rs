//! The tracker's library: hierarchy edits, recording, scores, the rules on hand-built series
//! of sessions, and the file format.

mod common;

use proptest::prelude::*;
use supported_work::store::envelope::{EnvelopeError, FileError};
use supported_work::store::Format;
use supported_work::tasks::{self, Chaining, Step, StepId, TaskAnalysis, TaskId, TaskVersion};
use supported_work::tracker::rules::REFERENCES;
use supported_work::tracker::*;

const T: TaskId = TaskId(1);
const I: Response = Response::Level(0);
const G: Response = Response::Level(1);
const V: Response = Response::Level(2);
const F: Response = Response::Level(5);
const E: Response = Response::Error;
const NA: Response = Response::NotApplicable;

fn task(steps: u64, version: u32, chaining: Chaining) -> TaskAnalysis {
    TaskAnalysis {
        id: T,
        title: "Wipe a table".into(),
        workplace: String::new(),
        chaining,
        versions: vec![TaskVersion {
            number: version,
            created: "2025-01-01".into(),
            steps: (1..=steps)
                .map(|i| Step {
                    id: StepId(10 + i),
                    instruction: format!("Step {i}"),
                    cue: String::new(),
                    picture: None,
                    key_step: false,
                })
                .collect(),
            locked: false,
        }],
        has_teaching_data: false,
    }
}

fn run(state: TrackerState, actions: impl IntoIterator<Item = Action>) -> TrackerState {
    actions.into_iter().fold(state, TrackerState::reduce)
}

fn rec(r: Response) -> Action {
    Action::Record {
        response: r,
        who: Prompter::Coach,
    }
}

/// One finished session with these responses in order.
fn session(state: TrackerState, t: &TaskAnalysis, date: &str, rs: &[Response]) -> TrackerState {
    let state = state.reduce(TrackerState::start(t, date));
    let state = run(state, rs.iter().map(|r| rec(*r)));
    state.reduce(Action::Finish)
}

fn sessions(t: &TaskAnalysis, series: &[&[Response]]) -> TrackerState {
    series
        .iter()
        .enumerate()
        .fold(TrackerState::default(), |s, (i, rs)| {
            session(s, t, &format!("2025-02-{:02}", i + 1), rs)
        })
}

#[test]
fn hierarchy_edits_keep_independent_first_and_at_most_eight() {
    let h = PromptHierarchy::default();
    assert_eq!(h.len(), 6);
    let h = h.add(6, "Visual", 'S', "A picture card").unwrap();
    let h = h.add(1, "Natural pause", 'N', "").unwrap();
    assert_eq!(h.len(), 8);
    assert!(h
        .add(1, "One more", 'O', "")
        .unwrap_err()
        .contains("at most 8"));
    assert!(h
        .remove(0)
        .unwrap_err()
        .contains("Independent cannot be removed"));
    let h = h.remove(1).unwrap();
    // Reorder: Model (index 3) goes before Gesture.
    let h = h.move_level(3, 1).unwrap();
    let names: Vec<_> = h.levels.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Independent",
            "Model",
            "Gesture",
            "Verbal",
            "Partial physical",
            "Full physical",
            "Visual"
        ]
    );
    let h = h.rename(0, "On my own", 'I', "No help").unwrap();
    assert_eq!(h.levels[0].name, "On my own");
    assert!(h.rename(2, " ", 'G', "").is_err());

    // The same edits through the reducer, with refusals in the status line.
    let s = run(
        TrackerState::default(),
        [
            Action::RemoveLevel { task: T, index: 0 },
            Action::MoveLevel {
                task: T,
                from: 2,
                to: 1,
            },
        ],
    );
    let levels = &s.tracker(T).unwrap().hierarchy.levels;
    assert_eq!(levels[1].name, "Verbal");
    let s = s.reduce(Action::RemoveLevel { task: T, index: 0 });
    assert!(s.status.unwrap().contains("cannot be removed"));
}

#[test]
fn recording_auto_advances_rescores_and_undoes() {
    let t = task(4, 1, Chaining::TotalTask);
    let s = TrackerState::default().reduce(TrackerState::start(&t, "2025-02-01T10:00"));
    let s = run(s, [rec(V), rec(G)]);
    let open = s.open.as_ref().unwrap();
    assert_eq!(open.current_step(), Some(StepId(13)), "advanced to step 3");
    assert_eq!(open.response(StepId(11)), Some(V));

    // Tap step 1 and re-score it: the cursor stays on step 3.
    let s = s.reduce(Action::Rescore {
        step: StepId(11),
        response: I,
        who: Prompter::CoWorker,
    });
    let open = s.open.as_ref().unwrap();
    assert_eq!(open.response(StepId(11)), Some(I));
    assert_eq!(open.record(StepId(11)).unwrap().who, Prompter::CoWorker);
    assert_eq!(open.current_step(), Some(StepId(13)));

    // Undo takes back the re-score, then the second record (cursor back to step 2).
    let s = s.reduce(Action::Undo);
    assert_eq!(s.open.as_ref().unwrap().response(StepId(11)), Some(V));
    let s = s.reduce(Action::Undo);
    let open = s.open.as_ref().unwrap();
    assert_eq!(open.response(StepId(12)), None);
    assert_eq!(open.current_step(), Some(StepId(12)));

    // Skip to step 4, then record: auto-advance comes back to the unscored steps 2 and 3.
    let s = run(s, [Action::GoToStep(StepId(14)), rec(F), rec(I)]);
    let open = s.open.as_ref().unwrap();
    assert_eq!(open.response(StepId(12)), Some(I));
    assert_eq!(open.current_step(), Some(StepId(13)));

    let s = run(
        s,
        [
            Action::StepNote {
                step: StepId(14),
                note: "Dropped the cloth".into(),
            },
            Action::SessionNote("Busy lunch".into()),
            rec(G),
        ],
    );
    let open = s.open.as_ref().unwrap();
    assert!(open.is_complete());
    assert_eq!(open.record(StepId(14)).unwrap().note, "Dropped the cloth");
    let s = s.reduce(rec(I));
    assert!(s
        .status
        .as_deref()
        .unwrap()
        .contains("Every step has been scored"));

    let s = s.reduce(Action::Finish);
    assert!(s.open.is_none());
    let saved = &s.tracker(T).unwrap().sessions[0];
    assert_eq!(saved.note, "Busy lunch");
    assert!(saved.changes.is_empty());
    assert_eq!(
        s.tasks_action,
        Some(tasks::Action::MarkTeachingData {
            task: T,
            version: 1
        })
    );
    assert!(s
        .reduce(Action::Undo)
        .status
        .unwrap()
        .contains("Start a session"));
}

#[test]
fn a_session_stays_attached_to_the_version_taught_and_locks_it() {
    let t1 = task(3, 1, Chaining::TotalTask);
    let s = TrackerState::default().reduce(TrackerState::start(&t1, "2025-02-01"));
    assert_eq!(s.tasks_action, None, "nothing recorded yet");
    let s = s.reduce(rec(I));
    assert_eq!(
        s.tasks_action,
        Some(tasks::Action::MarkTeachingData {
            task: T,
            version: 1
        }),
        "the first score locks the version"
    );
    let s = s.reduce(rec(I));
    assert_eq!(s.tasks_action, None);
    let s = s.reduce(Action::Finish);
    // The task is edited into version 2; the next session is on it, the first stays on 1.
    let t2 = task(3, 2, Chaining::TotalTask);
    let s = session(s, &t2, "2025-02-02", &[I, I, I]);
    let v: Vec<u32> = s
        .tracker(T)
        .unwrap()
        .sessions
        .iter()
        .map(|x| x.version)
        .collect();
    assert_eq!(v, [1, 2]);

    // And the task builder, given that action, locks version 1.
    let mut ts = tasks::TasksState::default();
    ts.people.push(tasks::Person {
        id: tasks::PersonId(9),
        label: "AB".into(),
        tasks: vec![t1],
    });
    let ts = ts.reduce(tasks::Action::MarkTeachingData {
        task: T,
        version: 1,
    });
    assert!(ts.task(T).unwrap().1.versions[0].locked);
}

#[test]
fn percent_and_weighted_scores_by_hand() {
    // Default six levels: weights 1, .8, .6, .4, .2, 0. Errors score 0; N/A is left out.
    let t = task(6, 1, Chaining::TotalTask);
    let s = sessions(&t, &[&[I, I, G, F, E, NA]]);
    let sc = &s.tracker(T).unwrap().scores()[0];
    assert_eq!(sc.scored, 5);
    assert_eq!(sc.independent, 2);
    assert!((sc.percent_independent - 40.0).abs() < 1e-9); // 2 of 5
    assert!((sc.weighted - 56.0).abs() < 1e-9); // (1 + 1 + .8 + 0 + 0) / 5
}

#[test]
fn chaining_decides_the_steps_recorded() {
    let t = task(3, 1, Chaining::Forward);
    let s = TrackerState::default().reduce(TrackerState::start(&t, "d"));
    let plan = &s.open.as_ref().unwrap().plan;
    assert_eq!(plan.steps, [StepId(11)]);
    assert_eq!(plan.focus, Some(StepId(11)));
    let t = task(3, 1, Chaining::Backward);
    let s = TrackerState::default().reduce(TrackerState::start(&t, "d"));
    assert_eq!(s.open.as_ref().unwrap().plan.steps, [StepId(13)]);
}

#[test]
fn mastery_after_three_independent_sessions_and_reset_by_a_miss() {
    let t = task(2, 1, Chaining::TotalTask);
    let s = sessions(&t, &[&[I, V], &[I, I], &[I, I]]);
    let tr = s.tracker(T).unwrap();
    let m = tr.mastery(StepId(11));
    assert_eq!(m.value, MasteryStatus::Mastered);
    assert!(m.why.contains("3 of the last 3"), "{}", m.why);
    assert_eq!(tr.mastery(StepId(12)).value, MasteryStatus::Learning);

    let s = session(s, &t, "2025-02-04", &[V, I]);
    let tr = s.tracker(T).unwrap();
    let m = tr.mastery(StepId(11));
    assert_eq!(m.value, MasteryStatus::Learning, "a miss resets it");
    assert!(m.why.contains("2 of the last 3"), "{}", m.why);
    assert_eq!(tr.mastery(StepId(12)).value, MasteryStatus::Mastered);

    // Not applicable neither counts nor breaks the run.
    let s = session(s, &t, "2025-02-05", &[I, NA]);
    assert_eq!(
        s.tracker(T).unwrap().mastery(StepId(12)).value,
        MasteryStatus::Mastered
    );
    assert_eq!(
        TrackerState::default().tracker(T).map(|t| t.task),
        None,
        "no tracker until one is needed"
    );
}

#[test]
fn a_criterion_below_90_percent_warns_and_allows_a_miss() {
    let t = task(1, 1, Chaining::TotalTask);
    let rules = Rules {
        mastery: MasteryRule {
            sessions: 3,
            percent: 66,
        },
        ..Rules::default()
    };
    let s = TrackerState::default().reduce(Action::SetRules { task: T, rules });
    assert!(s.status.as_deref().unwrap().contains("below 90%"));
    let s = sessions(&t, &[&[I], &[V], &[I]]);
    let s = s.reduce(Action::SetRules { task: T, rules });
    assert_eq!(
        s.tracker(T).unwrap().mastery(StepId(11)).value,
        MasteryStatus::Mastered
    );
    assert_eq!(MasteryRule::default().warning(), None);
    let bad = Rules {
        mastery: MasteryRule {
            sessions: 0,
            percent: 100,
        },
        ..Rules::default()
    };
    let s = s.reduce(Action::SetRules {
        task: T,
        rules: bad,
    });
    assert_eq!(s.tracker(T).unwrap().rules, rules, "a bad rule is refused");
}

#[test]
fn fading_is_suggested_after_successful_sessions_and_a_step_back_after_errors() {
    let t = task(1, 1, Chaining::TotalTask);
    let s = sessions(&t, &[&[F], &[V], &[V]]);
    let f = s.tracker(T).unwrap().fading(StepId(11)).unwrap();
    assert_eq!(f.value, FadeSuggestion::Fade { from: 2, to: 1 });
    assert!(
        f.why.contains("verbal") && f.why.contains("gesture"),
        "{}",
        f.why
    );

    let s = session(s, &t, "d", &[E]);
    assert_eq!(
        s.tracker(T).unwrap().fading(StepId(11)),
        None,
        "one error: wait"
    );
    let s = session(s, &t, "d", &[Response::NoResponse]);
    let f = s.tracker(T).unwrap().fading(StepId(11)).unwrap();
    assert_eq!(
        f.value,
        FadeSuggestion::StepBack {
            from: Some(2),
            to: Some(3)
        }
    );
    assert!(f.why.contains("from verbal to model"), "{}", f.why);

    let s = sessions(&t, &[&[I], &[I]]);
    assert_eq!(
        s.tracker(T).unwrap().fading(StepId(11)),
        None,
        "nothing left to fade"
    );
    // Last scored Independent: no suggestion to give more help than that.
    let s = sessions(&t, &[&[V], &[I]]);
    assert_eq!(s.tracker(T).unwrap().fading(StepId(11)), None);
    // Last scored gesture after verbal: the next step is less help than gesture.
    let s = sessions(&t, &[&[V], &[G]]);
    let f = s.tracker(T).unwrap().fading(StepId(11)).unwrap();
    assert_eq!(f.value, FadeSuggestion::Fade { from: 2, to: 0 });
    assert!(!f.why.contains("Try gesture"), "{}", f.why);
}

#[test]
fn no_progress_is_flagged_after_four_flat_sessions_with_the_options() {
    let t = task(4, 1, Chaining::TotalTask);
    let s = sessions(&t, &[&[I, V, V, V], &[I, V, V, V], &[I, G, V, V]]);
    assert!(s.tracker(T).unwrap().no_progress().is_none(), "only three");
    let s = session(s, &t, "d", &[I, V, V, V]);
    let flag = s.tracker(T).unwrap().no_progress().unwrap();
    assert_eq!(flag.value.stall, Stall::Flat);
    assert_eq!(flag.value.options.len(), 6);
    assert!(flag.why.contains("25%, 25%, 25%, 25%"), "{}", flag.why);
    assert!(ImprovementOption::RedesignJob
        .label()
        .contains("reasonable adjustment"));

    // The team agrees an option: a phase change, and the count starts again.
    let s = s.reduce(Action::ChangePhase {
        task: T,
        procedure: Procedure::ConstantTimeDelay,
        date: "2025-03-01".into(),
        reason: Some(ImprovementOption::SplitStep),
        note: "Split step 2".into(),
    });
    let tr = s.tracker(T).unwrap();
    assert_eq!(tr.phase().number, 2);
    assert_eq!(tr.phase().started, "2025-03-01");
    assert!(tr.no_progress().is_none());
    let s = session(s, &t, "2025-03-02", &[I, I, V, V]);
    let tr = s.tracker(T).unwrap();
    assert_eq!(tr.sessions.last().unwrap().phase, 2);
    assert_eq!(
        tr.sessions.last().unwrap().procedure,
        Procedure::ConstantTimeDelay
    );
    let chart = tr.chart();
    assert_eq!(chart.phase_lines.len(), 1);
    assert_eq!(chart.phase_lines[0].x, 3.5);
    assert!(chart.phase_lines[0].label.contains("Split the step"));
}

#[test]
fn no_progress_is_flagged_after_four_points_below_the_aim_line() {
    let t = task(4, 1, Chaining::TotalTask);
    // Rising, so never flat, but slower than the aim of 10% to 100% in 4 sessions.
    let s = sessions(&t, &[&[V, V, V, V], &[I, V, V, V], &[I, V, V, V]]);
    let aim = AimLine {
        measure: Measure::PercentIndependent,
        from_session: 0,
        baseline: 10.0,
        target: 100.0,
        over_sessions: 4,
    };
    assert_eq!(aim.at(2), Some(55.0));
    assert_eq!(aim.at(9), Some(100.0));
    let s = s.reduce(Action::SetAim {
        task: T,
        aim: Some(aim.clone()),
    });
    assert!(
        s.tracker(T).unwrap().no_progress().is_none(),
        "three points"
    );
    let s = session(s, &t, "d", &[I, I, V, V]);
    let flag = s.tracker(T).unwrap().no_progress().unwrap();
    assert_eq!(flag.value.stall, Stall::BelowAim);
    assert!(flag.why.contains("(0%, 25%, 25%, 50%)"), "{}", flag.why);
    let chart = s.tracker(T).unwrap().chart();
    assert_eq!(chart.aim, Some(((0.0, 10.0), (4.0, 100.0))));
    assert_eq!(chart.points[3].aim, Some(77.5));
    let m = s.tracker(T).unwrap().matrix(&[StepId(11), StepId(14)]);
    assert_eq!(m.rows[0][0].code, "V");
    assert_eq!(m.rows[0][1].credit, Some(1.0));
    assert_eq!(m.sessions.len(), 4);
}

#[test]
fn the_file_round_trips_with_an_open_session() {
    let t = task(3, 1, Chaining::TotalTask);
    let s = sessions(&t, &[&[I, V, E]]);
    let s = run(
        s,
        [
            TrackerState::start(&t, "2025-02-09T09:30"),
            rec(G),
            Action::StepNote {
                step: StepId(11),
                note: "Needed a point \u{2192} table".into(),
            },
            Action::SetAim {
                task: T,
                aim: Some(AimLine {
                    measure: Measure::Weighted,
                    from_session: 0,
                    baseline: 20.0,
                    target: 90.0,
                    over_sessions: 10,
                }),
            },
        ],
    );
    let json = s.to_file().to_json();
    assert!(json.contains("\"format\": \"work-steps/tracker\""));
    let back = TrackerFile::from_json(&json).unwrap();
    assert_eq!(back, s.to_file());
    // Reload mid-session and carry on.
    let s2 = TrackerState::from_file(back).reduce(rec(I));
    assert_eq!(s2.open.as_ref().unwrap().records.len(), 2);
    let s2 = s2.reduce(Action::Undo).reduce(Action::Undo);
    assert!(
        s2.open.as_ref().unwrap().records.is_empty(),
        "undo survives a reload"
    );
    let s3 = s2.reduce(TrackerState::start(&t, "x"));
    assert!(s3.status.unwrap().contains("Finish or discard"));
}

#[test]
fn bad_foreign_newer_and_truncated_files_are_refused_whole() {
    let t = task(2, 1, Chaining::TotalTask);
    let json = sessions(&t, &[&[I, V]]).to_file().to_json();
    assert_eq!(
        TrackerFile::from_json("nonsense"),
        Err(FileError::Envelope(EnvelopeError::NotJson))
    );
    assert_eq!(
        TrackerFile::from_json(&json[..json.len() / 2]),
        Err(FileError::Envelope(EnvelopeError::Truncated))
    );
    assert_eq!(
        TrackerFile::from_json(r#"{"format":"work-steps/tasks","version":1,"people":[]}"#),
        Err(FileError::Envelope(EnvelopeError::Foreign))
    );
    assert_eq!(
        TrackerFile::from_json(&json.replace("\"version\": 1,", "\"version\": 2,")),
        Err(FileError::Envelope(EnvelopeError::NewerVersion(2)))
    );
    assert_eq!(
        TrackerFile::from_json(&json.replace("\"version\": 1,", "")),
        Err(FileError::Envelope(EnvelopeError::BadVersion))
    );
    // A level index past the session's hierarchy.
    let bad = json.replace("\"Level\": 2", "\"Level\": 7");
    assert_ne!(bad, json);
    assert!(matches!(
        TrackerFile::from_json(&bad),
        Err(FileError::Contents(TrackerProblem::Invalid(_)))
    ));
    let bad = json.replace("\"phases\": [", "\"phases\": [], \"x\": [");
    assert!(TrackerFile::from_json(&bad).is_err());
    for e in [
        FileError::Envelope(EnvelopeError::Truncated),
        FileError::Envelope(EnvelopeError::Foreign),
        FileError::Contents(TrackerProblem::Invalid("Bad.".into())),
    ] {
        assert!(!e.to_string().is_empty());
    }
}

#[test]
fn every_rule_names_its_sources() {
    for rule in ["mastery", "fading", "no progress"] {
        assert!(REFERENCES
            .iter()
            .any(|r| r.rule == rule && r.href.starts_with("https://")));
    }
}

fn any_action() -> impl Strategy<Value = Action> {
    let response = prop_oneof![
        (0u8..10).prop_map(Response::Level),
        Just(Response::NoResponse),
        Just(Response::Error),
        Just(Response::NotApplicable),
    ];
    let step = (8u64..16).prop_map(StepId);
    prop_oneof![
        4 => response.clone().prop_map(rec),
        2 => (step.clone(), response).prop_map(|(s, r)| Action::Rescore { step: s, response: r, who: Prompter::JobAid }),
        1 => step.clone().prop_map(Action::GoToStep),
        2 => Just(Action::Undo),
        1 => Just(Action::Finish),
        1 => Just(Action::Discard),
        1 => (0usize..10).prop_map(|i| Action::RemoveLevel { task: T, index: i }),
        1 => (0usize..10, 0usize..10).prop_map(|(f, t)| Action::MoveLevel { task: T, from: f, to: t }),
        1 => (0usize..10).prop_map(|i| Action::AddLevel { task: T, at: i, name: "X".into(), code: 'X', description: String::new() }),
        1 => (1u64..6, prop_oneof![Just(Chaining::Forward), Just(Chaining::Backward), Just(Chaining::TotalTask)])
            .prop_map(|(n, c)| TrackerState::start(&task(n, 1, c), "d")),
    ]
}

proptest! {
    #[test]
    fn random_record_sequences_never_panic_and_scores_stay_in_range(
        actions in proptest::collection::vec(any_action(), 0..80)
    ) {
        let s = run(TrackerState::default(), actions);
        if let Some(tr) = s.tracker(T) {
            for sc in tr.scores() {
                prop_assert!((0.0..=100.0).contains(&sc.percent_independent));
                prop_assert!((0.0..=100.0).contains(&sc.weighted));
            }
            let _ = tr.no_progress();
            let _ = tr.chart();
            for i in 8..16 {
                let _ = tr.fading(StepId(i));
                let _ = tr.mastery(StepId(i));
            }
        }
        let back = TrackerFile::from_json(&s.to_file().to_json());
        prop_assert!(back.is_ok(), "{:?}", back);
        let back = back.unwrap();
        prop_assert_eq!(&back.trackers, &s.trackers);
        prop_assert_eq!(&back.open, &s.open);
    }
}

#[test]
fn csv_has_one_row_per_recorded_response() {
    let t = task(2, 1, Chaining::TotalTask);
    let s = sessions(&t, &[&[I, V]]);
    let whose = progress::CsvFor {
        person: "J/K 7",
        task: "Wipe: tables.",
    };
    let csv = progress::csv(whose, &s.tracker(T).unwrap().sessions, |_, id| {
        format!("=step {id}")
    });
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(
        lines[0].starts_with("\"person\",\"task\",\"date\""),
        "{}",
        lines[0]
    );
    assert!(
        lines[2].starts_with("\"J/K 7\",\"Wipe: tables.\","),
        "{}",
        lines[2]
    );
    // The file's name tells one person's and task's sessions from another's, safely.
    assert_eq!(
        whose.file_name("2026-05-01"),
        "sessions-j-k-7-wipe-tables-2026-05-01.csv"
    );
    let other = progress::CsvFor {
        person: "AB",
        task: "Wipe: tables.",
    };
    assert_ne!(other.file_name("2026-05-01"), whose.file_name("2026-05-01"));
    assert!(lines[2].contains("\"Verbal\""), "{}", lines[2]);
    assert!(
        lines[2].contains("\"'=step s12\""),
        "formula defused: {}",
        lines[2]
    );
}

/// Issue 22: an imported note "\t=HYPERLINK(…)" was exported unprefixed; spreadsheets
/// skip a leading TAB or CR and run the formula after it.
#[test]
fn csv_defuses_a_formula_behind_a_tab_or_carriage_return() {
    let t = task(2, 1, Chaining::TotalTask);
    let s = sessions(&t, &[&[I, V]]);
    for lead in ['\t', '\r'] {
        let whose = progress::CsvFor {
            person: "AB",
            task: "T",
        };
        let csv = progress::csv(whose, &s.tracker(T).unwrap().sessions, |_, _| {
            format!("{lead}=HYPERLINK(\"http://x\")")
        });
        assert!(
            csv.contains(&format!("\"'{lead}=HYPERLINK(")),
            "{lead:?} defused: {csv}"
        );
    }
}

#[test]
fn the_progress_report_says_the_sessions_in_plain_words() {
    let t = task(4, 1, Chaining::TotalTask);
    let steps: Vec<StepId> = t.steps().iter().map(|s| s.id).collect();
    let empty = TaskTracker::new(T);
    assert_eq!(
        report::summary("Wipe a table", &empty, &steps),
        ["Wipe a table: no teaching sessions recorded yet."]
    );

    // 1 of 4 on their own, then 3 of 4, then all 4 three times: every step learned.
    let state = sessions(
        &t,
        &[
            &[I, G, V, F],
            &[I, I, I, V],
            &[I, I, I, I],
            &[I, I, I, I],
            &[I, I, I, I],
        ],
    );
    let tracker = state.tracker(T).unwrap();
    let said = report::summary("Wipe a table", tracker, &steps);
    assert!(
        said[0].starts_with("Wipe a table: 5 teaching sessions, from "),
        "{said:?}"
    );
    assert_eq!(
        said[1],
        "In the last session, 4 of 4 steps were done without help (100%)."
    );
    assert_eq!(said[2], "That is 75 points more than in the first session.");
    assert_eq!(said[3], "4 of 4 steps are learned.");
}

/// QA #18: sessions all on one day were "from 7 December 2026 to 7 December 2026", and the
/// sessions table showed "2026-12-07 19:58" where the rest of the page writes dates out.
#[test]
fn sessions_on_one_day_are_said_once_and_dates_are_written_out() {
    let t = task(3, 1, Chaining::TotalTask);
    let steps: Vec<StepId> = t.steps().iter().map(|s| s.id).collect();
    let state = [(0, "2026-12-07T10:00"), (1, "2026-12-07T19:58")]
        .iter()
        .fold(TrackerState::default(), |s, (_, date)| {
            session(s, &t, date, &[I, G, V])
        });
    let said = report::summary("Wipe a table", state.tracker(T).unwrap(), &steps);
    assert_eq!(
        said[0],
        "Wipe a table: 2 teaching sessions, all on 7 December 2026."
    );
    assert_eq!(
        report::say_when("2026-12-07T19:58"),
        "7 December 2026 at 19:58"
    );
    assert_eq!(report::say_when("2026-12-07"), "7 December 2026");
}

#[test]
fn a_tracker_file_with_a_counter_past_two_to_the_53_is_refused() {
    let text = format!(
        r#"{{"format":"work-steps/tracker","version":1,"next_id":{},"trackers":[],"open":null}}"#,
        u64::MAX
    );
    let err = supported_work::tracker::TrackerFile::from_json(&text).unwrap_err();
    assert!(err.to_string().contains("far larger"), "{err}");
}

#[test]
fn in_swedish_the_usual_levels_the_flag_and_the_report_are_swedish_and_a_coach_s_own_words_stay() {
    use supported_work::i18n::{self, Lang};
    let t = task(4, 1, Chaining::TotalTask);
    let steps: Vec<StepId> = t.steps().iter().map(|s| s.id).collect();
    let state = sessions(&t, &[&[I, V, V, V], &[I, V, V, V], &[I, V, V, V]]);
    let state = session(state, &t, "2025-02-04", &[I, G, V, V]);
    // A coach's own level, typed in English, is data: shown as typed in every language.
    let state = state.reduce(Action::AddLevel {
        task: T,
        at: 1,
        name: "Photo card".into(),
        code: 'C',
        description: "You showed the photo.".into(),
    });
    let tracker = state.tracker(T).unwrap().clone();

    let errors = i18n::use_translation(Lang::Sv, i18n::source(Lang::Sv));
    assert!(errors.is_empty(), "{errors:?}");
    let h = &tracker.hierarchy;
    let names: Vec<String> = h.levels.iter().map(|l| l.shown_name()).collect();
    let descriptions: Vec<String> = h.levels.iter().map(|l| l.shown_description()).collect();
    let flag = tracker.no_progress().map(|f| f.why);
    let report = report::summary("Vika handdukar", &tracker, &steps);
    let missed = Response::NoResponse.label(h);
    let procedure = Procedure::LeastToMost.label();
    let refused = h.remove(0).unwrap_err();
    let whose = progress::CsvFor {
        person: "AB",
        task: "Vika handdukar",
    };
    let csv = progress::csv(whose, &tracker.sessions, |_, id| id.to_string());
    let file = whose.file_name("2026-05-01");
    i18n::use_catalog(None);

    assert_eq!(
        names,
        [
            "Självständigt",
            "Photo card",
            "Gest",
            "Verbal",
            "Visa hur",
            "Delvis fysisk",
            "Helt fysisk"
        ]
    );
    assert_eq!(descriptions[1], "You showed the photo.");
    assert!(
        descriptions[0].contains("naturliga signalen"),
        "{descriptions:?}"
    );
    let flag = flag.expect("four sessions with no gain");
    assert!(flag.contains("Inga framsteg"), "{flag}");
    assert!(flag.contains("25 %, 25 %, 25 %, 25 %"), "{flag}");
    assert!(
        report[0].starts_with("Vika handdukar: 4 träningstillfällen"),
        "{report:?}"
    );
    assert!(
        report
            .iter()
            .any(|l| l.starts_with("Inlärningen går inte framåt")),
        "{report:?}"
    );
    assert_eq!(missed, "Ingen reaktion");
    assert_eq!(procedure, "Från minst till mest");
    assert!(
        refused.contains("Självständigt kan inte tas bort"),
        "{refused}"
    );
    assert!(
        csv.starts_with("\"person\",\"uppgift\",\"datum\",\"tillfalle\""),
        "{csv}"
    );
    assert_eq!(file, "tillfallen-ab-vika-handdukar-2026-05-01.csv");
    assert!(csv.contains("\"Verbal\""));

    // Back in English: the same data says the English words.
    assert_eq!(tracker.hierarchy.levels[0].shown_name(), "Independent");
    assert_eq!(
        Response::NoResponse.label(&tracker.hierarchy),
        "No response"
    );
}

#[test]
fn in_welsh_a_session_s_messages_and_a_refused_file_are_welsh() {
    use supported_work::i18n::{self, Lang};
    let t = task(2, 1, Chaining::TotalTask);
    i18n::use_translation(Lang::Cy, i18n::source(Lang::Cy));
    let s = TrackerState::default().reduce(TrackerState::start(&t, "2025-02-01T10:00"));
    let started = s.status.clone().unwrap();
    let s = s.reduce(rec(I));
    let scored = s.status.clone().unwrap();
    let s = s.reduce(Action::Finish);
    let saved = s.status.clone().unwrap();
    let bad = TrackerFile::from_json(
        &s.to_file()
            .to_json()
            .replace("\"Level\": 0", "\"Level\": 7"),
    )
    .unwrap_err()
    .to_string();
    i18n::use_catalog(None);
    assert_eq!(started, "Wedi dechrau sesiwn o 2 cam.");
    assert_eq!(scored, "Cam 1: annibynnol.");
    assert!(
        saved.starts_with("Wedi cadw'r sesiwn: 1 o 1 cam"),
        "{saved}"
    );
    assert!(saved.ends_with("Chafodd 1 cam mo'i sgorio."), "{saved}");
    assert!(
        bad.contains("Mae gan y cofnodion addysgu rhif 1 yn y ffeil, sesiwn 1 lefel help"),
        "{bad}"
    );
    assert!(bad.ends_with("Chafodd dim ei lwytho."), "{bad}");
}

#[test]
fn in_dutch_every_code_is_the_initial_of_its_dutch_name() {
    use supported_work::i18n::{self, Lang};
    let errors = i18n::use_translation(Lang::Nl, i18n::source(Lang::Nl));
    assert!(errors.is_empty(), "{errors:?}");
    let h = PromptHierarchy::default();
    let levels: Vec<(String, String)> = (0..h.len() as u8)
        .map(|i| (Response::Level(i).code(&h), Response::Level(i).label(&h)))
        .collect();
    let others: Vec<(String, String)> = [
        Response::NoResponse,
        Response::Error,
        Response::NotApplicable,
    ]
    .iter()
    .map(|r| (r.code(&h), r.label(&h)))
    .collect();
    // A coach's own level keeps the code typed for it, and may not take a Dutch one in use.
    let taken = h.add(1, "Fotokaart", 'Z', "Je liet de foto zien.");
    let own = h.add(1, "Fotokaart", 'K', "Je liet de foto zien.").unwrap();
    i18n::use_catalog(None);

    for (code, name) in &levels {
        let initial: String = name.chars().take(1).flat_map(char::to_uppercase).collect();
        assert_eq!(code, &initial, "level {name}");
    }
    for (code, name) in &others {
        let initials: String = name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect();
        assert_eq!(code, &initials, "{name}");
    }
    let mut all: Vec<&String> = levels.iter().chain(&others).map(|(c, _)| c).collect();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), levels.len() + others.len(), "every code differs");
    assert!(taken.unwrap_err().contains('Z'));
    assert_eq!(own.levels[1].shown_code(), 'K');
}

/// A file whose shape is wrong is refused in plain words: the JSON reader's own message is
/// never shown.
#[test]
fn a_file_with_the_wrong_kind_of_thing_in_it_is_refused_in_plain_words() {
    let t = task(2, 1, Chaining::TotalTask);
    let json = sessions(&t, &[&[I, V]]).to_file().to_json();
    let mut file: serde_json::Value = serde_json::from_str(&json).unwrap();
    file["trackers"] = serde_json::json!("not a list");
    let said = TrackerFile::from_json(&file.to_string())
        .unwrap_err()
        .to_string();
    common::assert_refused_in_plain_words(&said, "sequence");
}
