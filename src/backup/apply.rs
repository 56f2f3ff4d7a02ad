//! Taking a checked backup in: replace, or merge without losing or changing anything already
//! on the device. Pure functions: the device's data and the backup in, the new data and a
//! report in plain words out.
//!
//! Ids are per-device counters, so the same number on two devices means different things.
//! People are matched by label; a task is "already here" only when its content is identical;
//! everything else comes in with ids this device has never given out, and every reference to
//! it (trackers, sessions, the open session, picture references) is rewritten to match. An
//! id from the file that this device has never given out is kept as it is, so a backup taken
//! in on an empty device gives back exactly the data that was backed up.

use super::file::{max_session_id, plural};
use super::{label_key, on_date, picture_refs, Backup, Data, Scope};
use crate::calculator::file::MAX_NAME_CHARS;
use crate::calculator::state::{Saved, MAX_SAVED};
use crate::tasks::model::{max_id, MAX_PEOPLE, MAX_PICTURE_REF_CHARS, MAX_TASKS_PER_PERSON};
use crate::tasks::{Person, PersonId, PictureRef, TaskAnalysis, TaskId};
use crate::tracker::{Phase, Session, SessionId, TaskTracker};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What an import did, in plain words, for the screen after it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    /// What came in.
    pub added: Vec<String>,
    /// What came in under another name, because the same name means something else here.
    pub renamed: Vec<String>,
    /// What was already on the device, so was left as it is.
    pub skipped: Vec<String>,
    /// What did not come in and why, and anything else the person should know.
    pub notes: Vec<String>,
}

impl Report {
    /// Every sentence, in the order added, renamed, already here, notes.
    pub fn lines(&self) -> Vec<String> {
        self.added
            .iter()
            .chain(&self.renamed)
            .chain(&self.skipped)
            .chain(&self.notes)
            .cloned()
            .collect()
    }
}

/// Take the backup in place of what is here. A backup of everything becomes the device's
/// data; a backup of one person replaces only that person (matched by label, whatever the
/// case), with their tasks, sessions and the pictures only they used, and leaves everyone
/// else as they were.
///
/// The id counters never go backwards: an id this device gave out is not given out again.
pub fn replace(current: &Data, backup: &Backup) -> (Data, Report) {
    match &backup.scope {
        Scope::Everything => {
            let mut data = backup.data.clone();
            data.tasks.next_id = data.tasks.next_id.max(tasks_counter(current));
            data.tracker.next_id = data.tracker.next_id.max(sessions_counter(current));
            let mut report = Report::default();
            report.added.push(format!(
                "Replaced everything on this device with the backup made {}: {}, {}, {}, {} and {}.",
                on_date(&backup.exported_at),
                plural(data.tasks.people.len(), "person", "people"),
                plural(data.task_count(), "task", "tasks"),
                plural(data.session_count(), "teaching session", "teaching sessions"),
                plural(data.scenarios.len(), "saved scenario", "saved scenarios"),
                plural(data.pictures.len(), "picture", "pictures"),
            ));
            report
                .notes
                .push("What was on this device before is gone.".into());
            if data.tracker.open.is_some() {
                report
                    .added
                    .push("The unfinished session in the backup is open to carry on with.".into());
            }
            report.notes.extend(backup.notes.iter().cloned());
            (data, report)
        }
        Scope::Person(label) => replace_person(current, backup, label),
    }
}

