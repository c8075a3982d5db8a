#!/usr/bin/env bash
# The README's first command, exactly as a newcomer runs it: the sample replays a day on the bundled sample data.
set -euo pipefail
out=$(mktemp)
dotnet run --project samples/Provisioning.Sample | tee "$out" | tail -n 12
grep -q "== Closing report" "$out" || { echo "sample: no closing report"; exit 1; }
grep -q "did not succeed" "$out"
if grep -q "→ Failed\|→ Rejected" "$out"; then echo "sample: an addition did not succeed"; exit 1; fi
rm -f "$out"
