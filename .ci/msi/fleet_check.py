"""Install, self-test, upgrade and uninstall the MSI, checking the machine after each step.

Runs with Windows CPython (under Wine in CI: .ci/msi.sh; also usable on a real Windows test VM as
administrator). Standard library only.

    python fleet_check.py OLD.msi NEW.msi OLD_VERSION NEW_VERSION LOGDIR
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
import winreg
from pathlib import Path

PRODUCT = "Plakwacht"
UPGRADE_CODE = "{CE8533C8-4C56-4EA9-B35C-17BD0B965D67}"
INSTALL_DIR = Path(os.environ.get("ProgramW6432", os.environ.get("ProgramFiles", r"C:\Program Files"))) / PRODUCT
COMMON_START_MENU = Path(os.environ.get("ProgramData", r"C:\ProgramData")) / r"Microsoft\Windows\Start Menu\Programs"
USER_DATA = Path(os.environ["LOCALAPPDATA"]) / PRODUCT
HKLM = winreg.HKEY_LOCAL_MACHINE
KEYS = {
    "start at login": (r"Software\Microsoft\Windows\CurrentVersion\Run", PRODUCT),
    "Edge native host": (r"Software\Microsoft\Edge\NativeMessagingHosts\nl.plakwacht.companion", ""),
    "Chrome native host": (r"Software\Google\Chrome\NativeMessagingHosts\nl.plakwacht.companion", ""),
    "event source": (r"SYSTEM\CurrentControlSet\Services\EventLog\Application\Plakwacht", "EventMessageFile"),
    "install folder": (r"Software\Plakwacht", "InstallDir"),
}
failures: list[str] = []
start_menu = COMMON_START_MENU


def on_wine() -> bool:
    import ctypes

    return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")


def start_menu_from_log(log: Path) -> Path:
    """The folder msiexec resolved ProgramMenuFolder to (from its verbose log)."""
    try:
        raw = log.read_bytes()
    except OSError:
        return COMMON_START_MENU
    text = raw.decode("utf-16", "replace") if raw[:2] == b"\xff\xfe" else raw.decode("utf-8", "replace")
    for line in text.splitlines():
        if "Property(S): ProgramMenuFolder = " in line:
            return Path(line.split(" = ", 1)[1].strip())
    return COMMON_START_MENU
t0 = time.monotonic()


def say(msg: str) -> None:
    print(f"[msi {time.monotonic() - t0:5.1f}s] {msg}", flush=True)


def check(ok: bool, what: str) -> None:
    say(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def reg_value(key: str, name: str):
    try:
        with winreg.OpenKey(HKLM, key, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as k:
            return winreg.QueryValueEx(k, name)[0]
    except OSError:
        return None


def key_exists(key: str) -> bool:
    try:
        winreg.OpenKey(HKLM, key, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY).Close()
        return True
    except OSError:
        return False


def installed_products() -> list[tuple[str, str]]:
    """(DisplayName, DisplayVersion) of every Plakwacht entry in Programs and Features."""
    out = []
    base = r"Software\Microsoft\Windows\CurrentVersion\Uninstall"
    for view in (winreg.KEY_WOW64_64KEY, winreg.KEY_WOW64_32KEY):
        try:
            root = winreg.OpenKey(HKLM, base, 0, winreg.KEY_READ | view)
        except OSError:
            continue
        with root:
            i = 0
            while True:
                try:
                    sub = winreg.EnumKey(root, i)
                except OSError:
                    break
                i += 1
                try:
                    with winreg.OpenKey(root, sub) as k:
                        name = winreg.QueryValueEx(k, "DisplayName")[0]
                        version = winreg.QueryValueEx(k, "DisplayVersion")[0]
                except OSError:
                    continue
                if name == PRODUCT and (sub, name) not in [(s, n) for s, n, _ in out]:
                    out.append((sub, name, version))
    return [(n, v) for _, n, v in out]


def msiexec(*args: str, log: Path) -> int:
    # No pipes: msiexec may start a helper (under Wine: explorer.exe /desktop) that inherits them and
    # outlives it, and waiting for the end of the pipe would then hang. /qn writes nothing anyway;
    # everything is in the log.
    cmd = ["msiexec", *args, "/qn", "/norestart", "/l*v", str(log)]
    say("run " + " ".join(cmd))
    return subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          timeout=900).returncode


def run_captured(cmd: list[str], timeout: float) -> tuple[int, str]:
    """Run ``cmd`` with its output on a pipe; return when *it* ends, even if a helper it started
    still holds the pipe (console programs need a pipe, not a file, under Wine)."""
    import threading

    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.extend(iter(lambda: proc.stdout.read1(65536), b"")),
                              daemon=True)
    reader.start()
    code = proc.wait(timeout=timeout)
    reader.join(5)
    return code, b"".join(chunks).decode("utf-8", "replace")


def expect_installed(version: str) -> None:
    check((INSTALL_DIR / "plakwacht.exe").is_file() and (INSTALL_DIR / "plakwacht-cli.exe").is_file(),
          f"program in {INSTALL_DIR}")
    check((INSTALL_DIR / "nl.plakwacht.companion.json").is_file(), "native host manifest beside the program")
    check((start_menu / "Plakwacht.lnk").is_file(), f"Start menu entry in {start_menu}")
    run = reg_value(*KEYS["start at login"])
    check(run == f'"{INSTALL_DIR}\\plakwacht.exe"', f"HKLM Run = {run!r}")
    for what in ("Edge native host", "Chrome native host"):
        v = reg_value(*KEYS[what])
        check(v == str(INSTALL_DIR / "nl.plakwacht.companion.json"), f"{what} = {v!r}")
    msg = reg_value(*KEYS["event source"]) or ""
    check(msg.lower().endswith(r"framework64\v4.0.30319\eventlogmessages.dll"), f"event source ({msg!r})")
    check(installed_products() == [(PRODUCT, version)], f"Programs and Features: {installed_products()}")


def leftovers() -> list[str]:
    left = []
    if INSTALL_DIR.exists():
        left += [str(p) for p in INSTALL_DIR.rglob("*")] or [str(INSTALL_DIR)]
    if (start_menu / "Plakwacht.lnk").exists():
        left.append(str(start_menu / "Plakwacht.lnk"))
    for what, (key, name) in KEYS.items():
        if reg_value(key, name) is not None:
            left.append(f"HKLM\\{key} {name or '(default)'} ({what})")
        elif key_exists(key) and key not in (r"Software\Microsoft\Windows\CurrentVersion\Run",):
            left.append(f"HKLM\\{key} (empty key)")
    left += [f"Programs and Features: {p}" for p in installed_products()]
    return left


def main() -> int:
    old, new, old_v, new_v, logdir = sys.argv[1:6]
    logs = Path(logdir)
    logs.mkdir(parents=True, exist_ok=True)
    # A person's own data, as the tray app leaves it: must survive upgrade and uninstall.
    USER_DATA.mkdir(parents=True, exist_ok=True)
    (USER_DATA / "history.sqlite3").write_bytes(b"SQLite format 3\0 (test)")

    global start_menu
    rc = msiexec("/i", old, log=logs / "1-install.log")
    check(rc == 0, f"install {old_v} quietly (exit {rc})")
    start_menu = start_menu_from_log(logs / "1-install.log")
    if on_wine():
        # Wine's msi resolves ProgramMenuFolder to the per-user Start menu even with ALLUSERS=1;
        # Windows uses the all-users one (C:\ProgramData\...\Start Menu\Programs).
        say(f"Wine: ProgramMenuFolder = {start_menu}")
    else:
        check(start_menu == COMMON_START_MENU, f"Start menu for all users ({start_menu})")
    expect_installed(old_v)

    cli = INSTALL_DIR / "plakwacht-cli.exe"
    say(f"self-test of {cli}")
    try:
        code, out = run_captured([str(cli), "--self-test"], timeout=900)
        print(out.rstrip(), flush=True)
    except (OSError, subprocess.TimeoutExpired) as exc:
        code = f"{type(exc).__name__}: {exc}"
    check(code == 0, f"--self-test from the installed path (exit {code})")

    rc = msiexec("/i", new, log=logs / "2-upgrade.log")
    check(rc == 0, f"upgrade to {new_v} (exit {rc})")
    expect_installed(new_v)

    rc = msiexec("/i", old, log=logs / "3-downgrade.log")
    check(rc != 0 and installed_products() == [(PRODUCT, new_v)], f"older version refused (exit {rc})")

    rc = msiexec("/x", new, log=logs / "4-uninstall.log")
    check(rc == 0, f"uninstall (exit {rc})")
    left = leftovers()
    for item in left:
        say(f"left behind: {item}")
    check(not left, "nothing left of the program")
    check((USER_DATA / "history.sqlite3").is_file(), f"the person's own data stays ({USER_DATA})")
    say("all checks passed" if not failures else f"{len(failures)} check(s) failed: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
