"""Guards against a broken Qt binding release: PySide6 6.12.0 drops a reference to ``True`` on every signal
emit, which aborts the interpreter after a few thousand emits (constraints.txt pins a good release)."""

from __future__ import annotations

import sys


def test_signal_emit_keeps_reference_counts():
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        plain = Signal()
        with_value = Signal(int)

    emitter = Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.plain.emit()
        emitter.with_value.emit(1)
    assert sys.getrefcount(True) - before > -50
