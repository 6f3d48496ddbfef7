# Helpers of bench/run.sh (sourced).

log() { echo "== $*" >&2; }

machine_summary() {
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB memory, $(uname -sr)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "hugo: $(hugo version 2>/dev/null | cut -d' ' -f2 || echo none)"
  echo "kokai jar: $JAR, heap cap -Xmx$XMX, seed $SEED, years $YEARS"
}

# measure NAME CMD... : runs CMD under /usr/bin/time -v, stopped after $TIMEOUT seconds; sets M_WALL
# (seconds), M_RSS (KiB), M_USER and M_SYS (CPU seconds) and M_FAILED (empty, or why the command
# failed: the size goes on in the table).
measure() {
  local name=$1; shift
  local tfile="$WORK/time-$name.txt" start end status=0
  M_FAILED=
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$tfile" timeout "${TIMEOUT:-1200}" "$@" >"$WORK/out-$name.txt" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    echo "FAILED (exit $status): $*" >&2
    tail -5 "$WORK/out-$name.txt" >&2
    if [ "$status" -eq 124 ]; then
      M_FAILED="stopped after ${TIMEOUT:-1200} s"
    else
      M_FAILED="failed, exit $status: $(grep -m1 -o 'out of memory[^;]*' "$WORK/out-$name.txt" || tail -1 "$WORK/out-$name.txt")"
    fi
  fi
  end=$(date +%s.%N)
  M_WALL=$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.3f", b-a}')
  M_RSS=$(awk -F: '/Maximum resident set size/{gsub(/ /,"",$2); print $2}' "$tfile")
  M_USER=$(awk -F: '/User time \(seconds\)/{gsub(/ /,"",$2); print $2}' "$tfile")
  M_SYS=$(awk -F: '/System time \(seconds\)/{gsub(/ /,"",$2); print $2}' "$tfile")
}

# The CPU time of the last measured command. System time moves most between runs on one machine (it
# is the file system's work, and grows when many files were just deleted): compare user time.
cpu() { echo "$(fmt "${M_USER:-0}") + $(fmt "${M_SYS:-0}") s"; }

ensure_content() {
  local n=$1 dir="$WORK/content-$1"
  if [ ! -f "$dir/.complete-$SEED-$YEARS" ]; then
    rm -rf "$dir"
    log "generating $n sheets"
    java -jar "$JAR" generate --sheets "$n" --seed "$SEED" --years "$YEARS" --out "$dir" >&2
    touch "$dir/.complete-$SEED-$YEARS"
  fi
  echo "$dir"
}

ensure_hugo_site() {
  local n=$1 content=$2 dir="$WORK/hugo-$1"
  if [ ! -f "$dir/.complete-$SEED-$YEARS" ] || [ "$ROOT/bench/hugo_site.py" -nt "$dir/.complete-$SEED-$YEARS" ]; then
    log "writing $n sheets as Hugo content"
    python3 "$ROOT/bench/hugo_site.py" "$content" "$dir" >&2
    touch "$dir/.complete-$SEED-$YEARS"
  fi
  echo "$dir"
}

# Changes one text of the sheet in the middle of the corpus; prints the file so it can be restored.
# The original is kept outside the content folder, where the build would warn about it.
edit_one_sheet() {
  local content=$1 file
  file=$(find "$content/sheets" -name '*.yaml' | sort | awk '{a[NR]=$0} END{print a[int((NR+1)/2)]}')
  cp "$file" "$WORK/edited.orig"
  echo "$file" >"$WORK/edited.path"
  sed -i 's/^  purpose: /  purpose: （ベンチマークで変更）/' "$file"
  echo "$file"
}

restore_sheet() { mv "$WORK/edited.orig" "$1"; rm -f "$WORK/edited.path"; }

fmt() { awk -v v="$1" 'BEGIN{printf "%.2f", v}'; }
rate() { awk -v p="$1" -v w="$2" 'BEGIN{printf "%.0f", p/w}'; }
mib() { awk -v k="$1" 'BEGIN{printf "%.0f", k/1024}'; }
mib_bytes() { awk -v b="$1" 'BEGIN{printf "%.0f", b/1048576}'; }

# Prints how the full-build time grows from the smallest to the largest size of this run.
linearity() {
  [ -f "$WORK/kokai-walls.txt" ] || return 0
  local t10 t100
  t10=$(awk '$1==10000{v=$2} END{print v}' "$WORK/kokai-walls.txt")
  t100=$(awk '$1==100000{v=$2} END{print v}' "$WORK/kokai-walls.txt")
  if [ -n "$t10" ] && [ -n "$t100" ]; then
    echo "100k/10k full-build time: $(awk -v a="$t100" -v b="$t10" 'BEGIN{printf "%.1f×", a/b}') (goal ≤ 12×)"
  fi
  rm -f "$WORK/kokai-walls.txt"
}

have_build() { java -jar "$JAR" --help 2>/dev/null | grep -q '^  build '; }

# Puts back the sheet an interrupted run left edited.
restore_all() {
  if [ -f "$WORK/edited.path" ] && [ -f "$WORK/edited.orig" ]; then
    mv "$WORK/edited.orig" "$(cat "$WORK/edited.path")"
    rm -f "$WORK/edited.path"
  fi
}

# Starts `kokai serve` on the content, times three edit → reload rounds, and stops the server.
measure_reload() {
  local content=$1 log="$WORK/serve.log" pid sheet i
  java "-Xmx$XMX" -jar "$JAR" serve --content "$content" --port "$PORT" --out "$WORK/preview" >"$log" 2>&1 &
  pid=$!
  # The address is said at once; the edits wait for the first build's "built …" line.
  for i in $(seq 1 600); do
    grep -q '^built ' "$log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if ! grep -q '^built ' "$log"; then
    kill "$pid" 2>/dev/null || true
    echo "(serve did not start: see $log)"
    return 0
  fi
  sheet=$(find "$content/sheets" -name '*.yaml' | sort | head -1)
  # An edit of what the sheet's page alone shows, then of its title, which the listings show too.
  echo "an edit of the sheet's purpose:"
  python3 "$ROOT/bench/reload_probe.py" "$PORT" "$sheet" 3 || echo "(probe failed)"
  echo "an edit of the sheet's title:"
  python3 "$ROOT/bench/reload_probe.py" "$PORT" "$sheet" 3 0.3 - title || echo "(probe failed)"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
