#!/usr/bin/env bash
# CI for the frozen program: build the one-folder program with PyInstaller, run its self-test,
# print its size and start-up times, and run one end-to-end check of the built program under
# Xvfb (a BSN copied, "Le Chat - Mistral AI" active in Chromium, the warning shown).
#
#   bash .ci/frozen.sh            # from the repository root; .ci/run calls it after the tests
#
# Needs what .ci/apt-packages.sh installs (Xvfb, openbox, trayer, xdotool, xclip, chromium) and
# binutils (strip, readelf) for the smaller build. PLAKWACHT_SKIP_BUILD=1 tests the program
# already in dist/ without building again.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.local/bin:$PATH"
start=$(date +%s)
step() { echo; echo "=== frozen [$(( $(date +%s) - start ))s] $*"; }
BIN=dist/plakwacht/plakwacht
WORK=$(mktemp -d /tmp/plakwacht-frozen.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

[ -d .venv ] || uv sync --locked
if [ "${PLAKWACHT_SKIP_BUILD:-}" = 1 ] && [ -x "$BIN" ]; then
  step "build skipped (PLAKWACHT_SKIP_BUILD=1): testing the program already in dist/"
else
  step "build (PyInstaller, build.spec)"
  uv run pyinstaller --noconfirm --log-level WARN build.spec >"$WORK/build.log" 2>&1 || {
    tail -40 "$WORK/build.log"; echo "frozen: build failed"; exit 1; }
  grep -E "^build.spec:|bundle_tools:" "$WORK/build.log" | cut -c1-200 || true
fi
[ -x "$BIN" ] || { echo "frozen: $BIN missing after the build"; exit 1; }

step "self-test of the built program (no display)"
# From another folder and without the source tree on the path: the program must stand alone.
(cd "$WORK" && env -u DISPLAY -u WAYLAND_DISPLAY -u PYTHONPATH "$OLDPWD/$BIN" --self-test) | tee "$WORK/selftest.txt"
# The Linux build ships the Dutch OCR model: its image check must pass, not only be noted.
grep -q "^OK   afbeelding (OCR)" "$WORK/selftest.txt" || { echo "frozen: the OCR check did not pass"; exit 1; }

if command -v xvfb-run >/dev/null 2>&1; then
  step "self-test of the built program (X display: the X11 window backend must load)"
  (cd "$WORK" && env -u WAYLAND_DISPLAY -u PYTHONPATH xvfb-run -a "$OLDPWD/$BIN" --self-test | grep -E "venster|Zelftest")
fi

step "browser companion in the built program (native host, extension files)"
[ -f dist/plakwacht/_internal/browser/extension/manifest.json ] || { echo "frozen: extension files missing"; exit 1; }
# Started as the browser starts a native host (origin argument), without a running tray:
# one Dutch line on stderr, exit code 1, nothing on stdout.
set +e
host_out=$(cd "$WORK" && env PLAKWACHT_BROWSER_CHANNEL="$WORK/nochan/b.sock" "$OLDPWD/$BIN" \
  chrome-extension://jiijmpfmfffhfkgllmfngbpibihjhcbo/ </dev/null 2>"$WORK/host.err")
host_rc=$?
set -e
grep -q "Plakwacht draait niet" "$WORK/host.err" && [ "$host_rc" = 1 ] && [ -z "$host_out" ] || {
  echo "frozen: native host check failed (rc $host_rc)"; cat "$WORK/host.err"; exit 1; }
(cd "$WORK" && "$OLDPWD/$BIN" browser status --json --data-dir "$WORK/data")
echo "native host: ok"

step "size and start-up"
size_mb=$(du -sm dist/plakwacht | cut -f1)
files=$(find dist/plakwacht -type f | wc -l)
echo "folder: dist/plakwacht  ${size_mb} MB, ${files} files"
du -sm dist/plakwacht/_internal/* | sort -rn | sed -n '1,8s/^/  /p'
python3 - "$BIN" <<'EOF'
import subprocess, sys, time
runs = []
for _ in range(3):
    t = time.perf_counter(); subprocess.run([sys.argv[1], "--version"], check=True, capture_output=True)
    runs.append(time.perf_counter() - t)
print(f"start and stop without detector (plakwacht --version, best of 3): {min(runs):.2f} s")
EOF

step "end to end: the built program under Xvfb (tests/e2e/test_frozen_e2e.py)"
export PLAKWACHT_FROZEN_BINARY="$PWD/$BIN" PLAKWACHT_FROZEN_REPORT="$WORK/times.json"
set +e
timeout 300 uv run pytest -q -p no:cacheprovider tests/e2e/test_frozen_e2e.py
rc=$?
set -e
if [ -s "$WORK/times.json" ]; then
  python3 - "$WORK/times.json" <<'EOF'
import json, sys
t = json.load(open(sys.argv[1]))
print(f"start-up of the tray app: tray shown after {t['tray_shown_s']} s "
      f"(CPU {t['tray_shown_cpu_s']} s), detector ready after {t['detector_ready_s']} s "
      f"(CPU {t['detector_ready_cpu_s']} s); load average {t['load_average']:.1f}")
EOF
fi
[ $rc -eq 0 ] || { echo "frozen: end-to-end check failed ($rc)"; exit $rc; }
[ "$size_mb" -le 250 ] || echo "frozen: NOTE the folder is ${size_mb} MB, above the 250 MB target"
# The ceiling (issue 13): 300 MB = 286 MiB (du -sm counts MiB).
[ "$size_mb" -le 286 ] || { echo "frozen: the folder is ${size_mb} MiB, over the 300 MB ceiling"; exit 1; }

step "done"
