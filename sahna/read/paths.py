"""From the paths a user gives to the files to read: files named, folders walked, globs
matched — each file once, whatever links lead to it.

A folder holding a symbolic link to itself or to a parent (``self -> .``, ``up -> ..``)
is common enough in mirrors and home directories; followed blindly it is an endless
tree (Python's ``glob('**')`` descends it until the path is too long, reading the same
files over and over). So every walk here follows a link into a folder only when that
folder (by device and inode) has not been entered yet in this run, and yields a file
only when that file has not been yielded yet. A folder or file that cannot be read is
an error naming it — the batch goes on — rather than a traceback or a silent gap.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from sahna.read.errors import ReadError

__all__ = ["Walker", "glob_pattern"]


def _reason(exc: OSError) -> str:
    return f"cannot read ({exc.strerror or exc})"


class Walker:
    """Expands paths for one run, remembering the folders entered and the files yielded
    so that neither a link loop nor two names for one file make a file read twice.
    ``wanted`` says whether a file found in a folder is one to read."""

    def __init__(self, wanted: Callable[[Path], bool]) -> None:
        self.wanted = wanted
        self._folders: set[tuple[int, int]] = set()
        self._files: set[tuple[int, int]] = set()

    def expand(self, names: Iterable[str]) -> Iterator[Path | str | ReadError]:
        """Files named, found under folders, or matched by globs; ``-`` is stdin."""
        for name in names:
            if name == "-":
                yield "-"
                continue
            path = Path(name)
            try:
                info = path.stat()
            except FileNotFoundError:
                info = None
            except OSError as exc:  # a folder on the way cannot be entered, a link loop
                if glob.has_magic(name):
                    info = None
                else:
                    yield ReadError(name, _reason(exc))
                    continue
            if info is not None and path.is_dir():
                yield from self.walk(path)
            elif info is not None:
                if self._first_time(info):
                    yield path
            elif glob.has_magic(name):
                yield from self.glob(name)
            else:
                yield ReadError(name, "no such file or directory")

    def _first_time(self, info: os.stat_result) -> bool:
        key = (info.st_dev, info.st_ino)
        if key in self._files:
            return False
        self._files.add(key)
        return True

    def walk(self, top: Path, match: Callable[[str], bool] | None = None,
             every: bool = False, depth: int | None = None) -> Iterator[Path | ReadError]:
        """Files under ``top`` in sorted path order (``wanted`` ones, or with ``every``
        all of them), following links into folders not yet entered; ``match`` filters on
        the path relative to ``top`` (``/``-separated); ``depth`` limits how many
        folders down (0: ``top``'s own files). The folders being read are a stack of
        iterators, not a recursion: a tree thousands deep is no error."""
        stack: list[tuple[Iterator[os.DirEntry[str]], str]] = []
        opened = self._enter(top)
        if isinstance(opened, ReadError):
            yield opened
            return
        if opened is not None:
            stack.append((opened, ""))
        while stack:
            entries, rel = stack[-1]
            entry = next(entries, None)
            if entry is None:
                stack.pop()
                continue
            path, child = Path(entry.path), f"{rel}{entry.name}"
            try:
                is_dir = entry.is_dir()  # follows links
                if not is_dir and not entry.is_file():
                    continue  # a dangling link, a socket, a fifo
            except OSError as exc:
                yield ReadError(str(path), _reason(exc))
                continue
            if is_dir:
                if entry.name.startswith(".") or (depth is not None
                                                  and child.count("/") >= depth):
                    continue
                opened = self._enter(path)
                if isinstance(opened, ReadError):
                    yield opened
                elif opened is not None:
                    stack.append((opened, child + "/"))
                continue
            if match is not None and not match(child):
                continue
            if not os.access(path, os.R_OK):
                # a file whose name says nothing could not be sniffed: report it too
                if not entry.name.startswith(".") and (
                        every or not path.suffix or self.wanted(path)):
                    yield ReadError(str(path), "cannot read (Permission denied)")
                continue
            if not every and not self.wanted(path):
                continue
            try:
                if not self._first_time(entry.stat()):
                    continue
            except OSError as exc:
                yield ReadError(str(path), _reason(exc))
                continue
            yield path

    def _enter(self, folder: Path) -> Iterator[os.DirEntry[str]] | ReadError | None:
        """The sorted entries of a folder not entered before (None: it was), or the
        error that it cannot be read."""
        try:
            info = folder.stat()
            key = (info.st_dev, info.st_ino)
            if key in self._folders:
                return None  # a link back into a folder already walked
            self._folders.add(key)
            with os.scandir(folder) as entries:
                return iter(sorted(entries, key=lambda e: e.name))
        except OSError as exc:
            return ReadError(str(folder), _reason(exc))

    def glob(self, pattern: str) -> Iterator[Path | ReadError]:
        """Files matching ``pattern`` (``**`` spans folders), walked from the pattern's
        longest folder without wildcards; an error when nothing matches."""
        root, rest = _split(pattern)
        regex = glob_pattern(rest)
        found = False
        depth = None if "**" in rest else rest.count("/")
        if root.is_dir():
            for item in self.walk(root, match=lambda rel: regex.fullmatch(rel) is not None,
                                  every=True, depth=depth):
                found = True
                yield item if isinstance(item, ReadError) else Path(os.path.normpath(item))
        if not found:
            yield ReadError(pattern, "no file matches this pattern")


def _split(pattern: str) -> tuple[Path, str]:
    """The folder part of a glob before its first wildcard, and the rest."""
    parts = pattern.replace(os.sep, "/").split("/")
    first = next((i for i, part in enumerate(parts) if glob.has_magic(part)), len(parts) - 1)
    root = "/".join(parts[:first]) or ("/" if pattern.startswith("/") else ".")
    return Path(root), "/".join(parts[first:])


def glob_pattern(pattern: str) -> re.Pattern[str]:
    """A glob over ``/``-separated relative paths as a regex: ``**/`` is any number of
    folders, ``**`` anything, ``*`` and ``?`` stay within one name, ``[...]`` a class;
    a name starting with a dot is matched only by a pattern saying so."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append(r"(?:[^/.][^/]*/)*")
            i += 3
        elif pattern.startswith("**", i):
            out.append(r"(?:[^/.][^/]*(?:/[^/.][^/]*)*)?")
            i += 2
        elif c == "*":
            start = i == 0 or pattern[i - 1] == "/"
            out.append(r"(?:[^/.][^/]*)?" if start else r"[^/]*")
            i += 1
        elif c == "?":
            out.append(r"[^/]")
            i += 1
        elif c == "[" and "]" in pattern[i + 2:]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1:end]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append(f"[{body}]")
            i = end + 1
        else:
            out.append(re.escape(c))
            i += 1
    return re.compile("".join(out))
