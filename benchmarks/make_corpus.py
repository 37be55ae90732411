"""Generate a deterministic synthetic news corpus as JSON Lines, for benchmarks.

Each article is built by recombining invented people, organizations, outlets,
claims and the attribution patterns news writing uses: direct quotes with a
said-cue, reported speech ("said that"), "according to", "told <outlet>",
anonymous sources with a reason for their anonymity, mixed quotes, pronoun
follow-ups, plus plain narrative sentences that attribute nothing. A share of
claims comes from a common "wire" pool so the same claim appears in several
articles (exercising fingerprints and first_seen).

Article ``i`` depends only on ``--seed`` and ``i``, so the first N articles of
a larger corpus are the same as an N-article corpus.

    python benchmarks/make_corpus.py 100000 > corpus.jsonl
    python benchmarks/make_corpus.py 1000 -o corpus.jsonl --seed 7

None of the names are real; every sentence is generated from the lists below.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator

FIRST_NAMES = [
    "Jane", "Marcus", "Aiko", "Tomasz", "Leila", "Oren", "Priya", "Dmitri", "Hana", "Kwame",
    "Sofia", "Rafael", "Ingrid", "Yusuf", "Mei", "Callum", "Nadia", "Teodor", "Amara", "Lucien",
    "Ewa", "Bastian", "Zainab", "Hugo", "Ines", "Matteo", "Freya", "Arjun", "Selin", "Jonas",
]
LAST_NAMES = [
    "Roe", "Okafor", "Lindqvist", "Marchetti", "Haddad", "Kowalczyk", "Tanaka", "Brennan", "Ferreira",
    "Abernathy", "Castellano", "Nyberg", "Osei", "Valdivia", "Whitlock", "Drummond", "Stavros", "Quayle",
    "Ibarra", "Holloway", "Rasmussen", "Achterberg", "Mbeki", "Thornbury", "Vasquez", "Eklund",
    "Paredes", "Lachance", "Soren", "Karimi",
]
TITLES = [
    "a spokeswoman for the council", "a spokesman for the ministry", "the city's finance director",
    "a professor of economics at Eastbrook University", "the union's general secretary",
    "chief executive of the port authority", "a senior analyst at Harlow Partners", "the regional governor",
    "an opposition lawmaker", "the hospital's medical director", "a local shop owner", "the police chief",
]
ORGANIZATIONS = [
    "the Ministry of Transport", "the Eastbrook City Council", "Harlow Partners", "the Northern Rail Company",
    "the National Statistics Office", "the Teachers' Union", "Veridian Energy", "the Port Authority",
    "the Regional Health Board", "the Central Bank", "the Farmers' Cooperative", "Solvang Motors",
]
OUTLETS = [
    "The Northfield Courier", "Harbor Daily", "The Meridian Post", "Eastbrook Evening News",
    "The Lakeside Chronicle", "Capital Wire", "The Valley Herald", "Morning Ledger",
    "The Coastal Times", "Plainsview Tribune", "The Summit Gazette", "Riverside Observer",
]
INTERMEDIARIES = ["Capital Wire", "the Morning Ledger", "The Meridian Post", "Harbor Daily", "reporters", "the broadcaster"]
ANONYMOUS_NOUNS = [
    ("two officials", 2), ("three people", 3), ("a senior official", 1), ("one diplomat", 1),
    ("two sources", 2), ("a person", 1), ("several officials", None), ("an aide", 1),
]
ANONYMITY_REASONS = [
    "with knowledge of the talks", "familiar with the matter", "briefed on the negotiations",
    "who spoke on condition of anonymity because they were not authorized to speak publicly",
    "who asked not to be named because the discussions were private",
    "close to the investigation", "involved in the planning",
]
SUBJECTS = [
    "the bridge", "the new budget", "the rail line", "the hospital wing", "the tax reform", "the merger",
    "the harbour expansion", "the school building programme", "the water treatment plant", "the trade deal",
    "the housing scheme", "the wind farm", "the airport runway", "the pension plan", "the ceasefire",
]
PREDICATES = [
    "would reopen before the end of {month}", "had been delayed by at least {n} months",
    "would cost {n} million more than first estimated", "was never properly funded in {town}",
    "will be reviewed by an independent panel of {n} experts", "could be approved as early as {month}",
    "would create {n} jobs in {town}", "had broken no rules when it hired {n} contractors",
    "was likely to face a legal challenge in {town}", "would be scaled back to {n} sites after the elections",
    "remained on schedule despite the storms that hit {town} in {month}",
    "needed another {n} days of public consultation", "would be put to a vote in {month}",
    "had been quietly shelved in {month} after {n} complaints",
]
TOWNS = [
    "Eastbrook", "Harlow", "Northfield", "Ashvale", "Brindlemoor", "Caddington", "Dunmere", "Elsworth",
    "Fennick", "Greywater", "Holmbridge", "Kestrel Bay", "Larchmont", "Millbrook", "Oakhurst", "Pennfold",
]
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]
FIRST_PERSON = [
    "We are not going to back down on this", "This is a difficult decision for everyone involved",
    "I have never seen anything like it in thirty years", "Our priority is the safety of passengers",
    "We expect the figures to improve by the summer", "Nobody told us the money had run out",
    "There is simply no plan B", "We will keep talking as long as it takes",
    "I think the public deserves a clear answer", "The numbers speak for themselves",
]
QUOTE_OPENERS = [
    "I am confident that", "We have been told that", "Nobody can seriously claim that", "Let me be clear:",
    "Frankly,", "The truth is that", "We were promised that", "I do not accept that",
]
REPEATED_QUOTE_SHARE = 0.1
"""Share of direct quotes taken from FIRST_PERSON as they are: stock lines
that many articles repeat, as real quotes do."""
MIXED_FRAGMENTS = ["a serious mistake", "deeply worrying", "long overdue", "a step in the right direction", "unacceptable"]
NARRATIVE = [
    "The project was first announced four years ago.", "Construction began in the autumn.",
    "The meeting lasted more than three hours.", "Turnout at the public hearing was low.",
    "Traffic was diverted through the old town for most of the week.",
    "The figures were published on the agency's website on Tuesday.",
    "Several residents gathered outside the town hall before the vote.",
    "The region has seen steady population growth over the past decade.",
    "Shares in the company fell sharply in early trading.", "The report runs to more than 200 pages.",
]
HEADLINES = [
    "{Subject} faces new delays", "Questions grow over {subject}", "{Org} defends {subject}",
    "Officials split on {subject}", "What we know about {subject}", "{Subject}: the vote explained",
]
WIRE_POOL_SIZE = 5000
"""Distinct claims in the shared pool; about one claim in six comes from it."""


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def claim_clause(rng: random.Random) -> str:
    predicate = rng.choice(PREDICATES).format(n=rng.randint(2, 900), town=rng.choice(TOWNS), month=rng.choice(MONTHS))
    return f"{rng.choice(SUBJECTS)} {predicate}"


def wire_claim(seed: int, rng: random.Random) -> str:
    """A claim from the shared pool, the same text whichever article draws it."""
    pool_rng = random.Random(f"{seed}:wire:{rng.randrange(WIRE_POOL_SIZE)}")
    return claim_clause(pool_rng)


def attribution(rng: random.Random, seed: int, state: dict) -> str:
    """One sentence attributing a claim, in one of the common patterns."""
    clause = wire_claim(seed, rng) if rng.random() < 0.17 else claim_clause(rng)
    quote = (
        rng.choice(FIRST_PERSON)
        if rng.random() < REPEATED_QUOTE_SHARE
        else f"{rng.choice(QUOTE_OPENERS)} {claim_clause(rng)}"
    )
    name = rng.choice(state["people"])
    title = state["titles"][name]
    org = rng.choice(ORGANIZATIONS)
    anonymous, count = rng.choice(ANONYMOUS_NOUNS)
    reason = rng.choice(ANONYMITY_REASONS)
    via = rng.choice(INTERMEDIARIES)
    pronoun = state["pronouns"][name]
    patterns = [
        lambda: f"\u201c{quote},\u201d said {name}, {title}.",
        lambda: f"\u201c{quote},\u201d {name} said.",
        lambda: f"{name}, {title}, said: \u201c{quote}.\u201d",
        lambda: f"\u201c{quote},\u201d {pronoun} added.",
        lambda: f"{name} said that {clause}.",
        lambda: f"{name}, {title}, said {clause}.",
        lambda: f"According to {org}, {clause}.",
        lambda: f"{clause[0].upper() + clause[1:]}, according to {name}.",
        lambda: f"{name} told {via} that {clause}.",
        lambda: f"{clause[0].upper() + clause[1:]}, {anonymous} {reason} told {via}.",
        lambda: f"{clause[0].upper() + clause[1:]}, said {anonymous} {reason}.",
        lambda: f"{anonymous[0].upper() + anonymous[1:]} {reason} said {clause}.",
        lambda: f"{org[0].upper() + org[1:]} said in a statement that {clause}.",
        lambda: f"{name} called the decision \u201c{rng.choice(MIXED_FRAGMENTS)}.\u201d",
        lambda: f"{name} said the plan was \u201c{rng.choice(MIXED_FRAGMENTS)}\u201d and {clause}.",
    ]
    return rng.choice(patterns)()


def article(index: int, seed: int = 0) -> dict:
    """The ``index``-th article of the corpus for ``seed`` (a JSON Lines record)."""
    rng = random.Random(f"{seed}:{index}")
    people = [person(rng) for _ in range(rng.randint(2, 4))]
    state = {
        "people": people,
        "titles": {name: rng.choice(TITLES) for name in people},
        "pronouns": {name: rng.choice(["she", "he"]) for name in people},
    }
    subject = rng.choice(SUBJECTS)
    org = rng.choice(ORGANIZATIONS)
    headline = rng.choice(HEADLINES).format(
        subject=subject, Subject=subject[0].upper() + subject[1:], Org=org[0].upper() + org[1:]
    )
    paragraphs = []
    for _ in range(rng.randint(6, 12)):
        sentences = [attribution(rng, seed, state)]
        for _ in range(rng.randint(1, 3)):
            sentences.append(rng.choice(NARRATIVE) if rng.random() < 0.6 else attribution(rng, seed, state))
        paragraphs.append(" ".join(sentences))
    paragraphs[0] = f"{rng.choice(TOWNS).upper()} \u2014 {paragraphs[0]}"
    publisher = rng.choice(OUTLETS)
    year, month, day = rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)
    slug = "-".join(headline.lower().replace(":", "").split())
    return {
        "text": "\n\n".join(paragraphs) + "\n",
        "headline": headline,
        "publisher": publisher,
        "published": f"{year:04d}-{month:02d}-{day:02d}",
        "url": f"https://{publisher.lower().replace(' ', '')}.example/{year}/{month:02d}/{slug}-{index}",
    }


def corpus(count: int, seed: int = 0) -> Iterator[dict]:
    """The first ``count`` articles for ``seed``."""
    for index in range(count):
        yield article(index, seed)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    args = parser.parse_args(argv)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for record in corpus(args.count, args.seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()


if __name__ == "__main__":
    main()
