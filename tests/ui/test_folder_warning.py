"""A data folder inside a cloud-synced folder or on a network drive is called out when the app starts."""

from __future__ import annotations

from healthdesk import maintenance
from healthdesk.ui.backups import safety


def test_synced_folder_warning_names_the_folder(ctx, data_dir, monkeypatch, qtbot):
    monkeypatch.setattr(maintenance, "folder_warnings", lambda path: ["cloud_sync"])
    box = safety.warn_about_folder(data_dir, None)
    assert box is not None
    qtbot.addWidget(box)
    assert str(data_dir) in box.text()
    assert "cloud-synced" in box.text()


def test_warning_in_chinese(ctx_zh, data_dir, monkeypatch, qtbot):
    monkeypatch.setattr(maintenance, "folder_warnings", lambda path: ["network_fs"])
    box = safety.warn_about_folder(data_dir, None)
    qtbot.addWidget(box)
    assert "网络驱动器" in box.text()


def test_local_folder_shows_nothing(ctx, tmp_path):
    assert safety.warn_about_folder(tmp_path, None) is None
