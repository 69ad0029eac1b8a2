"""argparse in Dutch: its own words ("usage:", "positional arguments:", "error: argument ...")
come through ``gettext``; this module answers them in Dutch instead of English.

``install()`` replaces ``argparse._`` and ``argparse.ngettext`` (argparse looks them up at call
time). Only the command-line process does this; nothing else uses argparse's messages.
"""
from __future__ import annotations

import argparse

#: argparse's English message → Dutch. Placeholders stay as they are.
MESSAGES = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\nTyp '%(prog)s --help' voor hulp.\n",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "expected one argument": "hier hoort één waarde achter",
    "expected at most one argument": "hier hoort hoogstens één waarde achter",
    "expected at least one argument": "hier hoort minstens één waarde achter",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "onbekende keuze %(value)r (kies uit %(choices)s)",
    "not allowed with argument %s": "gaat niet samen met %s",
    "one of the arguments %s is required": "kies een van %s",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "unrecognized arguments: %s": "onbekend: %s",
    "ambiguous option: %(option)s could match %(matches)s": "%(option)s is niet duidelijk: bedoel je %(matches)s?",
    "ignored explicit argument %r": "waarde %r genegeerd",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)",
}
PLURAL = {
    "expected %s argument": ("hier hoort %s waarde achter", "hier horen %s waarden achter"),
}


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    if singular in PLURAL:
        one, many = PLURAL[singular]
        return one if n == 1 else many
    return singular if n == 1 else plural


def install() -> None:
    """Make argparse speak Dutch in this process (idempotent)."""
    argparse._ = gettext
    argparse.ngettext = ngettext


class DutchHelpFormatter(argparse.HelpFormatter):
    """Help text with Dutch headings (also when argparse is used before :func:`install`)."""

    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, prefix if prefix is not None else "gebruik: ")
