//! The explanation trail: each step of the calculation in plain words, with its figures.
//!
//! Built from the numbers [`Household::evaluate`] already produced, and only when asked for,
//! so the sweep never pays for the strings. The words aim at someone reading their own award
//! letter: "a month", pounds and pence, what the rule does and why it applies to them.

use super::figures::{PersonFigures, Route, UcFigures};
use super::{Figures, Household, HousingFacts};
use crate::better_off::params::Country;
use crate::better_off::rules::housing_benefit::Scheme;
use crate::better_off::scenario::EsaGroup;
use crate::i18n::Arg;
use crate::money::Money;
use serde::Serialize;

/// What a line is about, so the screens can group or filter lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Earnings,
    IncomeTax,
    NationalInsurance,
    Pension,
    CarersAllowance,
    UniversalCredit,
    ChildBenefit,
    ScottishChildPayment,
    Disability,
    Esa,
    Jsa,
    StatePension,
    HousingBenefit,
    CouncilTax,
    PensionCredit,
    WinterFuel,
    HelpInKind,
    Family,
    NetIncome,
}

/// One step, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub topic: Topic,
    pub text: String,
}

/// Whom the answer speaks of. The engine does not know the form, so whoever asks for the
/// words says: the person themselves ("You earn …"), or someone the form is filled in for,
/// by the words that stand for them in the language in use ("Sam earns …", "Your son
/// earns …"). Words only: the figures are the same.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Whom {
    #[default]
    You,
    Other {
        /// Inside a sentence: "Sam", "your son".
        name: String,
        /// To start a sentence: "Sam", "Your son".
        name_start: String,
    },
}

impl Whom {
    /// `$person` (`self` or `other`) and `$name`, for a message that says "you".
    pub fn person(&self) -> &'static str {
        match self {
            Whom::You => "self",
            Whom::Other { .. } => "other",
        }
    }

    /// The words inside a sentence; empty for "you", whose messages do not use them.
    pub fn name(&self) -> &str {
        match self {
            Whom::You => "",
            Whom::Other { name, .. } => name,
        }
    }

    /// The words to start a sentence; empty for "you".
    pub fn name_start(&self) -> &str {
        match self {
            Whom::You => "",
            Whom::Other { name_start, .. } => name_start,
        }
    }

    /// A message about the household or the person that says "you", given `$person`,
    /// `$name` and `$name_start`, then its own variables.
    pub fn tr(&self, id: &str, more: &[(&str, Arg)]) -> String {
        let mut args = vec![
            ("person", Arg::from(self.person())),
            ("name", Arg::from(self.name())),
            ("name_start", Arg::from(self.name_start())),
        ];
        args.extend(more.iter().cloned());
        crate::i18n::tr(id, &args)
    }

    /// A selector's key for a message that already selects on something else: `key`, or
    /// `key-other` when the form is for someone else (the parser has no nested selectors).
    pub fn key(&self, key: &str) -> String {
        match self {
            Whom::You => key.to_string(),
            Whom::Other { .. } => format!("{key}-other"),
        }
    }
}

/// Who a line is about, for the messages' `$who`: "you" (one adult filling it in), "other"
/// (one adult it is filled in for, named by `$name` and `$name_start`), "partner" or "second"
/// (their partner in a couple, "Your partner" or "Their partner").
struct Who<'a> {
    who: &'static str,
    name: &'a str,
    name_start: &'a str,
}

impl Who<'_> {
    /// A message about this adult: `$who`, `$name` and `$name_start`, then its own.
    fn tr(&self, id: &str, more: &[(&str, Arg)]) -> String {
        let mut args = vec![
            ("who", Arg::from(self.who)),
            ("name", Arg::from(self.name)),
            ("name_start", Arg::from(self.name_start)),
        ];
        args.extend(more.iter().cloned());
        crate::i18n::tr(id, &args)
    }
}

fn who<'a>(h: &Household, i: usize, whom: &'a Whom) -> Who<'a> {
    // The form's first adult is the person ("You earn …", "Sam earns …"); in a couple the
    // second is their partner ("Your partner earns …", "Their partner earns …").
    let who = match (h.is_couple() && i > 0, whom) {
        (false, Whom::You) => "you",
        (false, Whom::Other { .. }) => "other",
        (true, Whom::You) => "partner",
        (true, Whom::Other { .. }) => "second",
    };
    Who {
        who,
        name: whom.name(),
        name_start: whom.name_start(),
    }
}

