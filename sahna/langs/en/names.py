"""People named after their title, which the small English model does not know.

spaCy's small English model learnt its names from Western news: "Minister of Culture of
Uzbekistan Ozodbek Nazarbekov" or "poet Zafer Kibar" often come out without a PERSON.
News writes a person's title first and the name last, so the title tells where to look:
after a role word («minister», "ambassador", "singer": the person roles of
``roles.tsv``), over the rest of the title ("of Culture of Uzbekistan"), the name is
the run of two or three capitalised words that closes it — before a comma, a full stop
or a word in lower case, not before "of" or "and Information", which carry the title
on. Places (already found by the place stage) and the title's own words are not names.
"""

from __future__ import annotations

import re
from functools import cache

from sahna.document import Document, NamedEntity
from sahna.events.lexicon import role_cues
from sahna.langs import language

#: How far after the role word the name may stand: titles run long ("Chairman of the
#: Committee on Culture and Information of the Ministry of … of Kazakhstan").
TITLE_REACH = 24
_NAME_WORD = re.compile(r"[A-Z][a-zà-öø-ÿğışçəñ'’-]+(?:-[A-Z][a-zà-öø-ÿğışçəñ'’-]+)?")
#: Words after which a capitalised run is still part of the title.
_TITLE_GOES_ON = frozenset({"of", "for", "on", "in", "at", "to"})


@cache
def _person_roles() -> frozenset[str]:
    """Words a person's name follows: the person roles of ``roles.tsv`` and the nouns of
    ``cues.tsv`` ``person_title`` (professions and callings that give no role: "poet",
    "professor", "citizen")."""
    roles = {cue for cue, (_role, kind) in role_cues("en").items()
             if kind == "person" and " " not in cue}
    return frozenset(roles | set(language("en").cue_words("person_title")))


@cache
def _title_words() -> frozenset[str]:
    """Words that are titles or bodies, never a name (roles, "Ministry", "Committee",
    and the portfolios of an office: "Minister of Foreign Affairs", "of Tourism and
    Sports")."""
    bodies = {row[0].lower() for row in language("en").rows("org_words.tsv")}
    return _person_roles() | frozenset(bodies) | language("en").cue_set("portfolio")


def _place_spans(doc: Document) -> list[tuple[int, int]]:
    """Where the document names places and countries: no word there is a person's."""
    return [(p.start, p.end) for p in doc.places] + [(r.start, r.end) for r in doc.country_refs]


def titled_names(doc: Document) -> list[NamedEntity]:
    """PER entities for names closing a title, where no entity is yet."""
    tokens, found = doc.tokens, []
    # a person's or a body's span stands; a work or a place the model made of "citizen X
    # Y" does not (see with_titled_names)
    taken = [(e.start, e.end) for e in doc.entities if e.label in ("PER", "ORG")]
    places = _place_spans(doc)
    roles, titles = _person_roles(), _title_words()
    for i, tok in enumerate(tokens):
        if tok.text.lower().rstrip("s") not in roles and tok.text.lower() not in roles:
            continue
        plural = tok.text.lower() not in roles  # "artists A B and C D": a list of names
        run: list[int] = []
        for j in range(i + 1, min(len(tokens), i + 1 + TITLE_REACH)):
            word = tokens[j]
            inside_place = any(s <= word.start < e for s, e in places)
            if (_NAME_WORD.fullmatch(word.text) and not inside_place
                    and word.text.lower() not in titles):
                run.append(j)
                continue
            if 2 <= len(run) <= 3 and (_closes(tokens, j) or (plural and word.text == "and")):
                if len(run) == 3 and tokens[run[0] - 1].text.lower() in (
                        *_TITLE_GOES_ON, "the"):
                    # "Minister of Culture Ozodbek Nazarbekov": a portfolio; "deputy of
                    # the Mazhilis Aidos Sarym": a body (a person's name takes no article)
                    run = run[1:]
                found.append(_entity(doc, run))
                break
            if word.text in ".;:!?" or (word.text == "," and run):
                break
            run = []
    return [e for e in found if not any(s < e.end and e.start < t for s, t in taken)]


