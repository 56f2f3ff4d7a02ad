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

use super::file::max_session_id;
use super::{label_key, on_date, picture_refs, Backup, Data, Scope};
use crate::better_off::file::MAX_NAME_CHARS;
use crate::better_off::state::{Saved, MAX_SAVED};
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
            report.added.push(t!(
                "backup-replaced-everything",
                date = on_date(&backup.exported_at),
                people = data.tasks.people.len(),
                tasks = data.task_count(),
                sessions = data.session_count(),
                scenarios = data.scenarios.len(),
                pictures = data.pictures.len(),
            ));
            report.notes.push(t!("backup-before-gone"));
            if data.tracker.open.is_some() {
                report.added.push(t!("backup-open-carry-on"));
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
            first.push(t!("backup-open-here-gone", person = old.label.as_str()));
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
            t!(
                "backup-replaced-person",
                person = old.label.as_str(),
                tasks = backup.data.task_count(),
                old_tasks = old.tasks.len(),
                old_sessions = sessions,
            ),
        );
    } else {
        first.push(t!(
            "backup-person-was-not-here",
            person = label,
            tasks = backup.data.task_count(),
        ));
    }
    let (mut data, mut report, new_people) = merge_saying_who(&base, backup);
    // The first line already says who came in.
    report.added = std::mem::take(&mut report.added)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !new_people.contains(i))
        .map(|(_, line)| line)
        .collect();
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
    let (data, report, _) = merge_saying_who(current, backup);
    (data, report)
}

/// [`merge`], and which lines of the report's `added` say that a new person came in (by
/// their place in the list), for [`replace`] to leave out: its own first line says so.
fn merge_saying_who(current: &Data, backup: &Backup) -> (Data, Report, Vec<usize>) {
    let mut merge = Merge::new(current, &backup.data);
    merge.people_and_tasks();
    merge.trackers();
    merge.open_session();
    merge.scenarios();
    merge.pictures();
    merge.report.notes.extend(backup.notes.iter().cloned());
    merge.counters();
    if merge.report.lines().is_empty() {
        merge.report.skipped.push(t!("backup-empty"));
    }
    (merge.out, merge.report, merge.new_people_lines)
}

/// A merge under way: what is here, what comes in, the result so far and what each step
/// leaves for the next.
struct Merge<'a> {
    here: &'a Data,
    inc: &'a Data,
    out: Data,
    report: Report,
    /// Lines of `report.added` that say a new person came in.
    new_people_lines: Vec<usize>,
    /// Ids for people and tasks that come in.
    ids: Fresh,
    /// Ids for sessions that come in.
    session_ids: Fresh,
    /// Incoming picture ids that are another picture here, and the ids they come in under.
    pic_names: HashMap<String, String>,
    /// Each incoming task that came in or was already here, and its id here.
    task_map: HashMap<TaskId, TaskId>,
    /// Each incoming task's title, for the report.
    titles: HashMap<TaskId, String>,
}

/// How one person's tasks went.
#[derive(Default)]
struct TaskCounts {
    added: usize,
    same: usize,
    no_room: usize,
}

