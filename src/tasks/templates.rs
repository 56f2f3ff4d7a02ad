//! Example task analyses a coach can start from: common entry-level tasks, each written as
//! short steps a person can follow (one action per step, plain words) with the natural cue
//! that starts each step. The shape (ids, sectors, how many steps, which are key steps) is
//! Rust data, checked when it compiles; the words are messages in
//! `locales/<language>/task-templates.ftl` (`tpl-<id>-title`, `tpl-<id>-<n>-do`,
//! `tpl-<id>-<n>-cue`, steps counted from 1), so a coach starting from a template gets it in
//! the language in use. A task made from one is then the coach's own text and stays as it is.

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

    /// The sector's name, for grouping the list.
    pub fn label(self) -> String {
        match self {
            Sector::Retail => t!("tpl-sector-retail"),
            Sector::Hospitality => t!("tpl-sector-hospitality"),
            Sector::Cleaning => t!("tpl-sector-cleaning"),
            Sector::Warehouse => t!("tpl-sector-warehouse"),
            Sector::Office => t!("tpl-sector-office"),
            Sector::Care => t!("tpl-sector-care"),
            Sector::Grounds => t!("tpl-sector-grounds"),
        }
    }
}

/// One step of a template, in the language in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateStep {
    pub instruction: String,
    pub cue: String,
    pub key_step: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    /// Stable: saved in links and tests, so never renamed; also names its messages.
    pub id: &'static str,
    pub sector: Sector,
    /// One entry per step, in order: `K` for a key step (one that must be right for safety
    /// or quality), `S` for the others. Each step's words are `tpl-<id>-<n>-do` and
    /// `tpl-<id>-<n>-cue`.
    pub key_steps: &'static [bool],
}

/// An ordinary step.
const S: bool = false;
/// A key step: one that must be right for safety or quality.
const K: bool = true;

impl Template {
    /// The task's name, in the language in use.
    pub fn title(&self) -> String {
        crate::i18n::tr(&format!("tpl-{}-title", self.id), &[])
    }

    /// The steps, in the language in use.
    pub fn steps(&self) -> Vec<TemplateStep> {
        self.key_steps
            .iter()
            .enumerate()
            .map(|(i, &key_step)| TemplateStep {
                instruction: crate::i18n::tr(&format!("tpl-{}-{}-do", self.id, i + 1), &[]),
                cue: crate::i18n::tr(&format!("tpl-{}-{}-cue", self.id, i + 1), &[]),
                key_step,
            })
            .collect()
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

const TEMPLATES: &[Template] = &[
    Template {
        id: "face-up-shelf",
        sector: Sector::Retail,
        key_steps: &[S, S, S, S, S, S, S, S, S],
    },
    Template {
        id: "scan-shelve-returns",
        sector: Sector::Retail,
        key_steps: &[S, S, S, K, S, S, S, S, S, S],
    },
    Template {
        id: "clean-cafe-table",
        sector: Sector::Hospitality,
        key_steps: &[S, S, S, K, S, S, S, S, S],
    },
    Template {
        id: "make-tea",
        sector: Sector::Hospitality,
        key_steps: &[S, S, S, K, S, S, S, K, S],
    },
    Template {
        id: "fold-towels",
        sector: Sector::Hospitality,
        key_steps: &[S, S, S, S, S, S, S, S],
    },
    Template {
        id: "mop-floor",
        sector: Sector::Cleaning,
        key_steps: &[K, S, S, S, S, S, S, S, S, S, S],
    },
    Template {
        id: "empty-bins",
        sector: Sector::Cleaning,
        key_steps: &[K, S, S, S, S, S, S, S, S, S],
    },
    Template {
        id: "pack-order",
        sector: Sector::Warehouse,
        key_steps: &[S, S, K, S, S, S, S, S, K, S],
    },
    Template {
        id: "put-away-delivery",
        sector: Sector::Warehouse,
        key_steps: &[S, S, S, S, S, K, S, S],
    },
    Template {
        id: "photocopy",
        sector: Sector::Office,
        key_steps: &[S, S, S, S, S, K, S, S, S, S, S],
    },
    Template {
        id: "sort-post",
        sector: Sector::Office,
        key_steps: &[S, S, S, S, S, S, S, S],
    },
    Template {
        id: "lay-care-home-table",
        sector: Sector::Care,
        key_steps: &[K, S, S, S, S, S, S, K, S, S],
    },
    Template {
        id: "sweep-path",
        sector: Sector::Grounds,
        key_steps: &[S, S, S, S, S, S, S, S, S],
    },
    Template {
        id: "rake-leaves",
        sector: Sector::Grounds,
        key_steps: &[K, S, S, S, S, S, S, S, S, S],
    },
];