def _closes(tokens, j: int) -> bool:
    """Does token ``j`` end a name rather than carry the title on?"""
    word = tokens[j].text
    if word.lower() in _TITLE_GOES_ON:
        # "… Mehmet Ersoy at the Akorda", "… in a statement": a place or a clause after
        # the name; "of Culture", "to Turkey" carry the title on
        # (a person's name never goes on with "at", "in" or "on": "… Nazarbekov in Tashkent")
        return word.lower() in ("at", "in", "on")
    return _closes_otherwise(tokens, j, word)


def _closes_otherwise(tokens, j: int, word: str) -> bool:
    if word.lower() == "and" and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper():
        # "of Culture and Information" goes on; "… Nazarbekov and Deputy Minister …" and
        # "… Nazarbekov and Kazakh Minister …" start the next person's title
        roles = _person_roles()
        return tokens[j + 1].text.lower() in roles or (
            j + 2 < len(tokens) and tokens[j + 2].text.lower() in roles)
    return True


def _entity(doc: Document, run: list[int]) -> NamedEntity:
    start, end = doc.tokens[run[0]].start, doc.tokens[run[-1]].end
    text = doc.text[start:end]
    return NamedEntity(start, end, text, "PER", text)


_ACRONYM = re.compile(r"[A-Z]{3,}")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
#: Words that close a title after a role word ("Secretary General", "Director General").
_TITLE_TAILS = frozenset({"general", "general's"})
#: Latin letters and the Cyrillic look-alikes a Kazakh name may carry ("Adіlbekov").
_NAME_WORD_ANY = re.compile(r"[A-Z][a-zà-öø-ÿğışçəñіә'’-]+(?:-[A-Z][a-zà-öø-ÿğışçəñіә'’-]+)?")


def trim_titles(doc: Document) -> list[NamedEntity]:
    """The model's PERSON spans without the body, acronym or place printed before the
    name ("TURKSOY Sultan Raev", "Kyzylorda Syrym Adilbekov", "Committee on Culture …
    Kumis Seitova"): the name is the two or three capitalised words that close the span,
    after the last word that is an acronym, a place or a title."""
    places = _place_spans(doc)
    titles = _title_words()
    surnames = {e.text.split()[-1] for e in doc.entities if e.label == "PER"}
    nations = [(r.start, r.end) for r in doc.country_refs]
    out = []
    for ent in doc.entities:
        words = list(re.finditer(r"\S+", ent.text))
        if ent.label == "PER" and (all(w.group().lower() in titles | _TITLE_TAILS
                                       for w in words)
                                   or not any(w.group()[:1].isupper() for w in words)):
            continue  # "Secretary General", "symposia": a title or a word, nobody named
        if ent.label == "PER" and _ARTICLE_BEFORE.search(doc.text, max(0, ent.start - 8),
                                                         ent.start):
            continue  # "at the Akorda": a person's name takes no article
        if ent.label == "PER" and any(s < ent.end and ent.end <= e for s, e in nations):
            continue  # "Contemporary Kazakh": a nationality closes no person's name
        if ent.label == "PER" and len(words) > 1 and _body_head(words[-1].group()):
            # "Electoral Commission", "Writers Union": a name that a body's word closes
            # is the body's, whatever the model says
            out.append(NamedEntity(ent.start, ent.end, ent.text, "ORG", ent.normal))
            continue
        if ent.label in ("ORG", "LOC", "NORP", "WORK") and _cued_person(doc, ent, words):
            # "directed by Nurkanat Zhakypbay", "singer Kairat Nurtas": a Turkic name the
            # model took for a body or a place, which a person's cue before it decides
            ent = NamedEntity(ent.start, ent.end, ent.text, "PER", ent.normal)
        if ent.label == "ORG" and _surname_of_a_person(ent, words, surnames):
            ent = NamedEntity(ent.start, ent.end, ent.text, "PER", ent.normal)
        elif ent.label == "ORG":
            out.extend(_split_person(doc, ent, words, places, titles))
            continue
        if ent.label != "PER" or len(words) < 3 or _closed_up(ent):
            out.append(ent)
            continue
        cut = -1
        for k, w in enumerate(words[:-2]):
            start = ent.start + w.start()
            if (_ACRONYM.fullmatch(w.group()) or w.group().lower() in titles
                    or any(s <= start < e for s, e in places)
                    or not _NAME_WORD_ANY.fullmatch(w.group())):
                cut = k
        rest = words[cut + 1:]
        if cut < 0 or not 2 <= len(rest) <= 3 or not all(_NAME_WORD_ANY.fullmatch(w.group())
                                                         for w in rest):
            out.append(ent)
            continue
        start = ent.start + rest[0].start()
        text = doc.text[start:ent.end]
        out.append(NamedEntity(start, ent.end, text, "PER", text))
    return out


