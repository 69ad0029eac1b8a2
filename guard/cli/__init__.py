"""Plakwacht's command line: ``plakwacht [--data-dir DIR] [COMMAND ...]``.

Each sub-command lives in its own module here with ``register(subparsers)`` that adds its parser
and sets ``func`` (``func(args) -> int``). Qt is never imported on this path.
"""
from __future__ import annotations

import argparse
import importlib
import os

from guard import version

#: Sub-command modules, in the order ``--help`` lists them.
COMMANDS = ("scan", "window", "history", "selftest")




def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plakwacht",
        description="Plakwacht waarschuwt als je persoonsgegevens of interne tekst in een AI-chat wilt plakken. "
                    "Zonder opdracht start Plakwacht in het systeemvak.",
    )
    parser.add_argument("--version", action="version", version=f"plakwacht {version()}")
    parser.add_argument("--data-dir", metavar="MAP",
                        help="map voor geschiedenis, instellingen en logboek (ook: PLAKWACHT_DATA_DIR)")
    parser.add_argument("--policy", metavar="BESTAND", help="ander beleidsbestand (ook: PLAKWACHT_POLICY)")
    parser.add_argument("--self-test", action="store_true", help="test of alles werkt en stop")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for name in COMMANDS:
        importlib.import_module(f"guard.cli.{name}").register(sub)
    # The global options also work after a sub-command: `plakwacht history --data-dir X`.
    for subparser in sub.choices.values():
        subparser.add_argument("--data-dir", metavar="MAP", default=argparse.SUPPRESS,
                               help="map voor geschiedenis, instellingen en logboek")
        subparser.add_argument("--policy", metavar="BESTAND", default=argparse.SUPPRESS,
                               help="ander beleidsbestand")
    return parser


def apply_global_options(args) -> None:
    """Make ``--data-dir`` and ``--policy`` visible to every part of the program."""
    if getattr(args, "data_dir", None):
        os.environ["PLAKWACHT_DATA_DIR"] = os.path.abspath(args.data_dir)
    if getattr(args, "policy", None):
        os.environ["PLAKWACHT_POLICY"] = os.path.abspath(args.policy)


def run(argv: list[str] | None = None) -> int | None:
    """Run a sub-command and return its exit code, or ``None`` when the tray app should start."""
    parser = build_parser()
    args = parser.parse_args(argv)
    apply_global_options(args)
    if args.self_test:
        from guard.cli import selftest

        return selftest.run_self_test(args)
    if not args.command:
        return None
    return args.func(args)
