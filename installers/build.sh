#!/usr/bin/env bash
# Build the desktop client and the sync server as PyInstaller bundles into dist/.
# Linux and macOS. Needs the project's venv (make venv) — PyInstaller is installed into it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/bootstrap.sh
.venv/bin/python -m pip install -q "pyinstaller>=6.5"
.venv/bin/python -m desktop.devtools.i18n_build
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build installers/vejviser.spec
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build installers/vejviser-server.spec
echo "Built: dist/vejviser/ and dist/vejviser-server/"