/// Pounds and pence in the language in use: "£881.23" in English (as [`Money`] writes it),
/// "881,23 £" in Swedish.
pub fn money(m: Money) -> String {
    match crate::i18n::lang() {
        crate::i18n::Lang::EnGb => m.to_string(),
        lang => crate::i18n::number::pounds(lang, m.round_penny().to_decimal(), 2),
    }
}

/// The name of the carer's benefit: Carer Support Payment in Scotland.
pub fn carer_benefit(scottish: bool) -> String {
    if scottish {
        t!("result-name-carer-support")
    } else {
        t!("result-name-carers-allowance")
    }
}

fn lha_rate(category: crate::better_off::params::LhaCategory) -> String {
    use crate::better_off::params::LhaCategory as C;
    match category {
        C::A => t!("result-lha-rate-shared"),
        C::B => t!("result-lha-rate-1"),
        C::C => t!("result-lha-rate-2"),
        C::D => t!("result-lha-rate-3"),
        C::E => t!("result-lha-rate-4"),
    }
}

/// The lines for one situation, in the order of the calculation: each adult's pay, tax and
/// own benefits; the means-tested benefits of the household's route; the rest; the totals.
pub fn explain(h: &Household, f: &Figures, whom: &Whom) -> Vec<Line> {
    let mut lines = Vec::new();
    {
        let mut say = |topic: Topic, text: String| lines.push(Line { topic, text });
        for (i, x) in f.people().iter().enumerate() {
            explain_person(h, i, x, whom, &mut say);
        }
        match f.route {
            Route::UniversalCredit => explain_universal_credit(h, f, whom, &mut say),
            Route::PensionAge => explain_pension_credit(h, f, whom, &mut say),
        }
        explain_housing_benefit(h, f, whom, &mut say);
        explain_council_tax_reduction(h, f, whom, &mut say);
        explain_other_benefits(h, f, whom, &mut say);
        explain_help_in_kind(h, f, whom, &mut say);
        explain_totals(f, &mut say);
    }
    lines
}

/// One adult's pay, tax, NI and pension, and the benefits that are theirs alone.
fn explain_person(
    h: &Household,
    i: usize,
    x: &PersonFigures,
    whom: &Whom,
    say: &mut impl FnMut(Topic, String),
) {
    let p = h.params;
    let scottish = h.country == Country::Scotland;
    let w = who(h, i, whom);
    if x.gross.is_positive() {
        explain_pay(x, scottish, &w, say);
    }
    match x.marriage_allowance {
        super::MarriageRole::Receives => say(
            Topic::IncomeTax,
            w.tr(
                "result-explain-marriage",
                &[(
                    "amount",
                    Arg::from(money(
                        crate::better_off::rules::marriage_allowance::reducer(p),
                    )),
                )],
            ),
        ),
        super::MarriageRole::Gives | super::MarriageRole::None => {}
    }
    let adult = &h.adults[i];
    if adult.carer {
        let benefit = carer_benefit(scottish);
        let limit = money(crate::better_off::rules::carers_allowance::earnings_limit(
            p, h.country,
        ));
        let earnings = money(x.carers_allowance_net_weekly_earnings);
        say(
            Topic::CarersAllowance,
            if x.carers_allowance.is_positive() {
                if x.gross.is_positive() {
                    w.tr(
                        "result-explain-carer-gets-working",
                        &[
                            ("benefit", Arg::from(benefit)),
                            ("amount", Arg::from(money(x.carers_allowance))),
                            ("earnings", Arg::from(earnings)),
                            ("limit", Arg::from(limit)),
                        ],
                    )
                } else {
                    w.tr(
                        "result-explain-carer-gets",
                        &[
                            ("benefit", Arg::from(benefit)),
                            ("amount", Arg::from(money(x.carers_allowance))),
                        ],
                    )
                }
            } else if x.over_carers_allowance_limit {
                w.tr(
                    "result-explain-carer-loses",
                    &[
                        ("benefit", Arg::from(benefit)),
                        ("earnings", Arg::from(earnings)),
                        ("limit", Arg::from(limit)),
                    ],
                )
            } else {
                t!("result-explain-carer-only-one", benefit = benefit)
            },
        );
    }
    if (x.pip_daily_living + x.pip_mobility).is_positive() {
        let benefit = if scottish {
            t!("result-name-adp")
        } else {
            t!("result-name-pip")
        };
        say(
            Topic::Disability,
            w.tr(
                "result-explain-pip",
                &[
                    (
                        "amount",
                        Arg::from(money(x.pip_daily_living + x.pip_mobility)),
                    ),
                    ("benefit", Arg::from(benefit)),
                ],
            ),
        );
    }
    explain_contributory(h, i, x, whom, say);
}

