"""Do two participant names, written in different documents and scripts, name one entity?

The store calls these pure functions while ingesting: it looks up candidate entities by
blocking keys (:func:`entity_keys`) and keeps those that :func:`same_entity` accepts. Names
arrive in the nominative (Russian case forms are normalised upstream) but in any of three
scripts: Russian Cyrillic, Kazakh Cyrillic and Latin (English press transliteration). So
every comparison goes through :func:`latin` and, for single words, the loose
:func:`name_key` that makes the usual press spellings of one name meet.

The rules are conservative: merging two different people or orchestras corrupts the
database, while a missed merge only leaves a duplicate. Two guarantees hold by
construction and are tested over all pairs of a list of names:

* symmetry: ``same_x(a, b) == same_x(b, a)`` (pairs are compared in a canonical order);
* blocking: when ``same_x(a, b)``, the key sets of ``a`` and ``b`` intersect. The store
  only ever compares names that share a key, so a pair sharing none is refused here too;
  otherwise the answer would depend on which path found the pair.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz

from sahna.events.lexicon import lang_rows, rows
from sahna.langs import CODES, language

# Two different words of 6+ letters are one word when rapidfuzz's ratio (indel-based, 0-100)
# of their name keys reaches this. For keys under 10 letters 90 allows one inserted or
# dropped letter (Abdrakhmanov/Abdrahmanov, Otyrar/Otrar) but no substituted one, so
# Petrovska(ya)/Petrovski(y) stay apart; from 10 letters on, one substitution passes too.
FUZZY_RATIO = 90
# Below 6 letters one letter changes a name (Aida/Aina, Asan/Esen): equal keys only.
FUZZY_MIN_LEN = 6
# A Kazakh-letter spelling and a Russian spelling of one Kazakh name differ in vowels
# (Жүнісова/Жунусова: zhunisova/zhunusova, ratio 88.9, under FUZZY_RATIO): when one side
# has Kazakh letters, equal consonant skeletons and this ratio are enough.
KAZAKH_VOWEL_RATIO = 80
# Distinctive parts of organisation names (2+ tokens each side) may also agree by
# rapidfuzz's token_sort_ratio at this level. token_set_ratio is not used: it gives 100
# whenever one token set contains the other, which would make "Astana" = "Astana Opera".
ORG_SORT_RATIO = 90
# An organisation's concept-only name ("Ministry of Culture") must carry this many concepts:
# a bare "orchestra" or "theatre" says nothing about which one.
ORG_MIN_CONCEPTS = 2
# A Russian/Kazakh lexicon stem matches a word that starts with it and adds at most this
# many letters (inflection); stems of 3 letters or fewer allow fewer ("хор" ≠ "хореограф").
STEM_ENDING = 5
SHORT_STEM_ENDING = 2
# An abbreviation («КазНУ», "ГАСО РК") has between these many chunks.
ABBR_CHUNKS = (2, 8)
# An abbreviation that starts at the first generic word of an English name rather than at
# its first word ("KazNU" for "Al-Farabi Kazakh National University") needs this many
# chunks: two ("NU") would fit the tail of any "... National University".
ABBR_LATE_CHUNKS = 3

_CACHE = 65536
_VOWELS = "aeiou"
_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TOKEN = re.compile(r"[^\W_]+")
_NOT_ALNUM = re.compile(r"[\W_]+")  # also combining accents, once NFKD has split them off

# ---------------------------------------------------------------------------- data files


def _rows(name: str) -> list[list[str]]:
    """Rows of a TSV file under ``sahna/data/link``."""
    return rows("link", name)


def _lang_rows(name: str) -> list[tuple[str, list[str]]]:
    """(language, row) for every row of each language's table ``name``."""
    return [(lang, row) for lang in CODES for row in lang_rows(lang, name)]


@cache
def _translit() -> dict[str, str]:
    """The Cyrillic → Latin table (``translit.tsv``), lower-case letters only."""
    return {row[0]: row[1] if len(row) > 1 else "" for row in _rows("translit.tsv")}


