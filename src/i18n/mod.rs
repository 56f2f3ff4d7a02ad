//! Every word the app shows, in English (UK), Welsh, Dutch and Swedish.
//!
//! Messages live in Fluent files, `locales/<language>/<area>.ftl`, read by [`ftl`]. English is
//! built into the app (it is also what any message missing from a translation falls back
//! to); the other languages are files the app fetches from its own folder when someone picks
//! one, so nobody downloads three languages they do not read. `tests/i18n.rs` fails when a
//! translation is missing a message or uses different variables.
//!
//! Code asks for text with [`t!`]: `t!("home-title")`, `t!("steps-count", count = n)`. The
//! language in use is one setting for the whole page, like the page's `lang` attribute, so
//! it is kept here rather than passed through every function that writes a sentence.
//!
//! With easy read on, a message `id` is shown as `id--easy` when that exists: shorter
//! sentences, one idea per line.

pub mod ftl;
pub mod number;

pub use ftl::{Arg, Catalog};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A language the app is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    EnGb,
    Cy,
    Nl,
    Sv,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::EnGb, Lang::Cy, Lang::Nl, Lang::Sv];

    /// The BCP 47 tag, for `lang=` and the file name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::EnGb => "en-GB",
            Lang::Cy => "cy",
            Lang::Nl => "nl",
            Lang::Sv => "sv",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::EnGb => "English",
            Lang::Cy => "Cymraeg",
            Lang::Nl => "Nederlands",
            Lang::Sv => "Svenska",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The first of the browser's languages (most wanted first) that we have; English
    /// otherwise. Any English, Welsh, Dutch (including Flemish, `nl-BE`) or Swedish matches.
    pub fn negotiate<S: AsRef<str>>(wanted: &[S]) -> Lang {
        wanted
            .iter()
            .find_map(|tag| {
                let primary = tag.as_ref().split(['-', '_']).next()?.to_ascii_lowercase();
                match primary.as_str() {
                    "en" => Some(Lang::EnGb),
                    "cy" => Some(Lang::Cy),
                    "nl" => Some(Lang::Nl),
                    "sv" => Some(Lang::Sv),
                    _ => None,
                }
            })
            .unwrap_or(Lang::EnGb)
    }
}

/// The English messages, built in: every `locales/en-GB/*.ftl` file, joined by `build.rs`.
/// Natively (tests, tools) every one is used; each bundle carries only its part (issue 21).
pub const ENGLISH_FTL: &str = include_str!(concat!(env!("OUT_DIR"), "/en-GB.ftl"));

/// The English messages the `calculator` bundle carries: all but the files only job steps,
/// the tracker and backups use (`build.rs`, `TOOLS_ONLY_MESSAGES`; `tests/i18n.rs` checks that
/// no code outside those tools asks for one of theirs).
pub const ENGLISH_CALCULATOR_FTL: &str =
    include_str!(concat!(env!("OUT_DIR"), "/en-GB-calculator.ftl"));

/// The English messages the calculator's questions alone carry (the `questions` and
/// `embedded_questions` bundles): the calculator's but the answer's (`build.rs`,
/// `ANSWER_ONLY_MESSAGES`; `tests/i18n.rs` checks that no code but the answer's asks for one).
pub const ENGLISH_QUESTIONS_FTL: &str =
    include_str!(concat!(env!("OUT_DIR"), "/en-GB-questions.ftl"));

/// The English messages the `tools` bundle carries: all but the better-off form's and answer's
/// (`build.rs`, `CALCULATOR_ONLY_MESSAGES`; `tests/i18n.rs` checks that no code of the tools
/// asks for one of theirs).
pub const ENGLISH_TOOLS_FTL: &str = include_str!(concat!(env!("OUT_DIR"), "/en-GB-tools.ftl"));

/// A language's messages as the app gets them (joined by `build.rs`, the same text as the
/// app's `locales/<language>.ftl`), for tests, benchmarks and native tools. The app itself
/// never calls this, so only English is in its bundle; it fetches the others.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::EnGb => ENGLISH_FTL,
        Lang::Cy => include_str!(concat!(env!("OUT_DIR"), "/cy.ftl")),
        Lang::Nl => include_str!(concat!(env!("OUT_DIR"), "/nl.ftl")),
        Lang::Sv => include_str!(concat!(env!("OUT_DIR"), "/sv.ftl")),
    }
}

thread_local! {
    /// The English text in use (see [`set_english`]) and its catalog, read when first needed.
    static ENGLISH_TEXT: Cell<Option<&'static str>> = const { Cell::new(None) };
    static ENGLISH: RefCell<Option<Rc<Catalog>>> = const { RefCell::new(None) };
    static CURRENT: RefCell<Option<Rc<Catalog>>> = const { RefCell::new(None) };
    static EASY_READ: Cell<bool> = const { Cell::new(false) };
}