/// One adult's pay before tax, and the income tax, National Insurance and pension taken
/// from it.
fn explain_pay(x: &PersonFigures, scottish: bool, w: &Who, say: &mut impl FnMut(Topic, String)) {
    say(
        Topic::Earnings,
        w.tr(
            "result-explain-earns",
            &[("amount", Arg::from(money(x.gross)))],
        ),
    );
    say(
        Topic::IncomeTax,
        if x.income_tax.is_zero() {
            w.tr("result-explain-no-tax", &[])
        } else if scottish {
            w.tr(
                "result-explain-tax-scottish",
                &[("amount", Arg::from(money(x.income_tax)))],
            )
        } else {
            w.tr(
                "result-explain-tax",
                &[("amount", Arg::from(money(x.income_tax)))],
            )
        },
    );
    say(
        Topic::NationalInsurance,
        if x.national_insurance.is_zero() {
            w.tr("result-explain-no-ni", &[])
        } else {
            w.tr(
                "result-explain-ni",
                &[("amount", Arg::from(money(x.national_insurance)))],
            )
        },
    );
    if x.pension.is_positive() {
        say(
            Topic::Pension,
            w.tr(
                "result-explain-pension",
                &[("amount", Arg::from(money(x.pension)))],
            ),
        );
    }
}

/// New Style ESA and JSA as the work leaves them, and the State Pension.
fn explain_contributory(
    h: &Household,
    i: usize,
    x: &PersonFigures,
    whom: &Whom,
    say: &mut impl FnMut(Topic, String),
) {
    let p = h.params;
    let w = who(h, i, whom);
    let adult = &h.adults[i];
    let earnings = || money(x.net_weekly_earnings.floor_penny());
    if let (Some(award), Some(work)) = (adult.esa, x.esa_work) {
        use crate::better_off::rules::esa::{Exempt, Stops, WorkEffect};
        let higher = money(Money::new(p.esa.permitted_work_higher_limit));
        let amount = money(x.esa);
        let group = match award.group {
            EsaGroup::Assessment => t!("result-esa-group-assessment"),
            EsaGroup::Wrag => t!("result-esa-group-wrag"),
            EsaGroup::Support => t!("result-esa-group-support"),
        };
        say(
            Topic::Esa,
            match work {
                WorkEffect::Continues(Exempt::NotWorking) => w.tr(
                    "result-explain-esa",
                    &[("amount", Arg::from(amount)), ("group", Arg::from(group))],
                ),
                WorkEffect::Continues(Exempt::LowerLimit) => w.tr(
                    "result-explain-esa-lower-limit",
                    &[
                        ("amount", Arg::from(amount)),
                        ("earnings", Arg::from(earnings())),
                    ],
                ),
                WorkEffect::Continues(Exempt::PermittedWork) => w.tr(
                    "result-explain-esa-permitted",
                    &[
                        ("amount", Arg::from(amount)),
                        ("earnings", Arg::from(earnings())),
                        ("limit", Arg::from(higher)),
                    ],
                ),
                WorkEffect::Continues(Exempt::SupportedPermittedWork) => w.tr(
                    "result-explain-esa-supported",
                    &[
                        ("amount", Arg::from(amount)),
                        ("earnings", Arg::from(earnings())),
                        ("limit", Arg::from(higher)),
                    ],
                ),
                WorkEffect::Stops(Stops::SixteenHours) => {
                    w.tr("result-explain-esa-stops-hours", &[])
                }
                WorkEffect::Stops(Stops::OverEarningsLimit) => w.tr(
                    "result-explain-esa-stops-earnings",
                    &[
                        ("earnings", Arg::from(earnings())),
                        ("limit", Arg::from(higher)),
                    ],
                ),
            },
        );
    }
    if let Some(work) = x.jsa_work {
        use crate::better_off::rules::jsa::WorkEffect;
        let amount = money(x.jsa);
        say(
            Topic::Jsa,
            match work {
                WorkEffect::NotWorking => {
                    w.tr("result-explain-jsa", &[("amount", Arg::from(amount))])
                }
                WorkEffect::WithinDisregard => w.tr(
                    "result-explain-jsa-disregard",
                    &[
                        ("amount", Arg::from(amount)),
                        ("earnings", Arg::from(earnings())),
                    ],
                ),
                WorkEffect::Reduced => w.tr(
                    "result-explain-jsa-reduced",
                    &[
                        ("amount", Arg::from(amount)),
                        ("earnings", Arg::from(earnings())),
                    ],
                ),
                WorkEffect::EarningsTakeAll => w.tr(
                    "result-explain-jsa-earnings",
                    &[("earnings", Arg::from(earnings()))],
                ),
                WorkEffect::SixteenHours => w.tr("result-explain-jsa-hours", &[]),
            },
        );
    }
    if x.state_pension.is_positive() {
        say(
            Topic::StatePension,
            w.tr(
                "result-explain-state-pension",
                &[("amount", Arg::from(money(x.state_pension)))],
            ),
        );
    }
    if x.carers_allowance_overlapped {
        say(
            Topic::CarersAllowance,
            w.tr(
                "result-explain-carer-overlapped",
                &[(
                    "benefit",
                    Arg::from(carer_benefit(h.country == Country::Scotland)),
                )],
            ),
        );
    }
}

