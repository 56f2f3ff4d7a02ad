//! Local Housing Allowance (LHA): the cap on the rent Universal Credit's
//! housing costs element meets for a private tenant, by Broad Rental Market
//! Area (BRMA) and category (A shared accommodation, B one bedroom, C two,
//! D three, E four: the most any household can get).
//!
//! The table is `params/lha/lha_2024.csv`: every BRMA in England (152), Wales
//! (22) and Scotland (18), with the weekly figure published for Housing
//! Benefit and the monthly figure published for Universal Credit, both as
//! determined by the rent officers on 31 January 2024. The Rent Officers
//! (Housing Benefit and Universal Credit Functions) (Modification) Orders 2025
//! (SI 2025/5) and 2026 (SI 2026/5) freeze those determinations for 2025-26
//! and 2026-27, so one table serves both tax years. Sources, the generator
//! command and the doubts about the data are in `params/lha/SOURCES.md`.
//!
//! The CSV is compiled in with `include_str!` and read once, on first use,
//! into a `static` (`OnceLock`, which works on wasm32). Reading it takes well
//! under a millisecond (see the ignored `lha_parse_cost` test), so no build
//! step or generated Rust is needed and the CSV stays the single reviewed
//! copy of the figures. The native tests read the whole table, so a
//! malformed row fails `cargo test`, never a browser.

use std::sync::OnceLock;

use rust_decimal::Decimal;

use super::{Country, LhaCategory, TaxYear};

/// The published tables, exactly as `scripts/gen_lha.py` writes them.
const CSV: &str = include_str!("../../../params/lha/lha_2024.csv");

/// Columns: code, name, country, region, other_regions, five weekly rates,
/// five monthly UC rates.
const COLUMNS: usize = 15;

/// One Broad Rental Market Area and its LHA rates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Brma {
    /// PolicyEngine-style name, e.g. `INNER_SOUTH_EAST_LONDON`; what scenarios
    /// (and the oracle's `housing.brma`) carry.
    pub code: &'static str,
    /// Name for people, e.g. "Inner South East London".
    pub name: &'static str,
    pub country: Country,
    /// PolicyEngine region holding most of the BRMA's private renters, e.g.
    /// `LONDON`; `None` if the source gave none.
    pub region: Option<&'static str>,
    /// Other regions (same country) the BRMA reaches into, `;`-separated,
    /// most private renters first; empty if none.
    pub other_regions: &'static str,
    /// £/week for categories A-E, as published for Housing Benefit.
    pub weekly: [Decimal; 5],
    /// £/month for categories A-E, as published for Universal Credit.
    pub uc_monthly: [Decimal; 5],
}

impl Brma {
    /// The weekly (Housing Benefit) LHA for `category`, £/week.
    pub fn weekly_rate(&self, category: LhaCategory) -> Decimal {
        self.weekly[slot(category)]
    }

    /// The monthly Universal Credit LHA for `category`, £/month.
    pub fn uc_monthly_rate(&self, category: LhaCategory) -> Decimal {
        self.uc_monthly[slot(category)]
    }

    /// Every region the BRMA reaches into, the main one first.
    pub fn regions(&self) -> impl Iterator<Item = &'static str> {
        self.region.into_iter().chain(
            self.other_regions
                .split(';')
                .filter(|region| !region.is_empty()),
        )
    }
}

fn slot(category: LhaCategory) -> usize {
    match category {
        LhaCategory::A => 0,
        LhaCategory::B => 1,
        LhaCategory::C => 2,
        LhaCategory::D => 3,
        LhaCategory::E => 4,
    }
}

/// Every BRMA in Great Britain, sorted by `code` (for a searchable list).
pub fn brmas() -> &'static [Brma] {
    static TABLE: OnceLock<Vec<Brma>> = OnceLock::new();
    TABLE.get_or_init(|| parse(CSV))
}

