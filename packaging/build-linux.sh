#!/usr/bin/env bash
# Builds Rapport for Linux: a self-contained app-image (its own Java runtime, no JDK needed where it
# runs) and a .deb that installs it in /opt/rapport.
#
#   packaging/build-linux.sh              # app-image and .deb
#   packaging/build-linux.sh --image-only # app-image only (what CI proves)
#
# Needs a JDK 17 (jlink and jpackage come with it); the .deb also needs dpkg-deb and fakeroot
# (`sudo apt-get install fakeroot`). With xvfb-run and the GTK libraries present, a training run
# opens the window once and records a class-data-sharing archive that makes later starts faster;
# without them the image is built without it. RAPPORT_SKIP_MAVEN=1 reuses target/rapport.jar.
set -euo pipefail
cd "$(dirname "$0")/.."

image_only=false
[ "${1:-}" = "--image-only" ] && image_only=true

if [ "${RAPPORT_SKIP_MAVEN:-}" != 1 ]; then
  ./mvnw -B -ntp -q package -DskipTests
fi
version=$(sed -n 's/^version=//p' target/classes/app/rapport/version.properties)
# jpackage accepts only numbers and dots: 0.2.0-SNAPSHOT is packaged as 0.2.0.
package_version=${version%%-*}

out=target/packaging
rm -rf "$out"
mkdir -p "$out/input/lib" "$out/javafx"

# JavaFX's jars are modules with their native libraries inside: they are linked into the runtime, so
# they load as named modules (as JavaFX is meant to), not from the class path. The platform-less
# javafx-*.jar are empty placeholders Maven adds beside the platform ones.
cp target/rapport.jar "$out/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) cp "$jar" "$out/javafx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$out/input/lib/" ;;
  esac
done

# Chosen by jdeps over the jar and its libraries, then checked by running the image: jdeps misses
# what is loaded by name (java.desktop for JavaFX Swing interop, locale data, zip file systems).
jdk_modules=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.net,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata,jdk.zipfs
jlink --module-path "$out/javafx" \
  --add-modules "$jdk_modules,javafx.controls,javafx.swing" \
  --strip-debug --no-man-pages --no-header-files --strip-native-commands \
  --exclude-resources 'glob:/javafx.*/*.so' --output "$out/runtime"
# JavaFX's native libraries go beside the runtime's own, where it loads them from; left inside the
# modules, JavaFX would first copy them into every user's ~/.openjfx/cache.
mkdir -p "$out/javafx-unpacked"
(cd "$out/javafx-unpacked" && for jar in ../javafx/*.jar; do jar xf "$jar"; done)
cp "$out"/javafx-unpacked/*.so "$out/runtime/lib/"

# The start-up archive that train-cds.sh makes; where it is missing the JVM quietly starts without.
java_option_args=(--java-options '-XX:SharedArchiveFile=$APPDIR/rapport.jsa')
while read -r option; do
  case "$option" in ''|'#'*) ;; *) java_option_args+=(--java-options "$option") ;; esac
done < packaging/java-options.txt

jpackage --type app-image --dest "$out/image" \
  --name Rapport --app-version "$package_version" --vendor "Rapport" \
  --description "A desktop CRM for the relationship after the purchase." \
  --copyright "Apache License 2.0" \
  --icon assets/icon/rapport-256.png \
  --input "$out/input" --main-jar rapport.jar --main-class app.rapport.app.Main \
  --runtime-image "$out/runtime" "${java_option_args[@]}"
image="$out/image/Rapport"

packaging/train-cds.sh "$image"

echo "app-image: $image ($(du -sh "$image" | cut -f1))"
"$image/bin/Rapport" --version

if [ "$image_only" = true ]; then
  exit 0
fi

resources="$out/deb-resources"
mkdir -p "$resources"
cp assets/rapport.desktop "$resources/Rapport.desktop"
cp assets/icon/rapport-256.png "$resources/Rapport.png"
cp packaging/linux/postinst packaging/linux/prerm "$resources/"

# The archive made here names this folder's jars, so the .deb leaves it out and its postinst makes
# one in /opt/rapport from the class list.
archive="$image/lib/app/rapport.jsa"
[ -f "$archive" ] && mv "$archive" "$out/rapport.jsa"
jpackage --type deb --dest "$out/deb" --app-image "$image" \
  --name Rapport --app-version "$package_version" --vendor "Rapport" \
  --description "A desktop CRM for the relationship after the purchase." \
  --copyright "Apache License 2.0" --license-file LICENSE \
  --icon assets/icon/rapport-256.png --resource-dir "$resources" \
  --linux-package-name rapport --linux-deb-maintainer "rapport@example.org" \
  --linux-app-category office --linux-menu-group "Office;ContactManagement;" \
  --linux-shortcut
[ -f "$out/rapport.jsa" ] && mv "$out/rapport.jsa" "$archive"
deb=$(ls "$out"/deb/*.deb)
echo "deb: $deb ($(du -h "$deb" | cut -f1))"