/// Universal Credit, step by step.
fn explain_universal_credit(
    h: &Household,
    f: &Figures,
    whom: &Whom,
    say: &mut impl FnMut(Topic, String),
) {
    let u = &f.uc;
    let uc = Topic::UniversalCredit;
    let over_25 = h.adults().iter().any(|a| a.age >= 25);
    let household = match (h.is_couple(), over_25) {
        (false, true) => "single-25",
        (false, false) => "single-under-25",
        (true, true) => "couple-25",
        (true, false) => "couple-under-25",
    };
    say(
        uc,
        t!(
            "result-explain-standard",
            household = whom.key(household),
            amount = money(u.standard_allowance)
        ),
    );
    if h.children > 0 {
        let limited = h.children_without_element;
        let counted = h.children - limited;
        let element = money(u.child_element);
        say(
            uc,
            if limited > 0 {
                t!(
                    "result-explain-child-element-limited",
                    count = counted,
                    amount = element,
                    limited = limited
                )
            } else {
                t!(
                    "result-explain-child-element",
                    count = counted,
                    amount = element
                )
            },
        );
    }
    if u.disabled_child_lower.is_positive() {
        say(
            uc,
            t!(
                "result-explain-disabled-child",
                amount = money(u.disabled_child_lower)
            ),
        );
    }
    if u.disabled_child_higher.is_positive() {
        say(
            uc,
            t!(
                "result-explain-disabled-child-higher",
                amount = money(u.disabled_child_higher)
            ),
        );
    }
    if u.lcwra.is_positive() {
        say(uc, t!("result-explain-lcwra", amount = money(u.lcwra)));
    }
    if u.carer.is_positive() {
        say(
            uc,
            if h.carer_elements > 1 {
                whom.tr(
                    "result-explain-carer-element-each",
                    &[("amount", Arg::from(money(u.carer)))],
                )
            } else {
                t!("result-explain-carer-element", amount = money(u.carer))
            },
        );
    }
    explain_uc_housing(h, whom, say);
    explain_uc_childcare(h, f, whom, say);
    say(uc, t!("result-explain-maximum", amount = money(u.maximum)));

    explain_uc_income(h, f, whom, say);
}

