"""Source characterization over short articles written for these tests.

Each case gives an article, the source mentions (as the span finder would
report them, by text and occurrence) and what must be said about each one.
"""

import pytest
import regex

from provenance.extract import Claim, Span, extract
from provenance.extract.names import canonical_name
from provenance.extract.sources import characterize, describe_source, find_anonymity_reasons, is_proper_name


def _span(text: str, needle: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def _claims(text: str, sources: list[tuple[str, int]]) -> list[Claim]:
    claims = []
    for needle, occurrence in sources:
        source = _span(text, needle, occurrence)
        # the claim span does not matter here: the sentence around the source
        sentence_start = text.rfind(".", 0, source.start) + 1
        sentence_end = text.find(".", source.end)
        sentence_end = len(text) if sentence_end < 0 else sentence_end
        claim = Span(sentence_start, sentence_end, text[sentence_start:sentence_end])
        claims.append(Claim(claim=claim, kind="indirect", source=source))
    return claims


def _run(text: str, sources: list[tuple[str, int]]) -> list[Claim]:
    claims = _claims(text, sources)
    characterize(text, claims)
    return claims


# (article, [(source as written, occurrence)], index of the source checked, expected fields)
CASES = [
    pytest.param(
        "Jane Rowley, the city's budget director, said the deficit had doubled.",
        [("Jane Rowley, the city's budget director", 0)], 0,
        {"source_type": "named_person", "anonymous": False, "source_count": 1,
         "anonymity_reason": None, "source_resolved": "Jane Rowley"},
        id="named-person-not-anonymous",
    ),
    pytest.param(
        "The Ministry of Transport said in a statement that the bridge would reopen.",
        [("The Ministry of Transport", 0)], 0,
        {"source_type": "organization", "anonymous": False, "source_count": None},
        id="organization-statement",
    ),
    pytest.param(
        "A report by the state auditor found that the fund had lost money for years.",
        [("A report by the state auditor", 0)], 0,
        {"source_type": "document_or_media", "anonymous": False, "source_count": None},
        id="report-by-is-document",
    ),
    pytest.param(
        "The plan will be delayed, two officials familiar with the talks said.",
        [("two officials familiar with the talks", 0)], 0,
        {"source_type": "anonymous_group", "anonymous": True, "source_count": 2},
        id="two-officials",
    ),
    pytest.param(
        "Prices will rise, officials said.",
        [("officials", 0)], 0,
        {"source_type": "anonymous_group", "anonymous": True, "source_count": None},
        id="plural-unknown-count",
    ),
    pytest.param(
        "The deal is off, a senior diplomat and a trade negotiator said on Friday.",
        [("a senior diplomat and a trade negotiator", 0)], 0,
        {"source_type": "anonymous_group", "anonymous": True, "source_count": 2},
        id="compound-anonymous",
    ),
    pytest.param(
        "Talks stalled, three bankers said. The vote was close, one of the bankers said.",
        [("three bankers", 0), ("one of the bankers", 0)], 1,
        {"source_type": "anonymous_person", "anonymous": True, "source_count": 1},
        id="partitive-one-of",
    ),
    pytest.param(
        "The mill will close, a company executive said, speaking on condition of anonymity "
        "because the decision has not been announced.",
        [("a company executive", 0)], 0,
        {"anonymous": True, "anonymity_reason": "because the decision has not been announced"},
        id="reason-after-said",
    ),
    pytest.param(
        "A police officer, who asked not to be named because he feared reprisals, said the "
        "suspect had fled.",
        [("A police officer", 0)], 0,
        {"source_type": "anonymous_person", "anonymity_reason": "because he feared reprisals"},
        id="reason-in-relative-clause",
    ),
    pytest.param(
        "An aide, who was not authorized to speak publicly, said the senator would resign.",
        [("An aide", 0)], 0,
        {"anonymity_reason": "not authorized to speak publicly"},
        id="not-authorized-is-the-reason",
    ),
    pytest.param(
        "Mayor Tom Briggs said the budget was balanced. A council aide, speaking on condition "
        "of anonymity to discuss internal matters, said it was not.",
        [("Mayor Tom Briggs", 0), ("A council aide", 0)], 0,
        {"source_type": "named_person", "anonymous": False, "anonymity_reason": None},
        id="reason-of-other-source-not-applied",
    ),
    pytest.param(
        "Mayor Tom Briggs said the budget was balanced. A council aide, speaking on condition "
        "of anonymity to discuss internal matters, said it was not.",
        [("Mayor Tom Briggs", 0), ("A council aide", 0)], 1,
        {"anonymity_reason": "to discuss internal matters"},
        id="reason-of-its-own-source",
    ),
    pytest.param(
        "The army will withdraw, two officers said. Both spoke on condition of anonymity "
        "because they were not cleared to talk to reporters.",
        [("two officers", 0)], 0,
        {"anonymity_reason": "because they were not cleared to talk to reporters"},
        id="reason-in-next-sentence",
    ),
    pytest.param(
        "The rebels regrouped, a local commander said. All sources for this story spoke on "
        "condition of anonymity for fear of reprisals. Aid was blocked, two residents said.",
        [("a local commander", 0), ("two residents", 0)], 1,
        {"anonymity_reason": "for fear of reprisals"},
        id="article-wide-reason",
    ),
    pytest.param(
        "Governor Ana Petrova said the storm had passed.\n\nShe added that the roads would "
        "reopen on Monday.",
        [("Governor Ana Petrova", 0), ("She", 0)], 1,
        {"source_type": "pronoun", "anonymous": False, "source_count": 1,
         "source_resolved": "Governor Ana Petrova"},
        id="pronoun-across-paragraph",
    ),
    pytest.param(
        "A hospital spokesman said the ward was full. He said more beds were coming.",
        [("A hospital spokesman", 0), ("He", 0)], 1,
        {"source_type": "pronoun", "anonymous": True, "source_count": 1,
         "source_resolved": "A hospital spokesman"},
        id="pronoun-inherits-anonymity",
    ),
    pytest.param(
        "Ms Helga Brandt said the vote was fair. Mr Otto Weiss said it was rigged. "
        "She said she would appeal.",
        [("Ms Helga Brandt", 0), ("Mr Otto Weiss", 0), ("She", 0)], 2,
        {"source_resolved": "Ms Helga Brandt"},
        id="pronoun-gender-skips-male-speaker",
    ),
    pytest.param(
        '"Nobody told us anything," his wife, Mira, added.',
        [("his wife, Mira", 0)], 0,
        {"source_type": "named_person", "anonymous": False, "source_resolved": "Mira"},
        id="first-name-after-kinship-noun-names-the-source",
    ),
    pytest.param(
        "The Institute for Tax Studies said taxes would rise. According to the Office for Fiscal Oversight, "
        "debt will reach 98 per cent of income.",
        [("The Institute for Tax Studies", 0), ("the Office for Fiscal Oversight", 0)], 1,
        {"source_type": "organization", "source_resolved": "the Office for Fiscal Oversight"},
        id="named-body-with-lower-case-the-is-not-a-back-reference",
    ),
    pytest.param(
        "Maya Roe won the final. Ilse Brandt, who had served for the match, was gracious in defeat. "
        "\u201cShe played the big points better. That is tennis,\u201d the Dutchwoman told reporters. "
        "She added that her foot hurt.",
        [("the Dutchwoman", 0), ("She", 0)], 1,
        {"source_type": "pronoun", "source_resolved": "Ilse Brandt"},
        id="epithet-and-pronoun-resolve-to-the-subject-before-the-quotation",
    ),
    pytest.param(
        'Maya Roe won the final. Ilse Brandt, who had served for the match, was gracious in defeat. '
        '"She played the big points better. That is tennis," the Dutchwoman told reporters.',
        [("the Dutchwoman", 0)], 0,
        {"source_type": "named_person", "source_resolved": "Ilse Brandt"},
        id="epithet-after-straight-quotation-resolves-to-the-subject-before",
    ),
    pytest.param(
        'The mayor of Dunmore, where the plant is based, said the attack was a warning. '
        '"We were fortunate," Mayor Ana Kessel said in a statement.',
        [("The mayor of Dunmore", 0), ("Mayor Ana Kessel", 0)], 0,
        {"source_type": "named_person", "anonymous": False, "source_resolved": "Mayor Ana Kessel"},
        id="office-holder-takes-the-name-given-after",
    ),
    pytest.param(
        "Two sources said the plan was dead. Both requested anonymity, citing fear of retaliation.",
        [("Two sources", 0)], 0,
        {"anonymous": True, "anonymity_reason": "citing fear of retaliation"},
        id="both-requesting-anonymity-gives-the-group-its-reason",
    ),
    pytest.param(
        '"We are not leaving," said Karim Nasser, 47. His neighbor, Leila, nodded. "He is right," she said.',
        [("Karim Nasser, 47", 0), ("she", 0)], 1,
        {"source_type": "pronoun", "source_resolved": "Leila"},
        id="pronoun-resolves-to-the-name-a-subject-description-gives",
    ),
    pytest.param(
        "One large investor said the price was too low; another said it was fair.",
        [("One large investor", 0), ("another", 0)], 1,
        {"source_type": "anonymous_person", "anonymous": True, "source_count": 1,
         "source_resolved": "another large investor"},
        id="another-after-one-of-no-group-continues-it",
    ),
    pytest.param(
        "Club coach Erik ten Brink said the squad was tired. Ten Brink said he would stay.",
        [("Club coach Erik ten Brink", 0), ("Ten Brink", 0)], 1,
        {"source_type": "named_person", "source_resolved": "Erik ten Brink"},
        id="name-particle-ten-resolves-surname",
    ),
    pytest.param(
        "Dr. Samira Haddad, a virologist, said the outbreak was slowing. Hadad said cases "
        "would fall further in May.",
        [("Dr. Samira Haddad, a virologist", 0), ("Hadad", 0)], 1,
        {"source_type": "named_person", "source_resolved": "Dr. Samira Haddad"},
        id="spelling-variant-resolves",
    ),
    pytest.param(
        "Col. Karim Al-Jabouri, commander of the border brigade, said smuggling had fallen. "
        "Al-Jabouri said patrols had doubled.",
        [("Col. Karim Al-Jabouri, commander of the border brigade", 0), ("Al-Jabouri", 1)], 1,
        {"source_type": "named_person", "source_resolved": "Col. Karim Al-Jabouri"},
        id="surname-with-particle",
    ),
    pytest.param(
        "Two officials said the tanker was seized. The officials said it was towed to port.",
        [("Two officials", 0), ("The officials", 0)], 1,
        {"source_type": "anonymous_group", "source_count": 2, "source_resolved": "Two officials"},
        id="definite-back-reference",
    ),
    pytest.param(
        "Norrland Mining Corp said output fell. The company said it expected a recovery.",
        [("Norrland Mining Corp", 0), ("The company", 0)], 1,
        {"source_type": "organization", "source_resolved": "Norrland Mining Corp"},
        id="the-company",
    ),
    pytest.param(
        "The Federal Maritime Authority opened an inquiry. The FMA said it would report in June.",
        [("The FMA", 0)], 0,
        {"source_type": "organization", "source_resolved": "Federal Maritime Authority"},
        id="acronym-resolves-to-full-name",
    ),
    pytest.param(
        "Talks resumed, two negotiators said. One of them said a deal was close.",
        [("two negotiators", 0), ("One of them", 0)], 1,
        {"source_type": "anonymous_person", "source_count": 1, "anonymous": True,
         "source_resolved": "one of the two negotiators"},
        id="one-of-them",
    ),
    pytest.param(
        "Three residents said the water was brown. They said it had been so for a week.",
        [("Three residents", 0), ("They", 0)], 1,
        {"source_type": "pronoun", "anonymous": True, "source_count": 3, "source_resolved": "Three residents"},
        id="they-resolves-to-group",
    ),
    pytest.param(
        "Harlow Shipping Ltd said profits fell. It said demand would recover next year.",
        [("Harlow Shipping Ltd", 0), ("It", 0)], 1,
        {"source_type": "pronoun", "anonymous": False, "source_count": None,
         "source_resolved": "Harlow Shipping Ltd"},
        id="it-resolves-to-organization",
    ),
    pytest.param(
        "Senator Ruth Kimball visited the plant. The president said the tariffs would stay.",
        [("The president", 0)], 0,
        {"source_type": "named_person", "anonymous": False, "source_count": 1, "source_resolved": "The president"},
        id="title-without-titled-person-is-its-office-holder",
    ),
    pytest.param(
        "The official said the tariffs would stay.",
        [("The official", 0)], 0,
        {"source_type": "anonymous_person", "anonymous": True, "source_resolved": "The official"},
        id="unnamed-official-is-anonymous",
    ),
    pytest.param(
        "A minister said the tariffs would stay.",
        [("A minister", 0)], 0,
        {"source_type": "anonymous_person", "anonymous": True},
        id="one-of-many-ministers-is-anonymous",
    ),
    pytest.param(
        "The foreign minister said the tariffs would stay.",
        [("The foreign minister", 0)], 0,
        {"source_type": "named_person", "anonymous": False, "source_resolved": "The foreign minister"},
        id="an-office-with-one-holder-identifies-him",
    ),
    pytest.param(
        "The minister said the tariffs would stay.",
        [("The minister", 0)], 0,
        {"source_type": "anonymous_person", "anonymous": True},
        id="minister-without-portfolio-is-one-of-many",
    ),
    pytest.param(
        "The deputy minister said the tariffs would stay.",
        [("The deputy minister", 0)], 0,
        {"source_type": "anonymous_person", "anonymous": True},
        id="deputy-minister-is-one-of-many",
    ),
    pytest.param(
        "The defence secretary said the tariffs would stay.",
        [("The defence secretary", 0)], 0,
        {"source_type": "named_person", "anonymous": False},
        id="qualified-secretary-is-an-office",
    ),
    pytest.param(
        "The secretary said the tariffs would stay.",
        [("The secretary", 0)], 0,
        {"source_type": "anonymous_person", "anonymous": True},
        id="bare-secretary-is-not-an-office",
    ),
    pytest.param(
        "President Ana Lindqvist met the unions. The president said the tariffs would stay.",
        [("The president", 0)], 0,
        {"source_type": "named_person", "anonymous": False, "source_resolved": "President Ana Lindqvist"},
        id="title-resolves-to-titled-person",
    ),
    pytest.param(
        "Prices fell, Jane Roe and Tom Okafor said in a joint letter.",
        [("Jane Roe and Tom Okafor", 0)], 0,
        {"source_type": "named_person", "source_count": 2, "anonymous": False},
        id="two-named-people",
    ),
    pytest.param(
        "The bank will cut jobs, people familiar with the matter said, asking not to be "
        "identified discussing private plans.",
        [("people familiar with the matter", 0)], 0,
        {"source_type": "anonymous_group", "source_count": None,
         "anonymity_reason": "discussing private plans"},
        id="reason-discussing",
    ),
    pytest.param(
        "The Daily Courier reported that the mayor would resign.",
        [("The Daily Courier", 0)], 0,
        {"source_type": "document_or_media", "anonymous": False},
        id="outlet-by-name",
    ),
    pytest.param(
        "Mr Pavel Novak, a retired engineer, said the dam leaked. Novak said he had warned "
        "the council in 2019.",
        [("Mr Pavel Novak, a retired engineer", 0), ("Novak", 1)], 1,
        {"source_type": "named_person", "source_count": 1, "source_resolved": "Mr Pavel Novak"},
        id="surname-after-honorific",
    ),
    pytest.param(
        "A lawyer for the family, who asked not to be named because of threats, said the "
        "hearing was moved. Judge Mara Quist said the move was routine.",
        [("A lawyer for the family", 0), ("Judge Mara Quist", 0)], 1,
        {"anonymous": False, "anonymity_reason": None},
        id="reason-stays-with-its-sentence",
    ),
    pytest.param(
        "Police said two men were held. The Ministry of Water said supplies were safe.",
        [("Police", 0), ("The Ministry of Water", 0)], 1,
        {"source_type": "organization", "source_resolved": "The Ministry of Water"},
        id="capitalized-name-is-not-a-back-reference",
    ),
    pytest.param(
        "Texas-based Brazos Robotics Inc said orders rose.",
        [("Texas-based Brazos Robotics Inc", 0)], 0,
        {"source_type": "organization", "source_resolved": "Brazos Robotics Inc"},
        id="based-is-not-part-of-the-name",
    ),
    pytest.param(
        "The club's coach, Tomas Varga, said the striker was fit. 'She trained all week,' he said.",
        [("The club's coach, Tomas Varga", 0), ("he", 0)], 1,
        {"source_type": "pronoun", "source_resolved": "Tomas Varga"},
        id="pronoun-inside-quote-does-not-set-gender",
    ),
    pytest.param(
        "Harbour Logistics Ltd said volumes fell. A report by the Coastal Safety Agency found "
        "that two cranes had failed. The agency said the port was safe.",
        [("Harbour Logistics Ltd", 0), ("A report by the Coastal Safety Agency", 0), ("The agency", 0)], 2,
        {"source_type": "organization", "source_resolved": "Coastal Safety Agency"},
        id="body-named-inside-a-source",
    ),
    pytest.param(
        "Two dockers said the strike would go on. Mayor Ines Duarte said talks would resume. "
        "Port director Jan Vos said cargo was moving. Councillor Eva Lind said she was hopeful. "
        "Shops shut early on Monday. They said they would reopen on Friday.",
        [("Two dockers", 0), ("Mayor Ines Duarte", 0), ("Port director Jan Vos", 0),
         ("Councillor Eva Lind", 0), ("They", 0)], 4,
        {"source_type": "pronoun", "anonymous": False, "source_resolved": "They"},
        id="they-does-not-reach-past-other-speakers",
    ),
    pytest.param(
        "Lawmaker Nadia Farouk said the vote was rigged.",
        [("Lawmaker Nadia Farouk", 0)], 0,
        {"source_type": "named_person", "source_resolved": "Nadia Farouk"},
        id="role-noun-before-name-is-not-the-name",
    ),
    pytest.param(
        "Court filings released Monday show the firm paid the fine.",
        [("Court filings released Monday", 0)], 0,
        {"source_type": "document_or_media", "anonymous": False, "source_count": None},
        id="participle-after-document-noun",
    ),
    pytest.param(
        "The spokeswoman, Lena Park, said the site would reopen.",
        [("The spokeswoman", 0)], 0,
        {"source_type": "named_person", "anonymous": False, "source_resolved": "Lena Park"},
        id="name-just-after-a-cut-description",
    ),
    pytest.param(
        "Vida Marina, a Spanish charity, said 40 people were rescued.",
        [("Vida Marina, a Spanish charity", 0)], 0,
        {"source_type": "organization", "source_count": None},
        id="apposition-says-organization",
    ),
    # a pronoun after a sentence whose subject is a person never quoted before
    pytest.param(
        "Rail unions said the offer was too low. The transport minister has urged patience. "
        "At a meeting on Friday she said a better offer was coming.",
        [("Rail unions", 0), ("she", 0)], 1,
        {"source_type": "pronoun", "anonymous": True, "source_resolved": "The transport minister"},
        id="pronoun-to-previous-sentence-subject",
    ),
    pytest.param(
        "Olga Brandt said the school would stay open. A parent asked her about the roof. "
        "She said repairs would start soon.",
        [("Olga Brandt", 0), ("She", 0)], 1,
        {"source_type": "pronoun", "anonymous": False, "source_resolved": "Olga Brandt"},
        id="indefinite-subject-is-not-the-speaker",
    ),
    pytest.param(
        "Olga Brandt said: \u201cWe are ready. The inspector is happy.\u201d Later she said the school would open.",
        [("Olga Brandt", 0), ("she", 0)], 1,
        {"source_type": "pronoun", "anonymous": False, "source_resolved": "Olga Brandt"},
        id="subject-inside-a-quotation-is-not-an-antecedent",
    ),
    pytest.param(
        "Olga Brandt said the school would stay open. The plan was approved in May. She said it was popular.",
        [("Olga Brandt", 0), ("She", 0)], 1,
        {"source_type": "pronoun", "anonymous": False, "source_resolved": "Olga Brandt"},
        id="subject-that-is-no-person-is-not-an-antecedent",
    ),
    # description, comma, then a name with an age or a place of its own
    pytest.param(
        "The witness, 61-year-old Tomas Brenner, told the court he saw two men run. "
        "Brenner said the street was dark.",
        [("The witness, 61-year-old Tomas Brenner", 0), ("Brenner", 1)], 0,
        {"source_type": "named_person", "anonymous": False, "source_count": 1, "source_resolved": "Tomas Brenner"},
        id="age-before-apposed-name",
    ),
    pytest.param(
        "The witness, 61-year-old Tomas Brenner, told the court he saw two men run. "
        "Brenner said the street was dark.",
        [("The witness, 61-year-old Tomas Brenner", 0), ("Brenner", 1)], 1,
        {"source_type": "named_person", "source_resolved": "Tomas Brenner"},
        id="surname-after-apposed-name",
    ),
    pytest.param(
        "The runner-up, 22-year-old Ilse Maas of Utrecht, said the course was brutal.",
        [("The runner-up, 22-year-old Ilse Maas of Utrecht", 0)], 0,
        {"source_type": "named_person", "anonymous": False, "source_resolved": "Ilse Maas"},
        id="apposed-name-with-place",
    ),
    # the description names what the apposed name is
    pytest.param(
        "The firm, Golden Crust, said it would close two shops.",
        [("The firm, Golden Crust", 0)], 0,
        {"source_type": "organization", "anonymous": False, "source_count": None, "source_resolved": "Golden Crust"},
        id="organization-description-before-name",
    ),
    pytest.param(
        "The survivor, a 40-year-old nurse, said the water rose fast.",
        [("The survivor, a 40-year-old nurse", 0)], 0,
        {"source_type": "anonymous_person", "anonymous": True, "source_count": 1},
        id="age-and-description-is-no-name",
    ),
    # "one of them" picks a member of the group, past a company quoted in between
    pytest.param(
        "Castlegate Partners will sell its port stake, four people briefed on the talks told the Evening Ledger. "
        "Castlegate Partners said it does not comment on rumours. The price is about $2 billion, one of them said.",
        [("four people briefed on the talks", 0), ("Castlegate Partners", 1), ("one of them", 0)], 2,
        {"source_type": "anonymous_person", "anonymous": True, "source_count": 1,
         "source_resolved": "one of the four people briefed on the talks"},
        id="one-of-them-past-a-company",
    ),
    # ranks and formal titles stay with the name (as a mayor's or a general's
    # do); a job description before the name does not
    pytest.param(
        "Police Chief Tomas Reid said patrols would double.",
        [("Police Chief Tomas Reid", 0)], 0,
        {"source_type": "named_person", "source_resolved": "Police Chief Tomas Reid"},
        id="police-rank-kept",
    ),
    pytest.param(
        "Mayor Tomas Reid said patrols would double.",
        [("Mayor Tomas Reid", 0)], 0,
        {"source_type": "named_person", "source_resolved": "Mayor Tomas Reid"},
        id="formal-title-kept",
    ),
    pytest.param(
        "Deputy Transport Minister Tomas Reid said fares would rise.",
        [("Deputy Transport Minister Tomas Reid", 0)], 0,
        {"source_type": "named_person", "source_resolved": "Tomas Reid"},
        id="job-description-dropped",
    ),
    pytest.param(
        "The measure's author, state Sen. Ruth Kimball, said it would pass. Kimball said votes were secured.",
        [("The measure's author, state Sen. Ruth Kimball", 0), ("Kimball", 1)], 1,
        {"source_type": "named_person", "source_resolved": "state Sen. Ruth Kimball"},
        id="state-qualifies-the-title",
    ),
    pytest.param(
        "The catch fell again, local fishermen said.",
        [("local fishermen", 0)], 0,
        {"source_type": "anonymous_group", "anonymous": True, "source_count": None},
        id="men-plural-is-a-group",
    ),
    pytest.param(
        "Talks stalled, Norway's delegation said.",
        [("Norway's delegation", 0)], 0,
        {"source_type": "organization", "anonymous": False, "source_count": None},
        id="delegation-is-a-body",
    ),
    pytest.param(
        "Commuter Ade Bello, 41, said the trains were always late.",
        [("Commuter Ade Bello, 41", 0)], 0,
        {"source_type": "named_person", "source_resolved": "Ade Bello"},
        id="descriptor-noun-before-name-dropped",
    ),
    pytest.param(
        "The river will peak on Sunday, Forecasters said.",
        [("Forecasters", 0)], 0,
        {"source_type": "anonymous_group", "anonymous": True},
        id="capitalized-agent-noun-is-a-group",
    ),
    # "the company" is never a government department or a union named before
    pytest.param(
        "Hollin Bakeries will shut two ovens. A spokesman for the Ministry of Labour said inspectors "
        "would visit. The company said the ovens were unsafe.",
        [("A spokesman for the Ministry of Labour", 0), ("The company", 0)], 1,
        {"source_type": "organization", "source_resolved": "The company"},
        id="company-is-not-a-ministry",
    ),
    pytest.param(
        "The Dockers Union called the plan a betrayal. The government said ministers were monitoring the talks.",
        [("The Dockers Union", 0), ("The government", 0)], 1,
        {"source_type": "organization", "source_resolved": "The government"},
        id="government-is-not-a-union",
    ),
    pytest.param(
        "Harlow Rail said in a filing to the Harbour Stock Exchange that fares would rise. "
        "The government said it would review the fares.",
        [("Harlow Rail", 0), ("The government", 0)], 1,
        {"source_type": "organization", "source_resolved": "The government"},
        id="government-is-not-a-stock-exchange",
    ),
    pytest.param(
        "The Dockers Union called the plan a betrayal. The agency said inspectors would visit.",
        [("The Dockers Union", 0), ("The agency", 0)], 1,
        {"source_type": "organization", "source_resolved": "The agency"},
        id="agency-is-not-a-union",
    ),
    # "One diplomat" after "three diplomats" is one of them; a differently described one is not
    pytest.param(
        "Two officials said talks stalled, speaking on condition of anonymity because they were not authorized "
        "to speak. A senior treasury official said the list was ready.",
        [("Two officials", 0), ("A senior treasury official", 0)], 1,
        {"anonymous": True, "anonymity_reason": None},
        id="new-official-is-no-member-of-the-group",
    ),
    pytest.param(
        "Two officials said talks stalled, speaking on condition of anonymity because they were not authorized "
        "to speak. One official said the list was ready.",
        [("Two officials", 0), ("One official", 0)], 1,
        {"anonymous": True, "anonymity_reason": "because they were not authorized to speak"},
        id="one-official-is-a-member-of-the-group",
    ),
    pytest.param(
        "The cuts will go ahead, a Department for Transport source said.",
        [("a Department for Transport source", 0)], 0,
        {"source_type": "anonymous_person", "anonymous": True, "source_count": 1},
        id="body-name-modifying-a-person-noun",
    ),
    # an epithet with a count or "defending" points at the person in focus
    pytest.param(
        "Ana Lupu reached the final. The five-time champion said she felt fresh.",
        [("Ana Lupu", 0), ("The five-time champion", 0)], 1,
        {"source_type": "named_person", "source_resolved": "Ana Lupu"},
        id="epithet-refers-back",
    ),
    pytest.param(
        "Ana Lupu reached the final. The champion said she felt fresh.",
        [("Ana Lupu", 0), ("The champion", 0)], 1,
        {"source_type": "anonymous_person", "source_resolved": "The champion"},
        id="bare-role-stays-a-description",
    ),
    # "the company" is the body that opened a sentence, not one named inside a source
    pytest.param(
        "Harbor Foods Inc reported higher sales. \"It was a clean quarter,\" said Ana Roe, an analyst at "
        "Bellwood Capital Group. The company said it would open 20 stores.",
        [("Ana Roe, an analyst at Bellwood Capital Group", 0), ("The company", 0)], 1,
        {"source_type": "organization", "source_resolved": "Harbor Foods Inc"},
        id="company-is-the-subject-body",
    ),
    # "he" after a sentence that a named person opened is that person
    pytest.param(
        "Union negotiator Tom Stam met employer chief Pieter Vries. Vries said the offer was fair. "
        "Stam dismissed the call. Talk to them, he said.",
        [("Vries", 1), ("he", 3)], 1,
        {"source_type": "pronoun", "source_resolved": "Tom Stam"},
        id="he-after-named-subject",
    ),
    pytest.param(
        "Union negotiator Tom Stam met employer chief Pieter Vries. Vries said the offer was fair. "
        "Talk to them, he said.",
        [("Vries", 1), ("he", 2)], 1,
        {"source_type": "pronoun", "source_resolved": "Pieter Vries"},
        id="he-is-the-last-speaker-without-a-named-subject",
    ),
    pytest.param(
        "Layoffs will begin next week, the CEO said.",
        [("the CEO", 0)], 0,
        {"source_type": "named_person", "anonymous": False, "source_count": 1},
        id="ceo-is-a-person-the-company-names",
    ),
    # "the family of one victim" is a group of its own, not the last person quoted
    pytest.param(
        "Her barrister, Lisa Fenn, said her client was ill. The family of one victim said justice had been done.",
        [("Her barrister, Lisa Fenn", 0), ("The family of one victim", 0)], 1,
        {"source_type": "anonymous_group", "source_resolved": "The family of one victim", "source_count": None},
        id="family-is-a-group",
    ),
    # trade nouns and epithets of companies refer back to the company named before
    pytest.param(
        "Halvard said sales of its vaccine fell. The drugmaker said it would cut costs.",
        [("Halvard", 0), ("The drugmaker", 0)], 1,
        {"source_type": "organization", "source_resolved": "Halvard"},
        id="drugmaker-is-the-company",
    ),
    pytest.param(
        "Voxly said ad revenue jumped. The social media giant said it would keep hiring.",
        [("Voxly", 0), ("The social media giant", 0)], 1,
        {"source_type": "organization", "source_resolved": "Voxly"},
        id="epithet-is-the-company",
    ),
    pytest.param(
        "Voxly said ad revenue jumped. Its parent company said it would keep hiring.",
        [("Voxly", 0), ("Its parent company", 0)], 1,
        {"source_type": "organization", "source_resolved": "Its parent company"},
        id="parent-company-is-another-body",
    ),
    pytest.param(
        "The carmaker said demand had weakened. The lender said it would buy back shares.",
        [("The carmaker", 0), ("The lender", 0)], 1,
        {"source_type": "organization", "source_resolved": "The lender"},
        id="lender-is-not-the-carmaker",
    ),
    pytest.param(
        "One resident, who gave only her first name, Maria, said the water had been cut off.",
        [("Maria", 0)], 0,
        {"source_type": "named_person"},
        id="first-name-only-is-a-person",
    ),
    # "the defendant" is no back-reference to the last person quoted (his lawyer) ...
    pytest.param(
        "His lawyer, Dan Ostrow, said his client would plead not guilty. The defendant told reporters he was innocent.",
        [("His lawyer, Dan Ostrow", 0), ("The defendant", 0)], 1,
        {"source_type": "anonymous_person", "source_resolved": "The defendant"},
        id="defendant-is-not-the-lawyer",
    ),
    # ... but the person the article calls so
    pytest.param(
        "The defendant, Ivo Marek, 45, denies fraud. His lawyer, Dan Ostrow, said he would appeal. "
        "The defendant told reporters he was innocent.",
        [("His lawyer, Dan Ostrow", 0), ("The defendant", 1)], 1,
        {"source_type": "named_person", "source_resolved": "Ivo Marek"},
        id="defendant-named-before",
    ),
    # a lone name is a company unless a personal pronoun in its own paragraph says otherwise
    pytest.param(
        "Markets fell.\n\nVarrow said its sales dropped.\n\nThe plan, she said, is dead.",
        [("Varrow", 0)], 0,
        {"source_type": "organization", "source_resolved": "Varrow"},
        id="lone-name-with-its-is-a-company",
    ),
    pytest.param(
        "Markets fell.\n\nVarrow said the season was over.\n\nShe added that she would retire.",
        [("Varrow", 0)], 0,
        {"source_type": "named_person"},
        id="lone-name-followed-by-she-is-a-person",
    ),
    # "who" refers to the noun phrase before its comma, not to the last speaker
    pytest.param(
        "Ada Moss said the ward was full. The decision drew criticism from nurses' unions, who said it was reckless.",
        [("Ada Moss", 0), ("who", 0)], 1,
        {"source_type": "pronoun", "source_resolved": "nurses' unions"},
        id="who-after-from-group",
    ),
    pytest.param(
        "Ada Moss said the ward was full. Her death was confirmed by her son, Tomas Berg, who said it was sudden.",
        [("Ada Moss", 0), ("who", 0)], 1,
        {"source_resolved": "Tomas Berg"},
        id="who-after-apposed-name",
    ),
    # a nationality or party noun after "the" is the person in focus
    pytest.param(
        "Cyclist Ines Duarte won the stage. The Brazilian said her legs were heavy.",
        [("Cyclist Ines Duarte", 0), ("The Brazilian", 0)], 1,
        {"source_type": "named_person", "source_resolved": "Ines Duarte"},
        id="demonym-refers-back",
    ),
    pytest.param(
        "The rules were eased, the trade body said.",
        [("the trade body", 0)], 0,
        {"source_type": "organization", "anonymous": False},
        id="body-is-an-organization",
    ),
    pytest.param(
        "Diet matters, experts not involved in the research said.",
        [("experts not involved in the research", 0)], 0,
        {"source_type": "anonymous_group", "source_count": None},
        id="not-involved-is-a-post-modifier",
    ),
    pytest.param(
        "A spokesman for Hollin Group said the ovens were unsafe. The company said they would be replaced.",
        [("A spokesman for Hollin Group", 0), ("The company", 0)], 1,
        {"source_type": "organization", "source_resolved": "Hollin Group"},
        id="company-is-the-business-named-before",
    ),
    pytest.param(
        "Secretary of State Ruth A. Kimball said talks would resume. Kimball added that nothing was agreed.",
        [("Secretary of State Ruth A. Kimball", 0), ("Kimball", 0)], 1,
        {"source_type": "named_person", "source_resolved": "Ruth A. Kimball", "anonymous": False},
        id="office-of-portfolio-title-then-surname",
    ),
    pytest.param(
        "Judge Ruth Kimball wrote that the rule was unlawful. The judge, an appointee of President Karim Jabouri, "
        "noted that the agency had not consulted the council.",
        [("Judge Ruth Kimball", 0), ("The judge, an appointee of President Karim Jabouri", 0)], 1,
        {"source_type": "named_person", "source_resolved": "Judge Ruth Kimball"},
        id="name-in-apposition-after-of-is-not-the-source",
    ),
    pytest.param(
        "Varrow, the largest customer, said last month it would double its footprint.",
        [("Varrow, the largest customer", 0)], 0,
        {"source_type": "organization"},
        id="customer-apposition-leaves-a-lone-name-to-its",
    ),
    pytest.param(
        "Tomas Berg, a longtime customer, said the shop would be missed.",
        [("Tomas Berg, a longtime customer", 0)], 0,
        {"source_type": "named_person"},
        id="customer-apposition-two-word-name-is-a-person",
    ),
    pytest.param(
        "In an interview with The Daily Courier, the former president said he had no regrets.",
        [("the former president", 0)], 0,
        {"source_type": "named_person", "anonymous": False, "source_resolved": "the former president"},
        id="role-description-never-resolves-to-a-paper",
    ),
    pytest.param(
        'In a speech on Saturday, the candidate laid out her plan.\n\n"We will build more homes. We will do it '
        'within five years," she said.',
        [("she", 0)], 0,
        {"source_resolved": "the candidate"},
        id="pronoun-after-a-quoted-paragraph-refers-to-the-subject-before-it",
    ),
    pytest.param(
        '"It is a blunt instrument," said Professor Ruth Kimball. The opposition said it supported the bill.',
        [("Professor Ruth Kimball", 0), ("The opposition", 0)], 1,
        {"source_type": "organization", "source_resolved": "The opposition"},
        id="the-opposition-is-a-body-not-the-last-speaker",
    ),
    pytest.param(
        'Mara Kessel, campaigning in Iowa City, said the remarks were dangerous. '
        '"You cannot insult half of them," she told supporters.',
        [("Mara Kessel", 0), ("she", 0)], 1,
        {"source_resolved": "Mara Kessel"},
        id="a-place-after-a-preposition-is-no-sentence-subject-for-a-pronoun",
    ),
    pytest.param(
        "Rep. Ana Kessel (D., Texas), chairman of the banking committee, said the money was short.",
        [("Rep. Ana Kessel (D., Texas), chairman of the banking committee", 0)], 0,
        {"source_resolved": "Rep. Ana Kessel", "source_type": "named_person"},
        id="party-and-state-in-parentheses-are-not-the-name",
    ),
    pytest.param(
        "The Kessel's Disease Association said the results were welcome.",
        [("The Kessel's Disease Association", 0)], 0,
        {"source_resolved": "The Kessel's Disease Association", "source_type": "organization"},
        id="a-possessive-after-the-is-inside-a-body-name",
    ),
    pytest.param(
        "Acme's chief executive, Ana Kessel, said sales rose.",
        [("Acme's chief executive, Ana Kessel", 0)], 0,
        {"source_resolved": "Ana Kessel", "source_type": "named_person"},
        id="a-possessive-without-the-names-the-owner",
    ),
    pytest.param(
        '"Nobody expected this," Kessel, who has coached the team since 2019, said.',
        [("Kessel", 0)], 0,
        {"source_type": "named_person"},
        id="a-lone-name-followed-by-who-is-a-person",
    ),
    pytest.param(
        "Polls show her faring better against Ana J. Kessel in the fall. Critics said it would help Mrs. Kessel. "
        "Mrs. Kessel, for her part, mocked the polls. She said they were fake.",
        [("Critics", 0), ("She", 0)], 1,
        {"source_resolved": "Ana J. Kessel"},
        id="a-title-and-surname-resolve-to-the-full-name-written-before-not-the-short-form-since",
    ),
    pytest.param(
        "Two senior officials said the talks had stalled. Both said a deal was still possible.",
        [("Two senior officials", 0), ("Both", 0)], 1,
        {"source_type": "anonymous_group", "source_count": 2, "source_resolved": "both of the two senior officials"},
        id="a-bare-quantifier-is-part-of-the-group-before",
    ),
    pytest.param(
        "Democratic leaders have grown impatient. Several said privately that they worried.",
        [("Several", 0)], 0,
        {"source_type": "anonymous_group", "anonymous": True},
        id="a-bare-quantifier-is-a-group-not-a-name",
    ),
    pytest.param(
        "Officials met on Monday. Some said the plan would fail, while others said it would work.",
        [("Some", 0), ("others", 0)], 1,
        {"source_resolved": "others"},
        id="others-are-not-part-of-a-bare-quantifier",
    ),
    pytest.param(
        "Kessel's aides argue the math is not settled. " + "The race went on through the spring and the summer. " * 6
        + "Party leaders have grown impatient. Several said they worried.",
        [("Kessel's aides", 0), ("Several", 0)], 1,
        {"source_resolved": "Several", "source_type": "anonymous_group"},
        id="a-bare-quantifier-is-not-part-of-a-group-quoted-long-before",
    ),
    pytest.param(
        "Dolores Kessel thought it was a mistake. The county said she owed $14,000.",
        [("The county", 0)], 0,
        {"source_type": "organization", "source_resolved": "The county"},
        id="the-county-is-not-the-person-before-it",
    ),
    pytest.param(
        "Kestrel Harbour, which represents 140 ports, warned that the rules could cost millions.",
        [("Kestrel Harbour", 0)], 0,
        {"source_type": "organization"},
        id="a-name-followed-by-which-is-a-body",
    ),
    pytest.param(
        "Kestrel forecast revenue above Wall Street estimates on Wednesday. The board approved a buyback, the company said.",
        [("the company", 0)], 0,
        {"source_resolved": "the company"},
        id="a-place-standing-for-a-market-is-not-the-company",
    ),
    pytest.param(
        "Kessel's president on Thursday defended the bill, saying the taxes were needed.",
        [("Kessel's president", 0)], 0,
        {"source_type": "named_person", "anonymous": False},
        id="a-possessive-office-with-one-holder-names-a-person",
    ),
    pytest.param(
        'Ana Kessel announced a new album on Monday. "She is the one artist," said Ben Roe, who covers music.\n\n'
        'Kessel, 35, did not say whether she would tour again. Asked about it, she laughed. '
        '"Let me sleep first," she said.',
        [("Ben Roe", 0), ("she", 2)], 1,
        {"source_resolved": "Ana Kessel"},
        id="a-pronoun-subject-passes-the-antecedent-back-to-the-sentence-before",
    ),
    pytest.param(
        "Eleven people died, according to the Kestrel-run Health Ministry.\n\n"
        "Kestrel said in a statement that the strike was a massacre.",
        [("the Kestrel-run Health Ministry", 0), ("Kestrel", 1)], 1,
        {"source_resolved": "Kestrel", "source_type": "organization"},
        id="a-name-in-a-hyphenated-modifier-is-not-the-body-it-modifies",
    ),
    pytest.param(
        '"We rushed everything," said Tomas Varga, the guard. "You saw it," coach Ilse Brandt said.\n\n'
        'Varga, asked whether the win changed the mood, shrugged. "It is one game," he said.',
        [("Tomas Varga, the guard", 0), ("coach Ilse Brandt", 0), ("he", 6)], 2,
        {"source_resolved": "Tomas Varga"},
        id="a-surname-with-a-participial-aside-is-the-subject-before-a-pronoun",
    ),
    pytest.param(
        "Rescue workers with the White Kites civil defence group said they were digging. "
        "Later the White Kites said at least 380 people had died.",
        [("Rescue workers with the White Kites civil defence group", 0), ("the White Kites", 0)], 1,
        {"source_type": "organization"},
        id="a-name-written-after-the-is-a-body",
    ),
    pytest.param(
        "President Kessel flew to the border on Thursday. The White House said the trip was planned. "
        "He added that Congress had failed to act.",
        [("The White House", 0), ("He", 0)], 1,
        {"source_resolved": "President Kessel"},
        id="he-is-not-a-body-named-with-the",
    ),
    pytest.param(
        'Ana Kessel lost in the final. "It was hard," the studio said.',
        [("the studio", 0)], 0,
        {"source_resolved": "the studio"},
        id="an-unknown-lower-case-noun-is-no-epithet-of-the-person-before",
    ),
    pytest.param(
        'Ana Kessel lost in the final. "It was hard," the youngster said.',
        [("the youngster", 0)], 0,
        {"source_resolved": "Ana Kessel"},
        id="an-epithet-noun-is-the-person-in-focus",
    ),
    pytest.param(
        "Mira Solberg is single again. The Grammy-nominated singer confirmed that the engagement was off.",
        [("The Grammy-nominated singer", 0)], 0,
        {"source_resolved": "Mira Solberg", "source_type": "named_person"},
        id="an-award-epithet-is-the-person-before",
    ),
    pytest.param(
        "Solberg's label, Northpoint Records, said the tour would go ahead. The dates sold out, according to the label.",
        [("Solberg's label, Northpoint Records", 0), ("the label", 0)], 1,
        {"source_resolved": "Northpoint Records", "source_type": "organization"},
        id="a-body-called-by-a-document-noun-is-found-by-it",
    ),
    pytest.param(
        "Morag Sinclair has run the ferry for 30 years. The engine is failing, engineer Ewan Pryde said. "
        "\u201cI will not stop,\u201d she says.",
        [("Morag Sinclair", 0), ("engineer Ewan Pryde", 0), ("she", 0)], 2,
        {"source_resolved": "Morag Sinclair"},
        id="given-names-of-more-cultures-tell-gender",
    ),
    pytest.param(
        "The Harbor Police Department said the officer was on leave. The Police Federation said officers "
        "were overworked. The man was shot twice, police said.",
        [("The Harbor Police Department", 0), ("The Police Federation", 0), ("police", 0)], 2,
        {"source_resolved": "The Harbor Police Department", "source_type": "organization"},
        id="bare-police-is-the-force-named-before",
    ),
    pytest.param(
        "The man was shot twice, police said.",
        [("police", 0)], 0,
        {"source_resolved": "police", "source_type": "organization"},
        id="bare-police-with-no-force-named",
    ),
    pytest.param(
        "The Office of the Commissioner of Financial Institutions said in a statement that the audit would begin in May. "
        "OCFI said the banks had been told.",
        [("The Office of the Commissioner of Financial Institutions", 0), ("OCFI", 0)], 0,
        {"source_resolved": "The Office of the Commissioner of Financial Institutions", "source_type": "organization"},
        id="office-of-an-officer-is-a-body-not-an-office-holder",
    ),
    pytest.param(
        "Chipmaker Veltrane Systems cut its forecast after a slump in orders from Orchard Devices and "
        "Banyan Motors, the company said on Tuesday.",
        [("the company", 0)], 0,
        {"source_resolved": "Chipmaker Veltrane Systems", "source_type": "organization"},
        id="the-company-is-the-sentence-subject-not-a-body-named-after-it",
    ),
    pytest.param(
        "Sen. Ada Moreno said the loan was rushed. The senator said she would hold up the nominees.",
        [("Sen. Ada Moreno", 0), ("The senator", 0)], 1,
        {"source_resolved": "Sen. Ada Moreno", "source_type": "named_person"},
        id="the-senator-is-the-sen-named-before",
    ),
    pytest.param(
        "Nora Quist, a former Occupational Safety and Health Administration official, warned that the ban would "
        "leave the rule toothless.",
        [("Nora Quist, a former Occupational Safety and Health Administration official", 0)], 0,
        {"source_resolved": "Nora Quist", "source_type": "named_person"},
        id="long-apposition-keeps-its-head-noun",
    ),
    pytest.param(
        "Gov. Ellen Marchetti started her day at a diner. With five weeks until Election Day, both candidates "
        "are busy. Sen. Ray Tull spoke at a union hall. When a teacher asked whether she was worried, Marchetti "
        "shook her head. \u201cI take no vote for granted,\u201d she said.",
        [("she", 1)], 0,
        {"source_resolved": "Gov. Ellen Marchetti", "source_type": "pronoun"},
        id="a-lone-surname-opening-a-clause-is-the-subject-a-pronoun-points-to",
    ),
    pytest.param(
        "Judge Loretta Haskell retired on Friday. Her daughter, Nora Haskell-Reyes, said her mother never raised "
        "her voice. \u201cI just ruled against them,\u201d Haskell said.",
        [("Her daughter, Nora Haskell-Reyes", 0), ("Haskell", 2)], 1,
        {"source_resolved": "Judge Loretta Haskell", "source_type": "named_person"},
        id="a-surname-is-the-person-of-that-surname-not-part-of-a-double-barrelled-one",
    ),
    pytest.param(
        "Coach Stuart Kinloch said his side had been lucky. Winger Rhys Maddocks, 29, scored twice. "
        "Kinloch said the team had work to do. \u201cIt was hard,\u201d the 29-year-old said.",
        [("Coach Stuart Kinloch", 0), ("Kinloch", 1), ("the 29-year-old", 0)], 2,
        {"source_resolved": "Rhys Maddocks", "source_type": "named_person"},
        id="the-n-year-old-is-the-person-whose-age-was-given",
    ),
    pytest.param(
        "A 64-year-old grandmother, Mavis Reed, lost her home. Officials said aid was coming. "
        "\u201cI have nothing,\u201d the 64-year-old said.",
        [("Officials", 0), ("the 64-year-old", 0)], 1,
        {"source_resolved": "Mavis Reed", "source_type": "named_person"},
        id="the-n-year-old-after-a-described-age",
    ),
    pytest.param(
        "Gov. Kerry Marchetti started her day at a diner. With five weeks until Election Day, the race is close. "
        "\u201cI take no vote for granted,\u201d she said.",
        [("she", 0)], 0,
        {"source_resolved": "Gov. Kerry Marchetti"},
        id="a-day-is-no-one-a-pronoun-points-to",
    ),
]


@pytest.mark.parametrize(
    "resolved,proper",
    [
        ("Jane Roe", True), ("the Federal Reserve", True), ("Downing Street", True), ("AFP", True),
        ("Mayor Ana Kessel", True), ("The president", False), ("The Chancellor", False),
        ("the Prime Minister", False), ("the company", False), ("Police", False),
        # a sentence's capital on a description is no name
        ("Rights groups", False), ("Aid agencies", False),
    ],
)
def test_is_proper_name(resolved, proper):
    assert is_proper_name(resolved) is proper


@pytest.mark.parametrize("text, sources, index, expected", CASES)
def test_characterize(text, sources, index, expected):
    claim = _run(text, sources)[index]
    for field, value in expected.items():
        assert getattr(claim, field) == value, field


@pytest.mark.parametrize(
    "mention, source_type, count",
    [
        ("he", "pronoun", 1),
        ("they", "pronoun", None),
        ("the company", "organization", None),
        ("court filings", "document_or_media", None),
        ("Dutch broadcaster Nordvision", "document_or_media", None),
        ("Sen. Ruth Kimball, D-Vt.", "named_person", 1),
        ("a person close to the company", "anonymous_person", 1),
        ("Several", "anonymous_group", None),
        # bodies whose names hold no organization noun: a country code, a cause's word
        ("Universities UK", "organization", None),
        # a person's name after an office named with a data noun; a journal's after "the journal"
        ("ONS director of economic statistics Liz Varga", "named_person", 1),
        ("a study in the journal Kestrel Medicine", "document_or_media", None),
        ("the book's final chapter", "document_or_media", None),
        ("her new memoir", "document_or_media", None),
        ("Fianna Fáil TD Jim Varga", "named_person", 1),
        # the head of "X agency for Y" is "agency", whatever Y's capitals
        ("The United Nations agency for Palestinian refugees", "organization", None),
        ("A Department of Health and Social Care spokesperson", "anonymous_person", 1),
        ("Kessel Rights Watch", "organization", None),
        ("Citizens Advice", "organization", None),
        ("Scotland Yard", "organization", None),
        ("Downing Street", "organization", None),
        ("Ana Kessel III", "named_person", 1),
        # local government and institutions are bodies, never a person named before
        ("The county", "organization", None),
        ("the village", "organization", None),
        ("the prison", "organization", None),
        ("All three", "anonymous_group", 3),
        # a place after the head ends it: the residents, not the plant
        ("Residents near the plant", "anonymous_group", None),
        ("Neighbours next to the site", "anonymous_group", None),
        ("The Outside Agency", "organization", None),
        ("sources", "anonymous_group", None),
        ("one of the diplomats", "anonymous_person", 1),
        ("two senior officials and a former minister", "anonymous_group", 3),
        ("Maj. Gen. Lena Varga", "named_person", 1),
        ("The Department of Health and Social Care", "organization", None),
        ("Police", "organization", None),
        ("Residents", "anonymous_group", None),
        ("half a dozen nurses", "anonymous_group", 6),
        ("a dozen nurses", "anonymous_group", 12),
        ("local fishermen", "anonymous_group", None),
        # an office named with "of"/"for" before the name is a title, not a post-modifier
        ("Secretary of State Ruth Kimball", "named_person", 1),
        ("Minister of Foreign Affairs Karim Al-Jabouri", "named_person", 1),
        ("Chancellor of the Exchequer Ruth Kimball", "named_person", 1),
        ("Director of National Intelligence Ruth Kimball", "named_person", 1),
        ("Minister for Women and Equalities Ruth Kimball", "named_person", 1),
        ("Secretary-General of the United Nations Karim Jabouri", "named_person", 1),
        ("a spokesman for the Department of Health and Social Care", "anonymous_person", 1),
        ("the Minister of Health", "anonymous_person", 1),
        # unnamed bodies in the plural are bodies, not anonymous people
        ("Rights groups", "organization", None),
        ("Farm groups in the state", "organization", None),
        ("Aid agencies", "organization", None),
        # an apposition naming a role makes a lone name a person
        ("Brandt, the club's captain", "named_person", 1),
        # a number before a capitalized plural counts people ("Two Americans")
        ("Two Americans", "anonymous_group", 2),
        ("Ten Britons", "anonymous_group", 10),
        ("One Canadian", "anonymous_person", 1),
        # "ten" inside a name is a particle, not a number
        ("coach Erik ten Brink", "named_person", 1),
        # a portfolio joined by "and" is one person's title
        ("Work and Pensions Secretary Ana Kessel", "named_person", 1),
        ("shadow health and social care secretary Ana Kessel", "named_person", 1),
        # an office written with capitals is a person, not a body
        ("The Chancellor", "named_person", 1),
        ("the Prime Minister", "named_person", 1),
        # a body's name goes on through its connector, "the" or not
        ("the Office for Fiscal Oversight", "organization", None),
        # a country of two words is a state, not a first and a last name
        ("Burkina Faso", "organization", None),
        ("South Korea", "organization", None),
        ("Ivory Coast", "organization", None),
        # a utility's or miner's name is a company's
        ("Severn Valley Water", "organization", None),
        ("Karoo Mining", "organization", None),
        # documents and data tools, whatever follows them
        ("Documents seen by the Daily Courier", "document_or_media", None),
        ("Harbour Exchange's rate tracker tool", "document_or_media", None),
        ("A letter sent to shareholders", "document_or_media", None),
        ("The WHO", "organization", None),
        ("Olena, 67", "named_person", 1),
        ("the country's air force", "organization", None),
        ("the coast guard", "organization", None),
        ("the national weather service", "organization", None),
        ("a security guard", "anonymous_person", 1),
        ("Bank of Harbour Governor Ruth Kimball", "named_person", 1),
        ("Department of Health spokesman Karim Jabouri", "named_person", 1),
        ("University of Leeds economist Ruth Kimball", "named_person", 1),
        ("Bank of Harbour officials", "anonymous_group", None),
        ("A Department of Health and Social Care spokesperson", "anonymous_person", 1),
        ("Allies of the minister", "anonymous_group", None),
        ("The Supporters' Trust", "organization", None),
        ("The sign", "document_or_media", None),
        ("Karim al-Sharif, the leader of the coalition", "named_person", 1),
        ("a large study published Wednesday in the journal Harbour Medicine", "document_or_media", None),
        ("army chief of staff Maj. Gen. Ruth Kimball", "named_person", 1),
        ("Jane Roe and Tom Varga, both lawyers for the family", "named_person", 2),
        ("Jane Roe and Tom Varga, who represent the family", "named_person", 2),
        ("Jane Roe, a researcher and the study's author", "named_person", 1),
        ("a banner at the rally", "document_or_media", None),
        ("the lawyer, who represents Ruth Kimball", "anonymous_person", 1),
        ("Dozens of shoppers interviewed in the city", "anonymous_group", None),
        ("A handful of investors", "anonymous_group", None),
        ("a couple of officials", "anonymous_group", 2),
        ("Hundreds of residents", "anonymous_group", None),
        # an unnamed part of a group named with a capital is no person's name
        ("Many Republicans", "anonymous_group", None),
        ("Some Democrats", "anonymous_group", None),
        # an outlet by its apposition, a name with "&", an inquiry's findings
        ("The Wireline, a technology news site", "document_or_media", None),
        ("Harbour Stats & Information", "organization", None),
        ("A 2020 parliamentary inquiry", "document_or_media", None),
        # a stock ticker after a company's name, in parentheses or angle brackets
        ("Harbour Motor Corp <7203.T>", "organization", None),
        ("Northwind Energy Corp. (NYSE: NWE)", "organization", None),
        # a name holding a list is no description and a name in apposition
        ("A spokesperson for the Department for Digital, Culture, Media and Sport", "anonymous_person", 1),
        ("the Department for Environment, Food and Rural Affairs", "organization", None),
        ("A survey of 2,000 voters", "document_or_media", None),
        # a city and its state are one place, not a name in apposition
        ("Union leaders at the company's plant in Dayton, Ohio", "anonymous_group", None),
        ("a spokesman in Austin, Texas, Tom Reyes", "named_person", 1),
        # one role turned another is no verb: "striker turned pundit Gary Hollins"
        ("Former Wrexford striker turned pundit Gary Hollins", "named_person", 1),
        ("a lawyer turned activist", "anonymous_person", 1),
        # a group, team or panel of people is their anonymous group, not a body
        ("A group of nurses", "anonymous_group", None),
        ("a team of researchers", "anonymous_group", None),
        # a number, perhaps a party, and people: counted, not a name
        ("Two Tory MPs", "anonymous_group", 2),
        ("Two Senate Democrats", "anonymous_group", 2),
        ("Two Sigma Investments", "organization", None),
        # members of a party or a house, unnamed: not a two-word person's name
        ("House Republicans", "anonymous_group", None),
        ("Tory MPs", "anonymous_group", None),
        ("Democrats", "anonymous_group", None),
        # letters after a name, or a party in brackets, are no part of it
        ("Sinn Féin's housing spokesperson, Conor Tierney TD", "named_person", 1),
        ("The committee chairman, Councillor Alan Marchetti (Con, Riverside)", "named_person", 1),
        ("one senior Conservative MP", "anonymous_person", 1),
        # an envoy's posting before the name; a single office
        ("Kazakhstan's Ambassador to China Nurlan Seitkali", "named_person", 1),
        ("The Taoiseach", "named_person", 1),
        # documents: modelling, a docket, a trial; "privy to" ends the head
        ("Treasury modelling released under freedom of information laws", "document_or_media", None),
        ("the court docket", "document_or_media", None),
        ("an early-stage trial published Wednesday in the journal Gene Medicine", "document_or_media", None),
        ("Sources privy to the development", "anonymous_group", None),
        ("a group of companies", "organization", None),
        ("The group", "organization", None),
        # a multiplier multiplies
        ("Three hundred protesters", "anonymous_group", 300),
        ("Two people aware of the plans", "anonymous_group", 2),
        # bodies and documents by their lower-case head; a titled name after a description
        ("The German Pension Insurance fund", "organization", None),
        ("her management", "organization", None),
        ("The hurricane center’s 10 a.m. advisory", "document_or_media", None),
        ("The lead investigator, Professor Anjali Rao of the University of Leeds", "named_person", 1),
        ("A hundred workers", "anonymous_group", 100),
    ],
)
def test_describe_source(mention, source_type, count):
    described = describe_source(mention)
    assert (described.source_type, described.count) == (source_type, count)


@pytest.mark.parametrize(
    "resolved, key",
    [
        ("Col. Karim Al-Jabouri", "karim jabouri"),
        ("Karim al-Jabouri", "karim jabouri"),
        ("KARIM JABOURI", "karim jabouri"),
        ("Deputy Finance Minister Léa Côté", "lea cote"),
        ("Sheikh Nasser bin Khalid Al-Thani", "nasser bin khalid thani"),
        ("Sen. Ruth Kimball, D-Vt.", "ruth kimball"),
        ("Rep. Ruth Kimball (D-Vt.)", "ruth kimball"),
        ("The Ministry of Health", "ministry of health"),
        ("Dr. Pieter van der Berg", "pieter van der berg"),
        ("state Sen. Ruth Kimball", "ruth kimball"),
        ("Police Chief Ruth Kimball", "ruth kimball"),
        ("state officials", "state officials"),
        ("Secretary of State Ruth A. Kimball", "ruth kimball"),
        ("Then-President Ruth Kimball", "ruth kimball"),
        ("Bank of Harbour Governor Ruth Kimball", "ruth kimball"),
        ("ex-Prime Minister Ruth Kimball", "ruth kimball"),
        ("U.S. Secretary of Defense Ruth Kimball", "ruth kimball"),
        ("Chairman of the Joint Chiefs of Staff Gen. Ruth Kimball", "ruth kimball"),
        ("Governor of the Bank of England Ruth Kimball", "ruth kimball"),
        # middle initials come and go; a first initial stays
        ("Ruth A. Kimball Jr.", "ruth kimball"),
        ("R. A. Kimball", "r a kimball"),
        # companies' legal forms come and go
        ("Varrow Inc.", "varrow"),
        ("Hollin Holdings plc", "hollin holdings"),
        ("Varrow & Co.", "varrow"),
        ("Department of State", "department of state"),
        # a hyphenated modifier is no part of the name ("Kestrel-run" is not "Kestrel")
        ("the Kestrel-run Health Ministry", "health ministry"),
        ("the Varrow-backed Harbour Front", "harbour front"),
        ("Jean-Luc Varrow", "jean luc varrow"),
        ("Kestrel-run", "kestrel run"),
        ("", ""),
        (None, ""),
    ],
)
def test_canonical_name(resolved, key):
    assert canonical_name(resolved) == key


@pytest.mark.parametrize(
    "sentence, reason",
    [
        ("He spoke on condition of anonymity because he was not authorized to comment.",
         "because he was not authorized to comment"),
        ("She requested anonymity to discuss private talks.", "to discuss private talks"),
        ("They asked not to be identified for fear of losing their jobs.", "for fear of losing their jobs"),
        ("A clerk, who declined to be named, said so.", None),
        ("An aide who was not authorized to speak on the record said so.", "not authorized to speak on the record"),
        ("Two residents, who gave only their first names for fear of reprisals, said so.", "for fear of reprisals"),
        ("A nurse, identified only by her first name because of safety concerns, said so.", "because of safety concerns"),
        # the rules of a briefing or a policy are reasons too
        ("An official briefed reporters on condition of anonymity under ground rules set by the ministry.",
         "under ground rules set by the ministry"),
        ("An officer spoke on condition of anonymity in keeping with department policy.",
         "in keeping with department policy"),
    ],
)
def test_find_anonymity_reasons(sentence, reason):
    statements = find_anonymity_reasons(sentence)
    assert len(statements) == 1
    assert statements[0].reason == reason


def test_no_anonymity_formula():
    assert find_anonymity_reasons("The minister said the talks went well and asked for patience.") == []


def test_claims_without_source_are_left_alone():
    text = "Prices rose sharply last month."
    claim = Claim(claim=Span(0, 10, text[:10]), kind="indirect")
    characterize(text, [claim])
    assert claim.source_type is None and claim.source_resolved is None


@pytest.mark.parametrize("text, source", [("“Fine,” said .", ","), ("’s said so.", "’s"), ("X said so.", "X")])
def test_degenerate_source_spans_do_not_break(text, source):
    """Span finders can hand over punctuation or a stray letter as a source."""
    claim = _claims(text, [(source, 0)])[0]
    characterize(text, [claim])
    assert claim.source_resolved
    assert claim.anonymity_reason is None


def test_long_run_of_capitals_finishes():
    """A page of capitalized words (a table, a shouting caption) stays linear."""
    text = "Red Blue Green Amber Teal Navy " * 5000 + "Jan Roe said so. He said more."
    claims = _claims(text, [("Jan Roe", 0), ("He", 0)])
    characterize(text, claims)
    assert claims[1].source_resolved == "Jan Roe"


@pytest.mark.parametrize(
    "sentence",
    [
        "A diplomat, who spoke anonymously, said the talks stalled.",
        "An aide, who asked not to be named, said the vote was close.",
        "The officer was not\nauthorised to speak and declined to be identified.",
        "Two officials said so on condition that their names not be used.",
        "The minister said the talks went well and asked for patience.",
    ],
)
def test_anonymity_hint_sentences_never_skip_a_hint(sentence):
    """Only sentences the hint pattern finds nothing in may be skipped."""
    from provenance.extract.sources import _ANONYMITY_HINT_RE, _anonymity_hints

    expected = [m.span() for m in _ANONYMITY_HINT_RE.finditer(sentence)]
    assert [m.span() for m in _anonymity_hints(sentence, 0, len(sentence))] == expected


# Shortcuts taken for speed must find exactly what the patterns they stand in for find.
SHORTCUT_TEXTS = [
    "The clerk, who asked not to be named because she was not authorized to speak, said the vote was late.",
    "Two aides spoke anonymously. One could not be reached. Another declined to be identified.",
    "A driver said he would not\n  be quoted. Anonymity was granted. NOT BE NAMED. Annotated notes.",
    "Officials cannot comment.Nothing was named. It is not permitted, not allowed and not cleared.",
    "On the condition that their names not be published, three guards described the night.",
    "Jean-Luc O’Neil Jr. met Dr. Ana María de la Cruz and the U.S. envoy; Mc-Donald’s staff (two) left.",
    "",
]


@pytest.mark.parametrize("text", SHORTCUT_TEXTS)
def test_anonymity_hints_read_only_hint_sentences_but_find_every_hint(text):
    from provenance.extract import sources

    for start, end in [(0, len(text)), (3, max(3, len(text) - 4))]:
        expected = [m.span() for m in sources._ANONYMITY_HINT_RE.finditer(text, start, end)]
        assert [m.span() for m in sources._anonymity_hints(text, start, end)] == expected


@pytest.mark.parametrize("text", SHORTCUT_TEXTS)
def test_words_of_is_the_word_pattern_applied_left_to_right(text):
    from provenance.extract import names

    word = regex.compile(names._WORD)
    for piece in [text, text[5:40], text * 2]:
        assert names.words_of(piece) == [m.group() for m in word.finditer(piece)]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Rates were raised by the Bank of England on Thursday.", ["Bank of England"]),
        ("The Ministry of the Interior said so.", ["Ministry of the Interior"]),
        ("She studied at the University of Colorado Boulder.", ["University of Colorado Boulder"]),
        # "of" joins only after the head of a body: not a title, not a plain word
        ("Secretary of State Jane Roe said so.", ["State Jane Roe"]),
        ("Friends of Jane Roe said so.", ["Jane Roe"]),
    ],
)
def test_name_mentions_of_bodies_named_x_of_y(text, names):
    from provenance.extract.names import find_name_mentions

    assert [mention.text for mention in find_name_mentions(text)] == names


