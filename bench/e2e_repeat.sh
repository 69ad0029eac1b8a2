#!/usr/bin/env bash
# Runs the end-to-end suite again and again to catch flakiness that shows only at some speeds.
#
#   bash bench/e2e_repeat.sh [RUNS] [--load] [PYTEST ARGS...]
#
# RUNS defaults to 20. --load keeps both cores busy with the detector tests beside the runs (the
# other condition that used to change the outcome). Prints one line per run and a total; exit 1
# when any run failed. Logs of failed runs stay in the printed folder.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.local/bin:$PATH"
runs=${1:-20}; shift || true
load=""
if [ "${1:-}" = "--load" ]; then load=1; shift; fi
args=("$@"); [ ${#args[@]} -gt 0 ] || args=(tests/e2e/test_guard_e2e.py)
logs=$(mktemp -d /tmp/plakwacht-e2e-repeat.XXXXXX)
loader=""
if [ -n "$load" ]; then
  ( while true; do uv run pytest -q -p no:cacheprovider tests/detectors >/dev/null 2>&1; done ) &
  loader=$!
  trap 'kill -- -$loader 2>/dev/null; pkill -P $loader 2>/dev/null; kill $loader 2>/dev/null' EXIT
fi
failed=0
for i in $(seq 1 "$runs"); do
  t0=$(date +%s)
  if uv run pytest -q -p no:cacheprovider "${args[@]}" >"$logs/run-$i.log" 2>&1; then
    echo "run $i: ok ($(( $(date +%s) - t0 )) s, load $(cut -d' ' -f1 /proc/loadavg))"; rm -f "$logs/run-$i.log"
  else
    failed=$((failed + 1))
    echo "run $i: FAILED ($(( $(date +%s) - t0 )) s, load $(cut -d' ' -f1 /proc/loadavg)): $(grep -E '^(FAILED|ERROR)' "$logs/run-$i.log" | head -3 | tr '\n' ' ')"
  fi
done
echo "$((runs - failed)) passed, $failed failed (runs of ${args[*]}; logs of failures in $logs)"
[ "$failed" -eq 0 ]
