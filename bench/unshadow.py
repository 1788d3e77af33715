"""Imported first by every bench script: takes this folder off the import path.

A script run as ``python bench/x.py`` has ``bench/`` first on ``sys.path``, where
``bench/html.py`` would stand in for the standard library's ``html`` module, which
natasha, Jinja2 and the migrations import. Importing this module removes the folder
before anything else is imported (the script's own folder stays reachable through
the modules already loaded, such as this one).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
