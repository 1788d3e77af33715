"""``sahna recluster``: link entities and cluster events again from scratch."""

from __future__ import annotations

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from sahna.cli.display import err
from sahna.cli.options import DbOption, open_db


def recluster(db: DbOption = "sahna.db") -> None:
    """Link entities and cluster events again from scratch.

    For a database built before clustering existed or under other settings; running it
    twice changes nothing the second time."""
    with open_db(db) as store, Progress(TextColumn("relinking"), BarColumn(),
                                        MofNCompleteColumn(), console=err,
                                        transient=True) as bar:
        task = bar.add_task("relink", total=None)
        counts = store.recluster(lambda done, total: bar.update(task, completed=done,
                                                                 total=total))
    err.print(f"{counts['clusters']} events (clusters), {counts['entities']} entities",
              highlight=False)
