"""HTML pages written for the web-ingest tests (invented towns, people and outlets)."""

from __future__ import annotations

BODY_PARAGRAPHS = [
    "The harbor council voted on Thursday to close the old ferry pier for repairs, "
    "a decision that fishing crews said would cost them most of the autumn season.",
    '"We cannot keep patching a pier that is falling into the water," the council '
    "chair, Marta Okonkwo, told the Harbor Ledger after the vote.",
    "Two engineers with knowledge of the survey said the pilings had rotted faster "
    "than expected, according to a report presented to the council in September.",
]

BOILERPLATE = [
    "NAVLINK Weather",
    "CAPTIONTEXT The pier at low tide",
    "RELATEDLINK Ferry timetable changes",
    "COMMENTTEXT the chair said nothing useful",
    "SCRIPTTEXT",
    "FOOTERTEXT All rights reserved",
]


def article_page(
    *,
    headline: str = "Council closes ferry pier for repairs",
    paragraphs: list[str] | None = None,
    meta_date: str | None = "2023-10-12T08:30:00+00:00",
    canonical: str | None = "https://ledger.example/news/ferry-pier",
    site_name: str | None = "Harbor Ledger",
    lang: str = "en",
    author: str | None = "Iris Calloway",
) -> str:
    """A realistic news page: the article amid navigation, a caption, related links,
    comments, a script and a footer, with the date only in the metadata."""
    paragraphs = BODY_PARAGRAPHS if paragraphs is None else paragraphs
    meta = []
    if site_name:
        meta.append(f'<meta property="og:site_name" content="{site_name}">')
    if meta_date:
        meta.append(f'<meta property="article:published_time" content="{meta_date}">')
    if canonical:
        meta.append(f'<link rel="canonical" href="{canonical}">')
    if author:
        meta.append(f'<meta name="author" content="{author}">')
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{headline} | {site_name or 'News'}</title>
<meta property="og:title" content="{headline}">
{''.join(meta)}
<script>var tracker = "SCRIPTTEXT";</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/weather">NAVLINK Weather</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>{headline}</h1>
<figure><img src="/pier.jpg" alt=""><figcaption>CAPTIONTEXT The pier at low tide</figcaption></figure>
{body}
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/a">RELATEDLINK Ferry timetable changes</a></li>
<li><a href="/b">Harbor dredging delayed again</a></li></ul></aside>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>COMMENTTEXT the chair said nothing useful</p></div></section>
</main>
<footer><p>FOOTERTEXT All rights reserved</p></footer>
<script>document.write("SCRIPTTEXT")</script>
</body></html>"""


GERMAN_PARAGRAPHS = [
    "Der Stadtrat hat am Donnerstag beschlossen, den alten Fähranleger für Reparaturen "
    "zu schließen, was nach Angaben der Fischer den größten Teil der Herbstsaison kostet.",
    "Zwei Ingenieure, die das Gutachten kennen, sagten, die Pfähle seien schneller "
    "verrottet als erwartet, heißt es in einem Bericht an den Rat.",
]
