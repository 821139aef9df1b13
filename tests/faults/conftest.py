"""The data-safety fault suite (``pytest -m faults``): each case records its figures, printed at the end of
the run in a "data-safety fault figures" section (visible in CI logs without ``-s``)."""

from __future__ import annotations

import pytest

_FIGURES: list[str] = []


@pytest.fixture
def figures(request: pytest.FixtureRequest):
    """``figures("50 trials, 0 lost")``: one line for the summary, prefixed with the test's name."""

    def record(line: str) -> None:
        _FIGURES.append(f"{request.node.name}: {line}")
        print(line)

    return record


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # noqa: ANN001, ARG001
    if _FIGURES:
        terminalreporter.section("data-safety fault figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)