/// The housing costs element: the rent UC meets, or why there is none.
fn explain_uc_housing(h: &Household, whom: &Whom, say: &mut impl FnMut(Topic, String)) {
    let uc = Topic::UniversalCredit;
    match &h.housing {
        HousingFacts::None { owner: true } => say(uc, t!("result-explain-housing-owner")),
        HousingFacts::None { owner: false } => say(uc, whom.tr("result-explain-housing-none", &[])),
        HousingFacts::Supported { .. } => say(uc, t!("result-explain-housing-supported")),
        HousingFacts::WithFamily { .. } => say(uc, whom.tr("result-explain-housing-family", &[])),
        HousingFacts::Social {
            rent_monthly,
            spare_bedrooms,
            deduction_monthly,
            element_monthly,
            ..
        } => say(
            uc,
            if *spare_bedrooms > 0 {
                whom.tr(
                    "result-explain-housing-social-spare",
                    &[
                        ("rent", Arg::from(money(*rent_monthly))),
                        ("deduction", Arg::from(money(*deduction_monthly))),
                        ("count", Arg::from(*spare_bedrooms)),
                        ("amount", Arg::from(money(*element_monthly))),
                    ],
                )
            } else {
                whom.tr(
                    "result-explain-housing-social",
                    &[("rent", Arg::from(money(*rent_monthly)))],
                )
            },
        ),
        HousingFacts::Private {
            rent_monthly,
            brma_name,
            category,
            lha_monthly,
            element_monthly,
            ..
        } => say(
            uc,
            if rent_monthly > lha_monthly {
                whom.tr(
                    "result-explain-housing-private-over",
                    &[
                        ("rent", Arg::from(money(*rent_monthly))),
                        ("area", Arg::from(brma_name.to_string())),
                        ("rate", Arg::from(lha_rate(*category))),
                        ("lha", Arg::from(money(*lha_monthly))),
                        ("amount", Arg::from(money(*element_monthly))),
                    ],
                )
            } else {
                whom.tr(
                    "result-explain-housing-private",
                    &[
                        ("rent", Arg::from(money(*rent_monthly))),
                        ("area", Arg::from(brma_name.to_string())),
                        ("rate", Arg::from(lha_rate(*category))),
                        ("lha", Arg::from(money(*lha_monthly))),
                    ],
                )
            },
        ),
    }
}

/// The childcare costs element.
fn explain_uc_childcare(
    h: &Household,
    f: &Figures,
    whom: &Whom,
    say: &mut impl FnMut(Topic, String),
) {
    let uc = Topic::UniversalCredit;
    let u = &f.uc;
    if f.childcare_costs.is_positive() {
        say(
            uc,
            if u.childcare.is_positive() {
                whom.tr(
                    "result-explain-childcare",
                    &[
                        ("costs", Arg::from(money(f.childcare_costs))),
                        ("amount", Arg::from(money(u.childcare))),
                        (
                            "children",
                            Arg::from(if u.childcare_children == 1 {
                                "one"
                            } else {
                                "more"
                            }),
                        ),
                        ("cap", Arg::from(money(u.childcare_cap))),
                    ],
                )
            } else if h.children_for_childcare == 0 {
                t!("result-explain-childcare-too-old")
            } else {
                t!("result-explain-childcare-couple")
            },
        );
    }
}

/// What comes off the maximum: the taper on earnings, unearned income, savings, the cap.
fn explain_uc_income(h: &Household, f: &Figures, whom: &Whom, say: &mut impl FnMut(Topic, String)) {
    let uc = Topic::UniversalCredit;
    let u = &f.uc;
    let scottish = h.country == Country::Scotland;
    explain_uc_taper(u, whom, say);
    // Unearned income comes off pound for pound (reg 66(1)): each source on its own line.
    for x in f.people() {
        let unearned = [
            (x.carers_allowance, "carer"),
            (x.esa, "esa"),
            (x.jsa, "jsa"),
            (x.state_pension, "state-pension"),
        ];
        for (amount, source) in unearned {
            if amount.is_positive() {
                say(
                    uc,
                    t!(
                        "result-explain-unearned-source",
                        source = source,
                        benefit = carer_benefit(scottish),
                        amount = money(amount)
                    ),
                );
            }
        }
    }
    explain_uc_savings_and_cap(h, u, say);
    say(
        uc,
        if u.award.is_positive() {
            t!("result-explain-uc", amount = money(u.award))
        } else {
            t!("result-explain-uc-nothing")
        },
    );
    if u.deductions.is_positive() {
        say(
            uc,
            t!(
                "result-explain-uc-deductions",
                amount = money(u.deductions),
                paid = money(u.paid)
            ),
        );
    }
}

