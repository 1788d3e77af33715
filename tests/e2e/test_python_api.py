"""The Python interface (``import sahna``): the README's example runs as written, and
the functions behave as documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import sahna
from sahna.contract import Record

ROOT = Path(__file__).resolve().parents[2]


def test_readme_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python"):readme.index("## How it works")]
    [code] = re.findall(r"```python\n(.*?)```", section, re.S)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "'type': 'concert'" in out and "\n1 концерт оркестра «Отырар сазы»" in out
    assert (tmp_path / "events.db").exists()


def test_extract_returns_the_contract_record_for_html_and_bytes():
    page = ("<html><head><title>Гастроли</title></head><body><article><h1>Гастроли</h1>"
            "<p>15 марта в Алматы состоится концерт ансамбля «Сазген».</p>"
            "<p>Вход свободный, сообщает пресс-служба.</p></article></body></html>")
    record = sahna.extract(page.encode("cp1251"), published="2025-03-01",
                           url="https://example.kz/a")
    assert isinstance(record, Record) and record.lang == "ru"
    [event] = record.events
    assert (event.type, event.start, event.city, event.status) == \
        ("concert", "2025-03-15", "Almaty", "planned")
    assert list(record.to_dict()) == ["doc_id", "lang", "published", "title", "events",
                                      "removed_lines"]


def test_without_publication_date_no_year_is_invented():
    record = sahna.extract("15 марта в Алматы состоится концерт ансамбля «Сазген».")
    assert record.events[0].start == "--03-15"


def test_lang_skips_detection():
    text = "Концерт ансамбля «Сазген» состоится 15 марта в Алматы."
    assert sahna.extract(text, lang="kk").lang == "kk"
    assert sahna.extract(text).lang == "ru"


def test_unreadable_input_is_an_input_error():
    with pytest.raises(sahna.InputError, match="empty"):
        sahna.extract("   ")


def test_pipeline_rejects_languages_it_cannot_analyse():
    with pytest.raises(ValueError, match="de"):
        sahna.Pipeline(langs=("de",), warm=False)


def test_extract_many_keeps_order():
    pipe = sahna.Pipeline(langs=("en",), warm=False)
    texts = ["The Nauryz festival opened in Astana on March 21, 2025.", "Nothing here."]
    records = list(pipe.extract_many(texts))
    assert [bool(r.events) for r in records] == [True, False]
