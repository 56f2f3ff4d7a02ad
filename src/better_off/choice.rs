//! The form's choices as types, and the one place each maps to and from its text.
//!
//! A radio or drop-down stores a short text in the form (`"social_rent"`, `"four_weeks"`,
//! `"unsure"`), which is also the `<option value>` or radio value on the page and what saved
//! forms, drafts and old files hold. Code never compares those texts: it reads a choice as
//! its enum with [`Form::choice`](super::form::Form::choice) and writes one with
//! [`Form::set_choice`](super::form::Form::set_choice). The texts live only in the tables
//! below, and never change (a saved form from any earlier version must still open).
//!
//! The scenario's own enums are used where they fit ([`PipRate`], [`PayFrequency`],
//! [`Period`], [`TaxYear`], [`DlaCare`]); a yes/no answer is a `bool`, and an answer that may
//! be "I'm not sure" is a [`Sure`].

use crate::better_off::params::{Country, TaxYear};
use crate::better_off::scenario::{DlaCare, EsaGroup, PayFrequency, PipRate, SupportedKind};
use crate::money::Period;

/// A choice on the form, stored as a fixed text.
pub trait Choice: Copy + PartialEq + Sized {
    /// The text stored in the form and used as the option's value.
    fn text(self) -> &'static str;
    /// The choice a stored text means, if it means one.
    fn from_text(text: &str) -> Option<Self>;
}

/// Writes a [`Choice`] for an enum from one table of variants and texts, both ways, so
/// the two directions cannot disagree.
macro_rules! choice_texts {
    ($type:ty { $($variant:path => $text:literal,)* }) => {
        impl Choice for $type {
            fn text(self) -> &'static str {
                match self {
                    $($variant => $text,)*
                }
            }
            fn from_text(text: &str) -> Option<Self> {
                match text {
                    $($text => Some($variant),)*
                    _ => None,
                }
            }
        }
    };
}

/// A yes or no answer.
impl Choice for bool {
    fn text(self) -> &'static str {
        if self {
            "yes"
        } else {
            "no"
        }
    }
    fn from_text(text: &str) -> Option<Self> {
        match text {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        }
    }
}

/// An answer that may be "I'm not sure": the form then takes a safe default and says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sure<T> {
    Is(T),
    NotSure,
}

impl<T: Choice> Choice for Sure<T> {
    fn text(self) -> &'static str {
        match self {
            Sure::Is(answer) => answer.text(),
            Sure::NotSure => "unsure",
        }
    }
    fn from_text(text: &str) -> Option<Self> {
        match text {
            "unsure" => Some(Sure::NotSure),
            _ => T::from_text(text).map(Sure::Is),
        }
    }
}

/// How the household pays for its home.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tenure {
    SocialRent,
    PrivateRent,
    Owner,
    RentFree,
    /// In a parent's or other relative's home, where they are the tenant or owner.
    WithFamily,
}

impl Tenure {
    pub const ALL: [Tenure; 5] = [
        Tenure::SocialRent,
        Tenure::PrivateRent,
        Tenure::Owner,
        Tenure::RentFree,
        Tenure::WithFamily,
    ];

    pub fn pays_rent(self) -> bool {
        matches!(self, Tenure::SocialRent | Tenure::PrivateRent)
    }
}

choice_texts!(Tenure {
    Tenure::SocialRent => "social_rent",
    Tenure::PrivateRent => "private_rent",
    Tenure::Owner => "owner",
    Tenure::RentFree => "rent_free",
    Tenure::WithFamily => "with_family",
});

/// Whether a renter's home is supported or temporary housing, where Housing Benefit pays
/// the rent instead of Universal Credit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SupportedHome {
    No,
    Yes(SupportedKind),
}

impl SupportedHome {
    pub const ALL: [SupportedHome; 3] = [
        SupportedHome::No,
        SupportedHome::Yes(SupportedKind::Supported),
        SupportedHome::Yes(SupportedKind::Temporary),
    ];

    pub fn kind(self) -> Option<SupportedKind> {
        match self {
            SupportedHome::No => None,
            SupportedHome::Yes(kind) => Some(kind),
        }
    }
}

impl Choice for SupportedHome {
    fn text(self) -> &'static str {
        match self {
            SupportedHome::No => "no",
            SupportedHome::Yes(SupportedKind::Supported) => "supported",
            SupportedHome::Yes(SupportedKind::Temporary) => "temporary",
        }
    }
    fn from_text(text: &str) -> Option<Self> {
        SupportedHome::ALL
            .into_iter()
            .find(|home| home.text() == text)
    }
}

/// New Style (contributory) benefit an adult gets: Employment and Support Allowance,
/// Jobseeker's Allowance, or neither (a person cannot get both at once).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewStyle {
    No,
    Esa,
    Jsa,
}

impl NewStyle {
    pub const ALL: [NewStyle; 3] = [NewStyle::No, NewStyle::Esa, NewStyle::Jsa];
}

choice_texts!(NewStyle {
    NewStyle::No => "no",
    NewStyle::Esa => "esa",
    NewStyle::Jsa => "jsa",
});