impl<'a> Merge<'a> {
    fn new(here: &'a Data, inc: &'a Data) -> Merge<'a> {
        let tasks_past_incoming = if inc.tasks.people.is_empty() {
            0
        } else {
            max_id(&inc.tasks.people) + 1
        };
        Merge {
            here,
            inc,
            out: here.clone(),
            report: Report::default(),
            new_people_lines: Vec::new(),
            ids: Fresh::new(tasks_counter(here), tasks_past_incoming),
            session_ids: Fresh::new(
                sessions_counter(here),
                max_session_id(&inc.tracker).map_or(0, |m| m + 1),
            ),
            // Pictures first, so tasks can be compared as they will be.
            pic_names: picture_renames(here, inc),
            task_map: HashMap::new(),
            titles: HashMap::new(),
        }
    }

    /// People matched by label or added whole, then each one's tasks.
    fn people_and_tasks(&mut self) {
        let inc = self.inc;
        let mut twins = TaskTwins::new(self.here, inc);
        for ip in &inc.tasks.people {
            let Some((pi, new_person)) = self.place_person(ip) else {
                continue;
            };
            let counts = self.tasks_of(ip, pi, new_person, &mut twins);
            self.say_person(pi, new_person, &counts);
        }
    }

    /// Where an incoming person is in the result (added at the end when new, and whether
    /// they were), or `None` when there is no room for another person.
    fn place_person(&mut self, ip: &Person) -> Option<(usize, bool)> {
        let key = label_key(&ip.label);
        let people = &mut self.out.tasks.people;
        if let Some(pi) = people.iter().position(|p| label_key(&p.label) == key) {
            return Some((pi, false));
        }
        if people.len() >= MAX_PEOPLE {
            self.report.notes.push(t!(
                "backup-no-room-people",
                person = ip.label.as_str(),
                max = MAX_PEOPLE
            ));
            return None;
        }
        people.push(Person {
            id: PersonId(self.ids.id(ip.id.0)),
            label: ip.label.clone(),
            tasks: Vec::new(),
        });
        Some((people.len() - 1, true))
    }

    /// Bring in an incoming person's tasks to the person at `pi`: a task already here is
    /// matched, not copied; the others come in while there is room.
    fn tasks_of(
        &mut self,
        ip: &Person,
        pi: usize,
        new_person: bool,
        twins: &mut TaskTwins,
    ) -> TaskCounts {
        let mut counts = TaskCounts::default();
        for it in &ip.tasks {
            let mut t = it.clone();
            repoint(&mut t, &self.pic_names);
            self.titles.insert(it.id, t.title.clone());
            if !new_person {
                match twins.find(&self.out.tasks.people[pi].tasks, it.id, &t) {
                    Twin::Here(h) => {
                        self.task_map.insert(it.id, h);
                        counts.same += 1;
                        continue;
                    }
                    Twin::PhasesDiffer => self.report.notes.push(t!(
                        "backup-phases-differ",
                        task = t.title.as_str(),
                        person = ip.label.as_str()
                    )),
                    Twin::None => {}
                }
            }
            if self.out.tasks.people[pi].tasks.len() >= MAX_TASKS_PER_PERSON {
                counts.no_room += 1;
                continue;
            }
            t.id = TaskId(self.ids.id(it.id.0));
            self.task_map.insert(it.id, t.id);
            self.out.tasks.people[pi].tasks.push(t);
            counts.added += 1;
        }
        counts
    }

    /// The report's lines for one person.
    fn say_person(&mut self, pi: usize, new_person: bool, counts: &TaskCounts) {
        let label = self.out.tasks.people[pi].label.as_str();
        let report = &mut self.report;
        if new_person {
            self.new_people_lines.push(report.added.len());
            report.added.push(t!(
                "backup-added-person",
                person = label,
                tasks = counts.added
            ));
        } else {
            if counts.added > 0 {
                report.added.push(t!(
                    "backup-added-tasks",
                    person = label,
                    count = counts.added
                ));
            }
            if counts.same > 0 {
                report
                    .skipped
                    .push(t!("backup-tasks-here", person = label, count = counts.same));
            } else if counts.added == 0 && counts.no_room == 0 {
                report
                    .skipped
                    .push(t!("backup-person-here", person = label));
            }
        }
        if counts.no_room > 0 {
            report.notes.push(t!(
                "backup-tasks-no-room",
                person = label,
                count = counts.no_room,
                max = MAX_TASKS_PER_PERSON
            ));
        }
    }

    /// The trackers of the tasks that came in or were already here, with their sessions.
    fn trackers(&mut self) {
        let inc = self.inc;
        let (mut added, mut same) = (0, 0);
        for it in &inc.tracker.trackers {
            let Some(&here_id) = self.task_map.get(&it.task) else {
                continue;
            };
            match self
                .out
                .tracker
                .trackers
                .iter()
                .position(|t| t.task == here_id)
            {
                None => {
                    let mut t = it.clone();
                    t.task = here_id;
                    for s in &mut t.sessions {
                        s.id = SessionId(self.session_ids.id(s.id.0));
                        s.task = here_id;
                    }
                    added += t.sessions.len();
                    self.out.tracker.trackers.push(t);
                }
                Some(ti) => {
                    let (a, s) = self.merge_into_tracker_here(ti, it, here_id);
                    added += a;
                    same += s;
                }
            }
        }
        if added > 0 {
            self.report
                .added
                .push(t!("backup-added-sessions", count = added));
        }
        if same > 0 {
            self.report
                .skipped
                .push(t!("backup-sessions-here", count = same));
        }
    }

    /// An incoming tracker into the one here for the same task (at `ti`): its further
    /// teaching phases, then its sessions. How many sessions came in and were already here.
    fn merge_into_tracker_here(
        &mut self,
        ti: usize,
        it: &TaskTracker,
        here_id: TaskId,
    ) -> (usize, usize) {
        let title = self.titles.get(&it.task).cloned().unwrap_or_default();
        let here = &mut self.out.tracker.trackers[ti];
        if here.phases.len() < it.phases.len() {
            let from = here.phases.len();
            here.phases.extend_from_slice(&it.phases[from..]);
            self.report.added.push(t!(
                "backup-phases-came-in",
                task = title.as_str(),
                from = from,
                phase = here.phases.len()
            ));
        }
        if here.hierarchy != it.hierarchy || here.rules != it.rules || here.aim != it.aim {
            self.report
                .notes
                .push(t!("backup-tracker-differs", task = title.as_str()));
        }
        merge_sessions(
            &mut here.sessions,
            &it.sessions,
            here_id,
            &mut self.session_ids,
        )
    }

    /// The unfinished session in the file, only if none is open here.
    fn open_session(&mut self) {
        let Some(s) = &self.inc.tracker.open else {
            return;
        };
        let title = self.titles.get(&s.task).cloned().unwrap_or_default();
        let (date, task) = (on_date(&s.date), title.as_str());
        let date = date.as_str();
        let Some(&here_id) = self.task_map.get(&s.task) else {
            self.report
                .notes
                .push(t!("backup-open-task-not-in", date = date, task = task));
            return;
        };
        let mut s = s.clone();
        s.task = here_id;
        match &self.out.tracker.open {
            Some(o) if same_session(o, &s) => {
                self.report
                    .skipped
                    .push(t!("backup-open-here", date = date, task = task))
            }
            Some(_) => self.report.notes.push(t!(
                "backup-open-busy",
                date = date,
                task = task,
                scored = s.records.len(),
                steps = s.plan.steps.len()
            )),
            None => {
                s.id = SessionId(self.session_ids.id(s.id.0));
                self.out.tracker.open = Some(s);
                self.report
                    .added
                    .push(t!("backup-open-added", date = date, task = task));
            }
        }
    }

    /// Saved scenarios: the same name and form already here are skipped; another form under
    /// a name here comes in under a new name.
    fn scenarios(&mut self) {
        let inc = self.inc;
        let (mut added, mut same, mut no_room) = (0, 0, 0);
        for s in &inc.scenarios {
            let here = self
                .out
                .scenarios
                .iter()
                .any(|x| before_import(&x.name) == before_import(&s.name) && x.form == s.form);
            if here {
                same += 1;
                continue;
            }
            if self.out.scenarios.len() >= MAX_SAVED {
                no_room += 1;
                continue;
            }
            let name = free_scenario_name(&s.name, &self.out.scenarios);
            if name != s.name {
                self.report.renamed.push(t!(
                    "backup-scenario-renamed",
                    name = s.name.as_str(),
                    new_name = name.as_str()
                ));
            }
            self.out.scenarios.push(Saved {
                name,
                form: s.form.clone(),
            });
            added += 1;
        }
        let report = &mut self.report;
        if added > 0 {
            report
                .added
                .push(t!("backup-added-scenarios", count = added));
        }
        if same > 0 {
            report
                .skipped
                .push(t!("backup-scenarios-here", count = same));
        }
        if no_room > 0 {
            report.notes.push(t!(
                "backup-scenarios-no-room",
                count = no_room,
                max = MAX_SAVED
            ));
        }
    }

    /// Pictures: those a step here now uses, and those no step in the file uses (kept as the
    /// file has them); not those only a task that did not come in uses.
    fn pictures(&mut self) {
        let used_here: HashSet<String> = picture_refs(&self.out.tasks.people)
            .into_iter()
            .map(String::from)
            .collect();
        let used_in_file = picture_refs(&self.inc.tasks.people);
        let (mut added, mut same, mut renamed) = (0, 0, 0);
        let mut pictures: BTreeMap<String, String> = BTreeMap::new();
        for (id, url) in &self.inc.pictures {
            let here_id = self.pic_names.get(id).unwrap_or(id);
            if self.out.pictures.get(here_id) == Some(url) {
                same += 1;
            } else if used_here.contains(here_id) || !used_in_file.contains(id.as_str()) {
                pictures.insert(here_id.clone(), url.clone());
                added += 1;
                if here_id != id {
                    renamed += 1;
                }
            }
        }
        self.out.pictures.extend(pictures);
        let report = &mut self.report;
        if added > 0 {
            report
                .added
                .push(t!("backup-added-pictures", count = added));
        }
        if renamed > 0 {
            report
                .renamed
                .push(t!("backup-pictures-renamed", count = renamed));
        }
        if same > 0 {
            report
                .skipped
                .push(t!("backup-pictures-here", count = same));
        }
    }

    /// Counters past everything now here, and never back.
    fn counters(&mut self) {
        let out = &mut self.out;
        let mut next = self.ids.keep_from.max(self.inc.tasks.next_id);
        if !out.tasks.people.is_empty() {
            next = next.max(max_id(&out.tasks.people) + 1);
        }
        out.tasks.next_id = next;
        out.tracker.next_id = self
            .session_ids
            .keep_from
            .max(self.inc.tracker.next_id)
            .max(max_session_id(&out.tracker).map_or(0, |m| m + 1));
    }
}

