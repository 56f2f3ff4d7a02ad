//! The task analysis builder and job aid, kept out of the views so it is tested natively:
//! people and their task analyses ([`model`]), the versions that keep taught steps honest,
//! the reducer that edits them with undo ([`state`]), the example tasks a coach can start
//! from ([`templates`]), the worker's one-step-at-a-time job aid and the tool's file format
//! ([`file`]).
//! Nothing here touches the browser; the Yew pages only render it.
pub mod draft;
pub mod file;
pub mod model;
pub(crate) mod read;
#[cfg(test)]
mod read_tests;
pub mod state;
pub mod templates;

pub use draft::{OpenStep, View};
pub use file::{TasksError, TasksFile, TasksProblem};
pub use model::{
    Chaining, ChecklistRow, JobAid, Person, PersonId, PictureRef, Step, StepId, TaskAnalysis,
    TaskId, TaskVersion,
};
pub use state::{Action, Field, TasksState};
