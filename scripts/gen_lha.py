#!/usr/bin/env python3
"""Write params/lha/lha_2024.csv from the published LHA tables.

Input is the data shipped in the PolicyEngine UK Python package (read as data
only; none of its code is used or copied):

    pip download --no-deps -d /tmp/pe policyengine-uk==2.162.10
    cd /tmp/pe && unzip -o -q policyengine_uk-2.162.10-py3-none-any.whl -d x
    python3 scripts/gen_lha.py /tmp/pe/x/policyengine_uk > params/lha/lha_2024.csv

It reads:
  parameters/gov/dwp/LHA/lha_published_rates.csv.gz   weekly (HB) and monthly (UC) rates
  parameters/gov/dwp/LHA/brma_private_rented_households.csv.gz   BRMA -> region(s)
  variables/household/demographic/locations.py   BRMAName labels (display names)

The April 2024 determinations are the rates in force in 2025-26 and 2026-27
(the 2025 and 2026 Modification Orders freeze them), so the script refuses to
write anything unless the package's 2025 and 2026 rows equal its 2024 rows for
every Great Britain BRMA: that checks the freeze against the tables the
governments actually published for those years.
"""

import collections
import csv
import gzip
import re
import sys
from decimal import Decimal
from pathlib import Path

YEAR = "2024"
FROZEN_YEARS = ("2025", "2026")
CATEGORIES = "ABCDE"
COUNTRY_BY_REGION = {"WALES": "wales", "SCOTLAND": "scotland"}


def main(package: Path) -> None:
    lha = package / "parameters/gov/dwp/LHA"
    rates = collections.defaultdict(dict)
    with gzip.open(lha / "lha_published_rates.csv.gz", "rt", newline="") as f:
        for row in csv.DictReader(f):
            key = (row["brma"], row["lha_category"])
            rates[row["year"]][key] = (row["rate"], row["uc_rate"])

    households = collections.defaultdict(collections.Counter)
    with gzip.open(lha / "brma_private_rented_households.csv.gz", "rt", newline="") as f:
        for row in csv.DictReader(f):
            households[row["brma"]][row["region"]] += int(row["households"])

    source = (package / "variables/household/demographic/locations.py").read_text()
    enum = source.split("class BRMAName(Enum):", 1)[1].split("\nclass ", 1)[0]
    labels = dict(re.findall(r'^\s+([A-Z0-9_]+) = "([^"]+)"', enum, re.M))

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(
        ["code", "name", "country", "region", "other_regions"]
        + [f"weekly_{c.lower()}" for c in CATEGORIES]
        + [f"uc_monthly_{c.lower()}" for c in CATEGORIES]
    )
    codes = sorted({brma for brma, _ in rates[YEAR]})
    written = 0
    for code in codes:
        by_households = [r for r, _ in households[code].most_common()]
        if not by_households:
            sys.exit(f"{code}: no region")
        if "NORTHERN_IRELAND" in by_households:
            continue  # UC in Northern Ireland is out of scope (GB calculator)
        region = by_households[0]
        country = COUNTRY_BY_REGION.get(region, "england")
        # Each nation's rent officers publish their own BRMAs, so a BRMA never
        # crosses a national border. The household counts are an approximate
        # geographic overlay and show small slivers across the Welsh border
        # (West Cheshire, Monmouthshire, Brecon and Radnor): the country is
        # the dominant region's, and the slivers are dropped.
        by_households = [
            r for r in by_households if COUNTRY_BY_REGION.get(r, "england") == country
        ]
        weekly, monthly = [], []
        for c in CATEGORIES:
            rate, uc_rate = rates[YEAR][(code, c)]
            for year in FROZEN_YEARS:
                if rates[year].get((code, c)) != (rate, uc_rate):
                    sys.exit(f"{code} {c}: {year} differs from {YEAR}: not frozen")
            weekly.append(f"{Decimal(rate):.2f}")
            monthly.append(f"{Decimal(uc_rate):.2f}")
        name = labels[code]
        if "," in name or '"' in name:
            sys.exit(f"{code}: name needs quoting, the Rust reader does not quote")
        out.writerow([code, name, country, region, ";".join(by_households[1:])] + weekly + monthly)
        written += 1
    print(f"wrote {written} BRMAs", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
