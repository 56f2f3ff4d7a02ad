//! Whom the questions speak to: the person themselves ("How old are you?"), or someone
//! answering for them, as a mother on her phone for her grown-up son ("How old is Sam?",
//! "How old is your son?").
//!
//! The form keeps whom it is filled in for ([`Field::ForWhom`]) and their first name
//! ([`Field::PersonName`], optional). [`Person::of`] reads them, and [`Person::args`] gives
//! every message that says "you" two variables: `$person`, `self` or `other`, for the
//! message's selector, and `$name`, the words that stand for them ("Sam", "your son", "the
//! person you support"). They change words only, never a figure. They are kept with the
//! form on the device but are not in a share link: a link holds the household, so a son
//! who opens the link his mother sent reads "you".

use super::choice::ForWhom;
use super::form::{Field, Form};
use crate::i18n::Arg;

/// The longest first name the questions use; a longer one is cut, so a pasted paragraph
/// cannot fill a question.
pub const MAX_NAME_CHARS: usize = 30;

/// Whom the form is for, and their first name if one was given.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Person {
    pub for_whom: ForWhom,
    /// Only for someone else, trimmed and never empty.
    name: Option<String>,
}

/// How the questions name the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Naming {
    /// The person fills it in themselves: "you".
    You,
    /// By the first name given: "Sam".
    Name(String),
    /// By who they are to whoever fills it in: "your son", "the person you support".
    Relation(ForWhom),
}

impl Person {
    /// Whom the form is for, from its boxes. A choice the form does not know (an edited
    /// file) reads as the person themselves, so nothing breaks.
    pub fn of(form: &Form) -> Person {
        let for_whom = form.choice(Field::ForWhom).unwrap_or_default();
        let name = match for_whom {
            ForWhom::Myself => None,
            _ => first_name(form.get(Field::PersonName)),
        };
        Person { for_whom, name }
    }

    /// Whether the form is filled in by the person it is about.
    pub fn is_self(&self) -> bool {
        self.for_whom == ForWhom::Myself
    }

    pub fn naming(&self) -> Naming {
        match (&self.name, self.for_whom) {
            (_, ForWhom::Myself) => Naming::You,
            (Some(name), _) => Naming::Name(name.clone()),
            (None, relation) => Naming::Relation(relation),
        }
    }

    /// The words that stand for the person in a sentence, in the language in use: "Sam",
    /// "your son"; "you" when they fill it in themselves.
    pub fn name(&self) -> String {
        match self.naming() {
            Naming::You => t!("calc-person-you"),
            Naming::Name(name) => name,
            Naming::Relation(relation) => match relation {
                ForWhom::Son => t!("calc-person-son"),
                ForWhom::Daughter => t!("calc-person-daughter"),
                ForWhom::Partner => t!("calc-person-partner"),
                ForWhom::Supported => t!("calc-person-supported"),
                ForWhom::Myself | ForWhom::SomeoneElse => t!("calc-person-someone"),
            },
        }
    }

    /// The same, to start a sentence or a heading: "Your son".
    pub fn name_start(&self) -> String {
        capitalise(&self.name())
    }

    /// `$person` (`self` or `other`) and `$name`, for a message that says "you".
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        let person = if self.is_self() { "self" } else { "other" };
        vec![
            ("person", Arg::from(person)),
            ("name", Arg::from(self.name())),
        ]
    }

    /// [`Person::args`] and a message's own variables.
    pub fn with<'a>(&self, more: &[(&'a str, Arg)]) -> Vec<(&'a str, Arg)> {
        let mut out: Vec<(&'a str, Arg)> = self.args();
        out.extend(more.iter().cloned());
        out
    }

    /// The same words for the engine's explanation and warnings, which know nothing of the
    /// form.
    pub fn whom(&self) -> crate::better_off::engine::Whom {
        use crate::better_off::engine::Whom;
        if self.is_self() {
            Whom::You
        } else {
            Whom::Other {
                name: self.name(),
                name_start: self.name_start(),
            }
        }
    }

    /// A message that says "you", worded for this person: `person.tr("calc-age-you-label")`.
    pub fn tr(&self, id: &str) -> String {
        crate::i18n::tr(id, &self.args())
    }
}

/// A first name as the questions use it: spaces trimmed and run together, at most
/// [`MAX_NAME_CHARS`] characters, none if nothing is left.
fn first_name(typed: &str) -> Option<String> {
    let words: Vec<&str> = typed.split_whitespace().collect();
    let name: String = words.join(" ").chars().take(MAX_NAME_CHARS).collect();
    let name = name.trim_end().to_string();
    (!name.is_empty()).then_some(name)
}

