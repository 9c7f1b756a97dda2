#!/usr/bin/env bash
# Build the PyInstaller one-folder bundle with installers/windows/saphan.spec (the Windows
# installer's spec; on Linux it builds dist/saphan/saphan) into a temporary folder and smoke-test
# it offscreen: `saphan --version` prints the version, and the demo opens its main window and
# closes again with exit code 0. Prints how long each step took.
#
#     installers/pyinstaller_smoke.sh            # uses .venv (pyinstaller installed if missing)
#     KEEP_BUILD=1 installers/pyinstaller_smoke.sh   # keep the temporary folder
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
py="$root/.venv/bin/python"
[ -x "$py" ] || { echo "no .venv: run python3 installers/dev.py test first" >&2; exit 1; }

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR" 2>/dev/null || true

now() { date +%s.%N; }
took() { printf '%.1f s' "$(echo "$(now) - $1" | bc -l 2>/dev/null || echo 0)"; }
if ! command -v bc >/dev/null; then took() { echo "$(( $(date +%s) - ${1%.*} )) s"; }; fi

t0=$(now)
if ! "$py" -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into .venv ..."
  "$py" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.5"
fi
echo "pyinstaller ready: $(took "$t0")"

work=$(mktemp -d -t saphan-pyinstaller-XXXXXX)
cleanup() { if [ -z "${KEEP_BUILD:-}" ]; then rm -rf "$work"; else echo "kept $work"; fi; }
trap cleanup EXIT

t1=$(now)
"$py" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$work/dist" --workpath "$work/build" installers/windows/saphan.spec
bundle="$work/dist/saphan"
echo "bundle built: $(took "$t1"), $(du -sh "$bundle" | cut -f1)"

# the bundled fonts travel with their licences (desktop/fonts.py finds them beside the packages)
for f in padauk/Padauk-Regular.ttf padauk/OFL.txt noto-sans-thai/NotoSansThai-Regular.ttf noto-sans-thai/OFL.txt; do
  if ! find "$bundle" -path "*/resources/fonts/$f" | grep -q .; then
    echo "smoke: resources/fonts/$f is not in the bundle" >&2
    exit 1
  fi
done

t2=$(now)
want=$("$py" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
got=$("$bundle/saphan" --version)
if [ "$got" != "saphan $want" ]; then
  echo "smoke: --version printed '$got', expected 'saphan $want'" >&2
  exit 1
fi
echo "smoke: --version -> $got ($(took "$t2"))"

t3=$(now)
out=$(SAPHAN_SMOKE_EXIT_MS=300 timeout 120 "$bundle/saphan" --demo 2>&1) || {
  echo "$out" >&2
  echo "smoke: the demo did not exit cleanly" >&2
  exit 1
}
if ! grep -q "saphan: main window shown" <<<"$out"; then
  echo "$out" >&2
  echo "smoke: the demo's main window was not shown" >&2
  exit 1
fi
if grep -q -E "Traceback|ModuleNotFoundError|No such file" <<<"$out"; then
  echo "$out" >&2
  echo "smoke: errors while the demo ran" >&2
  exit 1
fi
echo "smoke: demo opened its main window and closed ($(took "$t3"))"
echo "pyinstaller smoke test passed in $(took "$t0")"