@dataclass(frozen=True)
class _Entry:
    """One row of ``org_words.tsv``: a word or phrase and what it stands for."""

    words: tuple[str, ...]
    concept: str
    cls: str  # type | mod | home | drop | named_next | named_prev
    cyrillic: bool
    whole: bool  # matched as whole words (en rows, drop and named rows)


@cache
def _org_lexicon() -> dict[str, tuple[tuple[int, _Entry], ...]]:
    """The generic-word lexicon, indexed by the first word of each entry, each entry with
    its rank: longest entries first (so that «Казахстан» wins over «казах», «народных
    инструментов» over «народный»). A token looks up each of its prefixes, which is
    cheaper than scanning the table: this runs for every word of every organisation."""
    entries = []
    for code, (word, concept, cls) in _lang_rows("org_words.tsv"):
        lang = language(code)
        # an uninflected language's words are whole words; an inflected one's are stems
        whole = not lang.inflected or cls in ("drop", "named_next", "named_prev")
        entries.append(_Entry(tuple(word.split()), concept, cls, lang.cyrillic, whole))
    entries.sort(key=lambda e: (-len(e.words), -sum(map(len, e.words))))
    index: dict[str, list[tuple[int, _Entry]]] = {}
    for rank, entry in enumerate(entries):
        index.setdefault(entry.words[0], []).append((rank, entry))
    return {first: tuple(found) for first, found in index.items()}


# ------------------------------------------------------------------------- transliteration


@lru_cache(maxsize=_CACHE)
def latin(text: str) -> str:
    """Cyrillic (Russian and Kazakh letters) to Latin by the news-style scheme of
    ``sahna/data/link/translit.tsv`` (ж→zh, х→kh, ц→ts, ч→ch, ш→sh, щ→shch, ю→yu, я→ya,
    ы→y, й→y, е→e, ё→yo, ә→a, ғ→g, қ→k, ң→ng, ө→o, ұ→u, ү→u, һ→h, і→i, ъ/ь dropped), close
    to what English outlets print, so that a name written in either script compares with
    the other. Latin text and other characters pass through unchanged. Case is kept per
    letter: an upper-case letter becomes "Zh" at the start of a word and "ZH" inside an
    all-caps one ("ЖУНУСОВА" → "ZHUNUSOVA"), so initials and abbreviations survive."""
    if not _CYRILLIC.search(text):
        return text
    table = _translit()
    out = []
    for i, char in enumerate(text):
        low = char.lower()
        lat = table.get(low)
        if lat is None:
            out.append(char)
        elif char == low or not lat:
            out.append(lat)
        else:
            after = text[i + 1] if i + 1 < len(text) else ""
            before = text[i - 1] if i else ""
            if after.isupper() or (not after.isalpha() and before.isupper()):
                out.append(lat.upper())
            else:
                out.append(lat[0].upper() + lat[1:])
    return "".join(out)