fn replace_person(current: &Data, backup: &Backup, label: &str) -> (Data, Report) {
    let key = label_key(label);
    let mut base = current.clone();
    let mut first = Vec::new();
    let at = base
        .tasks
        .people
        .iter()
        .position(|p| label_key(&p.label) == key);
    if let Some(pi) = at {
        let old = base.tasks.people.remove(pi);
        let theirs: HashSet<TaskId> = old.tasks.iter().map(|t| t.id).collect();
        let sessions: usize = base
            .tracker
            .trackers
            .iter()
            .filter(|t| theirs.contains(&t.task))
            .map(|t| t.sessions.len())
            .sum();
        base.tracker.trackers.retain(|t| !theirs.contains(&t.task));
        if base
            .tracker
            .open
            .as_ref()
            .is_some_and(|s| theirs.contains(&s.task))
        {
            base.tracker.open = None;
            first.push(format!(
                "The unfinished session for \u{201c}{}\u{201d} on this device is gone too.",
                old.label
            ));
        }
        let still_used: HashSet<String> = picture_refs(&base.tasks.people)
            .into_iter()
            .map(String::from)
            .collect();
        for r in picture_refs(std::slice::from_ref(&old)) {
            if !still_used.contains(r) {
                base.pictures.remove(r);
            }
        }
        first.insert(
            0,
            format!(
                "Replaced \u{201c}{}\u{201d} with the copy in the backup, which has {}. What was here for them before ({}, {}) is gone.",
                old.label,
                plural(backup.data.task_count(), "task", "tasks"),
                plural(old.tasks.len(), "task", "tasks"),
                plural(sessions, "teaching session", "teaching sessions"),
            ),
        );
    } else {
        first.push(format!(
            "\u{201c}{label}\u{201d} was not on this device, so they were added with {}.",
            plural(backup.data.task_count(), "task", "tasks"),
        ));
    }
    let (mut data, mut report) = merge(&base, backup);
    // The first line already says who came in.
    report
        .added
        .retain(|l| !(l.starts_with("Added \u{201c}") && l.contains("\u{201d} with ")));
    // Put them back where they were in the list.
    if let Some(pi) = at {
        if let Some(now) = data
            .tasks
            .people
            .iter()
            .position(|p| label_key(&p.label) == key)
        {
            let p = data.tasks.people.remove(now);
            data.tasks.people.insert(pi.min(data.tasks.people.len()), p);
        }
    }
    first.append(&mut report.added);
    report.added = first;
    (data, report)
}

/// The first id this device has never given out: past its counter, every id in use and
/// every task its trackers still refer to.
fn tasks_counter(d: &Data) -> u64 {
    let mut c = d.tasks.next_id;
    if !d.tasks.people.is_empty() {
        c = c.max(max_id(&d.tasks.people) + 1);
    }
    for t in d
        .tracker
        .trackers
        .iter()
        .map(|t| t.task)
        .chain(d.tracker.open.as_ref().map(|s| s.task))
    {
        c = c.max(t.0 + 1);
    }
    c
}

fn sessions_counter(d: &Data) -> u64 {
    d.tracker
        .next_id
        .max(max_session_id(&d.tracker).map_or(0, |m| m + 1))
}

/// Ids for what comes in: the file's own id when this device has never given it out,
/// otherwise the next one past everything here and in the file.
struct Fresh {
    keep_from: u64,
    next: u64,
}

impl Fresh {
    fn new(keep_from: u64, past_incoming: u64) -> Fresh {
        Fresh {
            keep_from,
            next: keep_from.max(past_incoming).max(1),
        }
    }

    fn id(&mut self, old: u64) -> u64 {
        if old >= self.keep_from {
            old
        } else {
            self.next += 1;
            self.next - 1
        }
    }
}

/// Everything but the id is the same.
fn same_task(a: &TaskAnalysis, b: &TaskAnalysis) -> bool {
    let TaskAnalysis {
        id: _,
        title,
        workplace,
        chaining,
        versions,
        has_teaching_data,
    } = b;
    a.title == *title
        && a.workplace == *workplace
        && a.chaining == *chaining
        && a.has_teaching_data == *has_teaching_data
        && a.versions == *versions
}

/// Everything but the id is the same (the task is compared after it was rewritten).
fn same_session(a: &Session, b: &Session) -> bool {
    let Session {
        id: _,
        task,
        version,
        date,
        phase,
        procedure,
        chaining,
        plan,
        hierarchy,
        records,
        note,
        cursor,
        finished,
        changes,
    } = b;
    a.task == *task
        && a.version == *version
        && a.date == *date
        && a.phase == *phase
        && a.procedure == *procedure
        && a.chaining == *chaining
        && a.plan == *plan
        && a.hierarchy == *hierarchy
        && a.records == *records
        && a.note == *note
        && a.cursor == *cursor
        && a.finished == *finished
        && a.changes == *changes
}

