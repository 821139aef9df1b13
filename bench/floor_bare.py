"""Floor for first paint: a bare PySide6 window that exits at its first paint event."""

import os
import sys

from PySide6.QtWidgets import QApplication, QWidget


class Window(QWidget):
    def paintEvent(self, event):  # noqa: N802, ANN001
        super().paintEvent(event)
        sys.stdout.flush()
        os._exit(0)


app = QApplication(sys.argv[:1])
window = Window()
window.resize(1280, 760)
window.show()
app.exec()