/// Which incoming picture ids must come in under another id, and which: a picture whose id
/// is another picture here, and a step's picture the file lacks whose id here is another
/// picture (the step must not show it). A name an earlier import of the same picture made
/// is used again, so importing the same backup twice brings nothing in twice.
fn picture_renames(here: &Data, inc: &Data) -> HashMap<String, String> {
    let refs_here = picture_refs(&here.tasks.people);
    let mut taken: HashSet<String> = here
        .pictures
        .keys()
        .chain(inc.pictures.keys())
        .cloned()
        .chain(refs_here.iter().map(|r| r.to_string()))
        .collect();
    let mut names: HashMap<String, String> = HashMap::new();
    for (id, url) in &inc.pictures {
        if here.pictures.get(id).is_some_and(|mine| mine != url) {
            let same_bytes = |c: &&String| here.pictures.get(*c) == Some(url);
            let new = here
                .pictures
                .keys()
                .filter(|c| renamed_from(c) == Some(id.as_str()))
                .find(same_bytes)
                .or_else(|| here.pictures.keys().find(same_bytes))
                .cloned()
                .unwrap_or_else(|| free_picture_id(id, &taken));
            taken.insert(new.clone());
            names.insert(id.clone(), new);
        }
    }
    for r in picture_refs(&inc.tasks.people) {
        if !inc.pictures.contains_key(r) && here.pictures.contains_key(r) {
            let new = refs_here
                .iter()
                .find(|c| renamed_from(c) == Some(r) && !here.pictures.contains_key(**c))
                .map(|c| c.to_string())
                .unwrap_or_else(|| free_picture_id(r, &taken));
            taken.insert(new.clone());
            names.insert(r.to_string(), new);
        }
    }
    names
}

