"""`Skipped`: what a reader yields instead of an `Article` for an input it cannot read."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError


@dataclass(frozen=True)
class Skipped:
    """An input (a file, a JSON line, a feed entry) left out of the batch, and why.

    `reason` says what is wrong and, where there is something to do, what to do:
    ``examples/x.txt: skipped: file is empty``.
    """

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: skipped: {self.reason}"

    def as_json(self) -> dict:
        return {"source": self.source, "reason": self.reason}

    @classmethod
    def from_error(cls, error: InputError) -> Skipped:
        return cls(error.source, error.reason)


def size_text(n: int) -> str:
    """A byte count for people: '512 bytes', '3.5 KB', '7.2 MB', '1 GB' (1 KB = 1024 bytes)."""
    if n < 1024:
        return f"{n} bytes" if n != 1 else "1 byte"
    value, unit = n / 1024, "KB"
    for bigger in ("MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, bigger
    return f"{value:.1f}".removesuffix(".0") + f" {unit}"


def too_big(size: int | None, limit: int) -> str:
    """The reason for an input over the limit, with the way out; `size` None when it is unknown
    (a stream read only up to the limit)."""
    cap = size_text(limit)
    if size is None:
        return f"input is over the {cap} limit; raise it with --max-bytes"
    shown = size_text(size)
    if shown == cap:  # 5.01 MB and 5 MB both print as '5 MB': show the exact counts instead
        shown, cap = f"{size:,} bytes", f"{limit:,} bytes"
    return f"{shown} is over the {cap} limit; raise it with --max-bytes"