/// The taper on earnings, above the work allowance if there is one (UC Regs 2013 reg 22).
fn explain_uc_taper(u: &UcFigures, whom: &Whom, say: &mut impl FnMut(Topic, String)) {
    let uc = Topic::UniversalCredit;
    if u.earned_income.is_positive() {
        let earned = money(u.earned_income);
        say(
            uc,
            if u.work_allowance.is_positive() {
                let args = (
                    money(u.work_allowance),
                    money(u.earned_above_allowance),
                    money(u.taper.round_penny()),
                );
                let args = [
                    ("earned", Arg::from(earned)),
                    ("allowance", Arg::from(args.0)),
                    ("rest", Arg::from(args.1)),
                    ("amount", Arg::from(args.2)),
                ];
                if u.housing.is_positive() {
                    whom.tr("result-explain-taper-lower-allowance", &args)
                } else {
                    whom.tr("result-explain-taper-allowance", &args)
                }
            } else {
                whom.tr(
                    "result-explain-taper-no-allowance",
                    &[
                        ("earned", Arg::from(earned)),
                        ("amount", Arg::from(money(u.taper.round_penny()))),
                    ],
                )
            },
        );
    }
}

/// Savings (the tariff income, or over the limit) and the benefit cap, lifted or applied.
fn explain_uc_savings_and_cap(h: &Household, u: &UcFigures, say: &mut impl FnMut(Topic, String)) {
    let p = h.params;
    let uc = Topic::UniversalCredit;
    if u.over_capital_limit {
        say(
            uc,
            t!("result-explain-savings-over", amount = money(h.savings)),
        );
    } else if u.capital_tariff.is_positive() {
        say(
            uc,
            t!(
                "result-explain-savings-tariff",
                amount = money(h.savings),
                income = money(u.capital_tariff)
            ),
        );
    }
    if u.cap_reduction.is_positive() {
        say(
            uc,
            t!(
                "result-explain-cap",
                cap = money(u.cap),
                amount = money(u.cap_reduction),
                earnings = money(
                    crate::better_off::rules::uc::benefit_cap::earnings_exception_monthly(p)
                        .floor_pound()
                )
            ),
        );
    } else if u.cap_exempt_by_earnings && !h.cap_exempt_always && u.before_cap.is_positive() {
        say(
            uc,
            t!(
                "result-explain-cap-lifted",
                earnings = money(
                    crate::better_off::rules::uc::benefit_cap::earnings_exception_monthly(p)
                        .floor_pound()
                )
            ),
        );
    }
}

/// Benefits that do not depend on the route: Child Benefit, Scottish Child Payment, DLA and
/// the winter payment.
fn explain_other_benefits(
    h: &Household,
    f: &Figures,
    whom: &Whom,
    say: &mut impl FnMut(Topic, String),
) {
    let scottish = h.country == Country::Scotland;
    if f.child_benefit.is_positive() {
        say(
            Topic::ChildBenefit,
            t!(
                "result-explain-child-benefit",
                amount = money(f.child_benefit)
            ),
        );
        if f.child_benefit_charge.is_positive() {
            say(
                Topic::ChildBenefit,
                t!(
                    "result-explain-child-benefit-charge",
                    amount = money(f.child_benefit_charge)
                ),
            );
        }
    }
    if f.scottish_child_payment.is_positive() {
        say(
            Topic::ScottishChildPayment,
            whom.tr(
                "result-explain-scp",
                &[("amount", Arg::from(money(f.scottish_child_payment)))],
            ),
        );
    } else if scottish && h.children_under_16 > 0 {
        say(Topic::ScottishChildPayment, t!("result-explain-scp-none"));
    }
    if f.dla.is_positive() {
        say(
            Topic::Disability,
            t!("result-explain-dla", amount = money(f.dla)),
        );
    }
    explain_winter_fuel(h, f, say);
}

