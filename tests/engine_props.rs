//! Invariants that hold for any household (proptest): more hours never lower gross pay; UC is
//! never negative and always whole pence; within an award the taper takes exactly 55% of
//! earnings above the work allowance; and net income only falls with more hours at the
//! documented cliffs.

use proptest::prelude::*;
use rust_decimal::Decimal;
use supported_work::better_off::engine::{CliffCause, Household};
use supported_work::better_off::params::{Country, TaxYear};
use supported_work::better_off::scenario::*;
use supported_work::money::Money;

fn adult() -> impl Strategy<Value = Adult> {
    (
        prop_oneof![4 => 18u32..66, 1 => 66u32..80],
        any::<bool>(),
        any::<bool>(),
        0u8..3,
        0u8..3,
        prop::bool::weighted(0.25),
        prop_oneof![Just(0i64), 0i64..40_000],
        // New Style ESA (none, assessment, WRAG, support), JSA, LCW, State Pension.
        (
            0u8..6,
            prop::bool::weighted(0.15),
            prop::bool::weighted(0.2),
            0i64..25_000,
        ),
    )
        .prop_map(
            |(age, lcwra, new_claim, dl, m, carer, earnings, (esa, jsa, lcw, pension))| {
                let rate = |r| match r {
                    0 => PipRate::None,
                    1 => PipRate::Standard,
                    _ => PipRate::Enhanced,
                };
                let new_style_esa = match esa {
                    3 => Some(EsaGroup::Assessment),
                    4 => Some(EsaGroup::Wrag),
                    5 => Some(EsaGroup::Support),
                    _ => None,
                }
                .map(|group| EsaAward {
                    group,
                    weekly_amount: None,
                });
                Adult {
                    lcwra: lcwra && age % 3 == 0,
                    lcwra_new_claim: new_claim,
                    pip_daily_living: rate(dl),
                    pip_mobility: rate(m),
                    carer,
                    earnings_annual: Money::pounds(earnings),
                    hours_per_week: if earnings > 0 {
                        Decimal::from(20)
                    } else {
                        Decimal::ZERO
                    },
                    lcw,
                    new_style_jsa: (jsa && new_style_esa.is_none()).then_some(JsaAward::default()),
                    new_style_esa,
                    state_pension_weekly: if age >= 66 {
                        Money::pence(pension)
                    } else {
                        Money::ZERO
                    },
                    ..Adult::new(age)
                }
            },
        )
}

