#!/usr/bin/env bash
# Prints the size of every file of a built bundle, raw and compressed the way a
# static host would serve it (gzip -9; brotli when the tool is installed), and the
# total. Usage: scripts/bundle-size.sh [dist-dir]   (default: dist)
set -euo pipefail
dir="${1:-dist}"
have_brotli=false
command -v brotli >/dev/null && have_brotli=true
printf '%-44s %10s %10s %10s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
while IFS= read -r file; do
  raw=$(stat -c %s "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  br=-
  if $have_brotli; then
    br=$(brotli -q 11 -c "$file" | wc -c)
    total_br=$((total_br + br))
  fi
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d %10s\n' "${file#"$dir"/}" "$raw" "$gz" "$br"
done < <(find "$dir" -type f ! -path '*/.stage/*' | sort)
$have_brotli || total_br=-
printf '%-44s %10d %10d %10s\n' TOTAL "$total_raw" "$total_gz" "$total_br"
