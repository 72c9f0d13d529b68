#!/usr/bin/env bash
# Gives an app-image a class-data-sharing archive, so the window opens about a third sooner: the
# JVM maps the classes it needs, already parsed and verified, instead of loading them one by one.
#   packaging/train-cds.sh target/packaging/image/Rapport
# 1. A training run opens the window on a small demo store under a virtual display, shows a brief,
#    quits, and leaves the list of classes it loaded in lib/app/rapport.classlist.
# 2. The JVM dumps those classes into lib/app/rapport.jsa, which the launcher's
#    -XX:SharedArchiveFile=$APPDIR/rapport.jsa maps. On JDK 17 the archive holds the absolute paths
#    of the jars, so it only works where it was made: the .deb ships the list and its postinst
#    makes the archive again in /opt/rapport. Without an archive the JVM starts without one.
# Without xvfb-run and xdotool there is no training run, and the image has no archive.
set -euo pipefail
image=$(cd "$1" && pwd)
classlist="$image/lib/app/rapport.classlist"
archive="$image/lib/app/rapport.jsa"
for tool in xvfb-run xdotool; do
  if ! command -v "$tool" >/dev/null; then
    echo "train-cds: no $tool here, so no start-up archive in this image" >&2
    exit 0
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$classlist" "$archive"
"$image/bin/Rapport" --db "$work/training" demo --clients 300 >/dev/null

# The store's name in the title says it is open; the user's way out (Ctrl+Q) lets the JVM end normally.
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classlist" xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$1" --db "$2" >"$3/training.log" 2>&1 & app=$!
  for _ in $(seq 600); do
    for window in $(xdotool search --onlyvisible --name Rapport 2>/dev/null); do
      case "$(xdotool getwindowname "$window")" in *training*) break 3 ;; esac
    done
    sleep 0.1
  done
  sleep 2
  xdotool key Down Down F5
  sleep 2
  xdotool key ctrl+q
  wait $app' training "$image/bin/Rapport" "$work/training" "$work" || true

if [ ! -s "$classlist" ]; then
  echo "train-cds: the training run listed no classes, so the image has no start-up archive:" >&2
  cat "$work/training.log" >&2
  exit 0
fi
# -Xshare:dump makes the JVM write the archive named by the launcher's own option and exit.
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$classlist -Xlog:cds=off" "$image/bin/Rapport" >"$work/dump.log" 2>&1 ||
  { echo "train-cds: dumping the archive failed:" >&2; cat "$work/dump.log" >&2; exit 1; }
echo "train-cds: $(wc -l <"$classlist") classes, start-up archive $(du -h "$archive" | cut -f1)"
