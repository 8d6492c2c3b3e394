#!/usr/bin/env bash
# Builds the C reference (dip_reference.c) into dip-bench/target/c/dip_reference with gcc -O3 -march=native.
# Optional: only the performance comparison (dip-bench/compare-with-c.sh) needs it; the Maven build never does.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../target/c"
if ! command -v gcc >/dev/null 2>&1; then
  echo "build.sh: gcc not found; the C reference is not built" >&2
  exit 3
fi
mkdir -p "$out"
gcc -O3 -march=native -std=c11 -Wall -Wextra -o "$out/dip_reference" "$here/dip_reference.c" -lm
echo "$(cd "$out" && pwd)/dip_reference"