/// The BRMA with this code, e.g. `find("LOTHIAN")`. Lower case, spaces and
/// hyphens are accepted too ("inner south east london"), since scenarios may
/// be written by hand.
pub fn find(code: &str) -> Option<&'static Brma> {
    let table = brmas();
    let exact = |code: &str| {
        table
            .binary_search_by(|brma| brma.code.cmp(code))
            .ok()
            .map(|index| &table[index])
    };
    exact(code).or_else(|| {
        let normal: String = code
            .trim()
            .chars()
            .map(|c| match c {
                ' ' | '-' => '_',
                c => c.to_ascii_uppercase(),
            })
            .collect();
        (normal != code).then(|| exact(&normal)).flatten()
    })
}

/// The weekly LHA (£/week, the Housing Benefit figure) for a BRMA and
/// category; for display only, since Universal Credit does not use it.
pub fn weekly_rate(code: &str, category: LhaCategory) -> Option<Decimal> {
    find(code).map(|brma| brma.weekly_rate(category))
}

/// The monthly LHA that caps Universal Credit's housing costs element
/// (£/month) for a BRMA, category and tax year.
///
/// This is the figure the rent officer determines as a monthly amount,
/// rounded to the nearest penny with half a penny up (Rent Officers
/// (Universal Credit Functions) Order 2013, Sch. 1 para. 2), and that DWP
/// publishes; it is returned as published, with no further rounding. It is
/// *not* the weekly rate × 52 / 12, which can be pounds out.
pub fn uc_monthly_rate(code: &str, category: LhaCategory, year: TaxYear) -> Option<Decimal> {
    // An exhaustive match, so that adding a tax year forces a decision here
    // about whether the freeze still holds.
    match year {
        // SI 2025/5 and SI 2026/5: the allowance determined on 31 January 2024.
        TaxYear::Y2025_26 | TaxYear::Y2026_27 => {
            find(code).map(|brma| brma.uc_monthly_rate(category))
        }
    }
}

/// The BRMA a region falls back on when a scenario gives none: the one the
/// reference model's generator uses (oracle `parameters_2025_2026.md`).
pub fn default_brma(region: &str) -> Option<&'static str> {
    Some(match region {
        "NORTH_EAST" => "TYNESIDE",
        "NORTH_WEST" => "CENTRAL_GREATER_MANCHESTER",
        "YORKSHIRE" => "LEEDS",
        "EAST_MIDLANDS" => "LEICESTER",
        "WEST_MIDLANDS" => "BIRMINGHAM",
        "EAST_OF_ENGLAND" => "CENTRAL_NORFOLK_NORWICH",
        "LONDON" => "INNER_SOUTH_EAST_LONDON",
        "SOUTH_EAST" => "SOUTHAMPTON",
        "SOUTH_WEST" => "BRISTOL",
        "WALES" => "CARDIFF",
        "SCOTLAND" => "LOTHIAN",
        _ => return None,
    })
}

/// The BRMAs reaching into a region (main region or not), by code.
pub fn brmas_in_region(region: &str) -> impl Iterator<Item = &'static Brma> + '_ {
    brmas()
        .iter()
        .filter(move |brma| brma.regions().any(|r| r == region))
}

/// BRMAs whose name or code contains `query`, ignoring case, for a
/// type-ahead list; an empty query matches all.
pub fn search(query: &str) -> impl Iterator<Item = &'static Brma> {
    let query = query.trim().to_lowercase();
    brmas().iter().filter(move |brma| {
        brma.name.to_lowercase().contains(&query)
            || brma.code.to_lowercase().replace('_', " ").contains(&query)
    })
}

/// Reads the whole table again, without the cache: for timing the parse cost at start-up
/// (`tests/wasm_timing.rs`, in the browser). The app itself uses [`brmas`].
#[doc(hidden)]
pub fn parse_uncached() -> Vec<Brma> {
    parse(CSV)
}

/// Reads the table. The CSV is a compile-time constant, so any panic here
/// is caught by the native tests, which read all of it.
fn parse(csv: &'static str) -> Vec<Brma> {
    let mut lines = csv.lines().filter(|line| !line.trim().is_empty());
    let header = lines.next().expect("LHA table: no header");
    assert_eq!(
        header.split(',').count(),
        COLUMNS,
        "LHA table: header has the wrong number of columns"
    );
    let mut table: Vec<Brma> = lines.map(parse_row).collect();
    // Sorted by code so that `find` can binary-search.
    table.sort_unstable_by(|a, b| a.code.cmp(b.code));
    table
}

