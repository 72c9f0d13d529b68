#!/usr/bin/env bash
# Prints how long an app-image takes to open its window on a demo store and be ready (the store's
# name in the title), with and without its start-up archive: wall time, and the CPU time of the
# whole open-and-quit (steadier than wall time on a busy machine). Needs xvfb-run and xdotool.
#   packaging/measure-startup.sh target/packaging/image/Rapport [runs]   # default 5 runs each
set -euo pipefail
image=$(cd "$1" && pwd)
runs=${2:-5}
archive="$image/lib/app/rapport.jsa"
work=$(mktemp -d)
trap '[ -f "$work/rapport.jsa" ] && mv "$work/rapport.jsa" "$archive"; rm -rf "$work"' EXIT
"$image/bin/Rapport" --db "$work/demo" demo --clients 300 >/dev/null

cat >"$work/one-run.sh" <<'RUN'
#!/usr/bin/env bash
# one-run.sh LAUNCHER DB LABEL RESULTS: opens, waits for the title, quits with Ctrl+Q
start=$(date +%s%N)
/usr/bin/time -f "%U %S" -o "$4.cpu" "$1" --db "$2" >/dev/null 2>&1 & app=$!
while :; do
  for window in $(xdotool search --onlyvisible --name Rapport 2>/dev/null); do
    case "$(xdotool getwindowname "$window")" in *mv.db*) break 2 ;; esac
  done
  sleep 0.02
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 0.5
# A window still busy after its title shows (a slow start, a busy machine) may drop the key: send it
# again each second, for a minute at most, until the app has quit.
for _ in $(seq 60); do
  xdotool key ctrl+q
  for _ in 1 2 3 4 5; do kill -0 $app 2>/dev/null || break 2; sleep 0.2; done
done
pkill -P $app 2>/dev/null; kill $app 2>/dev/null  # if it has not quit within the minute
wait $app
echo "$3 $ready $(awk '{print $1 + $2}' "$4.cpu")" >>"$4"
RUN
chmod +x "$work/one-run.sh"

for _ in $(seq "$runs"); do
  for variant in archive none; do
    [ "$variant" = none ] && [ -f "$archive" ] && mv "$archive" "$work/rapport.jsa"
    xvfb-run -a -s "-screen 0 1280x800x24" "$work/one-run.sh" "$image/bin/Rapport" "$work/demo" "$variant" "$work/results"
    [ -f "$work/rapport.jsa" ] && mv "$work/rapport.jsa" "$archive"
  done
done
[ -f "$archive" ] || echo "(this image has no start-up archive: both rows are without one)"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for variant in archive none; do
  n=$(grep -c "^$variant " "$work/results")
  wall=$(awk -v v="$variant" '$1 == v { print $2 }' "$work/results" | median)
  cpu=$(awk -v v="$variant" '$1 == v { print $3 }' "$work/results" | median)
  echo "$variant: median of $n runs: ready after $wall ms, $cpu s CPU"
done
