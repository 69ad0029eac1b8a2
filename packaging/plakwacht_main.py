"""The frozen program's entry script (PyInstaller runs this file as ``__main__``).

A separate file rather than ``ui/main.py`` itself, so that PyInstaller does not put ``ui/`` on
the module search path and every module keeps its package name.
"""
import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
