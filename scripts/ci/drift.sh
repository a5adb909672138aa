#!/usr/bin/env bash
# Drift gate: the committed generated/ must be exactly what the committed
# spec/ and generators/ produce. Runs `generate --check` (writes nothing;
# lists each stale, missing or extra file) BEFORE anything regenerates, so a
# hand edit or a forgotten `npm run generate` fails CI, naming the files.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! node bin/vantage-codegen.js generate --check; then
  echo "drift: generated/ differs from what spec/ and generators/ produce (files above); run \`npm run generate\` and commit generated/." >&2
  exit 1
fi
