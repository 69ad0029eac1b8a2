"""The ``plakwacht`` console entry point.

Sub-commands (``scan``, ``window``, ``history``, ``--self-test``) run headless from ``guard.cli``;
Qt is imported only when the tray app starts, so ``plakwacht scan`` stays fast.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from guard.hardening import disable_core_dumps

    disable_core_dumps()  # before any clipboard text is in memory: a crash must not write it to disk
    from guard.cli import run

    code = run(sys.argv[1:] if argv is None else argv)
    if code is None:
        from guard.display import EXIT_NO_DISPLAY, display_problem

        problem = display_problem()  # before Qt, which would abort with English advice
        if problem:
            print(f"plakwacht: {problem}", file=sys.stderr)
            return EXIT_NO_DISPLAY
        from ui.app import run_tray

        code = run_tray()
    return int(code or 0)


if __name__ == "__main__":
    sys.exit(main())
