# guard.cli imports its sub-commands by name; guard.windows picks its backend at start-up;
# the built-in policy is read by path from guard/data.
from PyInstaller.utils.hooks import collect_data_files, collect_submodules


def _shipped(name: str) -> bool:
    leaf = name.rsplit(".", 1)[-1]
    return not name.startswith("guard._pyinstaller") and leaf != "tests" and not leaf.startswith("build_")


hiddenimports = collect_submodules("guard", filter=_shipped)
datas = collect_data_files("guard", excludes=["_pyinstaller"])
