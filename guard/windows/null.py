"""The do-nothing backend: used where Plakwacht cannot see the active window.

That is the case on Wayland (no program may see other programs' windows there), without a
window manager that publishes the active window, or when the OS library is missing. The guard
then cannot tell a chat site from a text editor: it warns on every copy with personal data
(setting ``warn_without_window_detection``) and the tray shows :attr:`NullBackend.reason`.
"""
from __future__ import annotations

from guard.windows.base import OnChange, WindowBackend, WindowInfo

#: Dutch reasons for the tray, by cause.
REASON_WAYLAND = ("Plakwacht kan onder Wayland niet zien welk venster actief is. "
                  "Je krijgt daarom bij elke kopie met persoonsgegevens een waarschuwing. "
                  "Kies bij het inloggen een X11-sessie als je dat niet wilt.")
REASON_NO_DISPLAY = ("Plakwacht vindt geen beeldscherm om vensters te volgen. "
                     "Je krijgt daarom bij elke kopie met persoonsgegevens een waarschuwing.")
REASON_NO_WM = ("Je vensterbeheer meldt niet welk venster actief is. "
                "Je krijgt daarom bij elke kopie met persoonsgegevens een waarschuwing.")
REASON_UNSUPPORTED = ("Plakwacht kan op dit systeem niet zien welk venster actief is. "
                      "Je krijgt daarom bij elke kopie met persoonsgegevens een waarschuwing.")


class NullBackend(WindowBackend):
    """Sees no window. ``start`` reports ``None`` once, so listeners know the state.

    Args:
        reason: the Dutch sentence the tray shows (one of the ``REASON_*`` texts).
        detail: a technical cause for the log (never shown to the user).
    """

    name = "none"
    event_driven = False
    available = False

    def __init__(self, reason: str = REASON_UNSUPPORTED, detail: str = ""):
        self.reason = reason
        self.detail = detail

    def active_window(self) -> WindowInfo | None:
        return None

    def start(self, on_change: OnChange) -> None:
        on_change(None)

    def stop(self) -> None:
        pass
