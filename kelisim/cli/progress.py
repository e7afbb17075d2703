"""Progress for long commands: a bar with the known total, counts, elapsed time and an ETA on a
terminal; nothing when stderr is piped or --quiet (scripts read only the lines that matter).

Lines a command prints while the bar runs (a skipped input, a warning) go through `note`, so
they appear above the bar instead of tearing it."""
from __future__ import annotations

import sys
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)


class Tracker:
    def __init__(self, progress: Progress | None, task, what: str):
        self.progress, self.task, self.what = progress, task, what

    def note(self, line: str) -> None:
        if self.progress is None:
            print(line, file=sys.stderr, flush=True)
        else:
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)

    def loaded(self) -> None:
        """The models are in: the bar now counts articles."""
        if self.progress is not None:
            self.progress.update(self.task, description=self.what)

    def advance(self, n: int = 1) -> None:
        if self.progress is None:
            return
        task = self.progress.tasks[0]
        if task.total is not None and task.completed + n > task.total:
            # a feed holds more articles than the one it was counted as
            self.progress.update(self.task, total=task.completed + n)
        self.progress.advance(self.task, n)


@contextmanager
def progress(what: str, total: int | None, quiet: bool = False, loading: str | None = None):
    """A Tracker for `total` items (None: unknown). `loading` is the description shown until
    `loaded()` is called, e.g. while the language models load."""
    err = Console(stderr=True)
    if quiet or not err.is_terminal:
        yield Tracker(None, None, what)
        return
    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("articles"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                   console=err)
    with bar:
        task = bar.add_task(loading or what, total=total)
        yield Tracker(bar, task, what)