def _lat(text: str) -> str:
    """latin(), lower case, accents stripped, letters and digits only."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKD", latin(text).lower()))


# Folds of name_key, each making two press spellings of one sound meet. Applied in order,
# then repeated until nothing changes (at most a few rounds), which makes name_key
# idempotent whatever the interactions between folds.
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
    ("kh", "k"),  # Абдрахманов: Abdrakhmanov (our scheme) / Abdrahmanov / Abdraqmanov
    ("q", "k"),  # Kazakh Latin q for қ: Qanat / Kanat
    ("x", "ks"),  # Alexey / Aleksey (x→k alone would leave Alekey vs Aleksey apart)
    ("j", "y"),  # j for й in some Latin spellings: Ajgerim / Aygerim
    # English c is k before a back vowel or consonant and ts before e/i/y, so it meets
    # our к and ц: Victor/Viktor, Kazakhconcert/Казахконцерт (kazakkontsert). The ch of ч
    # stays. (Folding ts→c instead would leave Victor and Viktor apart.)
    ("c(?=[eiy])", "ts"),
    ("c(?!h)", "k"),
    ("w", "v"),  # German-style w for в: Petrow / Petrov
    ("ou", "u"),  # French-style ou for у: Nourlan / Nurlan
    # y before a vowel at the start or after a vowel is only a glide press spellings add or
    # leave out: Yerlan/Erlan (word-initial ye = е), Balayeva/Balaeva, Zhumabayeva.
    ("(?<![^aeiou])y(?=[aeiou])", ""),
    # y before e after a consonant is ь+е: Grigoryev / Григорьев (grigorev).
    ("y(?=e)", ""),
    # ий, ый, ii, yi, iy, y at the end are one sound: Dmitriy/Dmitrii/Dmitry, Nikolay/Nikolai.
    ("(?<=.)[iy]+$", "i"),
    # Any other y (ы, й, English y) is i: Aygerim/Aigerim, Ilyas/Ilias, Ryskulov/Riskulov.
    ("y", "i"),
    # Doubled letters single: Alla/Ala, Zhanna/Zhana, Ballet/Balet.
    (r"(.)\1+", r"\1"),
))


@lru_cache(maxsize=_CACHE)
def name_key(word: str) -> str:
    """A loose comparison key of one word across scripts and spellings: :func:`latin`,
    lower case, letters and digits only, then the folds of ``_FOLDS`` (kh/q→k, x→ks,
    j→y, soft c→ts, hard c→k, w→v, ou→u, glide y dropped, final iy/ii/y→i, other y→i,
    doubled letters single), each of which makes two ways the press writes one name meet.
    Equal keys are the strong evidence :func:`same_person` and the blocking keys rely on, so
    a fold is only added when the spellings it merges are one name. Deterministic and
    idempotent (the folds are repeated to a fixed point)."""
    key = _lat(word)
    for _ in range(4):
        folded = key
        for pattern, repl in _FOLDS:
            folded = pattern.sub(repl, folded)
        if folded == key:
            break
        key = folded
    return key


def _skeleton(key: str) -> str:
    """The consonants of a name key, for the Kazakh/Russian vowel rule and its keys."""
    return re.sub(r"(.)\1+", r"\1", "".join(c for c in key if c not in _VOWELS))


# ------------------------------------------------------------------------------- words


@dataclass(frozen=True)
class _Word:
    """One full word of a name, with the forms it is compared by."""

    lat: str  # latin(), lower case, letters only
    key: str  # name_key
    skel: str  # consonant skeleton of key
    kazakh: bool  # written with Kazakh-only letters


@lru_cache(maxsize=_CACHE)
def _word(text: str) -> _Word:
    key = name_key(text)
    return _Word(_lat(text), key, _skeleton(key), any(c in _KAZAKH_LETTERS for c in text))


def _gender_pair(x: str, y: str) -> bool:
    """Russian/Kazakh surnames and given names differ by gender in the last vowel:
    Balaev/Balaeva, Petrovski(y)/Petrovska(ya), Aleksandr/Aleksandra. Those are different
    people however close the letters are, so fuzzy rules never join such a pair."""
    return x[-1:] != y[-1:] and "a" in (x[-1:], y[-1:])


def _same_word(x: _Word, y: _Word) -> bool:
    """Fuzzy word equality: equal keys; or keys of 6+ letters with ratio ≥ FUZZY_RATIO; or,
    when one word is written with Kazakh letters, equal consonant skeletons and ratio ≥
    KAZAKH_VOWEL_RATIO (Kazakh і/ү/ұ/ө/ә become different Russian vowels). Never across a
    gender ending."""
    if x.key == y.key:
        return True
    if not x.key or not y.key or _gender_pair(x.key, y.key):
        return False
    longest = max(len(x.key), len(y.key))
    if longest >= FUZZY_MIN_LEN and fuzz.ratio(x.key, y.key, score_cutoff=FUZZY_RATIO):
        return True
    return ((x.kazakh or y.kazakh) and min(len(x.key), len(y.key)) >= FUZZY_MIN_LEN
            and x.skel == y.skel and len(x.skel) >= 3
            and bool(fuzz.ratio(x.key, y.key, score_cutoff=KAZAKH_VOWEL_RATIO)))


def _word_keys(word: _Word) -> set[str]:
    """Blocking keys of one full word: its name key (3+ letters) and, for keys of 6+
    letters, its consonant skeleton (prefixed "~"), which the Kazakh vowel rule needs."""
    keys = set()
    if len(word.key) >= 3:
        keys.add(word.key)
    if len(word.key) >= FUZZY_MIN_LEN and len(word.skel) >= 3:
        keys.add("~" + word.skel)
    return keys


def _pair_words(xs: list[_Word], ys: list[_Word]) -> list[tuple[int, int]]:
    """A one-to-one pairing of equal words: equal keys first, then fuzzy equality, so a
    fuzzy pair never takes the partner of an exact one."""
    pairs: list[tuple[int, int]] = []
    used_x: set[int] = set()
    used_y: set[int] = set()
    for exact in (True, False):
        for i, x in enumerate(xs):
            if i in used_x:
                continue
            for j, y in enumerate(ys):
                if j in used_y:
                    continue
                if (x.key == y.key) if exact else _same_word(x, y):
                    pairs.append((i, j))
                    used_x.add(i)
                    used_y.add(j)
                    break
    return pairs


# ------------------------------------------------------------------------------ persons



@cache
def _patronymics(use: str) -> tuple[str, ...]:
    """Patronymic endings (``use="ending"``) or separate words (``"word"``), on latin()
    lower case (``data/link/patronymics.tsv``)."""
    return tuple(form for form, kind in _rows("patronymics.tsv") if kind == use)

# Latin digraphs that stand for one Cyrillic letter and so make one initial: "Zh." = "Ж.".
_DIGRAPH_INITIALS = frozenset({"zh", "ch", "sh", "kh", "ts", "yu", "ya", "ye", "yo"})
_INITIAL = re.compile(r"([^\W\d_]{1,2})\.")


@dataclass(frozen=True)
class _Part:
    """A part of a person's name: an initial (latin lower case: "a", "zh") or a word."""

    initial: str = ""
    word: _Word | None = None
    patronymic: bool = False