@cache
def _body_heads() -> frozenset[str]:
    """Head nouns of bodies: the ``type`` words of ``org_words.tsv`` (orchestra,
    ministry, museum) and the ``body`` cue words (commission, committee, agency)."""
    types = {row[0].lower() for row in language("en").rows("org_words.tsv")
             if len(row) > 2 and row[2] == "type"}
    return frozenset(types | language("en").cue_set("body"))


def _body_head(word: str) -> bool:
    """Is ``word`` (capitalised or not, singular or plural) a body's head noun?"""
    low = word.lower()
    return low in _body_heads() or (low.endswith("s") and low[:-1] in _body_heads())


def _cued_person(doc: Document, ent: NamedEntity, words: list) -> bool:
    """Is the span two or three name words, no title's or body's word, no place the
    document names, right after a person's role word ("singer X Y", "akyn X Y") or
    after "by" that follows a verb only a person does (``cues.tsv`` ``person_by``:
    "directed by X Y", "conducted by X Y")?"""
    if not (2 <= len(words) <= 3 and all(
            _NAME_WORD_ANY.fullmatch(w.group()) and w.group().lower() not in _title_words()
            for w in words)):
        return False
    if any(s < ent.end and ent.start < e for s, e in _place_spans(doc)):
        return False
    before = re.findall(r"[\w’'-]+", doc.text[max(0, ent.start - 40):ent.start])[-2:]
    if not before:
        return False
    if before[-1].lower() in _person_roles():
        return True
    return len(before) == 2 and before[-1].lower() == "by" \
        and before[0].lower() in language("en").cue_set("person_by")


def _closed_up(ent: NamedEntity) -> bool:
    """Is the entity a double first name written with a spaced dash, its normal form
    closed up ("Kassym – Jomart Tokayev" as "Kassym-Jomart Tokayev")? It is one name."""
    return any(f" {d} " in ent.text for d in _SPACED_DASH) and not any(
        f" {d} " in ent.normal for d in _SPACED_DASH)


def _split_person(doc: Document, ent: NamedEntity, words: list, places: list,
                  titles: frozenset[str]) -> list[NamedEntity]:
    """An organisation span that runs on into the name of its officer ("the Committee on
    Culture … of Kazakhstan Kumis Seitova", "TURKSOY Sultan Raev", "Oskemen citizen X
    Y"): two or three name words closing it after a place, an acronym or a person's
    title are a person of their own."""
    for size in (2, 3):
        if len(words) < size + 1:
            continue
        tail, before = words[-size:], words[-size - 1]
        at = ent.start + before.start()
        if not all(_NAME_WORD_ANY.fullmatch(w.group()) and w.group().lower() not in titles
                   and not any(s <= ent.start + w.start() < e for s, e in places)
                   for w in tail):
            continue
        if not (_ACRONYM.fullmatch(before.group()) or any(s <= at < e for s, e in places)
                or before.group().lower() in _person_roles()
                or (before.group()[:1].isupper() and before.group().lower() in titles
                    and _after_office(doc, ent) and not _body_head(tail[-1].group()))):
            # ("Oskemen citizen X Y"; "Minister of Culture X Y": an office's last word)
            continue
        start = ent.start + tail[0].start()
        end_org = ent.start + before.end()
        person = NamedEntity(start, ent.end, doc.text[start:ent.end], "PER",
                             doc.text[start:ent.end])
        org_text = doc.text[ent.start:end_org]
        if before.group().lower() in _person_roles() or (
                before.group().lower() in titles and _after_office(doc, ent)
                and not any(s <= at < e for s, e in places)):
            # "Oskemen citizen": the person's title, no organisation; nor is "Culture" of
            # "Minister of Culture X Y", the portfolio that closes an office before a name
            return [person]
        return [NamedEntity(ent.start, end_org, org_text, "ORG", org_text), person]
    return [ent]


def _after_office(doc: Document, ent: NamedEntity) -> bool:
    """Does a person's role word ("Minister", "Chairman") stand in the three words
    before the span, over "of" and "the" ("Minister of Culture", "Chairman of the
    Committee on …")? Then the span's first words finish that office's title."""
    before = re.findall(r"[\w’'-]+", doc.text[max(0, ent.start - 60):ent.start])[-3:]
    return any(w.lower() in _person_roles() for w in before)


