#!/usr/bin/env bash
# Runs the whole test suite (filled in by the backbone work).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test OutreachRouting.sln
