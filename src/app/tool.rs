//! The shell every tool's page shares, written once for any [`Tool`]: [`use_tool`] opens the
//! tool from the device's store once, writes it back after each change that needs it, and
//! gives the page a [`ToolHandle`] with the state, the storage notice and a way to act. Each
//! page wraps the handle in one of its own with verbs (`tasks.add_person(label)`) and shares
//! that with its views through a context, so views call verbs and never build actions.
//!
//! This hook is the one place that reads a tool's kept value. When another tab changes it,
//! `app::local_storage` tells the hook ([`local_storage::watch`]), which sends the model the
//! new value to adopt ([`Tool::adopt`]) without moving the revision, so it is not written
//! straight back and this tab's next change is made to the newer data.

use crate::app::components::hooks::later_wait_ms;
use crate::app::{clock, local_storage};
use crate::store::Format;
use crate::tool::Tool;
use std::rc::Rc;
use web_sys::js_sys;
use yew::prelude::*;

/// The tool and what [`use_tool`] needs to keep it on the device.
#[derive(PartialEq)]
pub struct Model<T: Tool> {
    tool: T,
    /// False when what was kept could not be read: it is then never overwritten this visit.
    writes: bool,
    /// What the page should say about keeping the tool's data, if anything.
    notice: Option<String>,
    /// Goes up each time what is kept changes. It starts at 0, what was read, and [`use_tool`]
    /// writes whenever it has moved on from the revision last written, so nothing is written
    /// until something changes.
    revision: u64,
    /// The draft as read when the tool was opened, and a revision that goes up with every
    /// action (the draft is written out, and compared with what was kept, only when it is
    /// written: see [`DraftWrites`]).
    draft: Option<String>,
    draft_revision: u64,
    /// How many actions have been taken, so a view can act after every one (focus a refused
    /// box again, even the same box twice).
    actions: u64,
}

/// What changes the model: a person's action, or word that a change was not kept.
pub enum Msg<A> {
    Act(A),
    NotKept(String),
    /// Another tab changed what is kept: its text now (`None`: removed).
    ChangedElsewhere(Option<String>),
}

impl<T: Tool> Reducible for Model<T> {
    type Action = Msg<T::Action>;

    fn reduce(self: Rc<Self>, msg: Msg<T::Action>) -> Rc<Self> {
        let action = match msg {
            Msg::Act(action) => action,
            Msg::NotKept(notice) => {
                return Rc::new(Model {
                    tool: self.tool.clone().when_not_kept(),
                    notice: Some(notice),
                    draft: self.draft.clone(),
                    ..*self
                });
            }
            Msg::ChangedElsewhere(kept) => return Rc::new(self.adopt(kept)),
        };
        let tool = self.tool.clone().reduce(action);
        let changed = tool.file_changed(&self.tool);
        Rc::new(Model {
            revision: self.revision + u64::from(changed),
            draft_revision: self.draft_revision + 1,
            actions: self.actions + 1,
            tool,
            draft: self.draft.clone(),
            notice: self.notice.clone(),
            writes: self.writes,
        })
    }
}

impl<T: Tool> Model<T> {
    /// What another tab kept, taken in. The revisions stay, so nothing is written back; if
    /// it cannot be read, this tab stops writing too, as when it opened so.
    fn adopt(&self, kept: Option<String>) -> Model<T> {
        let today = clock::today();
        let (tool, unreadable) = match kept.as_deref().map(T::File::from_json) {
            None => (self.tool.clone().adopt(None, &today), None),
            Some(Ok(file)) => (self.tool.clone().adopt(Some(file), &today), None),
            Some(Err(e)) => (self.tool.clone(), Some(T::unreadable(e))),
        };
        Model {
            draft: self.draft.clone(),
            writes: self.writes && unreadable.is_none(),
            notice: unreadable.or_else(|| self.notice.clone()),
            tool,
            ..*self
        }
    }

    /// The tool as kept on this device, opened on today's date.
    fn open() -> Model<T> {
        let kept = local_storage::get(T::File::KEY);
        let draft = T::DRAFT_KEY.and_then(local_storage::get);
        let opened = T::open(kept.as_deref(), draft.as_deref(), &clock::today());
        Model {
            draft: opened.tool.draft_json(),
            tool: opened.tool,
            writes: opened.unreadable.is_none(),
            notice: opened.unreadable,
            revision: 0,
            draft_revision: 0,
            actions: 0,
        }
    }
}

