# Builds Rapport for Windows: a self-contained app-image and an .msi installer (and an .exe one with
# -Exe), on a Windows machine. NOT run by CI; written to mirror packaging/build-linux.sh step by step.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-Exe]
#
# Needs: a JDK 17 on the PATH (jlink and jpackage come with it) and the WiX Toolset 3.x
# (candle.exe and light.exe on the PATH: https://wixtoolset.org/docs/v3/), which jpackage uses for
# .msi and .exe. Output: target\packaging\image\Rapport and target\packaging\installer\Rapport-*.msi
#
# Two launchers are installed: Rapport.exe opens the window (a GUI program: Windows gives it no
# console, so it prints nothing), and rapport-cli.exe is the same app with a console, for the
# command line: `rapport-cli --db PATH brief ...`, `rapport-cli --version`.
# There is no start-up (CDS) archive here: the Linux build makes one with a training run under a
# virtual display, which has no Windows counterpart in this script.
param([switch]$Exe)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed with exit code $LASTEXITCODE" }
}

Invoke-Checked 'Maven' { .\mvnw.cmd -B -ntp -q package -DskipTests }
$version = (Select-String -Path 'target\classes\app\rapport\version.properties' -Pattern '^version=(.*)$').Matches[0].Groups[1].Value
# jpackage accepts only numbers and dots: 0.2.0-SNAPSHOT is packaged as 0.2.0.
$packageVersion = ($version -split '-')[0]

$out = 'target\packaging'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\lib", "$out\javafx", "$out\javafx-unpacked" | Out-Null

# JavaFX's modular jars (the -win ones) are linked into the runtime; the platform-less javafx-*.jar
# are empty placeholders. Everything else runs from the class path, as from target\rapport.jar.
Copy-Item 'target\rapport.jar' "$out\input\"
Get-ChildItem 'target\lib\*.jar' | ForEach-Object {
    if ($_.Name -like 'javafx-*-win.jar') { Copy-Item $_.FullName "$out\javafx\" }
    elseif ($_.Name -notlike 'javafx-*') { Copy-Item $_.FullName "$out\input\lib\" }
}

# The same modules as on Linux (see build-linux.sh for how they were chosen).
$jdkModules = 'java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.net,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata,jdk.zipfs'
Invoke-Checked 'jlink' {
    jlink --module-path "$out\javafx" --add-modules "$jdkModules,javafx.controls,javafx.swing" `
        --strip-debug --no-man-pages --no-header-files --strip-native-commands `
        --exclude-resources 'glob:/javafx.*/*.dll' --output "$out\runtime"
}
# JavaFX's DLLs go beside the runtime's own (bin\ on Windows), so JavaFX loads them from there
# instead of copying them into every user's .openjfx\cache first.
Push-Location "$out\javafx-unpacked"
Get-ChildItem '..\javafx\*.jar' | ForEach-Object { Invoke-Checked 'jar' { jar xf $_.FullName } }
Pop-Location
Copy-Item "$out\javafx-unpacked\*.dll" "$out\runtime\bin\"

$javaOptions = @()
Get-Content 'packaging\java-options.txt' | ForEach-Object {
    $line = $_.Trim()
    if ($line -and -not $line.StartsWith('#')) { $javaOptions += @('--java-options', $line) }
}

$common = @('--name', 'Rapport', '--app-version', $packageVersion, '--vendor', 'Rapport',
            '--description', 'A desktop CRM for the relationship after the purchase.',
            '--copyright', 'Apache License 2.0', '--icon', 'assets\icon\rapport.ico')

Invoke-Checked 'jpackage app-image' {
    jpackage --type app-image --dest "$out\image" @common `
        --input "$out\input" --main-jar rapport.jar --main-class app.rapport.app.Main `
        --runtime-image "$out\runtime" @javaOptions `
        --add-launcher "rapport-cli=packaging\windows\cli-launcher.properties"
}
Invoke-Checked 'Rapport --version' { & "$out\image\Rapport\rapport-cli.exe" --version }

$type = if ($Exe) { 'exe' } else { 'msi' }
# The upgrade code stays the same for every version, so a newer installer replaces an older one.
# resources\main.wxs is jpackage's own with the rapport: URL scheme added (rapport://call links pop the call).
Invoke-Checked "jpackage $type" {
    jpackage --type $type --dest "$out\installer" --app-image "$out\image\Rapport" @common `
        --license-file LICENSE --win-menu --win-menu-group Rapport --win-shortcut --win-dir-chooser `
        --win-upgrade-uuid '6f1d8a52-3c1e-4b8e-9a57-2d0c6f4b7e31' `
        --resource-dir 'packaging\windows\resources'
}
Get-ChildItem "$out\installer" | ForEach-Object { Write-Host "$($_.FullName) ($([math]::Round($_.Length / 1MB)) MB)" }
