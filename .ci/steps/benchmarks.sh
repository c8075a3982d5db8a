#!/usr/bin/env bash
# Runs every benchmark once, in-process, with a dry job (tests/Provisioning.Benchmarks --smoke) so the benchmarks keep
# compiling and running. Asserts nothing about time; fails when a benchmark throws or its set-up check fails.
# Needs the Release build that .ci/run makes before the steps.
set -euo pipefail
cd "$(dirname "$0")/../.."
# The object-storage benchmarks start the loopback S3 server; its step runs after this one, so install it first.
bash .ci/steps/s3rver.sh
dotnet run -c Release --no-build --project tests/Provisioning.Benchmarks -- --smoke
