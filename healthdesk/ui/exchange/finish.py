"""The respondent's last step, in one: after Submit the response file is already saved, and this panel says where.

``ResponseSavedPanel`` sits under the walk-through's thank-you, for a respondent who came from an invitation:
"Your response file is saved: PATH", then "Show in folder" (the system file manager on that folder), "Write
e-mail" (a ``mailto:`` to the facilitator with a subject, only when the invitation gave an address) and "Save a
copy elsewhere…". ``mailto_url`` and ``folder_url`` are what the buttons open (``QDesktopServices.openUrl``;
tests replace ``open_url``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl, QUrlQuery
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..common import theme
from . import model as vm

if TYPE_CHECKING:
    from ..common.context import AppContext

CONTEXT = "ExchangeFinish"


translate = QCoreApplication.translate


def open_url(url: QUrl) -> bool:
    from . import files as exchange_files

    return exchange_files.open_url(url)


def folder_url(path: Path) -> QUrl:
    return QUrl.fromLocalFile(str(Path(path).parent))


def mailto_url(address: str, subject: str, body: str) -> QUrl:
    url = QUrl("mailto:" + address)
    query = QUrlQuery()
    query.addQueryItem("subject", subject)
    query.addQueryItem("body", body)
    url.setQuery(query)
    return url


class ResponseSavedPanel(QFrame):
    """Where the response file is, and the three ways on from there."""

    def __init__(
        self,
        ctx: AppContext,
        respondent_id: int,
        path: Path,
        facilitator_email: str,
        names: dict[str, str],
        save_copy: Callable[[QWidget], Path | None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("responseSavedPanel")
        self.setProperty("role", "info")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ctx = ctx
        self.respondent_id = respondent_id
        self.offer = vm.FinishOffer(Path(path), facilitator_email or "", names)
        self.path = self.offer.path
        self.email = self.offer.email
        self.names = names  # partnership, round, name: for the e-mail subject
        self.copies: list[Path] = []
        self._save_copy = (
            save_copy  # asks where and writes the file again (``exchange.export_response_file``)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.GRID * 2, theme.MARGIN, theme.GRID * 2)
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        # A section heading inside the thank-you page, whose style sheet would otherwise give it plain text.
        self.heading.setStyleSheet("font-weight: bold; padding: 0px;")
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("responseSavedText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(self.text.textInteractionFlags() | self.text_flags())
        self.show_folder = QPushButton()
        self.show_folder.setObjectName("showInFolderButton")
        self.write_mail = QPushButton()
        self.write_mail.setObjectName("writeEmailButton")
        self.save_copy = QPushButton()
        self.save_copy.setObjectName("saveCopyButton")
        self.show_folder.clicked.connect(self.open_folder)
        self.write_mail.clicked.connect(self.open_mail)
        self.save_copy.clicked.connect(self.save_copy_elsewhere)
        self.write_mail.setVisible(vm.WRITE_EMAIL in self.offer.offers)
        row = QHBoxLayout()
        row.setSpacing(theme.SPACING)
        for button in (self.show_folder, self.write_mail, self.save_copy):
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(row)
        ctx.language_changed.connect(lambda _lang: self.retranslate_ui())
        self.retranslate_ui()

    @staticmethod
    def text_flags() -> Any:
        from PySide6.QtCore import Qt

        return Qt.TextInteractionFlag.TextSelectableByMouse

    def retranslate_ui(self) -> None:
        # Under the walk-through's "Thank you: your answers are submitted": this says only what is new.
        self.heading.setText(translate("ExchangeFinish", "Your response file is saved"))
        if self.email:
            send = translate(
                "ExchangeFinish",
                "Send this file to {email} (Write e-mail opens a message; attach the file to it).",
            )
        else:
            send = translate(
                "ExchangeFinish", "Send this file to the facilitator who invited you (e-mail, USB stick…)."
            )
        self.text.setText(
            translate("ExchangeFinish", "Saved here:\n{path}").format(path=str(self.path))
            + "\n\n"
            + send.format(email=self.email)
            + "\n"
            + translate("ExchangeFinish", "Only the facilitator can read it.")
        )
        self.show_folder.setText(translate("ExchangeFinish", "Show in folder"))
        self.write_mail.setText(translate("ExchangeFinish", "Write e-mail"))
        self.write_mail.setToolTip(self.email)
        self.save_copy.setText(translate("ExchangeFinish", "Save a copy elsewhere…"))

    def mail_subject(self) -> str:
        return translate("ExchangeFinish", "HealthDesk response: {partnership}, {round} – {name}").format(
            **self.names
        )

    def mail_body(self) -> str:
        return translate(
            "ExchangeFinish",
            "Hello,\n\nattached is my response file {file} (from the folder {folder}).\n\nBest regards,\n{name}",
        ).format(file=self.path.name, folder=str(self.path.parent), name=self.names.get("name", ""))

    def open_folder(self) -> bool:
        return open_url(folder_url(self.path))

    def open_mail(self) -> bool:
        if not self.email:
            return False
        return open_url(mailto_url(self.email, self.mail_subject(), self.mail_body()))

    def save_copy_elsewhere(self) -> Path | None:
        copy = self._save_copy(self)
        if copy is not None:
            self.copies.append(copy)
        return copy