@lru_cache(maxsize=_CACHE)
def _person(name: str) -> tuple[_Part, ...]:
    """The parts of a person's name in written order. An initial is one letter (or one
    Latin digraph) optionally followed by a dot; «А.Б.» glued are two. A word with a
    patronymic ending is marked a patronymic only when two other parts remain, since
    Kazakh -ұлы/-қызы also serve as surnames («Бауыржан Омарұлы»)."""
    raw: list[tuple[str, str]] = []  # ("i" | "w", text)
    for chunk in re.split(r"[\s,;]+", name):
        while (m := _INITIAL.match(chunk)) and (
                len(m.group(1)) == 1 or m.group(1).lower() in _DIGRAPH_INITIALS):
            raw.append(("i", m.group(1)))
            chunk = chunk[m.end():]
        text = re.sub(r"^[\W\d_]+|[\W\d_]+$", "", chunk)
        if text:
            raw.append(("i" if len(text) == 1 else "w", text))
    parts: list[_Part] = []
    marked: set[int] = set()
    for kind, text in raw:
        if kind == "i":
            if _lat(text):  # a lone ъ/ь is no initial
                parts.append(_Part(initial=_lat(text)))
            continue
        word = _word(text)
        if not word.key:
            continue
        if word.lat in _patronymics("word") and parts and parts[-1].word is not None:
            marked.add(len(parts) - 1)  # «Бахыт қызы»: the father's name is the patronymic
            continue
        if word.lat.endswith(_patronymics("ending")) and len(word.lat) > 5:
            marked.add(len(parts))
        parts.append(_Part(word=word))
    if marked and len(parts) - len(marked) >= 2:
        parts = [_Part(word=p.word, patronymic=True) if i in marked else p
                 for i, p in enumerate(parts)]
    return tuple(parts)


def _initial_key(initial: str) -> str:
    """An initial as name_key would start it: "Ye." (press) = "Е." (e), "Q." = "К."."""
    if initial.startswith(("ye", "yo")):
        return "e"
    return {"q": "k", "w": "v", "j": "y"}.get(initial, initial)


def _initials_agree(x: str, y: str) -> bool:
    """"Zh." = "Ж." (zh) = "Z."; "Ye." = "Е."; "A." ≠ "Ya."."""
    return x.startswith(y) or y.startswith(x) or _initial_key(x) == _initial_key(y)