@pytest.mark.parametrize("text", SHORTCUT_TEXTS)
def test_name_mentions_excluding_spans_drops_exactly_the_overlapping_ones(text):
    from provenance.extract.names import find_name_mentions

    every = find_name_mentions(text)
    # mentions, stretches, and a span just touching a mention's end (which counts)
    cuts = {(m.start, m.end) for m in every[::2]} | {(0, 4), (len(text) // 2, len(text) // 2 + 9)}
    cuts |= {(m.end, m.end + 1) for m in every[1:2]}
    cuts = sorted(cuts)
    spans = [span for index, span in enumerate(cuts) if index == 0 or span[0] >= cuts[index - 1][1]]
    kept = find_name_mentions(text, exclude=spans)
    assert [(m.start, m.end) for m in kept] == [
        (m.start, m.end) for m in every if not any(s <= m.end and m.start < e for s, e in spans)
    ]


@pytest.mark.parametrize(
    "window",
    SHORTCUT_TEXTS
    + [
        "He said the ferry was late.",
        "SHE   then\n told the crew to wait.",
        "and he also warned that the road was closed",
        "the pilot said she was tired; she later added more",
        "Mr. Roe said the plan would fail.",
        "Sheila said nothing.",
    ],
)
def test_pronoun_cue_test_holds_wherever_the_pronoun_pattern_matches(window):
    from provenance.extract import sources

    if sources._GENDERED_PRONOUN_RE.search(window):
        assert sources._pronoun_before_cue(window.casefold())


@pytest.mark.parametrize(
    "text, field, expected",
    [
        # bodies issue statements; people ask, shout and say "I"
        ('"What do you expect?" Varrow asked reporters.', "source_type", "named_person"),
        ('"I am not going anywhere," Varrow said.', "source_type", "named_person"),
        ('"We are reviewing the decision," Varrow said in a statement.', "source_type", "organization"),
        # a name of two words whose claim opens with "its" is a body
        ("Harbour Tinto said its profit fell 14%.", "source_type", "organization"),
        ("Ruth Kimball said her profit fell 14%.", "source_type", "named_person"),
        ("Dr. Ruth Kimball said its results were promising.", "source_type", "named_person"),
        # a pronoun after a sentence refers to its subject
        ('The striker, who joined in the summer, has scored 12 goals. "I feel at home here," he said.',
         "source_resolved", "The striker"),
        ('The governor, Ruth Kimball, has signalled caution. "We will wait," she said.', "source_resolved", "Ruth Kimball"),
        # a name after a description, then its institute and city: the name
        ('“The signal is strong,” said Dr. Mette Kjaergaard, the lead author. Her co-author, Dr. Aaron Feldstein '
         'of the Lakeshore Institute for Cancer Research in Toronto, said the test was cheap.',
         "source_resolved", "Dr. Aaron Feldstein"),
        # "the airline" is no airport named in the same sentence
        ("The flight left Prince Rupert Airport and was operated by Coastal Pacific Airways, the airline said.",
         "source_resolved", "Coastal Pacific Airways"),
        # "dispute" is a verb, which ends the subject of a participle's claim
        ("Supporters of the bill dispute that math, saying the plan will pay for itself.",
         "source_resolved", "Supporters of the bill"),
        # a verb before a name ends no description of it: the outlet is no spokesperson
        ('A Transport Ministry spokesperson told Hale News Digital the ministry "will respond." '
         'The spokesperson added that every grant "undergoes review."', "source_resolved", "A Transport Ministry spokesperson"),
    ],
)
def test_the_last_claim_of_a_short_text(text, field, expected):
    """Readings that need the claims around a source, so extracted end to end."""
    from provenance.extract import extract

    assert getattr(extract(text)[-1], field) == expected


def test_spelling_variant_candidates_are_indexed_in_the_order_entities_were_made():
    """The initial index stands for a scan of all entities in the order they were
    made (the order breaks ties between equally good matches), also when an
    older entity's name grows to end in another initial."""
    from provenance.extract.sources import NAMED_PERSON, _Article, _describe

    text = "x" * 200
    article = _Article(text, 0, len(text), set())
    article.new_entity(_describe("Ed Smith"), 10, NAMED_PERSON)
    grown = article.new_entity(_describe("Jane Roe"), 20, NAMED_PERSON)
    article.new_entity(_describe("Al Smit"), 30, NAMED_PERSON)
    article.enrich(grown, _describe("Jane Roe Smithers"))
    for initial in "rs":
        scanned = [e for e in article.entities if e.keys and e.keys[-1][:1] == initial]
        indexed = [e for e in article.initial_index.get(initial, ()) if e.keys[-1][:1] == initial]
        assert [e.resolved for e in indexed] == [e.resolved for e in scanned]
    assert [e.resolved for e in article.initial_index["s"]] == ["Ed Smith", "Jane Roe Smithers", "Al Smit"]


def test_names_resolve_in_a_text_naming_more_people_than_a_name_is_compared_with():
    """Candidates sharing a name word are bounded (the latest few of each
    bucket), so that a text naming hundreds of Smiths stays linear; a full
    name repeated after many others still finds its own person, and a
    surname alone the Smith who spoke last."""
    from provenance.extract import extract

    people = [f"Ana{chr(97 + i // 26)}{chr(97 + i % 26)} Smith" for i in range(60)]
    text = " ".join(f"{name} said the plan was dead." for name in people)
    text += f" {people[0]} said it was not. Smith said it was."
    claims = extract(text)
    assert claims[-2].source.text == people[0] and claims[-2].source_resolved == people[0]
    assert claims[-1].source_resolved == people[0]


@pytest.mark.parametrize(
    "mention, resolved",
    [
        # a possessive of a name of several words before a person's name is no part of it
        ("Sinn Féin's Mary Lou Varga", "Mary Lou Varga"),
        ("New Kestrel's Jane Roe", "Jane Roe"),
        ("Fianna Fáil TD Jim Varga", "Jim Varga"),
        # but a possessive inside a body's name is
        ("Perry County Sheriff's Office", "Perry County Sheriff's Office"),
        ("The Perry County Sheriff's Office", "The Perry County Sheriff's Office"),
        ("The Alzheimer's Association", "The Alzheimer's Association"),
        # a long office ending in a body's name, then the person's name
        ("Deputy Minister of Investment for Investor Services Abdulrahman Al-Shehri",
         "Deputy Minister of Investment for Investor Services Abdulrahman Al-Shehri"),
        # a body's name after "state" or "federal" reads on through "of"
        ("The state Office of Emergency Services", "Office of Emergency Services"),
        # a company's name read through to its last word, not to "Co" inside "Coast"
        ("Central Coast Power Co.", "Central Coast Power Co"),
        # a description whose apposition gives the name after "named"
        ("the principal cellist, a soft-spoken Slovenian named Matej Kranjc", "Matej Kranjc"),
    ],
)
def test_resolved_name_after_a_possessive(mention, resolved):
    claims = _run(mention + " said the plan was dead.", [(mention, 0)])
    assert claims[0].source_resolved == resolved


@pytest.mark.parametrize(
    "text, source_text, resolved",
    [
        # a stop inside the parentheses after a company's name is no boundary of the subject
        ("Northwind Energy Corp. (NYSE: NWE) today announced that it had agreed to buy a rival.",
         "Northwind Energy Corp. (NYSE: NWE)", "Northwind Energy Corp."),
        ("Harbour Motor Corp <7203.T> said sales fell 5% in May.", "Harbour Motor Corp <7203.T>", "Harbour Motor Corp"),
    ],
)
def test_a_ticker_is_part_of_the_source_but_not_of_its_name(text, source_text, resolved):
    [claim] = extract(text)
    assert (claim.source.text, claim.source_resolved) == (source_text, resolved)


@pytest.mark.parametrize(
    "text, resolved",
    [
        # "X, who said": a lone name the description cannot type is the antecedent all the same
        ("The bill drew fire from Democrats, who said it was cruel.", ["Democrats"]),
        # ... a person after "who", so "he" can refer back to it
        ('The plan was praised by Kessel, who said it was overdue. "It is a good day," he said.', ["Kessel", "Kessel"]),
        ("The deal was welcomed by Acme, which said it would hire 200 people.", ["Acme"]),
    ],
)
def test_a_relative_pronoun_resolves_to_a_lone_name_before_it(text, resolved):
    assert [c.source_resolved for c in extract(text)] == resolved


@pytest.mark.parametrize(
    "text, resolved, reasons",
    [
        # "the other" after "one of them": the other of them, not "the of them"
        (
            "Two nurses described the system. One of them said notes were changed. The other said she saw it.",
            ["One of them", "the other of them"], [None, None],
        ),
        # "one of them" is one of the group's people, whom "the diplomat" then names
        (
            "Two diplomats said the talks had stalled. One of them, who asked not to be named because the talks"
            ' are confidential, said a deal was unlikely. "Everyone is waiting," the diplomat said.',
            ["Two diplomats", "one of the two diplomats", "one of the two diplomats"],
            [None, "because the talks are confidential", "because the talks are confidential"],
        ),
    ],
)
def test_partitive_members_resolve(text, resolved, reasons):
    claims = extract(text)
    assert [c.source_resolved for c in claims] == resolved
    assert [c.anonymity_reason for c in claims] == reasons


@pytest.mark.parametrize(
    "text, resolved",
    [
        # "Hon." is a title, not the end of a sentence
        (
            "The Commissioner for Environment, Hon. Abubakar Danjuma, disclosed this on Tuesday.\n\n"
            '"The camps have food," the commissioner said.',
            ["Hon. Abubakar Danjuma"],
        ),
        # a long office before the name: the name is the subject "he" means, and
        # the office's head word is what "the commissioner" means
        (
            "The Commissioner for Environment and Ecological Management, Hon. Abubakar Danjuma, disclosed this on"
            ' Tuesday.\n\nHe said the water was rising. "The camps have food," the commissioner said.',
            ["Hon. Abubakar Danjuma", "Hon. Abubakar Danjuma"],
        ),
        # "it" is the body the sentence before is about, not a name inside its subject ...
        (
            "The Eastern Republic's military command denied responsibility. In a post, it said the strike was staged.",
            ["The Eastern Republic's military command"],
        ),
        # ... nor data cited after it
        (
            "Acme Foods cut its forecast. The company earned $1.04 a share, according to LSEG data."
            " Volumes dropped 6%, it said.",
            ["LSEG data", "Acme Foods"],
        ),
        # "the company" is the business named before, not an index named since
        (
            "A weak forecast from chip equipment maker Veltrane Systems hit chip shares. The Dow Jones"
            " Industrial Average fell 1%. Veltrane shares tumbled after the company said it expected lower revenue.",
            ["Veltrane Systems"],
        ),
        # a title in quotation marks is no one's name
        (
            'Ana Hart delivered babies for 40 years. In her memoir, "Nine Months and a Bicycle," she recalled'
            ' the early days. "I sat on the step," she wrote.',
            ["Ana Hart"],
        ),
        # a man's given name is no antecedent of "she", whatever pronoun follows it
        ('Ana Hart was a midwife for 40 years. She married Thomas Hart, a teacher, in 1959. "Half of it," she said.', ["Ana Hart"]),
        # a lone name opening the sentence before is whom "he" means ...
        ('Stam dismissed the call. "It was fine," he said.', ["Stam"]),
        # ... also after an apposition
        (
            'A spokesman said Mabry was walking.\n\nLisowski, a freshman making his fourth start, threw for 268 yards.'
            ' "I have to make that throw," he said.',
            ["A spokesman", "Lisowski"],
        ),
        # ... but not a body, which has "its"
        ('Acme cut its forecast. "It was a hard year," she said.', ["she"]),
        # "which" after a long name is that name, not a shorter one inside it
        (
            "Scientists cited a report from the Intergovernmental Panel on Climate Change, which said seas would rise.",
            ["the Intergovernmental Panel on Climate Change"],
        ),
    ],
)
def test_resolution_to_subjects_and_titles(text, resolved):
    assert [c.source_resolved for c in extract(text)] == resolved


def test_a_lone_name_telling_reporters_is_a_person():
    [claim] = extract('"Prices will rise," Varga told reporters.')
    assert (claim.source_resolved, claim.source_type) == ("Varga", "named_person")


#: Articles whose last claim's source resolves to ``expected``: what was
#: written extracted whole, so the resolution reads the article as ingest does.
LAST_SOURCE_CASES = [
    # the one asked answers, not the one who asked
    pytest.param(
        "Tan said he signed the reports. \u201cHow many did you sign?\u201d asked Sen. Paulo Reyes, "
        "who chairs the committee.\n\n\u201cSeventeen,\u201d he replied.",
        "Tan",
        id="the-one-asked-answers",
    ),
    # a pronoun that says something else may be the asker
    pytest.param(
        "Tan said he signed the reports. \u201cHow many did you sign?\u201d asked Sen. Paulo Reyes, "
        "who chairs the committee.\n\n\u201cThat is too many,\u201d he said.",
        "Sen. Paulo Reyes",
        id="the-asker-may-say-more",
    ),
    # the one whose thing the sentence before is about ("Doyle's equaliser")
    pytest.param(
        'Okafor, 23, was modest. "It was the delivery," he said.\n\n'
        "Doyle's equaliser was his first goal since March, and he dedicated it to the physio. "
        '"Without him I am not playing," he said.',
        "Doyle",
        id="he-after-a-possessive-subject",
    ),
    # a possessive of a thing, not a person, changes nothing
    pytest.param(
        'Okafor, 23, was modest. "It was the delivery," he said.\n\n'
        "The club's statement came later. \"We are proud,\" he said.",
        "Okafor",
        id="he-after-a-body's-possessive",
    ),
    # an acronym after "the" finds the body named in full earlier, even
    # inside a claim, its "and" part of its name
    pytest.param(
        "The developer said it planned to apply to the Food and Drug Administration for approval.\n\n"
        "The trial was small, the FDA said.",
        "Food and Drug Administration",
        id="an-acronym-finds-the-full-name",
    ),
    # a hyphenated word gives an initial per part
    pytest.param(
        "According to a press release issued by the Inter-Services Public Relations, four militants were killed.\n\n"
        "The militants had planned attacks, the ISPR said.",
        "Inter-Services Public Relations",
        id="an-initial-per-hyphenated-part",
    ),
    # a bare body noun refers back only to an unnamed body of its own kind:
    # "the ministry" is not the prosecutors or the police of before
    pytest.param(
        "Prosecutors allege that Mendez laundered money.\n\nThe ministry said the strikes were legal.",
        "The ministry",
        id="a-ministry-is-not-the-prosecutors",
    ),
    pytest.param(
        "Police said a man was arrested.\n\nThe ministry said the strikes were legal.",
        "The ministry",
        id="a-ministry-is-not-the-police",
    ),
    pytest.param(
        "Jordan's army said it fired first.\n\nThe military said the operation was over.",
        "Jordan's army",
        id="the-military-is-the-army",
    ),
    # "the airline" with no airline named is not the paper that broke the news
    pytest.param(
        "The decision was first reported by The Wall Street Journal.\n\n"
        "The airline blamed the delays on a shortage of controllers, saying in a statement "
        "that it had no control over the situation.",
        "The airline",
        id="a-body-is-not-the-paper-that-reported-it",
    ),
    pytest.param(
        "The decision was first reported by Northgate Holdings.\n\n"
        "The company said the deal would close in March.",
        "Northgate Holdings",
        id="a-company-named-before-is-still-found",
    ),
    # "the club" is not the university named last, whose name says its kind
    pytest.param(
        "Dr. Priya Natarajan, a glaciologist at the University of Colorado, said it was bad.\n\n"
        "The striker is expected to be fit for Saturday, the club said.",
        "the club",
        id="a-club-is-not-a-university",
    ),
    # a body named "X of Y", never a source, is what "the bank" refers back to
    pytest.param(
        "The Bank of England raised rates on Thursday.\n\nThe bank said inflation was high.",
        "Bank of England",
        id="a-bank-named-x-of-y",
    ),
    # an agent named in passing is not who the next "he" is about
    pytest.param(
        "Julian Ashcombe, the actor whose Lear was hailed by one critic as “the performance of a generation,” "
        "died on Sunday.\n\nIn a 2004 interview, he said he had nearly given up acting.",
        "Julian Ashcombe",
        id="he-is-not-an-agent-named-in-passing",
    ),
    # a name after a body's noun is the body's, when a person's name opens the source
    pytest.param(
        "Lorraine Coyle of the campaign group Women's Health Voice said the case was shocking.",
        "Lorraine Coyle",
        id="a-person-of-a-named-group",
    ),
    # a body named in passing whose name holds the noun, before another body that spoke
    pytest.param(
        "Crews walked out after the Screen Crafts Workers Union and the studios failed to reach a deal.\n\n"
        "The Studio Producers Coalition said its offer was generous.\n\nThe union said the offer was not enough.",
        "Screen Crafts Workers Union",
        id="the-union-named-in-passing",
    ),
    # "Carriers" ends a company's name
    pytest.param(
        "The ship was struck, UKMTO said.\n\nAthens-based Poseidonia Bulk Carriers said the crew was safe. "
        "“The master reported an explosion,” the company said.",
        "Poseidonia Bulk Carriers",
        id="the-company-is-the-carrier",
    ),
    # a bare "police" is the force named in passing before; "the premier's office" is the premier's
    pytest.param(
        "Detectives from West Yorkshire Police are appealing for witnesses.\n\nThe driver fled the scene, police said.",
        "West Yorkshire Police",
        id="police-named-in-passing",
    ),
    pytest.param(
        "The Financial Accountability Office said the cost was high.\n\nThe premier’s office said the estimate was wrong.",
        "The premier’s office",
        id="a-possessor-must-match",
    ),
    # a subject put after its verb ("Among ... was Name") is whom the next pronoun is about
    pytest.param(
        "A spokesperson for the ministry said support had been unprecedented.\n\n"
        "Among those who lost their jobs was Marisol Quintana, 47, a welder who had worked there "
        "since she was 19. She said she had applied for 30 jobs.",
        "Marisol Quintana",
        id="among-them-was-a-name",
    ),
    pytest.param(
        "A spokesperson for the ministry said support had been unprecedented.\n\n"
        "Also on the stage was Councillor Bram Veldhuis. He said the plan would fail.",
        "Councillor Bram Veldhuis",
        id="also-there-was-a-name",
    ),
    # a subject whose verb ends the sentence ("Kovalenko laughed.") is whom the next "he" is about
    pytest.param(
        "Tobias Wren, the champion, said the draw was kind.\n\n"
        "Asked whether he would watch the final, Arvid Kovalenko laughed. “No chance,” he said.",
        "Arvid Kovalenko",
        id="a-subject-and-its-verb-ending-the-sentence",
    ),
    # "His only start ..." is about whom the sentence before is about
    pytest.param(
        "Quarterback Arvid Kovalenko will start on Sunday.\n\n"
        "Linebacker Tobias Wren posted on Instagram that he was feeling better.\n\n"
        "Kovalenko has thrown 61 passes in his career. His only road start, a loss in March, "
        "ended with three interceptions. “I learned more in that game than in any win,” he said.",
        "Arvid Kovalenko",
        id="his-thing-is-about-the-subject-before",
    ),
    # a name with an aside of time ("Kovalenko, when contacted, ...") is the subject
    pytest.param(
        "Another source, who is close to the chairman, said the board had called Arvid Kovalenko.\n\n"
        "Kovalenko, when contacted, neither confirmed nor denied the report. “I am available,” he said.",
        "Arvid Kovalenko",
        id="a-name-with-an-aside-of-time",
    ),
    # the party named in a subject's aside ("Reimann, of the Free Democrats,") is not the subject
    pytest.param(
        "Education Minister Katrin Oberlaender accused Finance Minister Joerg Reimann of neglect.\n\n"
        "Reimann, of the business-friendly Free Democrats (FDP), rejected the criticism on Sunday. "
        "\u201cThe debt brake is in the Basic Law,\u201d he told public broadcaster ZDF.",
        "Joerg Reimann",
        id="a-party-in-the-subjects-aside",
    ),
    # a speaker's own sentence tells the speaker's gender ("Kranjc, told me ... he had"), so
    # a later "she" is not about him
    pytest.param(
        "Ruth Abernathy-Kole has tuned concert halls for forty years.\n\n"
        "The principal cellist, a soft-spoken Slovenian named Matej Kranjc, told me that for three seasons "
        "he had been playing into a pillow.\n\n"
        "\u201cMy mother would make me stand in different pews,\u201d she told me.",
        "Ruth Abernathy-Kole",
        id="a-speakers-own-sentence-tells-his-gender",
    ),
    # a name of the other gender after "was" is not whom "she" is about
    pytest.param(
        "Dana Whitcombe, the union's president, said the talks had stalled.\n\n"
        "Among the negotiators was Tomas Ruiz. She said the offer was an insult.",
        "Dana Whitcombe",
        id="among-them-was-a-name-of-the-other-gender",
    ),
]


@pytest.mark.parametrize("text, expected", LAST_SOURCE_CASES)
def test_last_claim_source_resolves(text, expected):
    assert extract(text)[-1].source_resolved == expected

def test_a_compound_of_people_named_before_is_two_named_people():
    text = (
        "Mayor Linda Okafor ordered the evacuation. Fire Chief Dale Brummett said crews were ready.\n\n"
        "The mayor and the fire chief said the fire was contained."
    )
    claim = extract(text)[-1]
    assert (claim.source_type, claim.anonymous, claim.source_count) == ("named_person", False, 2)
    assert claim.source_resolved == "Mayor Linda Okafor and Dale Brummett"


def test_a_compound_of_unnamed_people_stays_an_anonymous_group():
    claim = extract("The mayor and the fire chief said the fire was contained.")[-1]
    assert (claim.source_type, claim.anonymous) == ("anonymous_group", True)


def test_a_title_holding_a_list_before_a_name_names_the_person():
    described = describe_source("Federal Minister for Planning, Development and Special Initiatives Prof. Dr. Ahsan Chaudhry")
    assert (described.source_type, described.head) == ("named_person", "chaudhry")


@pytest.mark.parametrize(
    "text,expected",
    [
        # an acronym nobody was introduced by: the words it stands for, written earlier
        ("Rotich was banned after the Court of Arbitration for Sport upheld an appeal, CAS said. "
         "CAS added that he could appeal.",
         ["Court of Arbitration for Sport"] * 2),
        ("Ms Roe joined the National Union of Teachers in 1990. The NUT said she was a member.",
         ["National Union of Teachers"]),
        # an acronym given in brackets belongs to the body, and the body keeps its description
        ("The vessel was hit, the United Kingdom Maritime Trade Operations (UKMTO) agency said. "
         "The crew was safe, UKMTO said.",
         ["the United Kingdom Maritime Trade Operations (UKMTO) agency"] * 2),
        # not to a person described by the body
        ("A former engineer of the Department of Public Works and Highways (DPWH) said he was told to sign. "
         "The DPWH said it had suspended six officials.",
         ["A former engineer of the Department of Public Works and Highways (DPWH)",
          "Department of Public Works and Highways"]),
        # the name a body is known as
        ("The U.N. agency for Palestinian refugees, known as UNRWA, said its shelters had been hit. "
         "UNRWA said the toll was rising.",
         ["UNRWA", "UNRWA"]),
        ("A separatist group, also known as the Northern Front, said it had fired the rockets.",
         ["the Northern Front"]),
        # initials that spell no earlier name stay as written
        ("The weather was fine on Sunday. The ABC said the match would go ahead.", ["The ABC"]),
    ],
)
def test_acronyms_and_names_a_body_is_known_as(text, expected):
    assert [c.source_resolved for c in extract(text)] == expected


@pytest.mark.parametrize(
    "mention,source_type",
    [
        # a word that names bodies ends an airline's name
        ("Nordvik Air", "organization"),
        # a one-word name after a noun for a body
        ("Media regulator Ofcom", "organization"),
        # "&" in a company named in a person's apposition does not make the person a company
        ("John Hale, an analyst with Brewster & Co.", "named_person"),
        ("Procter & Gamble", "organization"),
        # a body's name with "and" inside it is one body, not two people
        ("U.S. Immigration and Customs Enforcement", "organization"),
        ("Detective Inspector Sarah Quill of the Police Service's Financial and Cyber Crime Group", "named_person"),
        ("Jane Roe and Tom Varga", "named_person"),
        # an age says a person, whatever the job
        ("Kelvin Banda, a 34-year-old drill operator", "named_person"),
        ("Acme, a drill operator", "organization"),
        ("Banda, a 34-year-old drill operator", "named_person"),
        ("the 13-nation cartel", "organization"),
        ("Kalpana BK, 34", "named_person"),
        ("the prospectus", "document_or_media"),
        # a body's acronym of three letters opens its name; two capitals are a person's initials
        ("NHS England", "organization"),
        # a body's name before a document's noun modifies it
        ("Tennessee Department of Correction records", "document_or_media"),
        # a "Network" is a broadcaster's only with a word of broadcasting in its name
        ("The Thai Cannabis Future Network", "organization"),
        ("Fox News Network", "document_or_media"),
        ("JK Rowling", "named_person"),
        ("Amnesty International's Dutch section", "organization"),
        # South Asian police ranks are titles: the officer, not the force
        ("Industrial Police DIG Mohammad Jahangir Alam", "named_person"),
        ("the DIG", "named_person"),
        ("A campaign commercial", "document_or_media"),
        # a title before a name: the body's officer
        ("association President Carla Jimenez", "named_person"),
        ("School board President Denise Arroyo", "named_person"),
        # a group's apposition outweighs "Network" in its name
        ("The Memory Action Network, a patient advocacy group", "organization"),
        ("his opponent’s camp", "organization"),
        # a name ending in a document's noun names a document, not a person
        ("Statistics Canada's Uniform Crime Reporting Survey", "document_or_media"),
        ("the Global Peace Index", "document_or_media"),
        ("Judge Anne Review", "named_person"),
        ("the response", "document_or_media"),
        ("The results", "document_or_media"),
        ("a consensus compiled by the company", "document_or_media"),
    ],
)
def test_bodies_people_and_documents_by_their_words(mention, source_type):
    assert describe_source(mention).source_type == source_type


@pytest.mark.parametrize(
    "text,expected",
    [
        # the people of a study, called by another noun for them
        ("Scientists at Kingsbridge University said bees got lost. The researchers said the test was small. "
         "The authors said more work was needed.",
         ["Scientists at Kingsbridge University"] * 3),
        # "Games" ends a company's name
        ("Ironvale Games said the league would close. The company said players would be paid.",
         ["Ironvale Games"] * 2),
        # a nickname in quotation marks is no part of the name; a hyphenated adjective no participle
        ("The league’s most-watched streamer, Dana “Dazzle” Whitcombe, said the league was mismanaged.",
         ["Dana Whitcombe"]),
    ],
)
def test_study_authors_companies_and_nicknames_resolve(text, expected):
    assert [c.source_resolved for c in extract(text)] == expected


def test_a_single_document_is_not_the_plural_documents_cited_before():
    text = "Court filings show the firm had borrowed heavily. The filing says the firm owes $120 million."
    assert [c.source_resolved for c in extract(text)] == ["Court filings", "The filing"]


def test_who_after_a_place_in_an_apposition_is_the_person_named_before():
    text = "Peter Onyango, 64, a fisherman from the shores of Lake Victoria, who said he had travelled all night."
    assert [c.source_resolved for c in extract(text)] == ["Peter Onyango"]


def test_a_place_and_police_is_the_force_the_article_names_before_or_after():
    text = (
        "A man was shot outside a gas station, Riverton police said Sunday.\n\n"
        "Officers were called at 11 p.m., according to Riverton Police Department spokesperson Sgt. Tanya Brooks.\n\n"
        "It is the third homicide this year, according to police."
    )
    assert [c.source_resolved for c in extract(text)] == [
        "Riverton Police Department", "Sgt. Tanya Brooks", "Riverton Police Department",
    ]
    # no force named: as written
    assert [c.source_resolved for c in extract("A man was shot, Riverton police said.")] == ["Riverton police"]


def test_it_is_the_body_described_earlier_in_its_sentence():
    text = (
        "The ministry said the talks had failed.\n\n"
        "Shares of the company fell 8% after it said its chief executive would step down."
    )
    assert [c.source_resolved for c in extract(text)] == ["The ministry", "the company"]