/// Two trackers' sessions can go together when one's teaching phases begin with the other's.
fn phases_fit(a: &[Phase], b: &[Phase]) -> bool {
    let n = a.len().min(b.len());
    a[..n] == b[..n]
}

/// `id-imported`, `id-imported-2`, … whichever is free, kept within the length a picture
/// reference may have.
fn free_picture_id(id: &str, taken: &HashSet<String>) -> String {
    let base: String = id.chars().take(MAX_PICTURE_REF_CHARS - 16).collect();
    std::iter::once(format!("{base}-imported"))
        .chain((2..).map(|n| format!("{base}-imported-{n}")))
        .find(|c| !taken.contains(c))
        .unwrap_or_default()
}

/// The id a picture had before an import renamed it (`p-imported`, `p-imported-2` → `p`).
fn renamed_from(id: &str) -> Option<&str> {
    if let Some(base) = id.strip_suffix("-imported") {
        return Some(base);
    }
    let i = id.rfind("-imported-")?;
    let n = &id[i + "-imported-".len()..];
    (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())).then(|| &id[..i])
}

/// `name`, `name (imported)`, `name (imported 2)`, … whichever no saved scenario has, kept
/// within the length a name may have.
fn free_scenario_name(name: &str, saved: &[Saved]) -> String {
    let taken = |n: &str| saved.iter().any(|s| s.name == n);
    if !taken(name) {
        return name.to_string();
    }
    let base: String = name.chars().take(MAX_NAME_CHARS - 16).collect();
    let base = base.trim_end();
    std::iter::once(format!("{base} (imported)"))
        .chain((2..).map(|n| format!("{base} (imported {n})")))
        .find(|c| !taken(c))
        .unwrap_or_default()
}

/// The name a scenario had before an import renamed it.
fn before_import(name: &str) -> &str {
    if let Some(base) = name.strip_suffix(" (imported)") {
        return base;
    }
    if let Some(rest) = name.strip_suffix(')') {
        if let Some(i) = rest.rfind(" (imported ") {
            let n = &rest[i + " (imported ".len()..];
            if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) {
                return &name[..i];
            }
        }
    }
    name
}

