# Build the Windows installer: the bundle (as `make installer` does on Linux), its smoke test,
# then Inno Setup. Run from the repository root in PowerShell, with Python 3.11+ and Inno
# Setup 6.3+ installed:   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
$ErrorActionPreference = "Stop"
$py = ".venv\Scripts\python.exe"
if (-not (Test-Path $py)) { python -m venv .venv }
& $py -m pip install --quiet --upgrade pip
& $py -m pip install --quiet -e . pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9
if ($LASTEXITCODE) { throw "pip failed" }
# SQLCipher encrypts the laptops' databases; the spec bundles it when it is installed
& $py -m pip install --quiet -e ".[encryption]"
if ($LASTEXITCODE) { Write-Warning "sqlcipher3 did not install: this build stores data unencrypted" }

# compiled translations (make translations)
Get-ChildItem resources\translations\*.ts | ForEach-Object {
    & .venv\Scripts\pyside6-lrelease.exe -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
    if ($LASTEXITCODE) { throw "lrelease failed on $($_.Name)" }
}

& .venv\Scripts\pyinstaller.exe --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\sfa-desk.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# the bundle is a windowed program: wait for it, and read its exit code
$env:QT_QPA_PLATFORM = "offscreen"
$smoke = Start-Process -FilePath dist\sfa-desk\sfa-desk.exe -ArgumentList "--smoke-test" -Wait -PassThru -NoNewWindow
Remove-Item Env:QT_QPA_PLATFORM
if ($smoke.ExitCode -ne 0) { throw "smoke test of the bundle failed (exit $($smoke.ExitCode))" }

# the version is the package's; Windows version resources want digits and dots only
$version = & $py -c "from importlib.metadata import version; import re; print(re.match(r'[0-9.]+', version('sfa-desk')).group().strip('.'))"
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
& $iscc "/DAppVersion=$version" installer\windows\sfa-desk.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Write-Host "dist\sfa-desk-$version-setup.exe"
