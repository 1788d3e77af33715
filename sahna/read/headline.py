"""The article's headline out of a page's ``<title>``, without the site's or section's name.

A page's ``<title>`` (and often its ``og:title``) is written for a browser tab and a
search result: the headline plus the site's name and sometimes its section, joined by a
separator ("… | MoreBikes", «Столичный вестник :: Культура :: …», "Opinion | …"). Kept,
that name becomes the record's title, and since the reader puts the headline above the
text, it reaches the text and the evidence too. Two signals tell the headline apart,
neither tied to one site's wording:

* the page shows the headline by itself: a ``<h1>``, ``og:title`` or ``twitter:title``
  that is one or more whole parts of the title (compared word for word, so quotes and
  dashes may differ) is the headline;
* the site names itself (``og:site_name``, the host name): that name at either end of
  the title is cut with its separator, and with it a short section name (one or two
  words) that sat between it and the headline.

A title without a separator, or whose parts match neither, is returned as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Separators between a title's parts: a bar, dashes, colons doubled, dots, slashes and
# guillemet-like arrows, with spaces around (a hyphen inside a word is no separator).
SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•|/|»|›|>|~)\s+")
# Also a colon right after the site's name ("Site: headline").
SITE_COLON = re.compile(r"^\s*:\s+")
_WORD = re.compile(r"\w+")
# A section name between the site's name and the headline is this many words at most.
SECTION_WORDS = 2
# A headline taken from a candidate has at least this many words (a one-word <h1> is a
# section or the site's logo text, not the article's headline).
MIN_HEADLINE_WORDS = 2


def _key(text: str) -> str:
    """Words only, lower case: "‘Medium’ – the 7th" and "'Medium' - the 7th" compare equal."""
    return " ".join(_WORD.findall(text.lower()))


def _host_names(host: str | None) -> set[str]:
    """"www.morebikes.co.uk" → {"morebikes co uk", "morebikes"}: the host with and
    without its domain endings, as the title may spell either."""
    if not host:
        return set()
    host = re.sub(r"^(?:https?://)?(?:www\d?\.)?", "", host.lower()).split("/")[0]
    labels = [label for label in host.split(".") if label]
    if not labels:
        return set()
    return {_key(host), _key(labels[0])} - {""}


def headline(title: str | None, *, site: str | None = None, host: str | None = None,
             candidates: Iterable[str] = ()) -> str | None:
    """The headline in ``title``: a candidate (``<h1>``, ``og:title``) made of whole
    parts of it, else ``title`` without the site's name (``site``, ``host``) and a
    section name next to it, else ``title`` unchanged."""
    if not title:
        return title
    title = " ".join(title.split())
    parts = SEPARATOR.split(title)
    names = ({_key(site)} if site and _key(site) else set()) | _host_names(host)
    if len(parts) > 1:
        found = _from_candidates(parts, names, candidates)
        if found:
            return found
    return _without_site(title, names) or title


def _from_candidates(parts: list[str], names: set[str], candidates: Iterable[str]) -> str | None:
    """The longest candidate equal, word for word, to a run of the title's parts that
    leaves at least one part out and is not the site's name."""
    runs = {_key(" ".join(parts[i:j])) for i in range(len(parts))
            for j in range(i + 1, len(parts) + 1) if j - i < len(parts)}
    best: str | None = None
    for candidate in candidates:
        candidate = " ".join(candidate.split())
        key = _key(candidate)
        if (key in runs and key not in names and len(key.split()) >= MIN_HEADLINE_WORDS
                and (best is None or len(candidate) > len(best))):
            best = candidate
    return best


def _without_site(title: str, names: set[str]) -> str | None:
    """``title`` with the site's name cut from its start or end (with the separator,
    and a section name between it and the headline); ``None`` when no name is there."""
    words = list(_WORD.finditer(title))
    for name in sorted(names, key=len, reverse=True):
        size = len(name.split())
        if size >= len(words):
            continue
        if _key(" ".join(w.group() for w in words[:size])) == name:
            rest = title[words[size - 1].end():].lstrip("!.®™")
            cut = SEPARATOR.match(rest) or SITE_COLON.match(rest)
            if cut:
                return _without_section(rest[cut.end():].strip(), from_start=True)
        if _key(" ".join(w.group() for w in words[-size:])) == name:
            rest = title[:words[-size].start()]
            cut = re.search(f"(?:{SEPARATOR.pattern})$", rest + " ")
            if cut:
                return _without_section(rest[:cut.start()].strip(), from_start=False)
    return None


def _without_section(rest: str, *, from_start: bool) -> str | None:
    """``rest`` without a short section name on the side where the site's name was,
    when what remains is longer than a section name (the headline)."""
    seps = list(SEPARATOR.finditer(rest))
    if seps:
        sep = seps[0] if from_start else seps[-1]
        section, remains = ((rest[:sep.start()], rest[sep.end():]) if from_start
                            else (rest[sep.end():], rest[:sep.start()]))
        if (len(_WORD.findall(section)) <= SECTION_WORDS
                and len(_WORD.findall(remains)) > SECTION_WORDS):
            rest = remains
    rest = rest.strip()
    # What is left of the title must still read as a headline, not a lone rubric.
    return rest if len(_WORD.findall(rest)) >= MIN_HEADLINE_WORDS else None