/// Sets which English messages the app uses: each WebAssembly bundle names its own table
/// ([`ENGLISH_TOOLS_FTL`], [`ENGLISH_CALCULATOR_FTL`] or [`ENGLISH_QUESTIONS_FTL`]), so the
/// rest is left out. Natively (tests, tools) every English message is used unless this is
/// called.
pub fn set_english(text: &'static str) {
    if ENGLISH_TEXT
        .with(Cell::get)
        .is_some_and(|t| std::ptr::eq(t, text))
    {
        return;
    }
    ENGLISH_TEXT.with(|t| t.set(Some(text)));
    ENGLISH.with(|e| *e.borrow_mut() = None);
}

/// The English text when no bundle has named one: all of it natively; none in WebAssembly,
/// where naming it here would put every message into both bundles.
#[cfg(not(target_arch = "wasm32"))]
fn default_english() -> &'static str {
    ENGLISH_FTL
}

#[cfg(target_arch = "wasm32")]
fn default_english() -> &'static str {
    ""
}

/// The English catalog.
pub fn english() -> Rc<Catalog> {
    ENGLISH.with(|e| {
        e.borrow_mut()
            .get_or_insert_with(|| {
                let text = ENGLISH_TEXT.with(Cell::get).unwrap_or_else(default_english);
                Rc::new(ftl::parse(Lang::EnGb, text).0)
            })
            .clone()
    })
}

/// Uses `catalog` for every message from now on (English: `None`).
pub fn use_catalog(catalog: Option<Catalog>) {
    CURRENT.with(|c| *c.borrow_mut() = catalog.map(Rc::new));
}

/// Reads a translation's file and uses it. The file's problems are returned (the messages
/// that could be read are used; the rest show in English).
pub fn use_translation(lang: Lang, text: &str) -> Vec<ftl::ParseError> {
    if lang == Lang::EnGb {
        use_catalog(None);
        return Vec::new();
    }
    let (catalog, errors) = ftl::parse(lang, text);
    use_catalog(Some(catalog));
    errors
}

/// The language in use.
pub fn lang() -> Lang {
    CURRENT.with(|c| c.borrow().as_ref().map_or(Lang::EnGb, |c| c.lang))
}

pub fn set_easy_read(on: bool) {
    EASY_READ.with(|e| e.set(on));
}

pub fn easy_read() -> bool {
    EASY_READ.with(Cell::get)
}

/// A message in the language in use, in its easy-read form when easy read is on and there
/// is one; in English when the translation lacks it; its own id if even English lacks it
/// (`tests/i18n.rs` makes sure that never ships).
pub fn tr(id: &str, args: &[(&str, Arg)]) -> String {
    if easy_read() {
        if let Some(text) = lookup(&format!("{id}--easy"), args) {
            return text;
        }
    }
    lookup(id, args).unwrap_or_else(|| id.to_string())
}

fn lookup(id: &str, args: &[(&str, Arg)]) -> Option<String> {
    CURRENT
        .with(|c| c.borrow().as_ref().and_then(|c| c.format(id, args)))
        .or_else(|| english().format(id, args))
}

/// A message in the language in use: `t!("id")` or `t!("id", name = value, …)`, where a
/// value is text or a whole number (numbers pick plural forms and are written the
/// language's way).
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::tr($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_s_first_language_we_have_wins() {
        assert_eq!(Lang::negotiate(&["fr-FR", "nl-BE", "en"]), Lang::Nl);
        assert_eq!(Lang::negotiate(&["CY"]), Lang::Cy);
        assert_eq!(Lang::negotiate(&["sv_SE"]), Lang::Sv);
        assert_eq!(Lang::negotiate(&["en-US", "sv"]), Lang::EnGb);
        assert_eq!(Lang::negotiate(&["de", "fr"]), Lang::EnGb);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::EnGb);
    }

    #[test]
    fn a_translation_falls_back_to_english_then_to_the_id() {
        let errors = use_translation(Lang::Cy, "app-name = Camau Gwaith\n");
        assert!(errors.is_empty());
        assert_eq!(lang(), Lang::Cy);
        assert_eq!(t!("app-name"), "Camau Gwaith");
        assert_eq!(
            t!("route-home"),
            english().format("route-home", &[]).unwrap()
        );
        assert_eq!(t!("no-such-message"), "no-such-message");
        use_catalog(None);
        assert_eq!(lang(), Lang::EnGb);
        assert_eq!(t!("app-name"), "Work Steps");
    }

    #[test]
    fn easy_read_picks_the_easy_form_where_there_is_one() {
        let text = "a = Long words here.\na--easy = Short.\nb = Only one form.\n";
        use_translation(Lang::Sv, text);
        set_easy_read(true);
        assert_eq!(
            (t!("a"), t!("b")),
            ("Short.".into(), "Only one form.".into())
        );
        set_easy_read(false);
        assert_eq!(t!("a"), "Long words here.");
        use_catalog(None);
    }
}
