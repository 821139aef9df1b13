"""Warnings about the data folder itself: inside a cloud-synced folder, or on a network file system.

The storage layer (``models.db``) checks them when a writer opens the folder; ``maintenance`` re-exports them
for the command line and the app. Nothing here imports the rest of HealthDesk.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path, PurePath

# Path components of folders that a sync client mirrors to the cloud (compared case-insensitively).
SYNC_FOLDER_NAMES = (
    "dropbox",
    "onedrive",
    "icloud drive",
    "iclouddrive",
    "mobile documents",  # ~/Library/Mobile Documents (iCloud Drive on macOS)
    "com~apple~clouddocs",
    "cloudstorage",  # ~/Library/CloudStorage/<provider> (macOS File Provider)
    "google drive",
    "googledrive",
    "my drive",
    "nextcloud",
    "owncloud",
    "seafile",
    "seadrive",
    "pcloud",
    "pcloud drive",
    "box",
    "box sync",
    "megasync",
    "yandex.disk",
    "tresorit",
    "syncthing",
    "resilio sync",
    "baidunetdisk",
    "坚果云",
    "nutstore",
)
SYNC_FOLDER_PREFIXES = ("onedrive - ", "dropbox (", "google drive", "nextcloud", "pcloud")
NETWORK_FS_TYPES = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "afs",
    "ncpfs",
    "9p",
    "fuse.sshfs",
    "sshfs",
    "fuse.rclone",
    "fuse.gcsfuse",
    "fuse.s3fs",
    "davfs",
    "fuse.davfs2",
    "glusterfs",
    "fuse.glusterfs",
    "ceph",
    "fuse.ceph",
    "lustre",
    "gpfs",
    "fuse.onedriver",
    "fuse.dropbox",
}

# English text of each folder warning code (the app translates the codes itself).
WARNINGS_EN = {
    "cloud_sync": (
        "the data folder {path} is inside a cloud-synced folder; a sync client can copy the database "
        "half-written or create conflicting copies. Keep the data folder outside it and use backups instead"
    ),
    "network_fs": (
        "the data folder {path} is on a network drive; SQLite's locking is unreliable there and the database "
        "can be damaged. Keep the data folder on a local disk"
    ),
}


def _is_sync_component(part: str) -> bool:
    lowered = part.casefold()
    return lowered in SYNC_FOLDER_NAMES or lowered.startswith(SYNC_FOLDER_PREFIXES)


def _mount_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux: the longest matching mount point)."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = path.as_posix()
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _windows_network_drive(path: Path) -> bool:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    try:
        import ctypes

        drive = os.path.splitdrive(text)[0]
        return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE
    except Exception:  # noqa: BLE001
        return False


def folder_warnings(path: str | os.PathLike[str], mounts_file: Path = Path("/proc/mounts")) -> list[str]:
    """Warning codes for a data folder: ``cloud_sync`` (inside a sync client's folder, by path component) and
    ``network_fs`` (on a network file system). Empty when the folder looks safe. Texts: ``WARNINGS_EN``."""
    folder = Path(path).expanduser()
    with contextlib.suppress(OSError):
        folder = folder.resolve()
    found = []
    if any(_is_sync_component(part) for part in PurePath(folder).parts[1:]):
        found.append("cloud_sync")
    network = False
    if os.name == "nt":  # pragma: no cover
        network = _windows_network_drive(folder)
    elif sys.platform.startswith("linux") or mounts_file != Path("/proc/mounts"):
        fs_type = _mount_type(folder, mounts_file)  # by path: the folder need not exist yet
        network = fs_type is not None and (
            fs_type.lower() in NETWORK_FS_TYPES or fs_type.lower().startswith("nfs")
        )
    elif str(folder).startswith("/Volumes/"):  # macOS: mounted shares live here (as do USB disks)
        network = _macos_network_volume(folder)
    if network:
        found.append("network_fs")
    return found


def _macos_network_volume(folder: Path) -> bool:  # pragma: no cover - macOS only
    try:
        import subprocess

        out = subprocess.run(["mount"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    for line in out.splitlines():
        if " on " in line and "(" in line:
            point = line.split(" on ", 1)[1].rsplit(" (", 1)[0]
            kinds = line.rsplit("(", 1)[1]
            if (
                str(folder).startswith(point)
                and point != "/"
                and kinds.split(",")[0] in ("smbfs", "nfs", "afpfs", "webdav")
            ):
                return True
    return False


def warning_text(code: str, path: str | os.PathLike[str]) -> str:
    return WARNINGS_EN.get(code, code).format(path=str(path))
