//! Answering for someone else (issue 20): when the form is filled in for Sam, no line of
//! the answer the engine words says "you" or "your" about him. Every public reference
//! household, and a few more made to reach the lines they do not (ESA near the permitted
//! work limit, Carer's Allowance near its limit, help in kind, Tax-Free Childcare, the
//! funded hours, a pension-age household, Scotland with children), is worked out for Sam:
//! the explanation, the warnings and the first months (notes, what helps, what we assumed).

mod common;

use common::all_public_cases;
use supported_work::better_off::engine::first_months::{first_months_for, StartPlan};
use supported_work::better_off::engine::{calculate_for, Household, Topic, WarningKind, Whom};
use supported_work::better_off::scenario::{PayFrequency, Scenario};
use supported_work::calendar::Date;
use supported_work::i18n::{self, Lang};

fn sam() -> Whom {
    Whom::Other {
        name: "Sam".into(),
        name_start: "Sam".into(),
    }
}

/// Whether the text speaks to "you" (a word of its own, in any case).
fn says_you(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "you" | "your" | "yours" | "yourself"
        )
    })
}

/// What the answer says, each text with where it came from; and what it is about.
struct Said {
    texts: Vec<(String, String)>,
    topics: Vec<Topic>,
    warnings: Vec<WarningKind>,
}

fn said(id: &str, s: &Scenario, whom: &Whom) -> Said {
    let report = calculate_for(s, whom).unwrap_or_else(|e| panic!("{id}: {e:?}"));
    let mut out = Said {
        texts: Vec::new(),
        topics: Vec::new(),
        warnings: Vec::new(),
    };
    let mut situations = vec![("now", &report.out_of_work)];
    situations.extend(report.offers.iter().map(|o| ("in work", &o.in_work)));
    for (when, situation) in situations {
        for l in &situation.explanation {
            out.texts
                .push((format!("{id} {when} line"), l.text.clone()));
            out.topics.push(l.topic);
        }
        for w in &situation.warnings {
            out.texts
                .push((format!("{id} {when} warning"), w.text.clone()));
            out.warnings.push(w.kind.clone());
        }
    }
    let h = Household::prepare(s).unwrap();
    let plan = StartPlan {
        job_start: Date::new(2026, 5, 4),
        first_payday: Date::new(2026, 5, 15),
        pay_frequency: PayFrequency::Weekly,
        assessment_period_start: Date::new(2026, 4, 20),
        move_monthly_paydays_before_weekends: true,
        old_job_last_pay: None,
    };
    if let Some(offer) = s.offers.first() {
        if let Ok(fm) = first_months_for(&h, offer, &plan, whom) {
            let notes = fm.periods.iter().flat_map(|p| &p.notes);
            for n in notes {
                out.texts
                    .push((format!("{id} first months note"), n.sentence.clone()));
            }
            for help in &fm.helps {
                out.texts
                    .push((format!("{id} first months help"), help.sentence.clone()));
            }
            for a in &fm.assumptions {
                out.texts
                    .push((format!("{id} first months assumed"), a.clone()));
            }
        }
    }
    out
}

/// Households made to reach what the reference households do not.
fn more_households() -> Vec<(&'static str, Scenario)> {
    let json = |text: &str| -> Scenario { serde_json::from_str(text).expect("test household") };
    vec![
        (
            "esa near the permitted work limit",
            json(
                r#"{"country": "england", "tax_year": "2026-27", "region": "NORTH_WEST",
                "adults": [{"age": 45, "lcwra": true, "new_style_esa": {"group": "support"}}],
                "housing": {"tenure": "social_rent", "rent": "450"},
                "offers": [{"hours_per_week": "15", "hourly_wage": "13.50"}]}"#,
            ),
        ),
        (
            "carer near the limit, help in kind, Scotland with children",
            json(
                r#"{"country": "scotland", "tax_year": "2026-27", "region": "SCOTLAND",
                "adults": [{"age": 30, "carer": true}],
                "children": [{"age": 1}, {"age": 6}],
                "expecting_baby": true,
                "housing": {"tenure": "social_rent", "rent": "400"},
                "offers": [{"hours_per_week": "14", "hourly_wage": "12.71", "pension": {"kind": "none"}}]}"#,
            ),
        ),
        (
            "childcare in England with Tax-Free Childcare and the funded hours",
            json(
                r#"{"country": "england", "tax_year": "2026-27", "region": "SOUTH_EAST",
                "adults": [{"age": 34}],
                "children": [{"age": 2}],
                "housing": {"tenure": "owner"},
                "offers": [{"hours_per_week": "37.5", "hourly_wage": "32", "childcare_monthly": "1200"}]}"#,
            ),
        ),
        (
            "living with a parent on Housing Benefit, with PIP",
            json(
                r#"{"country": "england", "tax_year": "2026-27", "region": "NORTH_WEST",
                "adults": [{"age": 24, "pip_daily_living": "standard"}],
                "housing": {"tenure": "with_family", "relative": {"kind": "housing_benefit"}},
                "offers": [{"hours_per_week": "30", "hourly_wage": "12.71"}]}"#,
            ),
        ),
        (
            "a pensioner renting from the council",
            json(
                r#"{"country": "wales", "tax_year": "2026-27", "region": "WALES",
                "adults": [{"age": 70, "state_pension_weekly": "120"}],
                "housing": {"tenure": "social_rent", "rent": "420"},
                "council_tax": {"annual": "1500"},
                "offers": [{"hours_per_week": "10", "hourly_wage": "12.71"}]}"#,
            ),
        ),
    ]
}

