//! Example task analyses a coach can start from: common entry-level tasks, each written as
//! short steps a person can follow (one action per step, plain words) with the natural cue
//! that starts each step. Rust data rather than a parsed file: checked when it compiles, and
//! nothing to parse or fail when the page runs.

/// The kind of workplace, for grouping the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sector {
    Retail,
    Hospitality,
    Cleaning,
    Warehouse,
    Office,
    Care,
    Grounds,
}

impl Sector {
    pub const ALL: [Sector; 7] = [
        Sector::Retail,
        Sector::Hospitality,
        Sector::Cleaning,
        Sector::Warehouse,
        Sector::Office,
        Sector::Care,
        Sector::Grounds,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Sector::Retail => "Shops",
            Sector::Hospitality => "Caf\u{e9}s and hotels",
            Sector::Cleaning => "Cleaning",
            Sector::Warehouse => "Warehouses",
            Sector::Office => "Offices",
            Sector::Care => "Care homes",
            Sector::Grounds => "Grounds and gardens",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TemplateStep {
    pub instruction: &'static str,
    pub cue: &'static str,
    pub key_step: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    /// Stable: saved in links and tests, so never renamed.
    pub id: &'static str,
    pub title: &'static str,
    pub sector: Sector,
    pub steps: &'static [TemplateStep],
}

/// A step (instruction, natural cue).
const fn s(instruction: &'static str, cue: &'static str) -> TemplateStep {
    TemplateStep {
        instruction,
        cue,
        key_step: false,
    }
}

/// A key step: one that must be right for safety or quality.
const fn k(instruction: &'static str, cue: &'static str) -> TemplateStep {
    TemplateStep {
        instruction,
        cue,
        key_step: true,
    }
}

/// Every template, grouped by sector in the order of [`Sector::ALL`].
pub fn templates() -> &'static [Template] {
    TEMPLATES
}

pub fn template(id: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.id == id)
}

pub fn in_sector(sector: Sector) -> impl Iterator<Item = &'static Template> {
    TEMPLATES.iter().filter(move |t| t.sector == sector)
}

const TEMPLATES: &[Template] = &[Template {
    id: "clean-cafe-table",
    title: "Clean a caf\u{e9} table",
    sector: Sector::Hospitality,
    steps: &[
        s(
            "Pick up the cups and plates.",
            "Customer has left the table",
        ),
        s("Put them on your tray.", "Cups and plates in your hands"),
        s(
            "Put the rubbish in the bin bag.",
            "Napkins and wrappers left on the table",
        ),
        k("Spray the table with the blue spray.", "Table is empty"),
        s(
            "Wipe the table with the cloth, from the back to the front.",
            "Table is wet with spray",
        ),
        s(
            "Wipe the crumbs into your hand.",
            "Crumbs at the front edge",
        ),
        s("Push the chairs in.", "Table is clean and dry"),
        s("Take the tray to the kitchen.", "Table is done"),
    ],
}];
