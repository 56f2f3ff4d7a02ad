//! A full dump of the engine's answers, to check that a change made for speed changes no
//! figure: for every case of the oracle files and for generated households, the figures
//! (`Figures`, with each decimal's places as held) at every half hour from 0 to 60 hours, the
//! sweep with its cliffs and help in kind lost, and the whole report (`engine::calculate`).
//!
//! `cargo run --release --example sweep_dump -- N FILE... > dump.txt`
//!
//! N generated households (a fixed seed: the same ones every run) follow the files' cases.
//! Dump before a change and after it, and compare the two files byte for byte (`cmp`). The
//! generated households are weighted towards what makes an evaluation take a choice: married
//! couples over State Pension age (Marriage Allowance), mixed-age couples, carers, children,
//! help in kind, Scotland and Wales, earnings of the partner, the legacy means tests.

use std::fmt::Write as _;
use std::io::Write;

use rust_decimal::Decimal;
use supported_work::better_off::engine::{self, Household};
use supported_work::better_off::params::{Country, TaxYear};
use supported_work::better_off::scenario::*;
use supported_work::money::{Money, Period};

fn main() {
    let mut args = std::env::args().skip(1);
    let generated: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or_else(|| {
        eprintln!("sweep_dump: N FILE...");
        std::process::exit(2);
    });
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in args {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!("sweep_dump: cannot read {path}: {e}");
            std::process::exit(2);
        });
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let case: OracleCase = serde_json::from_str(line).expect("an oracle case");
            let s = case.to_scenario().expect("a valid case");
            out.write_all(dump(&case.id, &s).as_bytes()).unwrap();
        }
    }
    let mut rng = Rng(0x5eed_2026_1207);
    for n in 0..generated {
        let s = household(&mut rng);
        out.write_all(dump(&format!("generated {n}"), &s).as_bytes())
            .unwrap();
    }
}

/// Everything the engine says about `s`, as text.
fn dump(id: &str, s: &Scenario) -> String {
    let mut text = format!("=== {id}\n{s:?}\n");
    let h = match Household::prepare(s) {
        Ok(h) => h,
        Err(e) => {
            writeln!(text, "invalid: {e:?}").unwrap();
            return text;
        }
    };
    for job in &s.offers {
        let wage = engine::hourly_wage(job);
        for step in 0..=120 {
            let hours = Decimal::new(step as i64 * 5, 1);
            writeln!(text, "{hours} {:?}", h.net_at(job, hours, wage)).unwrap();
        }
    }
    writeln!(text, "{:?}", engine::sweep(s, 0)).unwrap();
    writeln!(text, "{:?}", engine::calculate(s)).unwrap();
    text
}

/// A small fixed-seed generator (SplitMix64), so that the households are the same every run
/// without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `lo..hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo) as u64) as i64
    }

    /// True with this chance in a hundred.
    fn percent(&mut self, chance: u64) -> bool {
        self.next() % 100 < chance
    }
}

/// One generated adult of `age`.
fn adult(rng: &mut Rng, age: u32) -> Adult {
    let rate = |r: i64| match r {
        0 | 1 => PipRate::None,
        2 => PipRate::Standard,
        _ => PipRate::Enhanced,
    };
    let pension_age = age >= 66;
    let esa = (!pension_age && rng.percent(15)).then(|| EsaAward {
        group: match rng.range(0, 3) {
            0 => EsaGroup::Assessment,
            1 => EsaGroup::Wrag,
            _ => EsaGroup::Support,
        },
        weekly_amount: None,
    });
    let jsa = (!pension_age && esa.is_none() && rng.percent(10)).then(JsaAward::default);
    let earnings = if rng.percent(35) {
        rng.range(0, 45_000)
    } else {
        0
    };
    let lcw = rng.percent(15);
    Adult {
        lcwra: lcw && rng.percent(50),
        lcwra_new_claim: rng.percent(30),
        pip_daily_living: rate(rng.range(0, 4)),
        pip_mobility: rate(rng.range(0, 4)),
        carer: rng.percent(25),
        earnings_annual: Money::pounds(earnings),
        hours_per_week: if earnings > 0 {
            Decimal::from(rng.range(4, 40))
        } else {
            Decimal::ZERO
        },
        lcw,
        new_style_esa: esa,
        new_style_jsa: jsa,
        state_pension_weekly: if pension_age {
            Money::pence(rng.range(0, 30_000))
        } else {
            Money::ZERO
        },
        ..Adult::new(age)
    }
}

fn child(rng: &mut Rng) -> Child {
    let disabled = rng.percent(15);
    Child {
        age: Some(rng.range(0, 18) as u32),
        date_of_birth: None,
        sex: Some(if rng.percent(50) {
            Sex::Female
        } else {
            Sex::Male
        }),
        disabled,
        dla_care: disabled.then(|| match rng.range(0, 4) {
            0 => DlaCare::Lowest,
            1 | 2 => DlaCare::Middle,
            _ => DlaCare::Highest,
        }),
        dla_mobility: DlaMobility::None,
        multiple_birth: false,
    }
}

