#!/usr/bin/env bash
# Installs s3rver (npm), the loopback S3 server of the object-storage tests (tests/Provisioning.IntegrationTests/
# ObjectStorage), into .tools/s3rver (ignored by git) when it is missing. Needs node and npm.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -f .tools/s3rver/node_modules/s3rver/bin/s3rver.js ]; then
  echo "s3rver: installed"
  exit 0
fi
command -v npm >/dev/null || { echo "s3rver: npm is missing; install node (20 or later)"; exit 1; }
mkdir -p .tools/s3rver
npm install --prefix .tools/s3rver --no-audit --no-fund --loglevel=error s3rver@3.7.1
test -f .tools/s3rver/node_modules/s3rver/bin/s3rver.js
