"""The GenAI policy as data: guidelines, which finding breaks which guideline, and the sites.

The built-in policy lives in ``guard/data/uwv-genai-2025.toml``. An administrator can point
Plakwacht at another file (setting ``policy_file`` or ``PLAKWACHT_POLICY``); a file that cannot
be read or is not valid is reported in plain Dutch and the built-in policy stays in force.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from guard.vocabulary import WindowKind
from guard.windows.base import WindowInfo

log = logging.getLogger(__name__)

BUILTIN = Path(__file__).resolve().parent / "data" / "uwv-genai-2025.toml"
ENV_VAR = "PLAKWACHT_POLICY"

# Kinds of window, as the rest of Plakwacht sees them (guard.vocabulary.WindowKind).
ALLOWED_GENAI, FORBIDDEN_GENAI, OTHER = WindowKind.ALLOWED_GENAI, WindowKind.FORBIDDEN_GENAI, WindowKind.OTHER


class PolicyError(ValueError):
    """A policy file that cannot be used; the message is plain Dutch for the user."""


@dataclass(frozen=True)
class Guideline:
    number: int
    text: str

    def cite(self) -> str:
        return f"Richtlijn {self.number}: {self.text}"


@dataclass(frozen=True)
class Site:
    name: str
    allowed: bool
    hosts: tuple[str, ...]
    titles: tuple[re.Pattern, ...]
    processes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SiteMatch:
    """How the policy classifies a window."""

    kind: str  # ALLOWED_GENAI, FORBIDDEN_GENAI or OTHER
    site: str = ""  # the site's name, "" for OTHER
    browser: bool = False

    @property
    def genai(self) -> bool:
        return self.kind in (ALLOWED_GENAI, FORBIDDEN_GENAI)


@dataclass(frozen=True)
class Policy:
    id: str
    title: str
    version: str
    date: dt.date
    valid_until: dt.date | None
    guidelines: dict[int, Guideline]
    breaks: dict[str, int]
    sites: tuple[Site, ...]
    browser_processes: frozenset[str]
    browser_title_suffixes: tuple[str, ...]
    principle: str = ""
    contact: str = ""
    examples: tuple[tuple[str, str], ...] = ()
    data_allowed: tuple[str, ...] = ()
    data_forbidden: tuple[str, ...] = ()
    source: str = "ingebouwd"
    problems: tuple[str, ...] = field(default=())

    # -- guidelines ---------------------------------------------------------------------------
    def guideline_for(self, kind: str) -> Guideline | None:
        """The guideline that a finding type, a category, or ``"site"`` breaks."""
        number = self.breaks.get(kind)
        return self.guidelines.get(number) if number is not None else None

    def guidelines_for(self, kinds) -> list[Guideline]:
        found = {g.number: g for k in kinds if (g := self.guideline_for(k)) is not None}
        return [found[n] for n in sorted(found)]

    # -- validity -----------------------------------------------------------------------------
    def expired(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.valid_until is not None and today >= self.valid_until

    # -- sites --------------------------------------------------------------------------------
    def is_browser(self, window: WindowInfo) -> bool:
        proc = window.process.lower()
        if proc.endswith(".exe"):
            stem = proc[:-4]
        else:
            stem = proc
        procs = self.browser_processes
        if proc in procs or stem in procs or window.url:
            return True
        return any(window.title.endswith(sfx) for sfx in self.browser_title_suffixes)

    def classify(self, window: WindowInfo | None) -> SiteMatch:
        """Is this window a GenAI site, and may it be used?"""
        if window is None:
            return SiteMatch(OTHER)
        browser = self.is_browser(window)
        host = _host(window.url) if window.url else ""
        proc = window.process.lower()
        for site in self.sites:
            if host and any(host == h or host.endswith("." + h) for h in site.hosts):
                return SiteMatch(ALLOWED_GENAI if site.allowed else FORBIDDEN_GENAI, site.name, browser)
            if site.processes and proc in site.processes:
                return SiteMatch(ALLOWED_GENAI if site.allowed else FORBIDDEN_GENAI, site.name, browser)
        if not browser or host:
            # A title alone only counts in a browser: "ChatGPT" in a Word document title is not a site;
            # and where the host is known it says more than a title.
            return SiteMatch(OTHER, browser=browser)
        title = _page_title(window.title, self.browser_title_suffixes)
        for site in self.sites:
            if any(p.search(title) for p in site.titles):
                return SiteMatch(ALLOWED_GENAI if site.allowed else FORBIDDEN_GENAI, site.name, True)
        return SiteMatch(OTHER, browser=True)


def _host(url: str) -> str:
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/:?#@]+@)?([^/:?#]+)", url.strip(), re.I)
    return m.group(2).lower().rstrip(".") if m else ""


def _page_title(title: str, suffixes) -> str:
    for sfx in suffixes:
        if title.endswith(sfx):
            return title[: -len(sfx)].rstrip()
    return title


# -- loading ----------------------------------------------------------------------------------
def _parse(data: dict, source: str) -> Policy:
    def need(key, typ, where=data, label=None):
        if key not in where:
            raise PolicyError(f"Het beleidsbestand mist het veld '{label or key}'.")
        value = where[key]
        if not isinstance(value, typ):
            raise PolicyError(f"Het veld '{label or key}' in het beleidsbestand heeft een verkeerde vorm.")
        return value

    if data.get("schema", 1) != 1:
        raise PolicyError("Deze versie van Plakwacht kent dit beleidsbestand (schema) niet.")
    guidelines: dict[int, Guideline] = {}
    for i, item in enumerate(need("guidelines", list), 1):
        if not isinstance(item, dict):
            raise PolicyError(f"Richtlijn {i} in het beleidsbestand heeft een verkeerde vorm.")
        number = need("number", int, item, f"guidelines[{i}].number")
        text = need("text", str, item, f"guidelines[{i}].text").strip()
        if not text or number in guidelines:
            raise PolicyError(f"Richtlijn {number} in het beleidsbestand is leeg of dubbel.")
        guidelines[number] = Guideline(number, text)
    breaks = need("breaks", dict)
    for kind, number in breaks.items():
        if not isinstance(number, int) or number not in guidelines:
            raise PolicyError(f"'{kind}' verwijst naar richtlijn {number}, maar die staat niet in het beleid.")
    sites = []
    for i, item in enumerate(need("sites", list), 1):
        if not isinstance(item, dict):
            raise PolicyError(f"Site {i} in het beleidsbestand heeft een verkeerde vorm.")
        name = need("name", str, item, f"sites[{i}].name")
        try:
            titles = tuple(re.compile(t, re.I) for t in _strings(item, "titles", f"sites[{i}].titles"))
        except re.error as exc:
            raise PolicyError(f"Een venstertitel van site '{name}' is geen geldig patroon ({exc.msg}).") from None
        sites.append(Site(
            name=name,
            allowed=bool(need("allowed", bool, item, f"sites[{i}].allowed")),
            hosts=tuple(h.lower() for h in _strings(item, "hosts", f"sites[{i}].hosts")),
            titles=titles,
            processes=tuple(p.lower() for p in _strings(item, "processes", f"sites[{i}].processes")),
        ))
    if not sites:
        raise PolicyError("Het beleidsbestand noemt geen enkele site.")
    browsers = data.get("browsers", {})
    if not isinstance(browsers, dict):
        raise PolicyError("Het veld 'browsers' in het beleidsbestand heeft een verkeerde vorm.")
    examples = data.get("examples", [])
    if not isinstance(examples, list) or not all(isinstance(e, dict) for e in examples):
        raise PolicyError("Het veld 'examples' in het beleidsbestand heeft een verkeerde vorm.")
    data_lists = data.get("data", {})
    if not isinstance(data_lists, dict):
        raise PolicyError("Het veld 'data' in het beleidsbestand heeft een verkeerde vorm.")
    valid_until = data.get("valid_until")
    date = data.get("date")
    for label, value in (("date", date), ("valid_until", valid_until)):
        if value is not None and not isinstance(value, dt.date):
            raise PolicyError(f"Het veld '{label}' in het beleidsbestand is geen datum (jjjj-mm-dd).")
    return Policy(
        id=need("id", str),
        title=need("title", str),
        version=str(data.get("version", "")),
        date=date or dt.date.min,
        valid_until=valid_until,
        guidelines=guidelines,
        breaks=dict(breaks),
        sites=tuple(sites),
        browser_processes=frozenset(p.lower() for p in _strings(browsers, "processes", "browsers.processes")),
        browser_title_suffixes=tuple(_strings(browsers, "title_suffixes", "browsers.title_suffixes")),
        principle=str(data.get("principle", "")),
        contact=str(data.get("contact", "")),
        examples=tuple((str(e.get("allowed", "")), str(e.get("forbidden", ""))) for e in examples),
        data_allowed=tuple(_strings(data_lists, "allowed", "data.allowed")),
        data_forbidden=tuple(_strings(data_lists, "forbidden", "data.forbidden")),
        source=source,
    )


def _strings(where: dict, key: str, label: str) -> list[str]:
    """An optional list of strings; a single string is refused, not read letter by letter."""
    value = where.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(f"Het veld '{label}' in het beleidsbestand moet een lijst met teksten zijn.")
    return value


def read_policy(path: Path) -> Policy:
    """Read and check one policy file; raises :class:`PolicyError` with a Dutch message."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise PolicyError(f"Het beleidsbestand {path} bestaat niet.") from None
    except OSError as exc:
        raise PolicyError(f"Het beleidsbestand {path} kan niet worden gelezen ({exc.strerror}).") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PolicyError(f"Het beleidsbestand {path} is geen tekst (UTF-8).") from None
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"at line (\d+)", str(exc))
        at = f" op regel {where.group(1)}" if where else ""
        raise PolicyError(f"Het beleidsbestand {path} heeft een fout in de opmaak{at}.") from None
    try:
        return _parse(data, str(path))
    except PolicyError:
        raise
    except (TypeError, AttributeError, ValueError, KeyError) as exc:
        # A shape _parse does not check field by field; load_policy promises never to raise.
        log.warning("policy file has an unexpected shape: %r", exc)
        raise PolicyError(f"Het beleidsbestand {path} heeft een verkeerde vorm.") from None


def load_policy(path: str | os.PathLike | None = None) -> Policy:
    """The policy in force: ``path``, else ``$PLAKWACHT_POLICY``, else the built-in one.

    Never raises: a bad file yields the built-in policy with ``problems`` saying what was wrong.
    """
    chosen = path or os.environ.get(ENV_VAR) or None
    builtin = read_policy(BUILTIN)
    builtin = _replace_source(builtin, "ingebouwd")
    if not chosen:
        return builtin
    try:
        return read_policy(Path(chosen))
    except PolicyError as exc:
        log.warning("policy file rejected, built-in policy stays in force: %s", exc)
        return _replace_source(builtin, "ingebouwd", problems=(str(exc) + " Het ingebouwde beleid blijft gelden.",))


def _replace_source(policy: Policy, source: str, problems: tuple[str, ...] = ()) -> Policy:
    from dataclasses import replace

    return replace(policy, source=source, problems=problems)
