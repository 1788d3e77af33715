"""Trivial variants of one page — CRLF line ends, a trailing newline, spaces at line
ends, a BOM — are one document in the store."""

from __future__ import annotations

import hashlib
from pathlib import Path

import sqlalchemy as sa

from sahna.document import Document
from sahna.store import content_hash, open_store
from sahna.store.schema import documents

TEXT = "Концерт в Астане\n\nВчера в Астане прошёл концерт оркестра «Отырар сазы»."


def doc(raw: str, doc_id: str = "a") -> Document:
    return Document(doc_id=doc_id, source=f"{doc_id}.txt", raw=raw, text=raw, lang="ru")


def test_line_ends_trailing_space_and_bom_do_not_change_identity() -> None:
    same = {content_hash(doc(v)) for v in (
        TEXT, TEXT + "\n", TEXT.replace("\n", "\r\n") + "\r\n", "\ufeff" + TEXT,
        TEXT.replace("Астане\n", "Астане  \n"), TEXT + "\n\n\n")}
    assert len(same) == 1
    assert content_hash(doc(TEXT.replace("Вчера", "Сегодня"))) not in same


def test_a_crlf_copy_is_a_duplicate_in_the_store(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        assert store.add(doc(TEXT + "\n"))
        copy = doc(TEXT.replace("\n", "\r\n"), "b")
        assert store.has(copy) and not store.add(copy)


def test_a_document_stored_under_its_old_identity_is_still_known(tmp_path: Path) -> None:
    with open_store(tmp_path / "old.db") as store:
        store.add(doc(TEXT + "\n"))
        old = hashlib.sha256((TEXT + "\n").encode()).hexdigest()
        with store.database.engine.begin() as conn:  # as a database written before
            conn.execute(sa.update(documents).values(content_hash=old))
        again = doc(TEXT + "\n", "again")
        assert store.has(again) and not store.add(again)
