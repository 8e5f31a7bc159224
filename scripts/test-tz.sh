#!/usr/bin/env bash
# `npm run test:tz`: the files whose answers hang on dates run again in two time zones, Tokyo (UTC+9, the
# zone the terms are read in) and Los Angeles (behind UTC, and with daylight saving time), to prove that
# no date depends on the machine's zone. Left out: the checker's --jobs, pipe and DuckDB tests (processes
# and threads, every date given explicitly; the single-thread answers they compare against are in the
# files kept) and its stream/ tests (bytes and lines, no dates). Everything else of test/period and test/check runs, new files
# included.
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=(test/period test/check test/notice/effective-date.test.ts)
EXCLUDE=(--exclude '**/test/check/jobs.test.ts' --exclude '**/test/check/pipe.test.ts' --exclude '**/test/check/duckdb.test.ts' --exclude '**/test/check/stream/**')
for zone in Asia/Tokyo America/Los_Angeles; do
  echo "TZ=$zone"
  TZ="$zone" npx vitest run "${FILES[@]}" "${EXCLUDE[@]}" "$@"
done
