"""Russian analysis: razdel sentences and tokens, pymorphy2 lemmas and grammemes,
natasha's news NER with names put into the nominative.

The full natasha morphology tagger is not run: the event rules need lemmas, tense and
case, which pymorphy2's dictionary gives per word form (cached) at a fraction of the
tagger's cost; the tagger would halve throughput for little gain here.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

import numpy as np
from natasha import NewsEmbedding, NewsNERTagger
from slovnet.bio import bio_spans
from slovnet.shape import word_shape

from sahna.analyse.relevance import Excerpt, blocks, relevant
from sahna.analyse.segment import sentences, words
from sahna.document import Document, NamedEntity, Token
from sahna.langs import language
from sahna.langs.ru import morph as morph_ru
from sahna.resident import resident

_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
_OBLIQUE_POS = {"NOUN", "PREP", "ADJF", "PRTF", "NUMR"}


@cache
def ner_tagger() -> NewsNERTagger:
    return resident(NewsNERTagger(NewsEmbedding()))


def token(start: int, end: int, text: str) -> Token:
    lemma, pos, feats = _analysis(text)
    return Token(start, end, text, lemma, pos, dict(feats))


@lru_cache(maxsize=200_000)
def _analysis(text: str) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """Lemma, POS and the grammemes the rules use, once per word form."""
    if not text[:1].isalpha():
        return text.lower(), "PNCT" if not text[:1].isdigit() else "NUMB", ()
    parse = morph_ru.parses(text)[0]
    tag = parse.tag
    feats = tuple((name, value) for name, value in (
        ("tense", tag.tense), ("aspect", tag.aspect), ("case", tag.case),
        ("number", tag.number), ("gender", tag.gender), ("person", tag.person),
        ("mood", tag.mood), ("voice", tag.voice)) if value)
    return parse.normal_form, str(tag.POS or "X"), feats


def analyse(doc: Document) -> Document:
    """Morphology and NER for the sentences that can state an event (``relevance``);
    elsewhere tokens carry only their lower-cased form."""
    doc.sentences = sentences(doc.text, language("ru"))
    spans = blocks(relevant(doc.sentences, "ru", warnings=doc.warnings), doc.text)
    tokens, position = [], 0
    for start, end in [*spans, (len(doc.text), len(doc.text))]:
        if start > position:
            tokens += [Token(s, e, t, t.lower(), "") for s, e, t in
                       words(doc.text[position:start], position)]
        tokens += [token(*w) for w in words(doc.text[start:end], start)]
        position = end
    doc.tokens = tokens
    doc.entities = entities(doc, spans)
    return doc


def entities(doc: Document, spans: list[tuple[int, int]]) -> list[NamedEntity]:
    """NER over the given spans of the text, run once over their excerpt."""
    starts = {t.start: i for i, t in enumerate(doc.tokens)}
    out: list[NamedEntity] = []
    excerpt = Excerpt(doc.text, spans)
    if not excerpt.text:
        return out
    for span in ner_spans(excerpt.text):
        start, stop = excerpt.original(span.start), excerpt.original(span.stop)
        cut = _place_then_person(doc.text, start, stop) if span.type == "LOC" else None
        if cut is not None:  # «в Баткене Абдикарим Алимбаев»: a place, then a person
            out.append(_entity(doc, start, cut[0], "LOC", starts))
            out.append(_entity(doc, cut[1], stop, "PER", starts))
            continue
        out.append(_entity(doc, start, stop, span.type, starts))
    return out


_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:в|во|на)\s+$", re.IGNORECASE)


def _place_then_person(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """Where a place entity the tagger ran on into a person's name splits: after a
    locative preposition, one place word, then two or more words ending in a surname
    («в Баткене Абдикарим Алимбаев принял делегацию»): a place does not end in a
    surname. (end of the place, start of the person) or None."""
    if not _LOCATIVE_BEFORE.search(text[max(0, start - 4):start]):
        return None
    words = text[start:stop].split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    if not any("Surn" in p.tag for p in morph_ru.parses(words[-1])[:2]):
        return None
    cut = start + len(words[0])
    return cut, cut + len(text[cut:stop]) - len(text[cut:stop].lstrip())


class _Word(NamedTuple):
    """A token as ``slovnet.bio.bio_spans`` reads it (its own token class costs more)."""

    start: int
    stop: int
    text: str


def ner_spans(text: str) -> list:
    """natasha's news NER over ``text`` tokenised by ``segment.words``: the tagger's own
    path tokenises with razdel, which costs a third of the tagger's time and splits words
    the same way on news text (``tests/langs/test_analysis.py`` compares the two)."""
    tokens = []
    for start, stop, word in words(text):
        if len(word) > 1 and word.endswith("."):  # «им.»: razdel, hence the model, splits it
            tokens += [_Word(start, stop - 1, word[:-1]), _Word(stop - 1, stop, ".")]
        else:
            tokens.append(_Word(start, stop, word))
    if not tokens:
        return []
    tags: list[str] = []
    texts = [t.text for t in tokens]
    for lo, hi in ner_chunks(texts):
        tags += ner_tags(texts[lo:hi])
    return list(bio_spans(tokens, tags))


def ner_tags(words_: list[str]) -> list[str]:
    """The tagger's BIO tags for one sequence of words, as its ``infer`` would give them
    (``infer.decoder(infer.process(infer.encoder([words_])))``), with the two parts of it
    that are Python loops done faster: a word's ids are remembered per word form, and the
    CRF's best path is found by :func:`viterbi`, which computes the same numbers without
    the batch bookkeeping (the CRF's own decoding took as long as the network)."""
    infer = ner_tagger().infer
    ids = [_word_ids(word) for word in words_]
    word_id = np.array([[word for word, _ in ids]])
    shape_id = np.array([[shape for _, shape in ids]])
    pad_mask = word_id == infer.encoder.words_vocab.pad_id
    pred = network(infer.model, word_id, shape_id, pad_mask)
    path = viterbi(pred[0], ~pad_mask[0], infer.model.head.crf.transitions.array)
    return [infer.decoder.tags_vocab.decode(tag) for tag in path]


@lru_cache(maxsize=200_000)
def _word_ids(word: str) -> tuple[int, int]:
    """The tagger encoder's word and shape ids of ``word`` (``WordShapeEncoder.item``)."""
    encoder = ner_tagger().infer.encoder
    return (encoder.words_vocab.encode(word.lower()),
            encoder.shapes_vocab.encode(word_shape(word)))


def network(model, word_id: np.ndarray, shape_id: np.ndarray,
            pad_mask: np.ndarray) -> np.ndarray:
    """The tagger's network (slovnet's ``Tag.__call__``: embeddings, convolution layers,
    projection) for a batch of one, the same operations on the same numbers in the same
    order, but for the convolution's input windows (:func:`_windows`)."""
    x = model.emb(word_id, shape_id)
    mask = np.expand_dims(pad_mask, axis=1)
    sequence = x[0]  # words x features
    for layer in model.encoder.layers:
        out = layer.norm(layer.relu(_convolve(layer.conv, sequence)))
        out[mask.repeat(out.shape[1], axis=1)] = 0
        sequence = out[0].T
    return model.head(np.swapaxes(out, 2, 1))


def _convolve(conv, sequence: np.ndarray) -> np.ndarray:
    """slovnet's ``Conv1d.__call__`` on ``sequence`` (words x channels, one text): the
    same matrix of windows multiplied by the same weights, with the window matrix built
    by :func:`_windows` from the words-first layout rather than copied out of a
    channels-first one, which read memory a channel's length apart for every value and
    cost more than the multiplication."""
    filters, channels, kernel = conv.weight.shape
    windows = _windows(sequence, kernel, conv.padding)
    weight = conv.weight.array.reshape(filters, channels * kernel)
    output = np.matmul(windows, weight.T) + conv.bias.array
    return output.reshape(1, len(windows), filters).swapaxes(2, 1)


def _windows(sequence: np.ndarray, kernel: int, padding: int) -> np.ndarray:
    """Row ``w`` holds, channel by channel, the ``kernel`` values at positions ``w`` to
    ``w + kernel - 1`` of the sequence padded with ``padding`` zeros on each side."""
    length, channels = sequence.shape
    padded = np.zeros((length + 2 * padding, channels), dtype=sequence.dtype)
    padded[padding:padding + length] = sequence
    count = len(padded) - kernel + 1
    windows = np.empty((count, channels, kernel), dtype=sequence.dtype)
    for offset in range(kernel):
        windows[:, :, offset] = padded[offset:offset + count]
    return windows.reshape(count, channels * kernel)


def viterbi(emissions: np.ndarray, mask: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The best tag path of one sequence: ``slovnet``'s ``CRF.decode`` for a batch of
    one, step by step the same sums and the same first-maximum choices (so the same
    path, to the bit), with a handful of array operations per word instead of its
    reshapes, index grids and fancy indexing for a batch. ``emissions`` is words x tags,
    ``mask`` is true for the words that are not padding."""
    history = []
    score = emissions[0]
    # one buffer for every step's sums, and the best scores by ``max``: the value at the
    # first maximum is the maximum, so the path is the same as by indexing at ``argmax``
    scores = np.empty(transitions.shape, dtype=np.result_type(score, transitions))
    live = mask.tolist()
    for index in range(1, len(emissions)):
        np.add(score[:, None], transitions, out=scores)  # previous tag x tag
        scores += emissions[index]
        history.append(scores.argmax(0))
        if live[index]:
            score = scores.max(0)
    size = int(mask.sum()) - 1
    best_tag = score.argmax()
    path = [best_tag]
    for best in reversed(history[:size]):
        best_tag = best[best_tag]
        path.append(best_tag)
    path.reverse()
    return [int(tag) for tag in path]


NER_CHUNK = 4000  # tokens the tagger sees at once


def ner_chunks(words_: list[str], size: int = NER_CHUNK) -> list[tuple[int, int]]:
    """Token ranges of at most ``size`` tokens, each ending after a full stop where one
    is found in its second half. The tagger holds some kilobytes per token of the
    sequence it is given, so a whole long page at once took gigabytes; its window is a
    few words, so cutting between sentences changes nothing, and a news page (a few
    hundred words) is one chunk, as before."""
    chunks, lo = [], 0
    while lo < len(words_):
        hi = min(len(words_), lo + size)
        if hi < len(words_):
            stop = next((i + 1 for i in range(hi - 1, lo + size // 2, -1)
                         if words_[i] in (".", "!", "?")), None)
            hi = stop or hi
        chunks.append((lo, hi))
        lo = hi
    return chunks


_KAZAKH_WORD = re.compile(r" (?=[^\s]*[әғқңөұүһіӘҒҚҢӨҰҮҺІ])[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+")


def _entity(doc: Document, start: int, stop: int, kind: str, starts: dict) -> NamedEntity:
    label = _LABELS.get(kind, kind)
    if label == "PER":
        start = _trim_title(doc.text, start, stop)
        # «Абылай Қыдыралиев»: the Russian tagger stops before a surname written with
        # Kazakh letters; a one-word name takes the capitalised Kazakh word after it
        after = _KAZAKH_WORD.match(doc.text, stop)
        if after and " " not in doc.text[start:stop].strip():
            stop = after.end()
    text = doc.text[start:stop]
    return NamedEntity(start, stop, text, label, normal_form(doc, start, text, label, starts))


def _governed(doc: Document, index: int) -> bool:
    """Is the name at token ``index`` governed by a preceding noun or preposition
    («с творчеством Айши Галимбаевой, Молдахмета Кенбаева»)? Earlier names of the same
    list, commas and «и» are looked through."""
    i = index - 1
    while i >= 0 and i > index - 25:
        tok = doc.tokens[i]
        if tok.text in (",", "и") or (tok.text[:1].isupper() and tok.pos in ("NOUN", "X", "")):
            i -= 1
            continue
        return tok.pos in _OBLIQUE_POS
    return False


def _trim_title(text: str, start: int, stop: int) -> int:
    """«Мажилиса Ерлан Жумабаев»: NER sometimes takes the word before a full name into
    the person; drop a leading word that is no name when a given name follows it."""
    words = text[start:stop].split(" ")
    if len(words) >= 3 and not morph_ru.is_name_word(words[0]) \
            and morph_ru.is_given_name(words[1]):
        return start + len(words[0]) + 1
    return start


def normal_form(doc: Document, start: int, text: str, label: str, starts: dict) -> str:
    """Nominative of a person's name or a place/organisation noun phrase."""
    parts = text.split()
    if label == "PER":
        # «Владимира ЧЕРНОГО»: a surname set in capitals is written as a name
        parts = [p.capitalize() if p.isupper() and len(p) > 2 else p for p in parts]
        index = starts.get(start)
        oblique = _governed(doc, index) if index else False
        return " ".join(morph_ru.nominative_name(parts, oblique))
    return " ".join(morph_ru.nominative_phrase(parts))
