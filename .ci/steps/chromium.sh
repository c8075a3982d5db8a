#!/usr/bin/env bash
# The report tests (tests/Provisioning.IntegrationTests/Reporting) open HTML reports in headless Chromium: install
# Debian's package when no Chromium is on the PATH. Debian's registry only; nothing is downloaded by the tests.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1; then
  echo "chromium: $(command -v chromium || command -v chromium-browser || command -v google-chrome)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "chromium: installed $(chromium --version 2>/dev/null | tail -n 1)"
