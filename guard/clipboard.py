"""Clipboard facts that do not need Qt: what a snapshot is, and which content is concealed.

Password managers mark what they copy so that clipboard tools leave it alone. Plakwacht honours
those marks: concealed content is never read as text, analysed, held or logged.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

#: Windows: ``ExcludeClipboardContentFromMonitorProcessing`` as Qt names it.
WINDOWS_EXCLUDE = 'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
#: Windows: the older mark clipboard viewers honour ("Clipboard Viewer Ignore"; its presence counts).
WINDOWS_VIEWER_IGNORE = 'application/x-qt-windows-mime;value="Clipboard Viewer Ignore"'
#: Windows: content that must not go into clipboard history (a DWORD 0; also set by password managers).
WINDOWS_NO_HISTORY = 'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'
#: Windows: content that must not be synced to the cloud clipboard (a DWORD 0).
WINDOWS_NO_CLOUD = 'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"'
#: The Windows formats whose DWORD value 0 marks content as private.
WINDOWS_ZERO_MEANS_PRIVATE = (WINDOWS_NO_HISTORY, WINDOWS_NO_CLOUD)
#: KDE Klipper / KeePassXC on X11 and Wayland: the value ``secret`` marks a password.
KDE_PASSWORD_HINT = "x-kde-passwordManagerHint"
#: macOS (nspasteboard.org convention).
MACOS_CONCEALED = "org.nspasteboard.ConcealedType"
MACOS_TRANSIENT = "org.nspasteboard.TransientType"

#: Formats whose mere presence marks the content as concealed.
CONCEALED_FORMATS: frozenset[str] = frozenset({WINDOWS_EXCLUDE, WINDOWS_VIEWER_IGNORE, MACOS_CONCEALED,
                                               MACOS_TRANSIENT})

#: A mime format Plakwacht adds to everything it writes, so that its own writes are recognised.
OWN_FORMAT = "application/x-plakwacht-own"


def is_concealed(formats: Iterable[str], get: Callable[[str], bytes | None] = lambda fmt: None) -> bool:
    """Does the clipboard hold content that its owner asked monitors to leave alone?

    Args:
        formats: the mime formats on the clipboard.
        get: reads the bytes of one format (only called for formats whose value matters).
    """
    fmts = set(formats)
    if fmts & CONCEALED_FORMATS:
        return True
    # Qt on macOS shows pasteboard types with a prefix; match the type name at the end.
    if any(f.endswith(MACOS_CONCEALED) or f.endswith(MACOS_TRANSIENT) for f in fmts):
        return True
    if KDE_PASSWORD_HINT in fmts and (get(KDE_PASSWORD_HINT) or b"").strip().lower() == b"secret":
        return True
    for fmt in WINDOWS_ZERO_MEANS_PRIVATE:
        if fmt in fmts:
            # A DWORD 0 means "not into history" / "not to the cloud": a password manager's mark.
            value = get(fmt) or b""
            if len(value) >= 4 and value[:4] == b"\x00\x00\x00\x00":
                return True
    return False


@dataclass(frozen=True)
class ClipSnapshot:
    """What was on the clipboard at one moment.

    Attributes:
        text: the plain text, or ``None`` when there is none (an image, concealed content).
        formats: every mime format that was offered.
        concealed: the owner asked monitors to leave the content alone.
        own: Plakwacht itself wrote this content (a placeholder, a redacted text, a restore).
        payload: the adapter's full copy of every format, opaque to the guard; used to give the
            content back whole (HTML, images, file lists), not as plain text.
    """

    text: str | None = None
    formats: tuple[str, ...] = ()
    concealed: bool = False
    own: bool = False
    payload: object = field(default=None, compare=False, repr=False)

    def __repr__(self) -> str:  # never show clipboard text, not even in a traceback
        size = "none" if self.text is None else f"{len(self.text)} chars"
        return f"ClipSnapshot(text=<{size}>, formats={len(self.formats)}, concealed={self.concealed}, own={self.own})"

    __str__ = __repr__