/// What the views get: the tool's state, its notice and a way to act on it. Pages wrap it in
/// a handle with verbs.
pub struct ToolHandle<T: Tool>(UseReducerHandle<Model<T>>);

impl<T: Tool> Clone for ToolHandle<T> {
    fn clone(&self) -> Self {
        ToolHandle(self.0.clone())
    }
}

impl<T: Tool> PartialEq for ToolHandle<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<T: Tool> ToolHandle<T> {
    pub fn state(&self) -> &T {
        &self.0.tool
    }

    /// Sends an action to the tool's reducer. For the page's verbs; views call those.
    pub fn act(&self, action: T::Action) {
        self.0.dispatch(Msg::Act(action));
    }

    /// Says on the page that a change was not kept (the page adds its own reasons).
    pub fn not_kept(&self, notice: String) {
        self.0.dispatch(Msg::NotKept(notice));
    }

    /// How many actions have been taken (see [`Model::actions`]).
    pub fn actions(&self) -> u64 {
        self.0.actions
    }

    /// What the page says about keeping this tool's data: that it could not be read, or that
    /// the device would not take a change; nothing when all is well. `class` adds classes.
    pub fn notice(&self, class: &'static str) -> Html {
        notice(self.0.notice.as_deref(), class)
    }
}

/// The draft's writes to the device. A change on its own is written at once; one that
/// follows the previous within [`QUIET_MS`] (typing, a held arrow key, a dragged slider)
/// waits until the run pauses, so a quick run of edits writes the draft out (as JSON) and
/// to the device once, not on every keystroke. Nothing typed is lost: a waiting draft is
/// written when the run pauses, when the page is hidden or left, and when the tool's page
/// goes. A draft the same as the one last written or read is not written again.
#[derive(Default)]
struct DraftWrites {
    /// The draft as last written (or read when the tool was opened).
    last: Option<String>,
    /// The newest draft's key, and how to write it out (`None`: nothing to keep).
    waiting: Option<(&'static str, DraftText)>,
    /// When the draft last changed (milliseconds, the page's clock).
    changed_at: Option<f64>,
    /// The write once the run pauses; a newer one replaces (and so cancels) it.
    timer: Option<gloo::timers::callback::Timeout>,
}

impl DraftWrites {
    fn new(last: Option<String>) -> DraftWrites {
        DraftWrites {
            last,
            ..DraftWrites::default()
        }
    }

    /// Notes a change at `now` (`text` writes out the draft after it); gives how long to
    /// wait before writing it (0: at once).
    fn changed(&mut self, key: &'static str, text: DraftText, now: f64) -> u32 {
        let previous = self.changed_at.replace(now);
        self.waiting = Some((key, text));
        later_wait_ms(previous.map(|at| now - at))
    }

