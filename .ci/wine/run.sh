#!/usr/bin/env bash
# Runs pytest with Windows CPython under Wine, on its own Xvfb + openbox desktop.
# usage: .ci/wine/run.sh ENVROOT [PYTEST ARGS...]      (ENVROOT: built by .ci/wine/setup.sh)
#        .ci/wine/run.sh ENVROOT --run PROGRAM.exe [ARGS...]   (any Windows program, same desktop)
set -u
ROOT=$(cd "${1:?usage: run.sh ENVROOT [pytest args]}" && pwd); shift
if [ "${1:-}" = "--run" ]; then
  shift
  CMD=("$@")
else
  CMD=("$ROOT/python/python.exe" -m pytest -p no:cacheprovider "$@")
fi
cd "$(dirname "$0")/../.."
# winemenubuilder off: installing the MSI must not write .desktop files into the Linux user's menu.
export WINEPREFIX=$ROOT/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d;winemenubuilder.exe=d"
# A display number no one else uses on this machine (other suites run their own Xvfb).
for n in $(seq 91 140); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { DISP=$n; break; }; done
export DISPLAY=:${DISP:?no free X display}
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & XV=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$DISP" ] && break; sleep 0.1; done
openbox >/dev/null 2>&1 & OB=$!
cleanup() { wineserver -k 2>/dev/null; kill "$OB" "$XV" 2>/dev/null; wait "$OB" "$XV" 2>/dev/null; }
trap cleanup EXIT
# A persistent wineserver and Wine's services with their std fds on /dev/null: otherwise the
# services inherit the first wine process's stdout pipe and "| cat" waits for them (~3 s a call).
(wineserver -p >/dev/null 2>&1 </dev/null &)
sleep 0.3
wine wineboot >/dev/null 2>&1 </dev/null
# CPython under Wine 8 dies when a std handle is a regular file: stdin/stdout/stderr must be pipes.
# PYTHONIOENCODING only for the pipes pytest writes to; files keep Windows' default encoding
# (no -X utf8), so code that forgets encoding="utf-8" fails here as it would on Windows.
# The whole run's cap is a guard against a hang (each test has its own faulthandler timeout, pyproject.toml): the
# suite under Wine took 1,117 s in the fifteenth round and passed 1,200 s in the sixteenth as tests were added, so the
# cap leaves room for growth and a slow machine (CI's own limit is 90 minutes for everything).
true | PYTHONIOENCODING=utf-8 timeout 2100 wine "${CMD[@]}" 2>&1 \
  | grep --line-buffered -v "wine32\|multiarch\|dpkg --add-arch" | cat
rc=${PIPESTATUS[1]}
exit "$rc"
