"""Floor for a ready screen: open the demo database with the SQLAlchemy ORM, list the partnership names in a bare
window and exit at its first paint.

    python bench/floor_orm.py DATA_DIR
"""

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QListWidget
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from healthdesk.models.entities import Partnership


class Window(QListWidget):
    def paintEvent(self, event):  # noqa: N802, ANN001
        super().paintEvent(event)
        sys.stdout.flush()
        os._exit(0)


app = QApplication(sys.argv[:1])
engine = create_engine(f"sqlite:///{Path(sys.argv[1]) / 'healthdesk.sqlite3'}")
with Session(engine) as session:
    names = list(session.scalars(select(Partnership.name).order_by(Partnership.name)))
window = Window()
window.addItems(names)
window.resize(1280, 760)
window.show()
app.exec()
