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


#: The Associated Press's abbreviations of U.S. states ("Dayton, Ohio",
#: "Cambridge, Mass."), as datelines and place names write them after a city.
STATE_ABBREVIATIONS = frozenset(
    """
    ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. mich.
    minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d.
    tenn. tex. vt. va. wash. w.va. wis. wyo. d.c.
    """.split()
)


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Lower-cased names of the states and provinces written after a city
    ("Dayton, Ohio", "Halifax, Nova Scotia", "Cambridge, Mass."): the U.S.,
    Canadian and Australian ones of ``pycountry``'s ISO 3166-2 tables, and
    the AP's state abbreviations."""
    import pycountry

    names = set(STATE_ABBREVIATIONS)
    for code in ("US", "CA", "AU"):
        for subdivision in pycountry.subdivisions.get(country_code=code):
            if "," not in subdivision.name:
                names.add(subdivision.name.lower())
    return frozenset(names)


#: Nouns that end the name of a region ("Kochi Prefecture", "Sindh Province").
_REGION_NOUNS = frozenset("Prefecture Province Governorate Oblast Region District County State Territory Canton".split())


def region_after_comma(text: str) -> bool:
    """Does ``text`` (what follows a comma) open with a state, province or
    country, so that the comma is inside a place name ("Dayton, Ohio")?"""
    words = text.split(None, 3)[:3]
    if len(words) >= 2 and words[0][:1].isupper() and words[1].rstrip(",;:") in _REGION_NOUNS:
        return True  # "Kuroshio Town, Kochi Prefecture": a named region of a kind
    if len(words) >= 2 and words[0] in ("Co", "Co.", "County") and words[1][:1].isupper():
        return True  # "Castleconnell, Co Limerick", "Ballina, County Mayo": an Irish county
    for count in (3, 2, 1):
        if len(words) >= count:
            name = " ".join(words[:count]).rstrip(",;:").lower()
            if name in region_names() or (name.rstrip(".") + "." in STATE_ABBREVIATIONS and name.endswith(".")) or is_country_name(name):
                return True
    return False