/// The text with its first letter a capital.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::choice::Choice;

    fn form(for_whom: &str, name: &str) -> Form {
        let mut f = Form::default();
        f.set(Field::ForWhom, for_whom);
        f.set(Field::PersonName, name);
        f
    }

    fn arg(args: &[(&str, Arg)], key: &str) -> Arg {
        args.iter().find(|(k, _)| *k == key).unwrap().1.clone()
    }

    #[test]
    fn a_new_form_or_an_old_saved_one_speaks_to_the_person_themselves() {
        let person = Person::of(&Form::default());
        assert!(person.is_self());
        assert_eq!(person.naming(), Naming::You);
        assert_eq!(arg(&person.args(), "person"), Arg::from("self"));
        // A form saved before the question existed has neither box.
        let old: Form = serde_json::from_str(r#"{"adult-0-age":"24","rent":"500"}"#).unwrap();
        assert_eq!(Person::of(&old), Person::default());
        // An unknown choice (an edited file) is not an error either.
        assert!(Person::of(&form("grandmother", "Sam")).is_self());
    }

    #[test]
    fn a_name_is_used_when_given_and_a_relation_when_not() {
        let sam = Person::of(&form(ForWhom::Son.text(), "  Sam  "));
        assert!(!sam.is_self());
        assert_eq!(sam.naming(), Naming::Name("Sam".into()));
        assert_eq!(sam.name(), "Sam");
        assert_eq!(arg(&sam.args(), "person"), Arg::from("other"));
        assert_eq!(arg(&sam.args(), "name"), Arg::from("Sam"));

        let son = Person::of(&form(ForWhom::Son.text(), "   "));
        assert_eq!(son.naming(), Naming::Relation(ForWhom::Son));
        assert_eq!(son.name(), "your son");
        assert_eq!(son.name_start(), "Your son");
        let words: Vec<String> = ForWhom::ALL
            .iter()
            .map(|w| Person::of(&form(w.text(), "")).name())
            .collect();
        assert_eq!(
            words,
            [
                "you",
                "your son",
                "your daughter",
                "your partner",
                "the person you support",
                "this person"
            ]
        );
    }

    #[test]
    fn a_name_typed_for_oneself_is_not_used_and_a_long_one_is_cut() {
        assert_eq!(Person::of(&form("myself", "Sam")).naming(), Naming::You);
        let long = Person::of(&form("supported", &"Maria  José ".repeat(10)));
        let Naming::Name(name) = long.naming() else {
            panic!("a name")
        };
        assert_eq!(name.chars().count(), MAX_NAME_CHARS);
        assert!(name.starts_with("Maria José Maria") && !name.ends_with(' '));
    }

    #[test]
    fn messages_are_worded_for_the_person() {
        let sam = Person::of(&form("son", "Sam"));
        assert_eq!(
            sam.tr("calc-hours-label"),
            "How many hours a week would Sam work?"
        );
        assert_eq!(
            Person::of(&form("daughter", "")).tr("calc-age-you-label"),
            "How old is your daughter?"
        );
        assert_eq!(
            Person::default().tr("calc-age-you-label"),
            "How old are you?"
        );
        let with = sam.with(&[("number", Arg::from(2))]);
        assert_eq!(with.len(), 3);
    }

    #[test]
    fn easy_read_and_the_other_languages_are_worded_for_the_person_too() {
        use crate::i18n::{self, Lang};
        let sam = Person::of(&form("son", "Sam"));
        i18n::set_easy_read(true);
        let easy = sam.tr("calc-couple-hint");
        i18n::set_easy_read(false);
        assert_eq!(
            easy,
            "A partner is a husband, wife or civil partner.\nOr someone Sam lives with as a couple."
        );
        let welsh = [
            (
                Lang::Cy,
                "Sawl awr yr wythnos fyddai Sam yn gweithio?",
                "Faint yw oed eich mab?",
            ),
            (
                Lang::Nl,
                "Hoeveel uur per week zou Sam werken?",
                "Hoe oud is je zoon?",
            ),
            (
                Lang::Sv,
                "Hur många timmar i veckan skulle Sam jobba?",
                "Hur gammal är din son?",
            ),
        ];
        for (lang, hours, age) in welsh {
            assert!(i18n::use_translation(lang, i18n::source(lang)).is_empty());
            assert_eq!(sam.tr("calc-hours-label"), hours);
            assert_eq!(Person::of(&form("son", "")).tr("calc-age-you-label"), age);
        }
        i18n::use_catalog(None);
    }
}
