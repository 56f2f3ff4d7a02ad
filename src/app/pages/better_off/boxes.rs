//! The form's boxes are told about an edit only when their own value or message changed.
//!
//! Every view that reads the calculator through its context is drawn again on every edit,
//! since the context changes with the state. For the boxes of the coaches' form (about 40,
//! 250 elements) that was most of an hours edit: each box was drawn and compared with the
//! page again, and each radio's `value` read back from the page, to change one box. So the
//! boxes do not read the context: the page hands each new calculator to [`Boxes`], which
//! redraws only the boxes whose value or message differs from what they last drew.

use super::Calculator;
use crate::better_off::form::Field;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// What a box drew: its value and its message.
type Drawn = (String, Option<String>);

struct Watcher {
    id: u64,
    field: Field,
    drawn: Drawn,
    redraw: Callback<()>,
}

/// The latest calculator and the boxes drawn from it. One for the page's life; compared by
/// identity, so as a context it never changes.
#[derive(Clone, Default)]
pub struct Boxes(Rc<Inner>);

#[derive(Default)]
struct Inner {
    calculator: RefCell<Option<Calculator>>,
    watchers: RefCell<Vec<Watcher>>,
    next_id: Cell<u64>,
}

impl PartialEq for Boxes {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn drawn(calc: &Calculator, field: Field) -> Drawn {
    (
        calc.state().form.get(field).to_string(),
        calc.error_for(field),
    )
}

impl Boxes {
    /// The page's new calculator: redraws each box whose value or message it changes.
    pub fn publish(&self, calc: &Calculator) {
        *self.0.calculator.borrow_mut() = Some(calc.clone());
        let stale: Vec<Callback<()>> = self
            .0
            .watchers
            .borrow_mut()
            .iter_mut()
            .filter_map(|w| {
                let now = drawn(calc, w.field);
                (now != w.drawn).then(|| {
                    w.drawn = now;
                    w.redraw.clone()
                })
            })
            .collect();
        // Each only asks Yew for a redraw; none is drawn here.
        for redraw in stale {
            redraw.emit(());
        }
    }

    fn calculator(&self) -> Calculator {
        self.0
            .calculator
            .borrow()
            .clone()
            .expect("the page publishes its calculator before drawing the boxes")
    }

    fn new_id(&self) -> u64 {
        let id = self.0.next_id.get();
        self.0.next_id.set(id + 1);
        id
    }

    /// Notes what box `id` (showing `field`) has just drawn.
    fn note(&self, id: u64, field: Field, now: Drawn, redraw: Callback<()>) {
        let mut watchers = self.0.watchers.borrow_mut();
        match watchers.iter_mut().find(|w| w.id == id) {
            Some(w) => {
                w.field = field;
                w.drawn = now;
            }
            None => watchers.push(Watcher {
                id,
                field,
                drawn: now,
                redraw,
            }),
        }
    }

    fn forget(&self, id: u64) {
        self.0.watchers.borrow_mut().retain(|w| w.id != id);
    }
}

/// The calculator, for a box showing `field`: drawn again when that field's value or
/// message changes (or its props do), not on every edit of the form.
#[hook]
pub fn use_box(field: Field) -> Calculator {
    let boxes = use_context::<Boxes>().expect("used inside the better-off page");
    let redraw = use_force_update();
    let id = *use_memo((), |_| boxes.new_id());
    {
        let boxes = boxes.clone();
        use_effect_with(id, move |id| {
            let id = *id;
            move || boxes.forget(id)
        });
    }
    let calc = boxes.calculator();
    boxes.note(
        id,
        field,
        drawn(&calc, field),
        Callback::from(move |_| redraw.force_update()),
    );
    calc
}
