#!/usr/bin/env bash
# The long runs of the robustness tests, outside `npm test`: 40 SIGKILLs of `terms notice --send`
# against a real SMTP server, and the fuzzers with thousands of cases (fixed seeds; FUZZ_SEED to vary).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build:ts
SMTP_KILLS="${SMTP_KILLS:-40}" npx vitest run test/robust/smtp-resume.test.ts
FUZZ_RUNS="${FUZZ_RUNS:-5000}" npx vitest run test/robust/fuzz.test.ts
