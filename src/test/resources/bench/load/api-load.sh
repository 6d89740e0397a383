#!/usr/bin/env bash
# Load test of the search API with wrk (Debian package "wrk"), against a running portal.
#   src/test/resources/bench/load/api-load.sh [base-url] [connections] [seconds]
# Defaults: http://localhost:8080, 16 connections, 30 s, the signed-in API. DW_PATH=/api/public/search for the
# public one; DW_USER / DW_PASSWORD for another account; DW_MIX=unique for random two-word queries instead of the
# 20 popular ones (see search-mix.lua). Prints requests/s, p50, p99 and every kind of error.
set -euo pipefail
url="${1:-http://localhost:8080}"
connections="${2:-16}"
seconds="${3:-30}"
here="$(cd "$(dirname "$0")" && pwd)"
command -v wrk >/dev/null || { echo "wrk ontbreekt / wrk is missing: apt-get install -y wrk" >&2; exit 1; }
# one warm-up pass so the JIT has compiled the search path before we measure
wrk -t2 -c"$connections" -d10s -s "$here/search-mix.lua" "$url" >/dev/null
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/search-mix.lua" "$url"
