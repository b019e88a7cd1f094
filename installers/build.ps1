# Build the desktop client and the sync server as PyInstaller bundles into dist\ (Windows).
# Run from a PowerShell prompt in the repository: powershell -File installers\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Split-Path $PSScriptRoot -Parent)
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.venv\Scripts\python -m pip install -q --upgrade pip
.venv\Scripts\python -m pip install -q -e ".[server]" "pyinstaller>=6.5"
.venv\Scripts\python -m desktop.devtools.i18n_build
.venv\Scripts\python -m desktop.devtools.theme_build
.venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build installers\vejviser.spec
.venv\Scripts\python installers\bundle_size.py dist\vejviser
if ($LASTEXITCODE -ne 0) { throw "The desktop bundle is larger than 150 MB" }
.venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build installers\vejviser-server.spec
Write-Host "Built: dist\vejviser\ and dist\vejviser-server\"
