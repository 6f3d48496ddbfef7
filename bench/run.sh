#!/usr/bin/env bash
# Scale benchmark: builds generated sites of several sizes from scratch with kokai, rebuilds after
# changing one sheet, and times Hugo on the same sheets as a yardstick. Prints one Markdown table.
#
#   bench/run.sh                 # sizes 1000 10000 100000, Hugo at 10000
#   bench/run.sh 1000 10000      # chosen sizes
#   HUGO_AT=none bench/run.sh    # no Hugo run
#
# Settings (environment): SEED (1), YEARS (2020-2024), XMX (1g: the JVM heap cap of every kokai run),
# HUGO_AT (10000), SERVE_AT (10000: size at which `kokai serve` edit→reload is timed; none to skip),
# PORT (18313), WORK (bench/out: generated content and sites, reused between runs), JAR,
# TIMEOUT (1200: seconds after which one build is stopped and reported as such).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SEED=${SEED:-1}
YEARS=${YEARS:-2020-2024}
XMX=${XMX:-1g}
HUGO_AT=${HUGO_AT:-10000}
SERVE_AT=${SERVE_AT:-10000}
PORT=${PORT:-18313}
WORK=${WORK:-$ROOT/bench/out}
JAR=${JAR:-$ROOT/target/kokai.jar}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 100000)
mkdir -p "$WORK"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
rm -f "$WORK/kokai-walls.txt"
trap restore_all EXIT

[ -f "$JAR" ] || (echo "building $JAR" >&2 && mvn -q -B package -DskipTests)
machine_summary

ROWS=()
STAGES=()
for n in "${SIZES[@]}"; do
  content=$(ensure_content "$n")
  site="$WORK/site-$n"
  if ! have_build; then
    ROWS+=("| kokai | $n | (this jar has no build command) | | | | | | |")
  else
  rm -rf "$site" "$WORK/.site-$n-staging" "$WORK/.site-$n-old"
  log "kokai build, $n sheets, from scratch"
  measure full java "-Xmx$XMX" -jar "$JAR" build --timings --content "$content" --out "$site"
  full_wall=$M_WALL full_rss=$M_RSS full_cpu=$(cpu)
  if [ -n "$M_FAILED" ]; then
    ROWS+=("| kokai | $n | $M_FAILED after $(fmt "$full_wall") s | $(cpu) | | $(mib "$full_rss") MiB | | | |")
    continue
  fi
  STAGES+=("kokai stages at $n sheets: $(grep '^stages:' "$WORK/out-full.txt" | cut -d' ' -f2-)")
  pages=$(find "$site" -name '*.html' | wc -l)
  files=$(find "$site" -type f | wc -l)
  bytes=$(du -sb "$site" | cut -f1)
  log "kokai rebuild after changing one sheet"
  edited=$(edit_one_sheet "$content")
  measure one java "-Xmx$XMX" -jar "$JAR" build --content "$content" --out "$site"
  restore_sheet "$edited"
  one_wall=$M_WALL
  ROWS+=("| kokai | $n | $(fmt "$full_wall") s | $full_cpu | $(rate "$pages" "$full_wall") | $(mib "$full_rss") MiB | $(mib_bytes "$bytes") MiB | $files | $(fmt "$one_wall") s |")
  echo "$n $full_wall" >>"$WORK/kokai-walls.txt"
  fi
  if [ "$n" = "$HUGO_AT" ]; then
    hugo_site=$(ensure_hugo_site "$n" "$content")
    rm -rf "$WORK/hugo-public-$n"
    log "hugo build, $n sheets, from scratch"
    measure hugo hugo --quiet -s "$hugo_site" -d "$WORK/hugo-public-$n"
    hugo_wall=$M_WALL hugo_rss=$M_RSS hugo_cpu=$(cpu)
    hpages=$(find "$WORK/hugo-public-$n" -name '*.html' | wc -l)
    hfiles=$(find "$WORK/hugo-public-$n" -type f | wc -l)
    hbytes=$(du -sb "$WORK/hugo-public-$n" | cut -f1)
    ROWS+=("| hugo $(hugo version | grep -o 'v[0-9.]*' | head -1) | $n | $(fmt "$hugo_wall") s | $hugo_cpu | $(rate "$hpages" "$hugo_wall") | $(mib "$hugo_rss") MiB | $(mib_bytes "$hbytes") MiB | $hfiles | – |")
    [ -z "${full_wall:-}" ] || RATIO="kokai/hugo wall time at $n sheets: $(awk -v k="$full_wall" -v h="$hugo_wall" 'BEGIN{printf "%.2f (goal: at most 0.20)", k/h}')"
  fi
  if [ "$n" = "$SERVE_AT" ] && have_build; then
    log "kokai serve, $n sheets: edit → reload"
    SERVE_LINE="kokai serve at $n sheets: $(measure_reload "$content")"
  fi
done

echo
echo "| tool | sheets | full build | CPU: user + system | pages/s | peak RSS | output | files | rebuild after 1 edit |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${ROWS[@]}"
[ -z "${RATIO:-}" ] || { echo; echo "$RATIO"; }
[ -z "${SERVE_LINE:-}" ] || echo "$SERVE_LINE"
[ ${#STAGES[@]} -eq 0 ] || printf '%s\n' "${STAGES[@]}"
linearity