/// Point a task's steps at the ids their pictures come in under.
fn repoint(t: &mut TaskAnalysis, pic_names: &HashMap<String, String>) {
    for s in t.versions.iter_mut().flat_map(|v| &mut v.steps) {
        if let Some(new) = s.picture.as_ref().and_then(|r| pic_names.get(r.as_str())) {
            s.picture = Some(PictureRef::new(new.clone()));
        }
    }
}

/// What an incoming task of a person already here is.
enum Twin {
    /// The same as this task here.
    Here(TaskId),
    /// The same as a task here, but their teaching phases differ: it comes in as a copy.
    PhasesDiffer,
    None,
}

/// Finds, for an incoming task of a person already here, the task here it is the same as.
struct TaskTwins<'a> {
    /// Tasks that were here before the merge (not those it brought in).
    here_before: HashSet<TaskId>,
    trackers_here: HashMap<TaskId, &'a TaskTracker>,
    trackers_in: HashMap<TaskId, &'a TaskTracker>,
    /// Tasks here already matched: each is matched once.
    matched: HashSet<TaskId>,
}

impl<'a> TaskTwins<'a> {
    fn new(here: &'a Data, inc: &'a Data) -> TaskTwins<'a> {
        let by_task = |d: &'a Data| d.tracker.trackers.iter().map(|t| (t.task, t)).collect();
        TaskTwins {
            here_before: here
                .tasks
                .people
                .iter()
                .flat_map(|p| &p.tasks)
                .map(|t| t.id)
                .collect(),
            trackers_here: by_task(here),
            trackers_in: by_task(inc),
            matched: HashSet::new(),
        }
    }

    /// Among the person's tasks `here`, the one the incoming task `t` (id `incoming` in the
    /// file, pictures already repointed) is: identical content, not matched before, and
    /// teaching phases that fit; the one with the same id first.
    fn find(&mut self, here: &[TaskAnalysis], incoming: TaskId, t: &TaskAnalysis) -> Twin {
        fn phases<'t>(trackers: &HashMap<TaskId, &'t TaskTracker>, id: TaskId) -> &'t [Phase] {
            trackers.get(&id).map_or(&[], |tr| &tr.phases)
        }
        let identical = |h: &&TaskAnalysis| {
            self.here_before.contains(&h.id) && !self.matched.contains(&h.id) && same_task(h, t)
        };
        let fits = |h: &&TaskAnalysis| {
            identical(h)
                && phases_fit(
                    phases(&self.trackers_here, h.id),
                    phases(&self.trackers_in, incoming),
                )
        };
        let twin = here
            .iter()
            .filter(fits)
            .find(|h| h.id == incoming)
            .or_else(|| here.iter().find(fits))
            .map(|h| h.id);
        if let Some(h) = twin {
            self.matched.insert(h);
            return Twin::Here(h);
        }
        if here.iter().any(|h| identical(&h)) {
            Twin::PhasesDiffer
        } else {
            Twin::None
        }
    }
}

