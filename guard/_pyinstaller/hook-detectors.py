# Recognizers are discovered with pkgutil at run time; their data (lemma table, name lists) is
# read by path.
from PyInstaller.utils.hooks import collect_data_files, collect_submodules


def _shipped(name: str) -> bool:
    """Leave out tests and build-time scripts (build_*.py need the non-shipped build-data group)."""
    leaf = name.rsplit(".", 1)[-1]
    return leaf != "tests" and not leaf.startswith("build_")


hiddenimports = collect_submodules("detectors", filter=_shipped)
datas = collect_data_files("detectors")