def _initial_fits(initial: str, word: _Word) -> bool:
    """An initial stands for a word when the word's latin() or its name key starts with
    it: "Е." fits "Yerlan" (key erlan), "Ye." fits "Ерлан", "Ж." fits "Zhanna", "K."
    fits "Халид" (khalid)."""
    return (word.lat.startswith(initial) or word.key.startswith(initial)
            or word.key.startswith(_initial_key(initial)))


def _parts_agree(x: _Part, y: _Part) -> bool:
    if x.word is not None and y.word is not None:
        return _same_word(x.word, y.word)
    if x.word is not None:
        return _initial_fits(y.initial, x.word)
    if y.word is not None:
        return _initial_fits(x.initial, y.word)
    return _initials_agree(x.initial, y.initial)


def person_keys(name: str) -> set[str]:
    """Blocking keys of a person's name: the name key of each full word (initials are too
    common to block on) of 3+ letters, and the consonant skeleton ("~zhnsv") of each of 6+
    letters, so that Жүнісова and Жунусова, which the Kazakh vowel rule joins, meet. Two
    names :func:`same_person` accepts always share a key."""
    return set(_person_keys(name))


@lru_cache(maxsize=_CACHE)
def _person_keys(name: str) -> frozenset[str]:
    keys: set[str] = set()
    for part in _person(name):
        if part.word is not None:
            keys |= _word_keys(part.word)
    return frozenset(keys)


def same_person(a: str, b: str) -> bool:
    """Conservative: True when the two names can be the same person.

    Words pair up in any order ('Аида Балаева' = 'Balayeva Aida') by fuzzy word equality
    (:func:`_same_word`); at least one pair must be two non-patronymic words. What stays
    unpaired is then compared position by position in written order: a given name, or
    its initial, and then a patronymic or its initial. Two different words there, or an
    initial that fits neither, mean different people ('Аида Балаева' ≠ 'Айгерим Балаева',
    'А. Балаева' ≠ 'Б. Балаева'); a part present on one side only is allowed (a patronymic,
    a second given name). A single word, a surname or a given name alone, is too weak to
    match anything."""
    if b < a:
        a, b = b, a
    pa, pb = _person(a), _person(b)
    for parts in (pa, pb):
        if len(parts) < 2 or not any(p.word is not None and not p.patronymic for p in parts):
            return False
    if not _person_keys(a) & _person_keys(b):
        return False
    ia = [i for i, p in enumerate(pa) if p.word is not None]
    ib = [i for i, p in enumerate(pb) if p.word is not None]
    pairs = _pair_words([p.word for p in pa if p.word is not None],
                        [p.word for p in pb if p.word is not None])
    if not any(not pa[ia[i]].patronymic and not pb[ib[j]].patronymic for i, j in pairs):
        return False
    paired_a = {ia[i] for i, _ in pairs}
    paired_b = {ib[j] for _, j in pairs}
    rest_a = [p for i, p in enumerate(pa) if i not in paired_a]
    rest_b = [p for i, p in enumerate(pb) if i not in paired_b]
    return all(_parts_agree(x, y) for x, y in zip(rest_a, rest_b, strict=False))


# ------------------------------------------------------------------------ organisations

_QUOTED = re.compile(r"«([^»]*)»|“([^”]*)[”“]|„([^“”]*)[“”]|\"([^\"]*)\"|‹([^›]*)›"
                     r"|(?<!\w)['‘]([^'’]*)['’](?!\w)")


@dataclass(frozen=True)
class _Token:
    text: str  # as written
    low: str  # lower case, ё → е
    quoted: bool
    cyrillic: bool


@dataclass(frozen=True)
class _Org:
    """An organisation name taken apart for comparison."""

    proper: tuple[_Word, ...]  # the distinctive proper-name part
    named: tuple[_Word, ...]  # whom it is named after («имени аль-Фараби»)
    types: frozenset[str]  # concepts of class "type": ORCHESTRA, THEATRE, ...
    concepts: frozenset[str]  # all concepts but the home country (РК: outlets differ)
    initials: tuple[str, ...]  # first letters (latin) of its significant words
    starts: tuple[int, ...]  # where an abbreviation of it may start in ``initials``
    sig: tuple[str, ...]  # latin lower case of its significant words
    last_required: int  # in ``sig``, the last word an abbreviation must cover (see below)
    abbr: tuple[str, ...]  # chunks (latin lower case) when the name is an abbreviation
    raw: tuple[str, ...]  # latin lower case of abbreviation-like tokens


