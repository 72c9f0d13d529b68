#!/usr/bin/env bash
# Renders rapport.svg into the sizes the window and the installers need, and commits nothing by
# itself: run it after changing the SVG, then commit the results. Needs rsvg-convert (librsvg2-bin),
# ImageMagick's convert (ICO) and png2icns (icnsutils):
#   sudo apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" rapport.svg -o "rapport-$size.png"
done
# ImageMagick itself, not a wrapper that may flatten transparency onto white.
convert_bin=/usr/bin/convert
[ -x "$convert_bin" ] || convert_bin=convert
"$convert_bin" rapport-16.png rapport-24.png rapport-32.png rapport-48.png rapport-64.png rapport-128.png rapport-256.png rapport.ico
png2icns rapport.icns rapport-16.png rapport-32.png rapport-48.png rapport-128.png rapport-256.png rapport-512.png >/dev/null
ls -l rapport.ico rapport.icns rapport-*.png