    /// The draft to write now: the newest, if one is waiting and it differs from the last.
    fn take(&mut self) -> Option<(&'static str, String)> {
        let (key, text) = self.waiting.take()?;
        let text = text()?;
        if self.last.as_ref() == Some(&text) {
            return None;
        }
        self.last = Some(text.clone());
        Some((key, text))
    }
}

/// Writes out a draft as it stands after a change.
type DraftText = Box<dyn Fn() -> Option<String>>;

/// Writes the waiting draft, if any. A draft the device does not take is not said again
/// (see [`use_tool`]).
fn write_draft(drafts: &std::cell::RefCell<DraftWrites>) {
    let waiting = drafts.borrow_mut().take();
    if let Some((key, text)) = waiting {
        let _ = local_storage::set(key, &text);
    }
}

fn notice(notice: Option<&str>, class: &'static str) -> Html {
    match notice {
        None => html! {},
        Some(notice) => html! {
            <div class={classes!("notice", "notice--warning", class)} role="alert">
                { notice.to_string() }
            </div>
        },
    }
}

/// Opens tool `T` once from the store, keeps it on the device, and gives its handle.
#[hook]
pub fn use_tool<T: Tool>() -> ToolHandle<T> {
    let model = use_reducer(Model::<T>::open);

    // Another tab's change to what is kept is taken in at once.
    {
        let model = model.clone();
        use_effect_with((), move |_| {
            let watch = local_storage::watch(
                T::File::KEY,
                Callback::from(move |_| {
                    model.dispatch(Msg::ChangedElsewhere(local_storage::get(T::File::KEY)))
                }),
            );
            move || drop(watch)
        });
    }

    // Write what is kept after each change to it, unless it could not be read. A draft that
    // is not taken is not said again: the file's notice and the app's own already say the
    // device is not saving.
    let drafts = {
        let opened = model.draft.clone();
        use_mut_ref(move || DraftWrites::new(opened))
    };
    {
        // Any draft still waiting is written when the page is hidden or left (a reload,
        // closing the tab, the phone switching apps) and when the page goes.
        let drafts = drafts.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on = |kind: &'static str, hidden_only: bool| {
                let drafts = drafts.clone();
                gloo::events::EventListener::new(&window, kind, move |_| {
                    if !hidden_only || gloo::utils::document().hidden() {
                        write_draft(&drafts);
                    }
                })
            };
            let listeners = [on("pagehide", false), on("visibilitychange", true)];
            move || {
                drop(listeners);
                write_draft(&drafts);
            }
        });
    }
    let written = use_mut_ref(|| (0, 0));
    {
        let model = model.clone();
        let revisions = (model.revision, model.draft_revision);
        use_effect_with(revisions, move |&(revision, draft_revision)| {
            let (file_was, draft_was) = written.replace((revision, draft_revision));
            if revision != file_was && model.writes {
                let text = model.tool.to_file().to_json();
                if let Err(error) = local_storage::set(T::File::KEY, &text) {
                    model.dispatch(Msg::NotKept(T::not_kept(error)));
                }
            }
            if let (true, Some(key)) = (draft_revision != draft_was, T::DRAFT_KEY) {
                let now = model.clone();
                let text: DraftText = Box::new(move || now.tool.draft_json());
                let wait = drafts.borrow_mut().changed(key, text, js_sys::Date::now());
                if wait == 0 {
                    write_draft(&drafts);
                } else {
                    let later = drafts.clone();
                    let timer =
                        gloo::timers::callback::Timeout::new(wait, move || write_draft(&later));
                    drafts.borrow_mut().timer = Some(timer);
                }
            }
        });
    }
    ToolHandle(model)
}

#[cfg(test)]
mod tests {
    use super::{DraftText, DraftWrites};
    use crate::app::components::hooks::QUIET_MS;

    fn text(t: &str) -> DraftText {
        let t = t.to_string();
        Box::new(move || Some(t.clone()))
    }

    #[test]
    fn a_draft_on_its_own_is_written_at_once() {
        let mut drafts = DraftWrites::new(None);
        assert_eq!(drafts.changed("k", text("a"), 1_000.0), 0);
        assert_eq!(drafts.take(), Some(("k", "a".to_string())));
        assert_eq!(drafts.take(), None);
        // Long after: at once again.
        assert_eq!(drafts.changed("k", text("b"), 5_000.0), 0);
        assert_eq!(drafts.take(), Some(("k", "b".to_string())));
    }

    #[test]
    fn a_quick_run_writes_only_its_last_draft_once_it_pauses() {
        let mut drafts = DraftWrites::new(None);
        assert_eq!(drafts.changed("k", text("1"), 1_000.0), 0);
        assert_eq!(drafts.take(), Some(("k", "1".to_string())));
        assert_eq!(drafts.changed("k", text("12"), 1_070.0), QUIET_MS);
        assert_eq!(drafts.changed("k", text("123"), 1_140.0), QUIET_MS);
        // Whenever it is written (the pause, the page hidden or left), it is the newest.
        assert_eq!(drafts.take(), Some(("k", "123".to_string())));
        assert_eq!(drafts.take(), None);
    }

    #[test]
    fn a_draft_the_same_as_the_last_kept_is_not_written_again() {
        let mut drafts = DraftWrites::new(Some("read".into()));
        drafts.changed("k", text("read"), 1_000.0);
        assert_eq!(drafts.take(), None, "as read when opened");
        drafts.changed("k", text("new"), 5_000.0);
        assert_eq!(drafts.take(), Some(("k", "new".to_string())));
        drafts.changed("k", text("new"), 9_000.0);
        assert_eq!(drafts.take(), None, "as last written");
        drafts.changed("k", Box::new(|| None), 13_000.0);
        assert_eq!(drafts.take(), None, "nothing to keep");
    }
}