def _tokens(name: str) -> list[_Token]:
    """Words of a name, marking those inside quotes of any kind («», "", “”, „“, '')."""
    out: list[_Token] = []
    pos = 0
    spans = [(m.start(), m.end(), next(g for g in m.groups() if g is not None))
             for m in _QUOTED.finditer(name)]
    for start, end, inner in [*spans, (len(name), len(name), "")]:
        for text, quoted in ((name[pos:start], False), (inner, True)):
            for word in _TOKEN.findall(text):
                low = word.lower().replace("ё", "е")
                out.append(_Token(word, low, quoted, bool(_CYRILLIC.search(word))))
        pos = end
    return out


def _stem_matches(stem: str, word: str, whole: bool) -> bool:
    if whole:
        return word == stem or (not _CYRILLIC.search(stem) and word in (stem + "s", stem + "es"))
    ending = SHORT_STEM_ENDING if len(stem) <= 3 else STEM_ENDING
    return word.startswith(stem) and len(word) - len(stem) <= ending


def _lexicon_at(tokens: list[_Token], i: int) -> _Entry | None:
    """The longest lexicon entry that matches the tokens from position ``i``."""
    first = tokens[i]
    index = _org_lexicon()
    found = [hit for n in range(1, len(first.low) + 1) for hit in index.get(first.low[:n], ())]
    for _, entry in sorted(found, key=lambda hit: hit[0]):
        if entry.cyrillic != first.cyrillic or i + len(entry.words) > len(tokens):
            continue
        if all(_stem_matches(stem, tokens[i + k].low, entry.whole)
               for k, stem in enumerate(entry.words)):
            return entry
    return None


def _chunks(token: str) -> list[str] | None:
    """Chunks of an abbreviation-like token: "ГАСО" → Г, А, С, О (all capitals, 2-6
    letters: one chunk a letter); "КазНУ" → Каз, Н, У (mixed case with 2+ capitals, up to
    10 letters: a chunk starts at each capital). None for an ordinary word."""
    if not token.isalpha() or not token[0].isupper():
        return None
    if token.isupper():
        return list(token) if 2 <= len(token) <= 6 else None
    if len(token) > 10 or sum(c.isupper() for c in token) < 2:
        return None
    chunks: list[str] = []
    for char in token:
        if char.isupper() or not chunks:
            chunks.append(char)
        else:
            chunks[-1] += char
    return chunks


