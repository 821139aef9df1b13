"""Progress of one output in steps of a known total, for the review and the summary sheet alike."""

from __future__ import annotations

from collections.abc import Callable


class Steps:
    """Reports ``report(0, total)`` at once, one step more at each :meth:`tick` (never the whole before
    :meth:`finish`, however many ticks come), and ``report(total, total)`` at :meth:`finish`. No ``report``: silent."""

    def __init__(self, total: int, report: Callable[[int, int], None] | None) -> None:
        self.total, self.done, self.report = total, 0, report
        if report is not None:
            report(0, total)

    def tick(self) -> None:
        self.done = min(self.done + 1, self.total - 1)
        if self.report is not None:
            self.report(self.done, self.total)

    def finish(self) -> None:
        if self.report is not None:
            self.report(self.total, self.total)