/// Net income, and what is left after housing and work costs.
fn explain_totals(f: &Figures, say: &mut impl FnMut(Topic, String)) {
    say(
        Topic::NetIncome,
        t!(
            "result-explain-net",
            amount = money(f.net_income),
            weekly = money(f.net_income.monthly_to_weekly())
        ),
    );
    let costs = f.childcare_costs + f.travel_costs;
    if (f.housing_costs + f.council_tax + costs) > Money::ZERO {
        let after = match (f.council_tax.is_positive(), costs.is_positive()) {
            (false, false) => "rent",
            (true, false) => "rent-council",
            (false, true) => "rent-costs",
            (true, true) => "all",
        };
        say(
            Topic::NetIncome,
            t!(
                "result-explain-left",
                after = after,
                amount = money(f.disposable_income)
            ),
        );
    }
}

/// Pension Credit's guarantee credit: the minimum guarantee, the income counted, the award.
fn explain_pension_credit(
    h: &Household,
    f: &Figures,
    whom: &Whom,
    say: &mut impl FnMut(Topic, String),
) {
    let pc = &f.pension_credit;
    let couple = if h.is_couple() { "couple" } else { "single" };
    say(
        Topic::PensionCredit,
        whom.tr(
            "result-explain-pension-age",
            &[("household", Arg::from(whom.key(couple)))],
        ),
    );
    say(
        Topic::PensionCredit,
        whom.tr(
            "result-explain-pc-guarantee",
            &[("amount", Arg::from(money(pc.minimum_guarantee_weekly)))],
        ),
    );
    if pc.earnings_disregard_weekly.is_positive() {
        say(
            Topic::PensionCredit,
            t!(
                "result-explain-pc-disregard",
                amount = money(pc.earnings_disregard_weekly)
            ),
        );
    }
    say(
        Topic::PensionCredit,
        if pc.weekly.is_positive() {
            t!(
                "result-explain-pc",
                income = money(pc.income_weekly),
                weekly = money(pc.weekly),
                amount = money(pc.award)
            )
        } else {
            t!(
                "result-explain-pc-nothing",
                income = money(pc.income_weekly),
                guarantee = money(pc.minimum_guarantee_weekly)
            )
        },
    );
}

/// Housing Benefit: the whole rent while on UC or guarantee credit, otherwise the means test.
fn explain_housing_benefit(
    h: &Household,
    f: &Figures,
    whom: &Whom,
    say: &mut impl FnMut(Topic, String),
) {
    let hb = &f.housing_benefit;
    if !hb.claimed {
        return;
    }
    let topic = Topic::HousingBenefit;
    let rent = money(hb.eligible_rent_weekly);
    if let HousingFacts::Private { .. } = h.housing {
        let actual = h.housing.rent().monthly_to_weekly();
        if actual > hb.eligible_rent_weekly {
            say(
                topic,
                t!(
                    "result-explain-hb-lha",
                    rent = money(actual),
                    lha = rent.clone()
                ),
            );
        }
    }
    if hb.passported {
        let on = match hb.scheme {
            Some(Scheme::PensionAge) => "pension-credit",
            _ => "universal-credit",
        };
        say(
            topic,
            t!(
                "result-explain-hb-passported",
                on = whom.key(on),
                rent = rent,
                amount = money(hb.award)
            ),
        );
        return;
    }
    if hb.over_capital_limit {
        say(topic, t!("result-explain-hb-savings"));
        return;
    }
    let needs = money(hb.applicable_amount_weekly);
    let income = money(hb.income_weekly);
    if hb.disregards.total().is_positive() {
        say(
            topic,
            t!(
                "result-explain-hb-disregard",
                amount = money(hb.disregards.total())
            ),
        );
    }
    say(topic, {
        let args = [
            ("income", Arg::from(income)),
            ("needs", Arg::from(needs)),
            ("rent", Arg::from(rent)),
        ];
        if hb.income_weekly <= hb.applicable_amount_weekly {
            whom.tr("result-explain-hb-full", &args)
        } else if hb.weekly.is_zero() {
            whom.tr("result-explain-hb-none", &args)
        } else {
            let weekly = money(hb.weekly_without_accommodation_disregard);
            let mut args = args.to_vec();
            args.push(("weekly", Arg::from(weekly)));
            whom.tr("result-explain-hb-taper", &args)
        }
    });
    if hb.accommodation_disregard_share > rust_decimal::Decimal::ZERO {
        say(
            topic,
            whom.tr(
                "result-explain-hb-october-2026",
                &[
                    (
                        "before",
                        Arg::from(money(hb.weekly_without_accommodation_disregard)),
                    ),
                    (
                        "after",
                        Arg::from(money(hb.weekly_with_accommodation_disregard)),
                    ),
                    ("average", Arg::from(money(hb.weekly))),
                ],
            ),
        );
    }
    say(topic, t!("result-explain-hb", amount = money(hb.award)));
}