#: Surname endings of the region's names in Latin script (Nazarbekov, Balayeva,
#: Kudaibergenuly, Akhmetkyzy, Shevchenko): two or three name words ending so, with no
#: word of an organisation, are a person the model took for one.
_SURNAME_ENDING = re.compile(r"(?:[oe]va?|yeva?|ina?|y[iy]|uly|ul[iy]|kyzy|qyzy|enko|"
                             r"sk[iy]|ovich|evich|yan|ian|dze|shvili|zade)$")


def _surname_of_a_person(ent: NamedEntity, words: list, surnames: set[str]) -> bool:
    """"Kassym-Jomart Tokayev" tagged an organisation where "Tokayev" alone is a person,
    or "Mukhtar Niyazov" with a surname of the region: two or three name words ending in
    a person's surname are that person."""
    if not (2 <= len(words) <= 3 and all(_NAME_WORD_ANY.fullmatch(w.group()) for w in words)):
        return False
    return words[-1].group() in surnames or _surname_of_a_person_shape(words)


def person_shaped(name: str) -> bool:
    """Two or three capitalised name words, the last a surname of the region ("Saltanat
    Akhmetova", "Medet Chotabayev") and none a title or a body's word: a person, where a
    tagger gave the words no label (Latin-script names are otherwise taken for bands)."""
    words = list(re.finditer(r"\S+", name))
    return _surname_of_a_person_shape(words) and not any(
        _body_head(w.group()) for w in words)


def _surname_of_a_person_shape(words: list) -> bool:
    """:func:`_surname_of_a_person` by the ending alone (no list of known surnames)."""
    if not (2 <= len(words) <= 3 and all(_NAME_WORD_ANY.fullmatch(w.group()) for w in words)):
        return False
    return bool(_SURNAME_ENDING.search(words[-1].group())) and not any(
        w.group().lower() in _title_words() for w in words)


def with_patronymics(doc: Document) -> list[NamedEntity]:
    """Person spans with the lower-case word that closes a Kyrgyz or Kazakh name in Latin
    script ("Akmatbek Sultan uulu", "Aigerim Nurlan kyzy"): the model stops before it,
    yet it is part of the name."""
    words = language("en").cue_set("patronymic")
    starts = {t.start: k for k, t in enumerate(doc.tokens)}
    out = []
    for ent in doc.entities:
        k = starts.get(ent.start)
        if ent.label == "PER" and k is not None:
            last = k
            while last + 1 < len(doc.tokens) and doc.tokens[last + 1].end <= ent.end:
                last += 1
            nxt = last + 1
            if nxt < len(doc.tokens) and doc.tokens[nxt].text in words \
                    and doc.tokens[nxt].start - ent.end == 1:
                end = doc.tokens[nxt].end
                text = doc.text[ent.start:end]
                ent = NamedEntity(ent.start, end, text, "PER", text)
        out.append(ent)
    grown = [(e.start, e.end) for e in out if e.label == "PER"]
    return [e for e in out if e.label == "PER" or not any(
        s <= e.start and e.end <= t for s, t in grown)]  # the tagger's stray "kyzy"


def with_titled_names(doc: Document) -> list[NamedEntity]:
    """The document's entities with :func:`titled_names` added; a span of another kind
    that a titled name overlaps ("Pavlodar citizen Mares Bairon" taken for a work of
    art) gives way to it."""
    titled = titled_names(doc)
    kept = [e for e in doc.entities if e.label in ("PER", "ORG")
            or not any(t.start < e.end and e.start < t.end for t in titled)]
    return sorted([*kept, *titled], key=lambda e: e.start)