@lru_cache(maxsize=_CACHE)
def _org(name: str) -> _Org:
    """Take an organisation name apart: generic words become concepts (``org_words.tsv``),
    legal forms and function words go, the words after «имени» / "named after" (before
    «атындағы») are the honoured name, and what remains is the proper name. When the name
    has quoted words, those alone are the proper name: quotes are how Russian and Kazakh
    writers mark it, and words outside them are descriptions («Алматинский»)."""
    tokens = _tokens(name)
    kinds: list[str] = []  # per token: concept | drop | named_next | named_prev | word
    concepts: list[tuple[str, str]] = []
    home: set[int] = set()  # tokens naming the home country («Республики Казахстан»)
    i = 0
    while i < len(tokens):
        entry = _lexicon_at(tokens, i)
        if entry is None:
            kinds.append("word")
            i += 1
            continue
        kind = entry.cls if entry.cls in ("drop", "named_next", "named_prev") else "concept"
        if kind == "concept":
            concepts.append((entry.concept, entry.cls))
            if entry.cls == "home":
                home.update(range(i, i + len(entry.words)))
        kinds.extend([kind] * len(entry.words))
        i += len(entry.words)
    named: set[int] = set()
    for i, kind in enumerate(kinds):
        step = {"named_next": 1, "named_prev": -1}.get(kind)
        j = i + (step or 0)
        while step and 0 <= j < len(kinds) and kinds[j] == "word":
            named.add(j)
            j += step
    words = [i for i, kind in enumerate(kinds) if kind == "word" and i not in named]
    quoted = [i for i in words if tokens[i].quoted]
    proper = tuple(_word(tokens[i].text) for i in (quoted or words)
                   if len(tokens[i].text) > 1)
    honoured = tuple(_word(tokens[i].text) for i in sorted(named) if len(tokens[i].text) > 1)
    significant = [i for i, kind in enumerate(kinds) if kind not in
                   ("drop", "named_next", "named_prev")]
    sig = tuple(_lat(tokens[i].text) for i in significant)
    last_required = max((k for k, i in enumerate(significant)
                         if i not in named and i not in home), default=-1)
    starts = [0]
    first_concept = next((k for k, i in enumerate(significant) if kinds[i] == "concept"), 0)
    if first_concept and not _CYRILLIC.search(name):
        # English puts the honoured name first: "Al-Farabi Kazakh National University"
        starts.append(first_concept)
    core = [tokens[i].text for i in significant if i not in named]
    split = [_chunks(text) for text in core]
    chunks = [c for found in split if found for c in found]
    abbr: tuple[str, ...] = ()
    if (core and all(split) and ABBR_CHUNKS[0] <= len(chunks) <= ABBR_CHUNKS[1]
            and len(core) <= 3):
        abbr = tuple(_lat(c) for c in chunks)
    raw = tuple(_lat(text) for text, found in zip(core, split, strict=True) if found)
    return _Org(proper=proper, named=honoured,
                types=frozenset(c for c, cls in concepts if cls == "type"),
                concepts=frozenset(c for c, cls in concepts if cls != "home"),
                initials=tuple(s[:1] for s in sig), starts=tuple(starts), sig=sig,
                last_required=last_required, abbr=abbr, raw=raw)


def org_keys(name: str) -> set[str]:
    """Blocking keys of a group or organisation: the name key of each distinctive word
    (proper name and honoured name, 3+ letters); each abbreviation-like token lower-cased
    in Latin ("kaznu", "gaso"); for an abbreviation, "acr:" and the first letters of its
    chunks ("acr:knu"); for a long name, "acr:" and every prefix (2+ letters) of its
    acronym from each place an abbreviation may start ("acr:kn", "acr:knu", ...), so an
    abbreviation and its long form meet; for a name of concepts only, "c:" and its sorted
    concepts ("c:CULTURE+MINISTRY")."""
    return set(_org_keys(name))


@lru_cache(maxsize=_CACHE)
def _org_keys(name: str) -> frozenset[str]:
    org = _org(name)
    keys: set[str] = set()
    for word in org.proper + org.named:
        if len(word.key) >= 3:
            keys.add(word.key)
    keys.update(r for r in org.raw if r)
    if org.abbr:
        keys.add("acr:" + "".join(c[:1] for c in org.abbr))
    else:
        for start in org.starts:
            letters = "".join(org.initials[start:start + ABBR_CHUNKS[1]])
            shortest = ABBR_CHUNKS[0] if start == 0 else ABBR_LATE_CHUNKS
            keys.update("acr:" + letters[:n] for n in range(shortest, len(letters) + 1))
    if not org.proper and not org.named and org.concepts:
        keys.add("c:" + "+".join(sorted(org.concepts)))
    return frozenset(keys)


def _agree(xs: tuple[_Word, ...], ys: tuple[_Word, ...]) -> bool:
    """Two distinctive parts agree: every word pairs with one on the other side, or (two+
    words each) their sorted keys reach ORG_SORT_RATIO (words split or joined
    differently)."""
    if not xs or not ys:
        return False
    if len(xs) == len(ys) and len(_pair_words(list(xs), list(ys))) == len(xs):
        return True
    if len(xs) >= 2 and len(ys) >= 2:
        sx = " ".join(sorted(w.key for w in xs))
        sy = " ".join(sorted(w.key for w in ys))
        return bool(fuzz.token_sort_ratio(sx, sy, score_cutoff=ORG_SORT_RATIO))
    return False


