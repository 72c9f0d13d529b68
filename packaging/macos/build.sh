#!/usr/bin/env bash
# Builds Rapport for macOS: a self-contained Rapport.app and a .dmg, on a Mac. NOT run by CI;
# written to mirror packaging/build-linux.sh step by step.
#
#   packaging/macos/build.sh
#
# Needs a JDK 17 for the Mac's architecture (jlink and jpackage come with it) and the Xcode command
# line tools (jpackage uses hdiutil and codesign). Output: target/packaging/image/Rapport.app and
# target/packaging/installer/Rapport-*.dmg. The app is not signed or notarised: Gatekeeper asks
# the first time (Control-click, Open). The command line is the launcher inside the bundle:
#   /Applications/Rapport.app/Contents/MacOS/Rapport --db PATH brief ...
# There is no start-up (CDS) archive here: the Linux build makes one with a training run under a
# virtual display, which has no macOS counterpart in this script.
set -euo pipefail
cd "$(dirname "$0")/../.."

./mvnw -B -ntp -q package -DskipTests
version=$(sed -n 's/^version=//p' target/classes/app/rapport/version.properties)
package_version=${version%%-*}
# macOS bundles refuse a version whose first number is 0; until 1.0, 0.x.y is packaged as 1.x.y
# (CFBundleVersion only orders updates; `Rapport --version` and About show the real one).
case "$package_version" in 0.*) package_version="1.${package_version#0.}" ;; esac

out=target/packaging
rm -rf "$out"
mkdir -p "$out/input/lib" "$out/javafx" "$out/javafx-unpacked"

# JavaFX's modular jars (-mac or -mac-aarch64, whichever Maven chose for this Mac) are linked into
# the runtime; the platform-less javafx-*.jar are empty placeholders.
cp target/rapport.jar "$out/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-mac.jar | javafx-*-mac-aarch64.jar) cp "$jar" "$out/javafx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$out/input/lib/" ;;
  esac
done

# The same modules as on Linux (see build-linux.sh for how they were chosen).
jdk_modules=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.net,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata,jdk.zipfs
jlink --module-path "$out/javafx" \
  --add-modules "$jdk_modules,javafx.controls,javafx.swing" \
  --strip-debug --no-man-pages --no-header-files --strip-native-commands \
  --exclude-resources 'glob:/javafx.*/*.dylib' --output "$out/runtime"
# JavaFX's native libraries go beside the runtime's own, so it does not copy them into every
# user's ~/.openjfx/cache first.
(cd "$out/javafx-unpacked" && for jar in ../javafx/*.jar; do jar xf "$jar"; done)
cp "$out"/javafx-unpacked/*.dylib "$out/runtime/lib/"

java_option_args=()
while read -r option; do
  case "$option" in ''|'#'*) ;; *) java_option_args+=(--java-options "$option") ;; esac
done < packaging/java-options.txt

common=(--name Rapport --app-version "$package_version" --vendor Rapport
        --description "A desktop CRM for the relationship after the purchase."
        --copyright "Apache License 2.0" --icon assets/icon/rapport.icns)

# resources/Info.plist is jpackage's own with the rapport: URL scheme added (rapport://call links pop the call).
jpackage --type app-image --dest "$out/image" "${common[@]}" \
  --input "$out/input" --main-jar rapport.jar --main-class app.rapport.app.Main \
  --runtime-image "$out/runtime" "${java_option_args[@]}" \
  --mac-package-identifier app.rapport --mac-package-name Rapport \
  --resource-dir packaging/macos/resources
"$out/image/Rapport.app/Contents/MacOS/Rapport" --version

jpackage --type dmg --dest "$out/installer" --app-image "$out/image/Rapport.app" "${common[@]}" \
  --license-file LICENSE --mac-package-identifier app.rapport --mac-package-name Rapport
ls -lh "$out"/installer/*.dmg
