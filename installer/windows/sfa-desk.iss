; Inno Setup 6 script for SFA Desk on Windows: installs the PyInstaller bundle (dist\sfa-desk\),
; with an uninstaller, Start-menu entry and upgrade in place.
;
; Build (installer\windows\build.ps1 does all of it), from the repository root:
;   iscc /DAppVersion=0.1.0 installer\windows\sfa-desk.iss   ->  dist\sfa-desk-0.1.0-setup.exe
; The version is the package's (pyproject.toml), passed in by build.ps1; never typed here.
;
; Upgrades: the fixed AppId below is how Setup recognises an installed SFA Desk (its uninstall
; key is Software\Microsoft\Windows\CurrentVersion\Uninstall\{AppId}_is1). A new version
; installs into the same folder, closes a running SFA Desk first (Restart Manager), replaces
; the program files whole and keeps one uninstaller. Never change AppId.
; The reps' data (profiles, databases) lives in %LOCALAPPDATA%\SFA Desk and is never touched.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build.ps1 reads it from the package)
#endif

#define AppName "SFA Desk"
#define AppExe "sfa-desk.exe"
#define AppId "{{5CD9AF63-7CF0-41CE-BA6D-043F4B359182}"
#define UninstallKey "Software\Microsoft\Windows\CurrentVersion\Uninstall\" + AppId + "_is1"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SFA Desk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; reps often have no administrator rights: per-user by default, all users if they choose
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=sfa-desk-{#AppVersion}-setup
SetupIconFile=sfa-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; close a running SFA Desk before replacing its files; it is started again from the last page
CloseApplications=force
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
; an upgrade keeps the folder and Start-menu choices of the installed version
UsePreviousAppDir=yes
UsePreviousTasks=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; the previous version's libraries go whole, so no stale module outlives an upgrade
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\sfa-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ Upgrade detection: read the installed version from the uninstall key (per-user or all-users)
  and refuse to silently downgrade. }
function InstalledVersion(var Version: String): Boolean;
begin
  Result := RegQueryStringValue(HKCU, '{#UninstallKey}', 'DisplayVersion', Version)
    or RegQueryStringValue(HKLM, '{#UninstallKey}', 'DisplayVersion', Version);
end;

function InitializeSetup(): Boolean;
var
  Installed: String;
  Packed, ThisOne: Int64;
begin
  Result := True;
  if not InstalledVersion(Installed) then
    Exit;
  if StrToVersion(Installed, Packed) and StrToVersion('{#AppVersion}', ThisOne)
     and (ComparePackedVersion(Packed, ThisOne) > 0) then
    Result := SuppressibleMsgBox(
      'SFA Desk ' + Installed + ' is installed, which is newer than this ' + '{#AppVersion}' + '.' + #13#10 +
      'Install the older version over it? Your data is kept either way.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES
  else
    Log('Upgrading SFA Desk ' + Installed + ' to {#AppVersion}');
end;