/// Winter Fuel Payment (Pension Age Winter Heating Payment in Scotland), and the charge.
fn explain_winter_fuel(h: &Household, f: &Figures, say: &mut impl FnMut(Topic, String)) {
    if !f.winter_fuel.is_positive() {
        return;
    }
    let name = if h.country == Country::Scotland {
        t!("result-name-winter-heating")
    } else {
        t!("result-name-winter-fuel")
    };
    say(
        Topic::WinterFuel,
        t!(
            "result-explain-winter-fuel",
            benefit = name.clone(),
            amount = money(f.winter_fuel.monthly_to_annual()),
            monthly = money(f.winter_fuel)
        ),
    );
    if f.winter_fuel_charge.is_positive() {
        say(
            Topic::WinterFuel,
            t!(
                "result-explain-winter-fuel-charge",
                benefit = name,
                amount = money(f.winter_fuel_charge.monthly_to_annual())
            ),
        );
    }
}

/// Council Tax Reduction: which scheme, and the reduction.
fn explain_council_tax_reduction(
    h: &Household,
    f: &Figures,
    whom: &Whom,
    say: &mut impl FnMut(Topic, String),
) {
    use crate::better_off::rules::council_tax_reduction::Scheme as S;
    let c = &f.council_tax_reduction;
    let Some(scheme) = c.scheme else {
        return;
    };
    let bill = money(h.council_tax_annual);
    let amount = money(c.annual);
    let topic = Topic::CouncilTax;
    let how = match scheme {
        S::EnglandAsEntered => {
            say(
                topic,
                whom.tr(
                    "result-explain-ctr-entered",
                    &[("bill", Arg::from(bill)), ("amount", Arg::from(amount))],
                ),
            );
            return;
        }
        _ if c.passported => {
            say(
                topic,
                whom.tr(
                    "result-explain-ctr-passported",
                    &[("bill", Arg::from(bill))],
                ),
            );
            return;
        }
        _ if c.over_capital_limit => {
            say(topic, t!("result-explain-ctr-savings"));
            return;
        }
        S::PensionAge => "pension",
        S::ScotlandWorkingAge => "scotland",
        S::WalesUniversalCredit => "wales-uc",
        S::WalesWorkingAge => "wales",
        S::EnglandEstimate => "estimate",
    };
    say(
        topic,
        t!(
            "result-explain-ctr",
            scheme = whom.key(how),
            bill = bill,
            income = money(c.income_weekly),
            needs = money(c.applicable_amount_weekly),
            amount = amount
        ),
    );
}

/// Help in kind that stops when earnings rise, and what living with family costs the relative.
fn explain_help_in_kind(
    h: &Household,
    f: &Figures,
    whom: &Whom,
    say: &mut impl FnMut(Topic, String),
) {
    for (kind, yearly) in f.help_in_kind.each(h.country) {
        if !yearly.is_positive() {
            continue;
        }
        let kind = kind.id();
        say(
            Topic::HelpInKind,
            t!(
                "result-explain-help",
                kind = whom.key(kind),
                amount = money(yearly)
            ),
        );
    }
    if f.relative_loses.is_positive() {
        say(
            Topic::Family,
            whom.tr(
                "result-explain-relative-loses",
                &[("amount", Arg::from(money(f.relative_loses)))],
            ),
        );
    }
}
