#!/usr/bin/env bash
# Kept for habit: the footprint benchmark is tools/footprint/run.sh.
exec bash "$(dirname "$0")/footprint/run.sh" "$@"
