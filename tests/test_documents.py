"""A document referred back to ("the paper", "the statement") resolves to its full mention."""

import pytest

from provenance.extract import extract
from provenance.extract.documents import document_named_before, same_document_kind


@pytest.mark.parametrize(
    "text,noun,expected",
    [
        # a source of its own, with a participle phrase that runs to the cue
        ("Teens sleep longer, a study published Monday in the journal Sleep Medicine found. The paper",
         "paper", "a study published Monday in the journal Sleep Medicine"),
        # an adverbial of another source, ended by a comma
        ("In a statement carried by the state news agency, the army said guards fired. The statement",
         "statement", "a statement carried by the state news agency"),
        # a sentence subject that reports nothing: the phrase ends at the main verb
        ("The speaker said.\n\nA memo circulated to House Republicans on Sunday struck a harder line. The memo",
         "memo", "A memo circulated to House Republicans on Sunday"),
        # ended by "that" after a time word
        ("The ministry said in a statement released Sunday afternoon that talks failed. The statement",
         "statement", "a statement released Sunday afternoon"),
        # a possessive determiner, and "the" inside a name
        ("The agency said in its annual State of the Climate report.\n\nThe report", "report",
         "its annual State of the Climate report"),
        ("A poll by the Marlow Research Group found Ortiz ahead. The survey", "survey",
         "A poll by the Marlow Research Group"),
        ("An affidavit filed in Tillman County Court said so. The document", "document",
         "An affidavit filed in Tillman County Court"),
        # no full mention: a definite one, or the noun as something else
        ("He read the report aloud. The report", "report", None),
        ("She told a reporter that. The report", "report", None),
        ("Officials will report on Friday. The report", "report", None),
        # a determiner in the sentence before is no determiner of this mention
        ("Two devoted their editorials to it. Quotations from foreign-language papers were translated. The paper",
         "paper", None),
    ],
)
def test_document_named_before(text, noun, expected):
    position = text.rindex(" The " if " The " in text else "The")
    span = document_named_before(text, 0, position, noun)
    assert (text[span[0] : span[1]] if span else None) == expected


@pytest.mark.parametrize(
    "noun,other,same",
    [("paper", "study", True), ("survey", "poll", True), ("complaint", "action", True),
     ("document", "affidavit", True), ("report", "reports", True), ("survey", "report", False),
     ("statement", "memo", False)],
)
def test_document_kinds(noun, other, same):
    assert same_document_kind(noun, other) is same


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The agency said on Wednesday in its annual State of the Climate report that the year was the hottest.\n\n"
         "The report found that sea ice hit a record low.",
         ["The agency", "its annual State of the Climate report"]),
        ("The army said in a statement released Sunday afternoon that the talks had failed. "
         "The statement added that a new round was planned.",
         ["The army", "a statement released Sunday afternoon"]),
        # a document that was a source, called by another noun of its kind; a pronoun after it
        ("A group of novelists sued Lumen Labs on Tuesday. The proposed class action, filed in federal court, "
         "says Lumen copied the books. The complaint says the company knew. It says the copying began in 2021.",
         ["The proposed class action"] * 3),
        ('A memo circulated to House Republicans on Sunday struck a harder line. "We will not yield," the memo '
         "said. It warned that the deadline was near.",
         ["A memo circulated to House Republicans on Sunday"] * 2),
        # the author named in apposition is no name of the memo
        ("A memo written by the purchasing director, Gloria Benning, warned that costs were rising. "
         "The memo added that the bid was late.",
         ["A memo written by the purchasing director, Gloria Benning"] * 2),
        # a description that names the document is a full mention itself
        ("A preliminary report was released Thursday. The National Transportation Safety Board report said "
         "the blade had cracked.",
         ["The National Transportation Safety Board report"]),
        # "the consultation document" is a document of its own kind
        ("A poll by the Marlow Research Group found that voters were tired. The consultation document said "
         "washing lines were allowed.",
         ["A poll by the Marlow Research Group", "The consultation document"]),
    ],
)
def test_a_document_resolves_to_its_full_mention(text, expected):
    assert [c.source_resolved for c in extract(text)] == expected