choice_texts!(EsaGroup {
    EsaGroup::Assessment => "assessment",
    EsaGroup::Wrag => "wrag",
    EsaGroup::Support => "support",
});

/// A single renter: whose name the tenancy is in. A parent's or other relative's means the
/// person lives in their family's home (the rent is not theirs to claim help with), as a
/// mother who is the council tenant answering for her grown-up son.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TenancyIn {
    Mine,
    Relative,
}

impl TenancyIn {
    pub const ALL: [TenancyIn; 2] = [TenancyIn::Mine, TenancyIn::Relative];
}

choice_texts!(TenancyIn {
    TenancyIn::Mine => "mine",
    TenancyIn::Relative => "relative",
});

/// How the relative a person lives with pays their rent (the scenario's
/// [`RelativeHousing`](crate::better_off::scenario::RelativeHousing) without its exemption,
/// which is a box of its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelativePays {
    /// They own it, pay no rent, pay it themselves, or the person does not know.
    NoHelp,
    UniversalCredit,
    HousingBenefit,
}

impl RelativePays {
    pub const ALL: [RelativePays; 3] = [
        RelativePays::UniversalCredit,
        RelativePays::HousingBenefit,
        RelativePays::NoHelp,
    ];
}

choice_texts!(RelativePays {
    RelativePays::NoHelp => "no_help",
    RelativePays::UniversalCredit => "uc",
    RelativePays::HousingBenefit => "hb",
});

/// England: what Council Tax Reduction to use in work, when there is one now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CtrInWork {
    /// Estimated with the default scheme's rules (SI 2012/2886), and labelled so.
    Estimate,
    /// The figure the council gave.
    OwnFigure,
}

choice_texts!(CtrInWork {
    CtrInWork::Estimate => "estimate",
    CtrInWork::OwnFigure => "own",
});

/// Which adult takes a job: the person or their partner (the adult's index as text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    You,
    Partner,
}

impl Who {
    /// The adult's place in the scenario's list of adults.
    pub fn adult(self) -> usize {
        match self {
            Who::You => 0,
            Who::Partner => 1,
        }
    }
}

choice_texts!(Who {
    Who::You => "0",
    Who::Partner => "1",
});

/// Whom the form is filled in for: the person themselves, or someone answering for them
/// (a mother for her grown-up son, a support worker for the person they support). The
/// questions then say "Sam" or "your son" where they would say "you".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ForWhom {
    #[default]
    Myself,
    Son,
    Daughter,
    Partner,
    /// Someone the person supports, as a job coach or support worker.
    Supported,
    SomeoneElse,
}

impl ForWhom {
    /// In the order the question offers them.
    pub const ALL: [ForWhom; 6] = [
        ForWhom::Myself,
        ForWhom::Son,
        ForWhom::Daughter,
        ForWhom::Partner,
        ForWhom::Supported,
        ForWhom::SomeoneElse,
    ];
}

choice_texts!(ForWhom {
    ForWhom::Myself => "myself",
    ForWhom::Son => "son",
    ForWhom::Daughter => "daughter",
    ForWhom::Partner => "partner",
    ForWhom::Supported => "supported",
    ForWhom::SomeoneElse => "someone_else",
});

/// The regions people choose from, stored in the engine's names (`NORTH_EAST`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    NorthEast,
    NorthWest,
    Yorkshire,
    EastMidlands,
    WestMidlands,
    EastOfEngland,
    London,
    SouthEast,
    SouthWest,
    Wales,
    Scotland,
}

impl Region {
    /// In the order the list offers them.
    pub const ALL: [Region; 11] = [
        Region::NorthEast,
        Region::NorthWest,
        Region::Yorkshire,
        Region::EastMidlands,
        Region::WestMidlands,
        Region::EastOfEngland,
        Region::London,
        Region::SouthEast,
        Region::SouthWest,
        Region::Wales,
        Region::Scotland,
    ];

    pub fn country(self) -> Country {
        match self {
            Region::Scotland => Country::Scotland,
            Region::Wales => Country::Wales,
            _ => Country::England,
        }
    }

    /// The region's name in the words a person knows, in the language in use
    /// (`calc-region-north-east` for `NORTH_EAST`).
    pub fn name(self) -> String {
        let key = self.text().to_ascii_lowercase().replace('_', "-");
        crate::i18n::tr(&format!("calc-region-{key}"), &[])
    }
}

choice_texts!(Region {
    Region::NorthEast => "NORTH_EAST",
    Region::NorthWest => "NORTH_WEST",
    Region::Yorkshire => "YORKSHIRE",
    Region::EastMidlands => "EAST_MIDLANDS",
    Region::WestMidlands => "WEST_MIDLANDS",
    Region::EastOfEngland => "EAST_OF_ENGLAND",
    Region::London => "LONDON",
    Region::SouthEast => "SOUTH_EAST",
    Region::SouthWest => "SOUTH_WEST",
    Region::Wales => "WALES",
    Region::Scotland => "SCOTLAND",
});

choice_texts!(TaxYear {
    TaxYear::Y2025_26 => "2025-26",
    TaxYear::Y2026_27 => "2026-27",
});

