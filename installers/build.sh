#!/usr/bin/env bash
# Build the desktop client and the sync server as PyInstaller bundles into dist/.
# Linux and macOS.
#
# The desktop is built in its own environment (build/desktop-venv) holding only the desktop's
# dependencies (no server, database-driver or development packages can slip into the bundle),
# and the build fails when the bundle is larger than 150 MB (installers/bundle_size.py).
# The server is built from the project's venv (make venv), which has the server extras.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/bootstrap.sh
.venv/bin/python -m desktop.devtools.i18n_build
.venv/bin/python -m desktop.devtools.theme_build

PYTHON=$(.venv/bin/python -c 'import sys; print(sys._base_executable)')
DESKTOP_VENV=build/desktop-venv
if [ ! -x "$DESKTOP_VENV/bin/python" ]; then
  "$PYTHON" -m venv "$DESKTOP_VENV"
fi
"$DESKTOP_VENV/bin/python" -m pip install -q --upgrade pip
"$DESKTOP_VENV/bin/python" -m pip install -q "pyinstaller>=6.5" -e .
"$DESKTOP_VENV/bin/pyinstaller" --noconfirm --clean --distpath dist --workpath build \
  installers/vejviser.spec
"$DESKTOP_VENV/bin/python" installers/bundle_size.py dist/vejviser
# It starts, logs in, syncs and searches (against a local server from .venv).
.venv/bin/python installers/smoke_desktop.py dist/vejviser

.venv/bin/python -m pip install -q "pyinstaller>=6.5"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build installers/vejviser-server.spec
echo "Built: dist/vejviser/ and dist/vejviser-server/"