fn child() -> impl Strategy<Value = Child> {
    (0u32..18, any::<bool>(), prop::bool::weighted(0.2), 0u8..4).prop_map(
        |(age, girl, disabled, care)| Child {
            age: Some(age),
            date_of_birth: None,
            sex: Some(if girl { Sex::Female } else { Sex::Male }),
            disabled,
            dla_care: if disabled {
                Some(match care {
                    0 => DlaCare::Lowest,
                    1 | 2 => DlaCare::Middle,
                    _ => DlaCare::Highest,
                })
            } else {
                None
            },
            dla_mobility: DlaMobility::None,
            multiple_birth: false,
        },
    )
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        0u8..3,
        any::<bool>(),
        prop::collection::vec(adult(), 1..=2),
        prop::collection::vec(child(), 0..=4),
        0u8..5,
        0i64..2_000,
        prop_oneof![Just(0i64), 0i64..20_000],
        (any::<bool>(), any::<bool>()),
        (0u32..=120, 500i64..4_000, 0i64..1_000, 0u8..3, 0u8..4),
    )
        .prop_map(
            |(country, y2026, adults, children, tenure, rent, savings, (married, same), offer)| {
                let country = match country {
                    0 => Country::England,
                    1 => Country::Scotland,
                    _ => Country::Wales,
                };
                let brma = match country {
                    Country::England if rent % 2 == 0 => "INNER_SOUTH_EAST_LONDON",
                    Country::England => "LEEDS",
                    Country::Scotland => "LOTHIAN",
                    Country::Wales => "CARDIFF",
                };
                let housing = match tenure {
                    0 => Housing::SocialRent {
                        rent: Money::pounds(rent),
                        rent_period: supported_work::money::Period::Month,
                        service_charges: Money::ZERO,
                        bedrooms: None,
                    },
                    1 => Housing::PrivateRent {
                        rent: Money::pounds(rent),
                        rent_period: supported_work::money::Period::Month,
                        service_charges: Money::ZERO,
                        brma: Some(brma.into()),
                        shared_rate_exempt: false,
                    },
                    2 => Housing::Owner,
                    3 => Housing::RentFree,
                    _ => Housing::Supported {
                        rent: Money::pounds(rent),
                        rent_period: supported_work::money::Period::Month,
                        service_charges: Money::ZERO,
                        kind: SupportedKind::Supported,
                    },
                };
                let (half_hours, wage_pence, childcare, pension, freq) = offer;
                let job_adult = (offer.1 as usize) % adults.len();
                Scenario {
                    country,
                    tax_year: if y2026 {
                        TaxYear::Y2026_27
                    } else {
                        TaxYear::Y2025_26
                    },
                    region: None,
                    adults,
                    children,
                    housing,
                    council_tax: CouncilTax {
                        annual: Money::pounds(rent % 3_000),
                        reduction_annual: Money::pounds((rent % 3_000) / 3),
                        reduction_in_work_annual: None,
                    },
                    savings: Money::pounds(savings),
                    married,
                    carers_care_for_same_person: same,
                    offers: vec![JobOffer {
                        label: String::new(),
                        adult: job_adult,
                        hours_per_week: Decimal::new(half_hours as i64 * 5, 1),
                        hourly_wage: Some(Money::pence(wage_pence)),
                        annual_salary: None,
                        pay_frequency: match freq {
                            0 => PayFrequency::Weekly,
                            1 => PayFrequency::Fortnightly,
                            2 => PayFrequency::FourWeekly,
                            _ => PayFrequency::Monthly,
                        },
                        childcare_monthly: Money::pounds(childcare),
                        travel_monthly: Money::pounds(50),
                        pension: match pension {
                            0 => Pension::AutoEnrolment,
                            1 => Pension::None,
                            _ => Pension::Percent {
                                employee_rate: Decimal::new(5, 2),
                            },
                        },
                        supported_permitted_work: freq == 0 && half_hours % 3 == 0,
                        childcare_children: None,
                    }],
                    uc_deductions_monthly: Money::ZERO,
                    benefit_cap_grace: false,
                    expecting_baby: false,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn generated_scenarios_are_valid_and_round_trip(s in scenario()) {
        prop_assert!(s.validate().is_ok(), "{:?}", s.validate());
        let json = serde_json::to_string(&s).unwrap();
        let back: Scenario = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, s);
    }

    #[test]
    fn more_hours_never_lower_gross_pay(s in scenario(), a in 0u32..=120, b in 0u32..=120) {
        let h = Household::prepare(&s).unwrap();
        let offer = &s.offers[0];
        let wage = offer.hourly_wage.unwrap();
        let (lo, hi) = (a.min(b), a.max(b));
        let f_lo = h.net_at(offer, Decimal::new(lo as i64 * 5, 1), wage);
        let f_hi = h.net_at(offer, Decimal::new(hi as i64 * 5, 1), wage);
        prop_assert!(f_hi.employment_income >= f_lo.employment_income);
    }

    #[test]
    fn uc_is_never_negative_and_whole_pence(s in scenario()) {
        let h = Household::prepare(&s).unwrap();
        for f in [h.out_of_work(), h.in_work(&s.offers[0])] {
            prop_assert!(f.uc.award >= Money::ZERO);
            prop_assert_eq!(f.uc.award, f.uc.award.round_penny());
            prop_assert!(f.uc.award <= f.uc.maximum);
        }
    }

    #[test]
    fn taper_takes_exactly_55_percent_within_an_award(s in scenario(), a in 1u32..=120, b in 1u32..=120) {
        let h = Household::prepare(&s).unwrap();
        let offer = &s.offers[0];
        let wage = offer.hourly_wage.unwrap();
        let f1 = h.net_at(offer, Decimal::new(a as i64 * 5, 1), wage);
        let f2 = h.net_at(offer, Decimal::new(b as i64 * 5, 1), wage);
        // Same award structure either side: both above nil, same unearned income and elements.
        let same = f1.uc.before_cap.is_positive() && f2.uc.before_cap.is_positive()
            && f1.uc.unearned_income == f2.uc.unearned_income
            && f1.uc.maximum == f2.uc.maximum;
        prop_assume!(same);
        let change_in_uc = f1.uc.before_cap - f2.uc.before_cap;
        let change_in_earnings = f2.uc.earned_above_allowance - f1.uc.earned_above_allowance;
        // Exact up to Decimal's 28 significant digits (a twelfth is not exact in decimal).
        let gap = (change_in_uc - change_in_earnings * Decimal::new(55, 2)).to_decimal().abs();
        prop_assert!(gap < Decimal::new(1, 12), "UC moved {} for earnings {}", change_in_uc, change_in_earnings);
    }

    #[test]
    fn council_tax_reduction_is_never_negative_nor_more_than_the_bill(s in scenario(), a in 0u32..=120) {
        let h = Household::prepare(&s).unwrap();
        let offer = &s.offers[0];
        let wage = offer.hourly_wage.unwrap();
        for f in [h.out_of_work(), h.net_at(offer, Decimal::new(a as i64 * 5, 1), wage)] {
            let ctr = f.council_tax_reduction.annual;
            prop_assert!(ctr >= Money::ZERO);
            prop_assert!(ctr <= s.council_tax.annual);
            prop_assert!(f.council_tax >= Money::ZERO);
        }
    }

    #[test]
    fn net_income_only_falls_at_documented_cliffs(s in scenario()) {
        let h = Household::prepare(&s).unwrap();
        let sweep = h.sweep(&s.offers[0]);
        prop_assert_eq!(sweep.points.len(), 121);
        for c in &sweep.cliffs {
            prop_assert!(c.cause != CliffCause::Other, "unexplained cliff {:?} in {:?}", c, s);
        }
        // Elsewhere half an hour more never loses money.
        for pair in sweep.points.windows(2) {
            let gain = pair[1].net_income - pair[0].net_income;
            let cliff = sweep.cliffs.iter().any(|c| c.to_hours == pair[1].hours);
            if !cliff {
                // The sweep does not call a fall of up to 5p a month a cliff (rounding: the
                // weekly benefits round earnings to the penny a week), and each point is
                // rounded to the penny, which can add a penny more.
                prop_assert!(gain > -0.065, "{:?} -> {:?}", pair[0], pair[1]);
            }
        }
    }
}
