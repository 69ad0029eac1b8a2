#!/usr/bin/env bash
# The MSI, from the Windows one-folder build that .ci/wine.sh made, and its life cycle under Wine:
# install quietly with msiexec, --self-test from the installed path, upgrade to a higher version,
# refuse a downgrade, uninstall, check what is left (only the person's own data may stay).
# usage: .ci/msi.sh ROOT          (ROOT: the Wine environment of .ci/wine.sh with dist/plakwacht)
# Writes ROOT/msi/plakwacht-VERSION.msi (and a copy with the next patch version for the upgrade).
# Signs the programs and the MSI when a key is present (.ci/sign.sh; see docs/fleet.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(cd "${1:?usage: msi.sh ROOT}" && pwd)
start=$(date +%s)
t() { echo "[msi $(( $(date +%s) - start ))s] $*"; }
DIST=$ROOT/dist/plakwacht
[ -f "$DIST/plakwacht-cli.exe" ] || { echo "no Windows build in $DIST (run .ci/wine.sh first)"; exit 1; }
for p in wixl msitools; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || {
    apt-get update -qq; apt-get install -y -qq -o DPkg::Lock::Timeout=300 wixl msitools >/dev/null; break; }
done
export PATH="$HOME/.local/bin:$PATH"
VERSION=$(uv run --frozen python -c "import sys; sys.path.insert(0, 'packaging/msi'); import build_msi as b; print(b.msi_version(b.project_version()))")
NEXT=$(python3 -c "import sys; a, b, c = sys.argv[1].split('.'); print(f'{a}.{b}.{int(c) + 1}')" "$VERSION")
OUT=$ROOT/msi
mkdir -p "$OUT"

t "sign the programs (only with a key)"
bash .ci/sign.sh "$DIST/plakwacht.exe" "$DIST/plakwacht-cli.exe"

t "build plakwacht-$VERSION.msi and, for the upgrade test, the same program as $NEXT"
uv run --frozen python packaging/msi/build_msi.py --dist "$DIST" --out "$OUT/plakwacht-$VERSION.msi"
uv run --frozen python packaging/msi/build_msi.py --dist "$DIST" --out "$OUT/plakwacht-$NEXT-upgradetest.msi" --version "$NEXT"
bash .ci/sign.sh "$OUT/plakwacht-$VERSION.msi" "$OUT/plakwacht-$NEXT-upgradetest.msi"
ls -l "$OUT"

t "install, self-test, upgrade, downgrade refused, uninstall, leftovers (Windows CPython under Wine)"
export WINEPREFIX=$ROOT/prefix
w() { WINEDEBUG=-all winepath -w "$1" 2>/dev/null; }
set +e
bash .ci/wine/run.sh "$ROOT" --run "$ROOT/python/python.exe" "$(w .ci/msi/fleet_check.py)" \
  "$(w "$OUT/plakwacht-$VERSION.msi")" "$(w "$OUT/plakwacht-$NEXT-upgradetest.msi")" "$VERSION" "$NEXT" "$(w "$OUT/logs")"
rc=$?
set -e
if [ $rc -ne 0 ]; then
  echo "MSI life cycle failed ($rc); msiexec logs in $OUT/logs:"; ls "$OUT/logs" 2>/dev/null
  for f in "$OUT"/logs/*.log; do [ -f "$f" ] && { echo "--- $f (errors)"; iconv -f utf-16 -t utf-8 "$f" 2>/dev/null | grep -i -E "error|return value 3" | head -20; }; done
  exit $rc
fi
t "the event log under Wine: a warning event through ReportEventW, read back from Wine's eventlog channel"
PLAKWACHT_WINE_ROOT=$ROOT uv run --frozen pytest -p no:cacheprovider -q -rs tests/fleet/test_eventlog_wine.py
t "done"
