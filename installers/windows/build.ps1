# Build Saphan's Windows installer: a fresh build venv, the PyInstaller one-folder bundle
# (saphan.spec), a smoke test of Saphan.exe, then the NSIS installer (saphan.nsi).
#
#     powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
#
# Needs Python 3.11+ (py launcher) and NSIS 3 (makensis on PATH, or in Program Files).
# Output: dist\Saphan-<version>-setup.exe
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root
$Venv = Join-Path $Root ".venv-build"
$Py = Join-Path $Venv "Scripts\python.exe"

function Step($what) { Write-Host "==> $what" -ForegroundColor Cyan }
function Check($what) { if ($LASTEXITCODE -ne 0) { throw "$what failed (exit code $LASTEXITCODE)" } }

Step "Build environment in .venv-build"
if (-not (Test-Path $Py)) { py -3 -m venv $Venv; Check "venv" }
& $Py -m pip install --quiet --disable-pip-version-check --upgrade pip; Check "pip upgrade"
# Saphan itself (not editable: the bundle must not point back at this folder) and PyInstaller
& $Py -m pip install --quiet --disable-pip-version-check ".[build]"; Check "pip install"

$Version = & $Py -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
Check "reading the version"
Step "Saphan $Version: PyInstaller bundle"
& $Py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller `
    installers\windows\saphan.spec
Check "PyInstaller"

Step "Smoke test: --version and the demo's main window"
# Saphan.exe is windowed (no console): wait for it and read its exit code.
$env:SAPHAN_SMOKE_EXIT_MS = "500"
$p = Start-Process -FilePath "dist\saphan\Saphan.exe" -ArgumentList "--demo" -Wait -PassThru
Remove-Item Env:SAPHAN_SMOKE_EXIT_MS
if ($p.ExitCode -ne 0) { throw "the demo exited with code $($p.ExitCode)" }

Step "NSIS installer"
$Makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $Makensis) {
    foreach ($dir in @(${env:ProgramFiles(x86)}, $env:ProgramFiles)) {
        $candidate = Join-Path $dir "NSIS\makensis.exe"
        if ($dir -and (Test-Path $candidate)) { $Makensis = $candidate; break }
    }
}
if (-not $Makensis) { throw "makensis not found: install NSIS 3 (e.g. choco install nsis)" }
$Dist = Join-Path $Root "dist\saphan"
$Out = Join-Path $Root "dist\Saphan-$Version-setup.exe"
& $Makensis /V2 "/DVERSION=$Version" "/DDIST=$Dist" "/DOUTFILE=$Out" installers\windows\saphan.nsi
Check "makensis"
Step "Done: $Out"
