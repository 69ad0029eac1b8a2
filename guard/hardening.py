"""No core dumps: a native crash must not write the clipboard text to disk.

A crash of the tray process once left a 214 MB core file that held the clipboard text (issue 10).
So, as early as the program starts:

- Linux and macOS: the core-file size limit is set to 0 (``RLIMIT_CORE``, soft and hard);
- Linux: the process is made non-dumpable (``prctl(PR_SET_DUMPABLE, 0)``), which also stops a
  core handler such as systemd-coredump or apport, and ptrace by other processes of the same user;
- Windows: the frozen program excludes itself from Windows Error Reporting
  (``WerAddExcludedApplication``, per user), and the crash dialog is off (``SetErrorMode``),
  so no crash dump with memory is collected.

Python's own ``faulthandler`` still prints a traceback (code places only) to the log on a crash.
Every step is best effort and logged by name only; nothing here raises.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


def disable_core_dumps() -> list[str]:
    """Switch crash dumps off for this process; returns what was done (for the log and tests)."""
    done: list[str] = []
    if sys.platform != "win32":
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            done.append("rlimit_core")
        except (ImportError, ValueError, OSError) as exc:
            log.warning("core limit not set: %s", type(exc).__name__)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done.append("not_dumpable")
            else:
                log.warning("prctl(PR_SET_DUMPABLE) failed: errno %d", ctypes.get_errno())
        except (OSError, AttributeError) as exc:
            log.warning("prctl unavailable: %s", type(exc).__name__)
    if sys.platform == "win32":
        done += _windows()
    return done


def _windows() -> list[str]:
    done = []
    try:
        kernel32 = ctypes.WinDLL("kernel32")
        kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
        done.append("no_crash_dialog")
    except (OSError, AttributeError) as exc:
        log.warning("SetErrorMode failed: %s", type(exc).__name__)
    if getattr(sys, "frozen", False):  # never exclude every python.exe of a developer
        try:
            wer = ctypes.WinDLL("wer")
            name = os.path.basename(sys.executable)
            if wer.WerAddExcludedApplication(ctypes.c_wchar_p(name), False) == 0:  # S_OK
                done.append("wer_excluded")
        except (OSError, AttributeError) as exc:
            log.warning("WER exclusion failed: %s", type(exc).__name__)
    return done


def dumpable() -> bool | None:
    """Whether the kernel would write a core for this process (Linux); None where unknown."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