def whole_bodies(doc: Document) -> list[NamedEntity]:
    """Organisation spans that the model cut at the first comma of a list of portfolios
    ("the Ministry of Culture, Information, Sports and Youth Policy of Kyrgyzstan" tagged
    as "the Ministry of Culture"): a span ending in "of X", followed by single
    capitalised words between commas and "and" with a last capitalised run (and its own
    "of" place), runs on to the end of that list."""
    tokens = doc.tokens
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    out = []
    for ent in doc.entities:
        last = ends.get(ent.end)
        if ent.label != "ORG" or last is None or last < 2 or " of " not in ent.text \
                or tokens[last - 1].text not in ("of", ",") or ent.start not in starts:
            out.append(ent)
            continue
        end = _portfolio_list_end(tokens, last + 1, listed=tokens[last - 1].text == ",")
        if end is not None and any(ent.end < e.start < tokens[end].end
                                   and e.label in ("PER", "ORG") for e in doc.entities):
            end = None  # "the Ministry of Culture, Kazakhconcert and …": a list of bodies
        if end is None:
            out.append(ent)
            continue
        text = doc.text[ent.start:tokens[end].end]
        out.append(NamedEntity(ent.start, tokens[end].end, text, "ORG", _no_article(text)))
    return out


def _portfolio_list_end(tokens, k: int, listed: bool) -> int | None:
    """The last token of ", B, C and D E (of F)" from token ``k``, or None when no such
    list follows (``listed``: the span holds the list's first commas already)."""
    items = int(listed)
    while k + 1 < len(tokens) and tokens[k].text == "," and _NAME_WORD.fullmatch(
            tokens[k + 1].text) and tokens[k + 1].text.lower() != "and":
        items += 1
        k += 2
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    if not (k + 1 < len(tokens) and tokens[k].text == "and"
            and _NAME_WORD.fullmatch(tokens[k + 1].text)):
        return None
    if items == 0:
        return None
    k += 1
    while k + 1 < len(tokens) and _NAME_WORD.fullmatch(tokens[k + 1].text):
        k += 1
    if k + 2 < len(tokens) and tokens[k + 1].text == "of":
        j = k + 2
        if tokens[j].text.lower() == "the" and j + 1 < len(tokens):
            j += 1
        if _NAME_WORD.fullmatch(tokens[j].text):
            k = j
            while k + 1 < len(tokens) and _NAME_WORD.fullmatch(tokens[k + 1].text):
                k += 1
    return k


def _no_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


#: Words of address that a surname follows ("Mr Seitkali", "Ms. Balayeva", "Dr Abenov").
_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "madam", "dr", "prof", "sir"})


def with_addressed_names(doc: Document) -> list[NamedEntity]:
    """The document's entities with the names after a word of address: "Ms Balayeva
    noted", where the model sees no person, is the person named in full elsewhere (the
    participants stage merges a surname with the full name); a span the model began
    with the word of address ("Mr Seitkali") starts after it."""
    tokens = doc.tokens
    taken = [(e.start, e.end) for e in doc.entities if e.label in ("PER", "ORG")]
    found: list[NamedEntity] = []
    out: list[NamedEntity] = []
    for ent in doc.entities:
        head, _, rest = ent.text.partition(" ")
        if ent.label == "PER" and head.lower().rstrip(".") in _ADDRESS and rest:
            start = ent.start + len(head) + 1
            out.append(NamedEntity(start, ent.end, rest, "PER", rest))
        else:
            out.append(ent)
    for k, tok in enumerate(tokens[:-1]):
        if tok.text.lower().rstrip(".") not in _ADDRESS or not tok.text[:1].isupper():
            continue
        j = k + 1
        if tokens[j].text == ".":
            j += 1
        run: list[int] = []
        while j < len(tokens) and len(run) < 3 and _NAME_WORD_ANY.fullmatch(tokens[j].text) \
                and tokens[j].text.lower() not in _title_words():
            run.append(j)
            j += 1
        if not run:
            continue
        start, end = tokens[run[0]].start, tokens[run[-1]].end
        if any(s < end and start < t for s, t in taken):
            continue
        text = doc.text[start:end]
        found.append(NamedEntity(start, end, text, "PER", text))
    return sorted([*out, *found], key=lambda e: e.start)


_ACRONYM_NAME = re.compile(r"[A-Z][A-Z0-9]{2,}")


