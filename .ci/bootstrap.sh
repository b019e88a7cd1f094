#!/usr/bin/env bash
# Install what Vejviser needs on a fresh Debian/Ubuntu machine with Python 3.11:
# Debian packages (Qt runtime libraries, Xvfb, PostgreSQL) when root, then a venv in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libx11-xcb1
  xvfb xauth fonts-dejavu-core postgresql nginx openssl poppler-utils
  chromium chromium-driver wrk
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo ">> apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    echo ">> sudo apt-get install ${missing[*]}"
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "!! Missing Debian packages (install them as root): ${missing[*]}" >&2
  fi
fi

PYTHON=${PYTHON:-}
if [ -z "$PYTHON" ]; then
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then PYTHON=$candidate; break; fi
  done
fi
if [ ! -x .venv/bin/python ]; then
  echo ">> creating .venv with $PYTHON"
  "$PYTHON" -m venv .venv || {
    echo "!! '$PYTHON -m venv' failed; on Debian/Ubuntu: apt-get install python3-venv" >&2; exit 1; }
fi
stamp=.venv/.vejviser-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo ">> installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip wheel setuptools
  # phonenumberslite replaced phonenumbers (one import name, shared files): remove both from
  # an older venv before installing, or uninstalling the old one breaks the new one.
  if .venv/bin/python -m pip show -q phonenumbers >/dev/null 2>&1; then
    .venv/bin/python -m pip uninstall -y -q phonenumbers phonenumberslite
  fi
  .venv/bin/python -m pip install -q -e ".[server,dev]"
  touch "$stamp"
fi

# axe-core (the accessibility checker the citizen-web browser tests run in Chromium), from
# the npm registry with npm's own client, unpacked into the venv. Pinned version.
AXE_VERSION=4.10.3
axe_dir=.venv/share/axe-core
if [ ! -f "$axe_dir/axe.min.js" ] || ! grep -q "axe v$AXE_VERSION" "$axe_dir/axe.min.js" 2>/dev/null; then
  if command -v npm >/dev/null 2>&1; then
    echo ">> npm pack axe-core@$AXE_VERSION"
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "axe-core@$AXE_VERSION" >/dev/null && tar -xzf "axe-core-$AXE_VERSION.tgz" package/axe.min.js)
    mkdir -p "$axe_dir"
    cp "$tmp/package/axe.min.js" "$axe_dir/axe.min.js"
    rm -rf "$tmp"
  else
    echo "!! npm not found: axe-core is missing; the browser tests fail under CI=true (install nodejs/npm)" >&2
  fi
fi
