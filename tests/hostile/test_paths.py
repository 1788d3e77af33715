"""Paths a user gives: link loops are walked once, each file read once, and what cannot
be read is an error naming it while the batch goes on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sahna.read import ReadError, expand_paths, read_paths

RU = "Вчера в Астане прошёл концерт оркестра «Отырар сазы»."


@pytest.fixture
def looped(tmp_path: Path) -> Path:
    """L/a.txt, L/sub/b.txt, with L/self -> . and L/sub/up -> .. (and an alias file)."""
    root = tmp_path / "L"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(RU, encoding="utf-8")
    (root / "sub" / "b.txt").write_text(RU + "!", encoding="utf-8")
    (root / "self").symlink_to(".")
    (root / "sub" / "up").symlink_to("..")
    (root / "alias.txt").symlink_to("a.txt")
    return root


def names(items: list) -> list[str]:
    return [str(Path(i).relative_to(Path.cwd())) if Path(i).is_absolute() else str(i)
            for i in items]


def test_a_glob_over_a_link_loop_ends_and_reads_each_file_once(looped: Path,
                                                               monkeypatch) -> None:
    monkeypatch.chdir(looped.parent)
    assert names(list(expand_paths(["L/**/*.txt"]))) == ["L/a.txt", "L/sub/b.txt"]


def test_walking_a_folder_with_link_loops_reads_each_file_once(looped: Path) -> None:
    found = list(expand_paths([str(looped)]))
    assert [p.name for p in found] == ["a.txt", "b.txt"]


def test_two_names_for_one_file_read_it_once(looped: Path) -> None:
    found = list(expand_paths([str(looped / "a.txt"), str(looped / "alias.txt")]))
    assert found == [looped / "a.txt"]


def test_globs_keep_their_meaning(looped: Path, monkeypatch) -> None:
    monkeypatch.chdir(looped.parent)
    assert names(list(expand_paths(["L/*.txt"]))) == ["L/a.txt"]
    assert names(list(expand_paths(["L/s?b/*.txt"]))) == ["L/sub/b.txt"]
    assert [str(e) for e in expand_paths(["L/*.html"])] == \
        ["L/*.html: no file matches this pattern"]


def test_a_path_inside_an_unreadable_folder_is_one_error(tmp_path: Path,
                                                         monkeypatch) -> None:
    good = tmp_path / "good.txt"
    good.write_text(RU, encoding="utf-8")
    locked = tmp_path / "locked" / "page.txt"
    real_stat = Path.stat

    def stat(self: Path, **kwargs):  # root reads anything: refuse as a user's folder would
        if "locked" in str(self):
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    items = list(read_paths([str(locked), str(good)]))
    assert isinstance(items[0], ReadError)
    assert str(items[0]) == f"{locked}: cannot read (Permission denied)"
    assert items[1].doc_id == "good"


def test_an_unreadable_subfolder_of_a_walk_is_reported(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "shut").mkdir()
    (tmp_path / "shut" / "b.txt").write_text(RU, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("shut"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(expand_paths([str(tmp_path)]))
    assert items[0] == tmp_path / "open" / "a.txt"
    assert [str(e) for e in items[1:]] == [f"{tmp_path / 'shut'}: cannot read "
                                          "(Permission denied)"]