def with_acronyms(doc: Document) -> list[NamedEntity]:
    """Bodies known by an acronym the model leaves untagged ("the international
    organization TURKSOY", "UNESCO"): a word of three or more capitals outside any
    entity, place or all-capitals line (a headline, a dateline) is an organisation's
    name. Whether it takes part is for its clause to say (a body needs a cue word)."""
    taken = [(e.start, e.end) for e in doc.entities]
    places = _place_spans(doc)
    legal = {row[0].lower() for row in language("en").rows("org_words.tsv")
             if len(row) > 2 and row[2] == "drop"}
    found = []
    for k, tok in enumerate(doc.tokens):
        if not _ACRONYM_NAME.fullmatch(tok.text) or tok.text.lower() in legal:
            continue
        if any(s < tok.end and tok.start < e for s, e in taken + places):
            continue
        neighbours = doc.tokens[max(0, k - 2):k] + doc.tokens[k + 1:k + 3]
        if any(t.text.isupper() and t.text.isalpha() for t in neighbours):
            continue  # a line in capitals
        nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
        if (k and doc.tokens[k - 1].text == "(") or (
                nxt is not None and (nxt.pos in ("NOUN", "PROPN", "ADJ", "NUM")
                                     or nxt.text[:1].isupper())):
            continue  # "… Organization (UNESCO)", "the UNESCO list": a note, a modifier
        found.append(NamedEntity(tok.start, tok.end, tok.text, "ORG", tok.text))
    return sorted([*doc.entities, *found], key=lambda e: e.start)


def with_first_names(doc: Document) -> list[NamedEntity]:
    """Person spans with the first name the model left out ("Ambassador Mehmet Saglam"
    tagged "Saglam"): up to two proper nouns right before the span, outside any other
    entity, place or title word, belong to the name."""
    tokens = doc.tokens
    starts = {t.start: k for k, t in enumerate(tokens)}
    taken = [(e.start, e.end) for e in doc.entities]
    places = _place_spans(doc)
    titles = _title_words()
    out = []
    for ent in doc.entities:
        k = starts.get(ent.start)
        if ent.label != "PER" or k is None:
            out.append(ent)
            continue
        first = k
        while first - 1 >= 0 and k - first < 2:
            prev = tokens[first - 1]
            before = tokens[first - 2].text.lower() if first >= 2 else ""
            if not (prev.pos == "PROPN" and _NAME_WORD_ANY.fullmatch(prev.text)
                    and prev.text.lower() not in titles | _TITLE_TAILS
                    and prev.text.lower().rstrip(".") not in _ADDRESS
                    and before not in _TITLE_GOES_ON | {"and", "&", "-", "the"}
                    # ("of Justice X"; "of the Mazhilis X": a body, a name takes no article)
                    and doc.text[prev.end:tokens[first].start] == " "
                    and not any(s < prev.end and prev.start < e for s, e in taken + places)):
                break
            first -= 1
        if first == k:
            out.append(_with_spaced_first_part(doc, ent, k, taken + places, titles))
            continue
        start = tokens[first].start
        text = doc.text[start:ent.end]
        out.append(NamedEntity(start, ent.end, text, "PER", _strip_possessive(text)))
    return out


_SPACED_DASH = frozenset({"–", "-", "—"})


def _with_spaced_first_part(doc: Document, ent: NamedEntity, k: int,
                            taken: list[tuple[int, int]], titles: frozenset[str]) -> NamedEntity:
    """"Kassym – Jomart Tokayev" tagged "Jomart Tokayev": a double first name written with
    a spaced dash keeps its first part (a title-case name word, not a place, a title or
    an entity of its own, with no capitalised word before it); the name is given with
    the dash closed up, as it is spelt ("Kassym-Jomart Tokayev")."""
    tokens = doc.tokens
    if k < 2 or tokens[k - 1].text not in _SPACED_DASH:
        return ent
    prev, dash = tokens[k - 2], tokens[k - 1]
    if not (prev.end < dash.start and dash.end < tokens[k].start
            and _NAME_WORD_ANY.fullmatch(prev.text) and not prev.text.isupper()
            and prev.text.lower() not in titles | _TITLE_TAILS
            and prev.text.lower().rstrip(".") not in _ADDRESS
            and not any(s < prev.end and prev.start < e and e != prev.end for s, e in taken)):
        return ent  # (a tagger's span that ends with the first part gave it no home)
    if k >= 3 and tokens[k - 3].text[:1].isupper() and tokens[k - 3].end + 1 >= prev.start \
            and tokens[k - 3].text.lower() not in titles:
        return ent  # "… Sports Kassym – …": a longer capitalised run, not one first name
    text = f"{prev.text}-{doc.text[tokens[k].start:ent.end]}"
    return NamedEntity(prev.start, ent.end, doc.text[prev.start:ent.end], "PER",
                       _strip_possessive(text))


def _strip_possessive(text: str) -> str:
    return text.removesuffix("'s").removesuffix("’s")
