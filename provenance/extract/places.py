"""Country names, so that "Saudi Arabia said" or "South Korea warned" reads as
a state speaking, not as a person with a first and a last name.

The names come from the ISO 3166 tables of ``pycountry`` (short, common and
official names), plus the conventional English forms news uses that ISO does
not ("Russia", "Britain", "Ivory Coast"). They are read on first use, so
importing the extractor stays cheap, and kept lower-cased in one set.
"""

from __future__ import annotations

from functools import lru_cache

#: Usual English names ISO 3166 does not list under any of its names.
CONVENTIONAL_NAMES = frozenset(
    {
        "russia", "britain", "great britain", "turkey", "ivory coast", "burma", "east timor",
        "cape verde", "vatican", "vatican city", "palestine", "kosovo", "brunei", "macedonia",
        "swaziland", "america", "the netherlands", "the united states", "the united kingdom",
        "the philippines", "the gambia", "the bahamas", "the czech republic",
    }
)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every known country name, lower-cased ("saudi arabia", "republic of korea")."""
    import pycountry  # on first use: its tables load in about 60 ms

    names = set(CONVENTIONAL_NAMES)
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            # "Korea, Republic of" is an index form, never written in news
            if value and "," not in value:
                names.add(value.lower())
    return frozenset(names)


def is_country_name(name: str) -> bool:
    """True when ``name`` is a country's name ("South Korea", "the Netherlands")."""
    return name.strip().lower().replace("’", "'") in country_names()
