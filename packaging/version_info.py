"""The Windows version resource (Properties → Details) for plakwacht.exe, built from one version.

``build.spec`` calls :func:`version_info` with the version from ``pyproject.toml``, so it lives in one
place. Only used when building on Windows.
"""
from __future__ import annotations


def _tuple(version: str) -> tuple[int, int, int, int]:
    parts = [int("".join(ch for ch in p if ch.isdigit()) or 0) for p in version.split(".")[:4]]
    return tuple(parts + [0] * (4 - len(parts)))  # type: ignore[return-value]


def version_info(version: str, filename: str = "plakwacht.exe"):
    """A ``VSVersionInfo`` for PyInstaller's ``EXE(version=...)``."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo, StringFileInfo, StringStruct, StringTable, VarFileInfo, VarStruct, VSVersionInfo,
    )

    nums = _tuple(version)
    text = ".".join(map(str, nums))
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=nums, prodvers=nums, mask=0x3F, flags=0x0, OS=0x40004,
                          fileType=0x1, subtype=0x0, date=(0, 0)),
        kids=[
            # 0x0413 = Dutch (Netherlands), 1200 = Unicode
            StringFileInfo([StringTable("041304B0", [
                StringStruct("CompanyName", "UWV"),
                StringStruct("FileDescription", "Plakwacht – waarschuwt voor persoonsgegevens in AI-chats"),
                StringStruct("FileVersion", text),
                StringStruct("InternalName", "plakwacht"),
                StringStruct("LegalCopyright", "EUPL-1.2"),
                StringStruct("OriginalFilename", filename),
                StringStruct("ProductName", "Plakwacht"),
                StringStruct("ProductVersion", version),
            ])]),
            VarFileInfo([VarStruct("Translation", [0x0413, 1200])]),
        ],
    )