fn parse_row(line: &'static str) -> Brma {
    // Names never contain commas or quotes (the generator refuses them), so
    // a plain split is a full CSV reader for this file.
    let mut split = line.split(',');
    let mut fields = [""; COLUMNS];
    for field in &mut fields {
        *field = split
            .next()
            .unwrap_or_else(|| panic!("LHA table: short row {line:?}"));
    }
    assert!(split.next().is_none(), "LHA table: long row {line:?}");
    let country = match fields[2] {
        "england" => Country::England,
        "wales" => Country::Wales,
        "scotland" => Country::Scotland,
        other => panic!("LHA table: unknown country {other:?} in {line:?}"),
    };
    let money = |index: usize| {
        pounds_and_pence(fields[index])
            .unwrap_or_else(|| panic!("LHA table: bad amount {:?} in {line:?}", fields[index]))
    };
    Brma {
        code: fields[0],
        name: fields[1],
        country,
        region: Some(fields[3]).filter(|region| !region.is_empty()),
        other_regions: fields[4],
        weekly: [money(5), money(6), money(7), money(8), money(9)],
        uc_monthly: [money(10), money(11), money(12), money(13), money(14)],
    }
}

/// Reads an amount written with exactly two decimals ("1295.50") as whole
/// pence. The table is all pounds and pence, and this is several times
/// quicker than a general decimal parser, which was most of the load time.
fn pounds_and_pence(text: &str) -> Option<Decimal> {
    let (pounds, pence) = text.split_once('.')?;
    if pounds.is_empty() || pence.len() != 2 {
        return None;
    }
    let mut total: i64 = 0;
    for byte in pounds.bytes().chain(pence.bytes()) {
        if !byte.is_ascii_digit() || total > i64::MAX / 100 {
            return None;
        }
        total = total * 10 + i64::from(byte - b'0');
    }
    Some(Decimal::new(total, 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::RoundingStrategy;
    use std::str::FromStr;

    const CATEGORIES: [LhaCategory; 5] = [
        LhaCategory::A,
        LhaCategory::B,
        LhaCategory::C,
        LhaCategory::D,
        LhaCategory::E,
    ];
    const YEARS: [TaxYear; 2] = [TaxYear::Y2025_26, TaxYear::Y2026_27];

    fn money(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    /// The oracle's table of monthly UC rates for each region's default
    /// BRMA (`parameters_2025_2026.md`), the same in both years.
    const ORACLE: [(&str, &str, [&str; 5]); 11] = [
        (
            "NORTH_EAST",
            "TYNESIDE",
            ["381.33", "490.00", "550.00", "650.00", "925.00"],
        ),
        (
            "NORTH_WEST",
            "CENTRAL_GREATER_MANCHESTER",
            ["411.58", "775.00", "875.00", "950.00", "1350.00"],
        ),
        (
            "YORKSHIRE",
            "LEEDS",
            ["347.62", "675.00", "775.00", "850.00", "1200.00"],
        ),
        (
            "EAST_MIDLANDS",
            "LEICESTER",
            ["395.42", "540.00", "650.00", "775.00", "1050.00"],
        ),
        (
            "WEST_MIDLANDS",
            "BIRMINGHAM",
            ["341.58", "695.00", "750.00", "825.00", "1100.00"],
        ),
        (
            "EAST_OF_ENGLAND",
            "CENTRAL_NORFOLK_NORWICH",
            ["393.50", "590.00", "695.00", "800.00", "1150.00"],
        ),
        (
            "LONDON",
            "INNER_SOUTH_EAST_LONDON",
            ["650.00", "1295.50", "1550.00", "1950.00", "2625.00"],
        ),
        (
            "SOUTH_EAST",
            "SOUTHAMPTON",
            ["425.00", "700.00", "875.00", "1075.00", "1450.00"],
        ),
        (
            "SOUTH_WEST",
            "BRISTOL",
            ["511.33", "900.00", "1095.00", "1300.00", "1850.00"],
        ),
        (
            "WALES",
            "CARDIFF",
            ["366.10", "650.00", "825.00", "925.00", "1300.00"],
        ),
        (
            "SCOTLAND",
            "LOTHIAN",
            ["475.00", "750.00", "970.00", "1375.00", "2180.00"],
        ),
    ];

    #[test]
    fn default_brmas_match_the_oracle_in_both_years() {
        for (region, brma, rates) in ORACLE {
            assert_eq!(default_brma(region), Some(brma), "{region}");
            for year in YEARS {
                for (category, rate) in CATEGORIES.into_iter().zip(rates) {
                    assert_eq!(
                        uc_monthly_rate(brma, category, year),
                        Some(money(rate)),
                        "{brma} {category:?} {year:?}"
                    );
                }
            }
        }
        assert_eq!(default_brma("NORTHERN_IRELAND"), None);
    }

    /// Reads the oracle's own table, when the shared folder is there, so a
    /// slip in transcribing `ORACLE` above cannot hide a mismatch.
    #[test]
    fn default_brmas_match_the_oracle_file() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/oracle/parameters_2025_2026.md"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("skipped: {path} not found");
            return;
        };
        let mut rows = 0;
        for line in text.lines() {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            if cells.len() != 8 || !matches!(cells[2], "2025" | "2026") {
                continue;
            }
            let year = if cells[2] == "2025" {
                TaxYear::Y2025_26
            } else {
                TaxYear::Y2026_27
            };
            assert_eq!(default_brma(cells[0]), Some(cells[1]), "{line}");
            for (category, rate) in CATEGORIES.into_iter().zip(&cells[3..]) {
                assert_eq!(
                    uc_monthly_rate(cells[1], category, year),
                    Some(money(rate)),
                    "{line}"
                );
            }
            rows += 1;
        }
        assert_eq!(rows, 22, "expected 11 regions x 2 years in {path}");
    }

    #[test]
    fn brma_counts_are_the_published_ones() {
        let count = |country| brmas().iter().filter(|b| b.country == country).count();
        assert_eq!(count(Country::England), 152);
        assert_eq!(count(Country::Wales), 22);
        assert_eq!(count(Country::Scotland), 18);
        assert_eq!(brmas().len(), 192);
    }

    #[test]
    fn codes_are_unique_sorted_and_found() {
        for pair in brmas().windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} / {}",
                pair[0].code,
                pair[1].code
            );
        }
        for brma in brmas() {
            assert_eq!(find(brma.code), Some(brma));
            assert!(!brma.name.is_empty());
            assert!(brma.region.is_some(), "{}", brma.code);
        }
        assert_eq!(find("NOT_A_BRMA"), None);
        assert_eq!(
            find(" inner south-east london").map(|b| b.code),
            Some("INNER_SOUTH_EAST_LONDON")
        );
        // Northern Ireland is outside the calculator's scope.
        assert_eq!(find("belfast"), None);
        assert_eq!(weekly_rate("NOT_A_BRMA", LhaCategory::A), None);
    }

    #[test]
    fn regions_agree_with_countries() {
        for brma in brmas() {
            for region in brma.regions() {
                let country = match region {
                    "WALES" => Country::Wales,
                    "SCOTLAND" => Country::Scotland,
                    _ => Country::England,
                };
                assert_eq!(country, brma.country, "{} in {region}", brma.code);
            }
        }
        // A BRMA reaching into two regions is listed under both.
        let london: Vec<&str> = brmas_in_region("LONDON").map(|b| b.code).collect();
        assert!(london.contains(&"INNER_SOUTH_EAST_LONDON"));
        assert!(london.contains(&"OUTER_NORTH_LONDON"));
        for (region, brma, _) in ORACLE {
            assert_eq!(find(brma).unwrap().region, Some(region));
        }
    }

    /// Every rate is positive, two decimal places, and larger homes never
    /// get less. Shared accommodation is strictly below one bedroom except
    /// in the two BRMAs where the published rates are equal.
    #[test]
    fn rates_are_positive_and_rise_with_size() {
        let mut equal_a_b = Vec::new();
        for brma in brmas() {
            for rates in [brma.weekly, brma.uc_monthly] {
                for rate in rates {
                    assert!(rate > Decimal::ZERO, "{}", brma.code);
                    assert_eq!(rate.scale(), 2, "{} {rate}", brma.code);
                }
                assert!(rates.windows(2).all(|w| w[0] <= w[1]), "{}", brma.code);
                if rates[0] == rates[1] {
                    equal_a_b.push(brma.code);
                }
            }
        }
        equal_a_b.dedup();
        assert_eq!(equal_a_b, ["AYRSHIRES", "DURHAM"]);
    }

    /// UC uses the monthly determination, not weekly × 52 / 12; the weekly
    /// figure is the monthly one × 12 / 365 × 7 to the penny, but for two
    /// one-penny differences in the published tables.
    #[test]
    fn weekly_and_monthly_figures_relate_as_published() {
        let cgm = find("CENTRAL_GREATER_MANCHESTER").unwrap();
        let from_weekly = (cgm.weekly_rate(LhaCategory::A) * Decimal::from(52) / Decimal::from(12))
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        assert_eq!(from_weekly, money("410.45"));
        assert_eq!(cgm.uc_monthly_rate(LhaCategory::A), money("411.58"));

        let mut off = Vec::new();
        for brma in brmas() {
            for category in CATEGORIES {
                let weekly = (brma.uc_monthly_rate(category) * Decimal::from(84)
                    / Decimal::from(365))
                .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
                if weekly != brma.weekly_rate(category) {
                    let gap = (weekly - brma.weekly_rate(category)).abs();
                    assert_eq!(gap, money("0.01"), "{} {category:?}", brma.code);
                    off.push((brma.code, category));
                }
            }
        }
        assert_eq!(
            off,
            [
                ("INNER_SOUTH_EAST_LONDON", LhaCategory::B),
                ("OLDHAM_ROCHDALE", LhaCategory::C)
            ]
        );
    }

    /// Checks against a source other than the generator's input:
    /// Inverclyde Council's page of April 2024 weekly rates.
    #[test]
    fn spot_check_against_a_council_page() {
        let brma = find("RENFREWSHIRE_AND_INVERCLYDE").unwrap();
        let published = ["82.85", "92.05", "120.82", "138.08", "253.15"];
        for (category, rate) in CATEGORIES.into_iter().zip(published) {
            assert_eq!(brma.weekly_rate(category), money(rate));
        }
        assert_eq!(brma.country, Country::Scotland);
    }

    #[test]
    fn amounts_must_be_pounds_and_pence() {
        assert_eq!(pounds_and_pence("1295.50"), Some(money("1295.50")));
        assert_eq!(pounds_and_pence("0.01"), Some(money("0.01")));
        for bad in [
            "",
            "12",
            "12.5",
            "12.505",
            ".50",
            "-1.00",
            "1,00.00",
            "1.0a",
            "9".repeat(25).as_str(),
        ] {
            assert_eq!(pounds_and_pence(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn search_finds_by_name_or_code() {
        let hits: Vec<&str> = search("norwich").map(|b| b.code).collect();
        assert_eq!(hits, ["CENTRAL_NORFOLK_NORWICH"]);
        let hits: Vec<&str> = search("  Inner South East ").map(|b| b.code).collect();
        assert_eq!(hits, ["INNER_SOUTH_EAST_LONDON"]);
        assert_eq!(search("").count(), brmas().len());
        assert_eq!(search("zzz").count(), 0);
    }

    /// Not a test: the one-time cost of reading the table. Run with
    /// `cargo test --release --lib lha_parse_cost -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn lha_parse_cost() {
        let runs = 2_000;
        let start = std::time::Instant::now();
        let mut rows = 0;
        for _ in 0..runs {
            rows += std::hint::black_box(parse(std::hint::black_box(CSV))).len();
        }
        let each = start.elapsed() / runs;
        assert_eq!(rows, 192 * runs as usize);
        println!(
            "LHA table: {} bytes of CSV, {} BRMAs, parse {:?} each ({runs} runs); \
             table in memory {} bytes",
            CSV.len(),
            brmas().len(),
            each,
            std::mem::size_of_val(brmas())
        );
    }
}