/// Add what the backup has and this device does not, losing and changing nothing here.
///
/// - People are matched by label (tidied, whatever the case); a new person comes in whole.
/// - A task of a matched person whose content is identical to one of theirs here is already
///   here: its sessions are merged into that task's (identical sessions skipped, the others
///   added in date order). A task whose teaching phases differ from the one here comes in as
///   a second copy with its sessions instead, so nothing is lost; when the backup only has
///   more phases than here, they are added here.
/// - Any other task comes in with its tracker and sessions.
/// - The unfinished session in the file comes in only if none is open here; otherwise the
///   report says to finish or discard the one here and import again. (An open session is
///   never turned into a finished one: that would count half-scored steps in progress.)
/// - Scenarios: identical name and form already here are skipped; a different one with the
///   same name comes in as "name (imported)".
/// - Pictures: same id and bytes already here; same id and other bytes comes in under a new
///   id and the steps that use it point there.
/// - Step ids stay as they are: they are unique within a task.
pub fn merge(current: &Data, backup: &Backup) -> (Data, Report) {
    let inc = &backup.data;
    let mut out = current.clone();
    let mut report = Report::default();
    let keep_from = tasks_counter(current);
    let mut ids = Fresh::new(
        keep_from,
        if inc.tasks.people.is_empty() {
            0
        } else {
            max_id(&inc.tasks.people) + 1
        },
    );
    let session_keep_from = sessions_counter(current);
    let mut session_ids = Fresh::new(
        session_keep_from,
        max_session_id(&inc.tracker).map_or(0, |m| m + 1),
    );

    // Pictures first: which incoming ids must change, so tasks can be compared as they will be.
    // A name an earlier import of the same picture made is used again, so importing the same
    // backup twice brings nothing in twice.
    let refs_here = picture_refs(&current.tasks.people);
    let mut taken: HashSet<String> = current
        .pictures
        .keys()
        .chain(inc.pictures.keys())
        .cloned()
        .chain(refs_here.iter().map(|r| r.to_string()))
        .collect();
    let mut pic_names: HashMap<String, String> = HashMap::new();
    for (id, url) in &inc.pictures {
        if current.pictures.get(id).is_some_and(|here| here != url) {
            let same_bytes = |c: &&String| current.pictures.get(*c) == Some(url);
            let new = current
                .pictures
                .keys()
                .filter(|c| renamed_from(c) == Some(id.as_str()))
                .find(same_bytes)
                .or_else(|| current.pictures.keys().find(same_bytes))
                .cloned()
                .unwrap_or_else(|| free_picture_id(id, &taken));
            taken.insert(new.clone());
            pic_names.insert(id.clone(), new);
        }
    }
    // A step whose picture is not in the file must not show a different picture that has
    // the same id here.
    for r in picture_refs(&inc.tasks.people) {
        if !inc.pictures.contains_key(r) && current.pictures.contains_key(r) {
            let new = refs_here
                .iter()
                .find(|c| renamed_from(c) == Some(r) && !current.pictures.contains_key(**c))
                .map(|c| c.to_string())
                .unwrap_or_else(|| free_picture_id(r, &taken));
            taken.insert(new.clone());
            pic_names.insert(r.to_string(), new);
        }
    }
    let repoint = |t: &mut TaskAnalysis| {
        for s in t.versions.iter_mut().flat_map(|v| &mut v.steps) {
            if let Some(new) = s.picture.as_ref().and_then(|r| pic_names.get(r.as_str())) {
                s.picture = Some(PictureRef::new(new.clone()));
            }
        }
    };

    // People and tasks.
    let here_before: HashSet<TaskId> = current
        .tasks
        .people
        .iter()
        .flat_map(|p| &p.tasks)
        .map(|t| t.id)
        .collect();
    let trackers_here: HashMap<TaskId, &TaskTracker> = current
        .tracker
        .trackers
        .iter()
        .map(|t| (t.task, t))
        .collect();
    let trackers_in: HashMap<TaskId, &TaskTracker> =
        inc.tracker.trackers.iter().map(|t| (t.task, t)).collect();
    let tracker_here = |id: TaskId| trackers_here.get(&id).copied();
    let tracker_in = |id: TaskId| trackers_in.get(&id).copied();
    let mut task_map: HashMap<TaskId, TaskId> = HashMap::new();
    let mut matched: HashSet<TaskId> = HashSet::new();
    let mut titles: HashMap<TaskId, String> = HashMap::new();
    for ip in &inc.tasks.people {
        let key = label_key(&ip.label);
        let (pi, new_person) = match out
            .tasks
            .people
            .iter()
            .position(|p| label_key(&p.label) == key)
        {
            Some(pi) => (pi, false),
            None => {
                if out.tasks.people.len() >= MAX_PEOPLE {
                    report.notes.push(format!(
                        "\u{201c}{}\u{201d} did not come in: this device already has {MAX_PEOPLE} people, the most Work Steps keeps.",
                        ip.label
                    ));
                    continue;
                }
                out.tasks.people.push(Person {
                    id: PersonId(ids.id(ip.id.0)),
                    label: ip.label.clone(),
                    tasks: Vec::new(),
                });
                (out.tasks.people.len() - 1, true)
            }
        };
        let (mut added, mut same, mut no_room) = (0, 0, 0);
        for it in &ip.tasks {
            let mut t = it.clone();
            repoint(&mut t);
            titles.insert(it.id, t.title.clone());
            if !new_person {
                fn phases(tr: Option<&TaskTracker>) -> &[Phase] {
                    tr.map_or(&[], |tr| &tr.phases)
                }
                let here = &out.tasks.people[pi].tasks;
                let identical = |h: &&TaskAnalysis| {
                    here_before.contains(&h.id) && !matched.contains(&h.id) && same_task(h, &t)
                };
                let fits = |h: &&TaskAnalysis| {
                    identical(h)
                        && phases_fit(phases(tracker_here(h.id)), phases(tracker_in(it.id)))
                };
                let twin = here
                    .iter()
                    .filter(fits)
                    .find(|h| h.id == it.id)
                    .or_else(|| here.iter().find(fits))
                    .map(|h| h.id);
                if let Some(h) = twin {
                    matched.insert(h);
                    task_map.insert(it.id, h);
                    same += 1;
                    continue;
                }
                if here.iter().any(|h| identical(&h)) {
                    report.notes.push(format!(
                        "The task \u{201c}{}\u{201d} for \u{201c}{}\u{201d} is here already, but its teaching phases in the backup are different, so the backup's copy came in as a second task with its sessions.",
                        t.title, ip.label
                    ));
                }
            }
            if out.tasks.people[pi].tasks.len() >= MAX_TASKS_PER_PERSON {
                no_room += 1;
                continue;
            }
            t.id = TaskId(ids.id(it.id.0));
            task_map.insert(it.id, t.id);
            out.tasks.people[pi].tasks.push(t);
            added += 1;
        }
        let label = &out.tasks.people[pi].label;
        if new_person {
            report.added.push(format!(
                "Added \u{201c}{label}\u{201d} with {}.",
                plural(added, "task", "tasks")
            ));
        } else {
            if added > 0 {
                report.added.push(format!(
                    "Added {} for \u{201c}{label}\u{201d}, who was already on this device.",
                    plural(added, "task", "tasks")
                ));
            }
            if same > 0 {
                report.skipped.push(format!(
                    "{} for \u{201c}{label}\u{201d} {} already on this device.",
                    plural(same, "task", "tasks"),
                    if same == 1 { "was" } else { "were" }
                ));
            } else if added == 0 && no_room == 0 {
                report.skipped.push(format!(
                    "\u{201c}{label}\u{201d} was already on this device."
                ));
            }
        }
        if no_room > 0 {
            report.notes.push(format!(
                "{} for \u{201c}{label}\u{201d} did not come in: a person can have at most {MAX_TASKS_PER_PERSON} tasks.",
                plural(no_room, "task", "tasks")
            ));
        }
    }

    // Trackers and their sessions.
    let (mut sessions_added, mut sessions_same) = (0, 0);
    for it in &inc.tracker.trackers {
        let Some(&here_id) = task_map.get(&it.task) else {
            continue;
        };
        let title = titles.get(&it.task).cloned().unwrap_or_default();
        match out.tracker.trackers.iter().position(|t| t.task == here_id) {
            None => {
                let mut t = it.clone();
                t.task = here_id;
                for s in &mut t.sessions {
                    s.id = SessionId(session_ids.id(s.id.0));
                    s.task = here_id;
                }
                sessions_added += t.sessions.len();
                out.tracker.trackers.push(t);
            }
            Some(ti) => {
                let here = &mut out.tracker.trackers[ti];
                if here.phases.len() < it.phases.len() {
                    let from = here.phases.len();
                    here.phases.extend_from_slice(&it.phases[from..]);
                    report.added.push(format!(
                        "The teaching phases after phase {from} for \u{201c}{title}\u{201d} came in; the next session here is in phase {}.",
                        here.phases.len()
                    ));
                }
                if here.hierarchy != it.hierarchy || here.rules != it.rules || here.aim != it.aim {
                    report.notes.push(format!(
                        "The prompt levels, rules or aim line for \u{201c}{title}\u{201d} are different in the backup. The ones on this device are kept; every session keeps the levels it was recorded with."
                    ));
                }
                let before: HashSet<SessionId> = here.sessions.iter().map(|s| s.id).collect();
                let mut used: HashSet<SessionId> = HashSet::new();
                for s in &it.sessions {
                    let mut s = s.clone();
                    s.task = here_id;
                    let fits = |h: &&Session| {
                        before.contains(&h.id) && !used.contains(&h.id) && same_session(h, &s)
                    };
                    let twin = here
                        .sessions
                        .iter()
                        .filter(fits)
                        .find(|h| h.id == s.id)
                        .or_else(|| here.sessions.iter().find(fits))
                        .map(|h| h.id);
                    if let Some(h) = twin {
                        used.insert(h);
                        sessions_same += 1;
                        continue;
                    }
                    s.id = SessionId(session_ids.id(s.id.0));
                    let at = here
                        .sessions
                        .iter()
                        .rposition(|h| h.date <= s.date)
                        .map_or(0, |i| i + 1);
                    here.sessions.insert(at, s);
                    sessions_added += 1;
                }
            }
        }
    }
    if sessions_added > 0 {
        report.added.push(format!(
            "Added {}.",
            plural(sessions_added, "teaching session", "teaching sessions")
        ));
    }
    if sessions_same > 0 {
        report.skipped.push(format!(
            "{} {} already on this device.",
            plural(sessions_same, "teaching session", "teaching sessions"),
            if sessions_same == 1 { "was" } else { "were" }
        ));
    }

    // The unfinished session.
    if let Some(s) = &inc.tracker.open {
        let title = titles.get(&s.task).cloned().unwrap_or_default();
        let said = format!(
            "the unfinished session {} for \u{201c}{title}\u{201d}",
            on_date(&s.date)
        );
        match task_map.get(&s.task) {
            None => report.notes.push(format!(
                "The backup has {said}. It did not come in, because its task did not."
            )),
            Some(&here_id) => {
                let mut s = s.clone();
                s.task = here_id;
                match &out.tracker.open {
                    Some(o) if same_session(o, &s) => report
                        .skipped
                        .push(format!("{} was already on this device.", capital(&said))),
                    Some(_) => report.notes.push(format!(
                        "The backup has {said}, with {} of {} steps scored. It did not come in, because a session is open on this device. Finish or discard that session, then import the backup again to bring it in.",
                        s.records.len(),
                        s.plan.steps.len()
                    )),
                    None => {
                        s.id = SessionId(session_ids.id(s.id.0));
                        out.tracker.open = Some(s);
                        report
                            .added
                            .push(format!("Added {said}; you can carry on with it."));
                    }
                }
            }
        }
    }

    // Scenarios.
    let (mut scen_added, mut scen_same, mut scen_no_room) = (0, 0, 0);
    for s in &inc.scenarios {
        let here = out
            .scenarios
            .iter()
            .any(|x| before_import(&x.name) == before_import(&s.name) && x.form == s.form);
        if here {
            scen_same += 1;
            continue;
        }
        if out.scenarios.len() >= MAX_SAVED {
            scen_no_room += 1;
            continue;
        }
        let name = free_scenario_name(&s.name, &out.scenarios);
        if name != s.name {
            report.renamed.push(format!(
                "The scenario \u{201c}{}\u{201d} came in as \u{201c}{name}\u{201d}, because a different scenario here has that name.",
                s.name
            ));
        }
        out.scenarios.push(Saved {
            name,
            form: s.form.clone(),
        });
        scen_added += 1;
    }
    if scen_added > 0 {
        report.added.push(format!(
            "Added {}.",
            plural(scen_added, "saved scenario", "saved scenarios")
        ));
    }
    if scen_same > 0 {
        report.skipped.push(format!(
            "{} {} already on this device.",
            plural(scen_same, "saved scenario", "saved scenarios"),
            if scen_same == 1 { "was" } else { "were" }
        ));
    }
    if scen_no_room > 0 {
        report.notes.push(format!(
            "{} did not come in: Work Steps keeps at most {MAX_SAVED}. Delete some, then import again.",
            plural(scen_no_room, "saved scenario", "saved scenarios")
        ));
    }

    // Pictures: those a step here now uses, and those no step in the file uses (kept as the
    // file has them); not those only a task that did not come in uses.
    let used_here: HashSet<String> = picture_refs(&out.tasks.people)
        .into_iter()
        .map(String::from)
        .collect();
    let used_in_file = picture_refs(&inc.tasks.people);
    let (mut pics_added, mut pics_same, mut pics_renamed) = (0, 0, 0);
    let mut pictures: BTreeMap<String, String> = BTreeMap::new();
    for (id, url) in &inc.pictures {
        let here_id = pic_names.get(id).unwrap_or(id);
        if out.pictures.get(here_id) == Some(url) {
            pics_same += 1;
        } else if used_here.contains(here_id) || !used_in_file.contains(id.as_str()) {
            pictures.insert(here_id.clone(), url.clone());
            pics_added += 1;
            if here_id != id {
                pics_renamed += 1;
            }
        }
    }
    out.pictures.extend(pictures);
    if pics_added > 0 {
        report.added.push(format!(
            "Added {}.",
            plural(pics_added, "picture", "pictures")
        ));
    }
    if pics_renamed > 0 {
        report.renamed.push(format!(
            "{} came in under a new name, because a different picture here has the same name.",
            plural(pics_renamed, "picture", "pictures")
        ));
    }
    if pics_same > 0 {
        report.skipped.push(format!(
            "{} {} already on this device.",
            plural(pics_same, "picture", "pictures"),
            if pics_same == 1 { "was" } else { "were" }
        ));
    }
    report.notes.extend(backup.notes.iter().cloned());

    // Counters past everything now here, and never back.
    let mut next = keep_from.max(inc.tasks.next_id);
    if !out.tasks.people.is_empty() {
        next = next.max(max_id(&out.tasks.people) + 1);
    }
    out.tasks.next_id = next;
    out.tracker.next_id = session_keep_from
        .max(inc.tracker.next_id)
        .max(max_session_id(&out.tracker).map_or(0, |m| m + 1));
    if report.lines().is_empty() {
        report.skipped.push("The backup is empty.".into());
    }
    (out, report)
}