fn every_household() -> Vec<(String, Scenario)> {
    let mut all: Vec<(String, Scenario)> = all_public_cases()
        .into_iter()
        .map(|c| (c.id.clone(), c.to_scenario().expect("oracle case converts")))
        .collect();
    all.extend(more_households().into_iter().map(|(id, s)| (id.into(), s)));
    all
}

#[test]
fn nothing_the_engine_words_says_you_when_the_form_is_for_someone_else() {
    i18n::use_translation(Lang::EnGb, "");
    let mut for_you = 0;
    let mut topics = Vec::new();
    let mut warnings = Vec::new();
    let mut leaks = Vec::new();
    for (id, s) in every_household() {
        for_you += said(&id, &s, &Whom::You)
            .texts
            .iter()
            .filter(|(_, t)| says_you(t))
            .count();
        let his = said(&id, &s, &sam());
        leaks.extend(
            his.texts
                .into_iter()
                .filter(|(_, t)| says_you(t))
                .map(|(w, t)| format!("{w}: {t}")),
        );
        topics.extend(his.topics);
        warnings.extend(his.warnings);
    }
    // The households reach what speaks to "you": the same answers for the person themselves
    // say it hundreds of times.
    assert!(for_you > 300, "{for_you} texts say you");
    for topic in [
        Topic::PensionCredit,
        Topic::HousingBenefit,
        Topic::CouncilTax,
        Topic::ScottishChildPayment,
        Topic::HelpInKind,
        Topic::Family,
        Topic::CarersAllowance,
        Topic::Esa,
    ] {
        assert!(topics.contains(&topic), "no line about {topic:?}");
    }
    let reached = |want: fn(&WarningKind) -> bool| warnings.iter().any(want);
    assert!(reached(|w| matches!(w, WarningKind::EsaNearLimit { .. })));
    assert!(reached(|w| matches!(
        w,
        WarningKind::CarersAllowanceNearLimit { .. }
    )));
    assert!(reached(|w| matches!(
        w,
        WarningKind::TaxFreeChildcareBetter { .. }
    )));
    assert!(reached(|w| matches!(w, WarningKind::FundedHours)));
    assert!(reached(|w| matches!(
        w,
        WarningKind::ChildcarePaidInArrears { .. }
    )));
    assert!(
        leaks.is_empty(),
        "{} texts say you for Sam:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
}

#[test]
fn the_other_languages_speak_of_sam_too() {
    // Words a translation uses for "you": Welsh "chi", "eich", "'ch" and the verbs that go
    // with them ("rydych", "byddwch"); Dutch "je", "jij", "jouw", "u"; Swedish "du", "dig",
    // "din". An imperative to whoever fills the form in ("gofynnwch", "vraag") is fine.
    let you: [(Lang, &[&str]); 3] = [
        (
            Lang::Cy,
            &[
                "chi", "chi'n", "chi'ch", "eich", "ych", "'ch", "chithau", "rydych", "dydych",
                "byddwch", "fyddwch", "gallwch", "allwch", "baech", "gewch", "oeddech",
            ],
        ),
        (Lang::Nl, &["je", "jij", "jou", "jouw", "u", "uw", "jezelf"]),
        (Lang::Sv, &["du", "dig", "din", "ditt", "dina", "dej"]),
    ];
    let households = every_household();
    let mut leaks = Vec::new();
    for (lang, words) in you {
        assert!(i18n::use_translation(lang, i18n::source(lang)).is_empty());
        for (id, s) in &households {
            for (w, t) in said(id, s, &sam()).texts {
                let lower = t.to_lowercase();
                let says = lower
                    .split(|c: char| !(c.is_alphabetic() || c == '\''))
                    .any(|word| {
                        words.contains(&word)
                            || words
                                .iter()
                                .any(|y| y.starts_with('\'') && word.ends_with(y))
                    });
                if says {
                    leaks.push(format!("{} {w}: {t}", lang.code()));
                }
            }
        }
    }
    i18n::use_translation(Lang::EnGb, "");
    leaks.sort();
    leaks.dedup();
    assert!(
        leaks.is_empty(),
        "{} texts say you for Sam:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
}