def _abbreviates(short: _Org, long: _Org) -> bool:
    """«КазНУ» abbreviates «Казахский национальный университет имени аль-Фараби»: its
    chunks (Каз, Н, У; in Latin kaz, n, u) are prefixes of successive significant words of
    the long name from its first one (or, with ABBR_LATE_CHUNKS chunks or more, from its
    first generic word, for English names that put the honoured name in front: "Al-Farabi
    Kazakh National University"). The words after the abbreviated ones may only be the
    honoured name or the home country: «КазНУ» is not «Казахский национальный университет
    искусств». An honoured name given with the abbreviation must be found in the long
    name."""
    if not short.abbr or long.abbr:
        return False
    if short.named and not all(any(_same_word(w, v) for v in long.proper + long.named)
                               for w in short.named):
        return False
    n = len(short.abbr)
    return any(len(long.sig) - start >= n and (start == 0 or n >= ABBR_LATE_CHUNKS)
               and long.last_required < start + n
               and all(long.sig[start + k].startswith(c) for k, c in enumerate(short.abbr))
               for start in long.starts)


def same_org(a: str, b: str) -> bool:
    """Groups and organisations: True when the two names can be one body.

    Names are taken apart by :func:`_org` (latin, lower case, quotes and punctuation out,
    legal forms dropped, generic words to concepts, «имени»/"named after"/«атындағы»
    marking the honoured name). Then, in order:

    - an abbreviation and a long name whose words it abbreviates are the same
      («КазНУ» = «Казахский национальный университет имени аль-Фараби»);
    - two names of concepts only are the same when the concept sets are equal and have at
      least ORG_MIN_CONCEPTS members, the home country left out ("Ministry of Culture" =
      «Министерство культуры РК»);
    - otherwise both need a distinctive part, and it must agree (:func:`_agree`): the
      proper and honoured words together, or the proper words alone when one side leaves
      out the honoured name («оркестр "Отырар сазы"» = "Otyrar Sazy orchestra"; «Отырар
      сазы» ≠ «Шертер»; "Astana Opera" ≠ "Astana Ballet");
    - and when both say what kind of body they are, the kinds must share one (an
      «ансамбль» is not an «оркестр» of the same name). Modifiers (state, national,
      academic) are left out freely by outlets and do not count."""
    if b < a:
        a, b = b, a
    if not _org_keys(a) & _org_keys(b):
        return False
    x, y = _org(a), _org(b)
    if _abbreviates(x, y) or _abbreviates(y, x):
        return True
    fx, fy = x.proper + x.named, y.proper + y.named
    if not fx and not fy:
        return len(x.concepts) >= ORG_MIN_CONCEPTS and x.concepts == y.concepts
    if not fx or not fy:
        return False
    if x.types and y.types and not x.types & y.types:
        return False
    if _agree(fx, fy):
        return True
    return (_agree(x.proper, y.proper)
            and (not x.named or not y.named or _agree(x.named, y.named)))


# ------------------------------------------------------------------------------ dispatch

_ORG_KINDS = frozenset({"group", "org", "organisation", "organization"})


def _kind(kind: str) -> str:
    """person | org | other: outlets differ on whether an orchestra is a group or an
    organisation, so both use the organisation rules."""
    kind = kind.lower()
    return kind if kind == "person" else "org" if kind in _ORG_KINDS else "other"


def _plain(name: str) -> str:
    """latin(), lower case, words only: how names of kind 'other' are compared."""
    return " ".join(_TOKEN.findall(latin(name).lower()))


def entity_keys(name: str, kind: str) -> set[str]:
    """Blocking keys of a participant by kind: :func:`person_keys`, :func:`org_keys`, or,
    for anything else, "other:" and its plain folded name."""
    kind = _kind(kind)
    if kind == "person":
        return person_keys(name)
    if kind == "org":
        return org_keys(name)
    plain = _plain(name)
    return {"other:" + plain} if plain else set()


def same_entity(a: str, kind_a: str, b: str, kind_b: str) -> bool:
    """Dispatch on kinds: person with person by :func:`same_person`; group/org with
    group/org by :func:`same_org`; 'other' with 'other' only when the plain folded names
    are equal. A person never matches a group or an organisation."""
    ka, kb = _kind(kind_a), _kind(kind_b)
    if ka != kb:
        return False
    if ka == "person":
        return same_person(a, b)
    if ka == "org":
        return same_org(a, b)
    plain = _plain(a)
    return bool(plain) and plain == _plain(b)