fn capital(text: &str) -> String {
    let mut c = text.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imported_names_go_back_to_the_name_they_had() {
        assert_eq!(before_import("A (imported)"), "A");
        assert_eq!(before_import("A (imported 12)"), "A");
        assert_eq!(before_import("A (imported x)"), "A (imported x)");
        assert_eq!(before_import("A (copy)"), "A (copy)");
        assert_eq!(before_import("(imported 2)"), "(imported 2)");
        assert_eq!(renamed_from("step-s3-imported"), Some("step-s3"));
        assert_eq!(renamed_from("step-s3-imported-12"), Some("step-s3"));
        assert_eq!(renamed_from("step-s3-imported-x"), None);
        assert_eq!(renamed_from("step-s3"), None);
    }

    #[test]
    fn new_names_stay_within_the_limits() {
        let long = "x".repeat(MAX_NAME_CHARS);
        let saved = vec![Saved {
            name: long.clone(),
            form: Default::default(),
        }];
        let name = free_scenario_name(&long, &saved);
        assert!(name.chars().count() <= MAX_NAME_CHARS, "{name}");
        assert!(name.ends_with(" (imported)"));
        let taken: HashSet<String> = ["p-imported".to_string()].into();
        assert_eq!(free_picture_id("p", &taken), "p-imported-2");
        let id = free_picture_id(&"y".repeat(MAX_PICTURE_REF_CHARS), &taken);
        assert!(id.chars().count() <= MAX_PICTURE_REF_CHARS);
    }

    #[test]
    fn fresh_ids_keep_what_this_device_never_gave_out() {
        let mut f = Fresh::new(10, 30);
        assert_eq!(f.id(12), 12);
        assert_eq!(f.id(3), 30);
        assert_eq!(f.id(4), 31);
    }
}