/// Incoming sessions into a tracker's sessions here (for the task `here_id`): one identical
/// to a session here is already here; the others come in with new ids, in date order. How
/// many came in and how many were already here.
fn merge_sessions(
    here: &mut Vec<Session>,
    incoming: &[Session],
    here_id: TaskId,
    ids: &mut Fresh,
) -> (usize, usize) {
    let before: HashSet<SessionId> = here.iter().map(|s| s.id).collect();
    let mut used: HashSet<SessionId> = HashSet::new();
    let (mut added, mut same) = (0, 0);
    for s in incoming {
        let mut s = s.clone();
        s.task = here_id;
        let fits =
            |h: &&Session| before.contains(&h.id) && !used.contains(&h.id) && same_session(h, &s);
        let twin = here
            .iter()
            .filter(fits)
            .find(|h| h.id == s.id)
            .or_else(|| here.iter().find(fits))
            .map(|h| h.id);
        if let Some(h) = twin {
            used.insert(h);
            same += 1;
            continue;
        }
        s.id = SessionId(ids.id(s.id.0));
        let at = here
            .iter()
            .rposition(|h| h.date <= s.date)
            .map_or(0, |i| i + 1);
        here.insert(at, s);
        added += 1;
    }
    (added, same)
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

    fn session(id: u64, date: &str, note: &str) -> Session {
        Session {
            id: SessionId(id),
            task: TaskId(1),
            version: 1,
            date: date.into(),
            phase: 1,
            procedure: crate::tracker::Procedure::ALL[0],
            chaining: Default::default(),
            plan: crate::tracker::session::plan(&[], Default::default(), &[]),
            hierarchy: Default::default(),
            records: Vec::new(),
            note: note.into(),
            cursor: 0,
            finished: true,
            changes: Vec::new(),
        }
    }

    #[test]
    fn merged_sessions_skip_those_here_and_go_in_by_date() {
        let mut here = vec![session(1, "2025-03-01", ""), session(2, "2025-03-05", "")];
        let incoming = [
            // The same as session 2 here, under another id on the other device.
            session(7, "2025-03-05", ""),
            session(8, "2025-03-03", "new"),
            session(9, "2025-03-09", "new"),
        ];
        // This device has given out ids up to 8: the file's 8 gets a new one, its 9 is kept.
        let mut ids = Fresh::new(9, 10);
        assert_eq!(
            merge_sessions(&mut here, &incoming, TaskId(1), &mut ids),
            (2, 1)
        );
        let got: Vec<(u64, &str)> = here.iter().map(|s| (s.id.0, s.date.as_str())).collect();
        assert_eq!(
            got,
            [
                (1, "2025-03-01"),
                (10, "2025-03-03"),
                (2, "2025-03-05"),
                (9, "2025-03-09")
            ]
        );
    }

    #[test]
    fn fresh_ids_keep_what_this_device_never_gave_out() {
        let mut f = Fresh::new(10, 30);
        assert_eq!(f.id(12), 12);
        assert_eq!(f.id(3), 30);
        assert_eq!(f.id(4), 31);
    }
}