/// The household's adults: a third are couples over State Pension age, a sixth mixed-age
/// couples, the rest couples or single people of any age.
fn adults(rng: &mut Rng) -> Vec<Adult> {
    let pensioner = |rng: &mut Rng| rng.range(66, 85) as u32;
    let working = |rng: &mut Rng| rng.range(18, 66) as u32;
    let ages: Vec<u32> = match rng.range(0, 6) {
        0 | 1 => vec![pensioner(rng), pensioner(rng)],
        2 => vec![pensioner(rng), working(rng)],
        3 => vec![working(rng), working(rng)],
        4 => vec![pensioner(rng)],
        _ => vec![working(rng)],
    };
    ages.into_iter().map(|a| adult(rng, a)).collect()
}

fn housing(rng: &mut Rng, country: Country) -> Housing {
    let rent = Money::pounds(rng.range(200, 1_800));
    let brma = match country {
        Country::England if rng.percent(50) => "INNER_SOUTH_EAST_LONDON",
        Country::England => "LEEDS",
        Country::Scotland => "LOTHIAN",
        Country::Wales => "CARDIFF",
    };
    match rng.range(0, 8) {
        0 | 1 => Housing::SocialRent {
            rent,
            rent_period: Period::Month,
            service_charges: Money::ZERO,
            bedrooms: None,
        },
        2 | 3 => Housing::PrivateRent {
            rent,
            rent_period: Period::Month,
            service_charges: Money::ZERO,
            brma: Some(brma.into()),
            shared_rate_exempt: false,
        },
        4 => Housing::Owner,
        5 => Housing::RentFree,
        6 => Housing::Supported {
            rent,
            rent_period: Period::Month,
            service_charges: Money::ZERO,
            kind: if rng.percent(50) {
                SupportedKind::Supported
            } else {
                SupportedKind::Temporary
            },
        },
        _ => Housing::WithFamily {
            contribution_monthly: Money::pounds(rng.range(0, 400)),
            relative: match rng.range(0, 3) {
                0 => RelativeHousing::NoHelpWithRent,
                1 => RelativeHousing::UniversalCredit {
                    relative_exempt: rng.percent(30),
                },
                _ => RelativeHousing::HousingBenefit {
                    relative_exempt: rng.percent(30),
                },
            },
        },
    }
}

fn offer(rng: &mut Rng, adults: usize) -> JobOffer {
    JobOffer {
        label: String::new(),
        adult: rng.range(0, adults as i64) as usize,
        hours_per_week: Decimal::new(rng.range(0, 121) * 5, 1),
        hourly_wage: Some(Money::pence(rng.range(1_000, 4_000))),
        annual_salary: None,
        pay_frequency: match rng.range(0, 4) {
            0 => PayFrequency::Weekly,
            1 => PayFrequency::Fortnightly,
            2 => PayFrequency::FourWeekly,
            _ => PayFrequency::Monthly,
        },
        childcare_monthly: Money::pounds(if rng.percent(30) {
            rng.range(0, 1_200)
        } else {
            0
        }),
        travel_monthly: Money::pounds(rng.range(0, 100)),
        pension: match rng.range(0, 3) {
            0 => Pension::AutoEnrolment,
            1 => Pension::None,
            _ => Pension::Percent {
                employee_rate: Decimal::new(rng.range(1, 10), 2),
            },
        },
        supported_permitted_work: rng.percent(10),
        childcare_children: None,
    }
}

fn household(rng: &mut Rng) -> Scenario {
    let country = match rng.range(0, 3) {
        0 => Country::England,
        1 => Country::Scotland,
        _ => Country::Wales,
    };
    let adults = adults(rng);
    let children = if rng.percent(40) {
        (0..rng.range(1, 4)).map(|_| child(rng)).collect()
    } else {
        Vec::new()
    };
    let council_tax = rng.range(0, 3_000);
    let couple = adults.len() == 2;
    let job = offer(rng, adults.len());
    Scenario {
        country,
        tax_year: if rng.percent(50) {
            TaxYear::Y2026_27
        } else {
            TaxYear::Y2025_26
        },
        region: None,
        housing: housing(rng, country),
        council_tax: CouncilTax {
            annual: Money::pounds(council_tax),
            reduction_annual: Money::pounds(council_tax / rng.range(1, 4)),
            reduction_in_work_annual: rng
                .percent(20)
                .then(|| Money::pounds(council_tax / rng.range(2, 6))),
        },
        savings: Money::pounds(if rng.percent(30) {
            rng.range(0, 20_000)
        } else {
            0
        }),
        married: couple && rng.percent(75),
        carers_care_for_same_person: couple && rng.percent(30),
        offers: vec![job],
        uc_deductions_monthly: Money::pounds(if rng.percent(10) {
            rng.range(0, 100)
        } else {
            0
        }),
        benefit_cap_grace: rng.percent(10),
        expecting_baby: rng.percent(10),
        adults,
        children,
    }
}