choice_texts!(PipRate {
    PipRate::None => "none",
    PipRate::Standard => "standard",
    PipRate::Enhanced => "enhanced",
});

choice_texts!(PayFrequency {
    PayFrequency::Weekly => "weekly",
    PayFrequency::Fortnightly => "fortnightly",
    PayFrequency::FourWeekly => "four_weekly",
    PayFrequency::Monthly => "monthly",
});

// A disabled child's rate, as the form asks it: "lower" is the Universal Credit lower
// disabled child addition, which goes with the middle care rate.
choice_texts!(DlaCare {
    DlaCare::None => "none",
    DlaCare::Lowest => "lowest",
    DlaCare::Middle => "lower",
    DlaCare::Highest => "higher",
});

impl Choice for Period {
    /// The periods rent can be given in; the others never reach the form (a scenario's rent
    /// in another period is shown a month), so they read as no choice.
    fn text(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::FourWeeks => "four_weeks",
            Period::Month => "month",
            Period::Fortnight => "fortnight",
            Period::Year => "year",
        }
    }
    fn from_text(text: &str) -> Option<Self> {
        RENT_PERIODS
            .into_iter()
            .find(|period| period.text() == text)
    }
}

/// The periods the form offers for rent, in the order it offers them.
pub const RENT_PERIODS: [Period; 3] = [Period::Week, Period::FourWeeks, Period::Month];

/// The periods the form offers for travel to work.
pub const TRAVEL_PERIODS: [Period; 2] = [Period::Week, Period::Month];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every choice reads back from its own text, and the texts are the ones saved forms
    /// hold (they must never change).
    fn round_trip<T: Choice + std::fmt::Debug>(all: &[T], texts: &[&str]) {
        let written: Vec<&str> = all.iter().map(|c| c.text()).collect();
        assert_eq!(written, texts);
        for choice in all {
            assert_eq!(T::from_text(choice.text()), Some(*choice));
        }
        assert_eq!(T::from_text("nonsense"), None);
        assert_eq!(T::from_text(""), None);
    }

    #[test]
    fn every_choice_reads_back_from_the_text_saved_forms_hold() {
        round_trip(&[true, false], &["yes", "no"]);
        round_trip(
            &[Sure::Is(true), Sure::Is(false), Sure::NotSure],
            &["yes", "no", "unsure"],
        );
        round_trip(
            &Tenure::ALL,
            &[
                "social_rent",
                "private_rent",
                "owner",
                "rent_free",
                "with_family",
            ],
        );
        round_trip(&SupportedHome::ALL, &["no", "supported", "temporary"]);
        round_trip(&NewStyle::ALL, &["no", "esa", "jsa"]);
        round_trip(
            &[EsaGroup::Assessment, EsaGroup::Wrag, EsaGroup::Support],
            &["assessment", "wrag", "support"],
        );
        round_trip(&RelativePays::ALL, &["uc", "hb", "no_help"]);
        round_trip(&TenancyIn::ALL, &["mine", "relative"]);
        round_trip(
            &[CtrInWork::Estimate, CtrInWork::OwnFigure],
            &["estimate", "own"],
        );
        round_trip(&[Who::You, Who::Partner], &["0", "1"]);
        round_trip(
            &ForWhom::ALL,
            &[
                "myself",
                "son",
                "daughter",
                "partner",
                "supported",
                "someone_else",
            ],
        );
        round_trip(&TaxYear::ALL, &["2025-26", "2026-27"]);
        round_trip(
            &[PipRate::None, PipRate::Standard, PipRate::Enhanced],
            &["none", "standard", "enhanced"],
        );
        round_trip(
            &[
                Sure::Is(PipRate::None),
                Sure::Is(PipRate::Standard),
                Sure::Is(PipRate::Enhanced),
                Sure::NotSure,
            ],
            &["none", "standard", "enhanced", "unsure"],
        );
        round_trip(
            &[
                PayFrequency::Weekly,
                PayFrequency::Fortnightly,
                PayFrequency::FourWeekly,
                PayFrequency::Monthly,
            ],
            &["weekly", "fortnightly", "four_weekly", "monthly"],
        );
        round_trip(
            &[
                DlaCare::None,
                DlaCare::Lowest,
                DlaCare::Middle,
                DlaCare::Highest,
            ],
            &["none", "lowest", "lower", "higher"],
        );
        round_trip(&RENT_PERIODS, &["week", "four_weeks", "month"]);
        assert_eq!(Period::from_text("year"), None);
        round_trip(
            &Region::ALL,
            &[
                "NORTH_EAST",
                "NORTH_WEST",
                "YORKSHIRE",
                "EAST_MIDLANDS",
                "WEST_MIDLANDS",
                "EAST_OF_ENGLAND",
                "LONDON",
                "SOUTH_EAST",
                "SOUTH_WEST",
                "WALES",
                "SCOTLAND",
            ],
        );
        assert_eq!(Region::Scotland.country(), Country::Scotland);
    }

    #[test]
    fn the_tax_years_texts_are_their_labels() {
        for year in TaxYear::ALL {
            assert_eq!(year.text(), year.label());
        }
    }
}
