#!/usr/bin/env bash
# Repeat the GUI tests (and the tests once seen to depend on machine load) while two busy
# processes load the machine, as ../shared/FINDINGS.md describes. A crash of QGIS or a race
# shows up here, not in one quiet run. Usage: scripts/stress.sh [RUNS] (default 5).
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
py=.venv/bin/python
tests=(tests/gui tests/qgis/test_workflow_algorithm.py tests/qgis/test_tfca_report.py
  tests/qgis/test_algorithm_reliability.py tests/qgis/test_every_algorithm_walk.py
  tests/qgis/test_logs.py tests/qgis/test_scheduler_parameter.py)
load=()
for _ in 1 2; do
  yes > /dev/null &
  load+=($!)
done
trap 'kill "${load[@]}" 2>/dev/null' EXIT
failed=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  if PYTHONFAULTHANDLER=1 "$py" -m pytest -q -p no:cacheprovider "${tests[@]}" > "/tmp/stress-$i.log" 2>&1; then
    echo "run $i/$runs: passed in $(( $(date +%s) - start )) s ($(tail -1 /tmp/stress-$i.log))"
  else
    status=$?
    echo "run $i/$runs: FAILED (exit $status) in $(( $(date +%s) - start )) s: see /tmp/stress-$i.log"
    grep -E "^(FAILED|ERROR)|Fatal Python error" "/tmp/stress-$i.log" | head -20
    failed=$((failed + 1))
  fi
done
echo "$((runs - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
