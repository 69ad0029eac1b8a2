"""Operating-system errors in plain Dutch: ``exc.strerror`` is English ("No such file or directory")."""
from __future__ import annotations

import errno

_DUTCH = {
    errno.ENOENT: "het bestand of de map bestaat niet",
    errno.EACCES: "je hebt hier geen toestemming voor",
    errno.EPERM: "je hebt hier geen toestemming voor",
    errno.EISDIR: "dit is een map, geen bestand",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.EEXIST: "het bestand bestaat al",
    errno.EBUSY: "het bestand is in gebruik",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EMFILE: "er staan te veel bestanden open",
    errno.EIO: "de schijf gaf een leesfout",
    errno.EINVAL: "de naam of de waarde is ongeldig",
}
if hasattr(errno, "EDQUOT"):
    _DUTCH[errno.EDQUOT] = "je schijfruimte is op"
#: Windows error codes (``OSError.winerror``) that have no errno of their own.
_WINERROR = {32: "het bestand is in gebruik door een ander programma", 5: "je hebt hier geen toestemming voor",
             2: "het bestand bestaat niet", 3: "de map bestaat niet", 112: "de schijf is vol"}


def dutch_os_error(exc: BaseException) -> str:
    """What went wrong, in Dutch, without the English message (and without the path)."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINERROR:
        return _WINERROR[winerror]
    code = getattr(exc, "errno", None)
    if code in _DUTCH:
        return _DUTCH[code]
    if isinstance(exc, FileNotFoundError):
        return _DUTCH[errno.ENOENT]
    if isinstance(exc, PermissionError):
        return _DUTCH[errno.EACCES]
    return "het besturingssysteem gaf een fout" + (f" (foutcode {code})" if code else "")
