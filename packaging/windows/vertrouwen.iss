; Inno Setup script for Vertrouwen: a per-user installer that needs no administrator rights.
;
; Build (on Windows, after PyInstaller has written dist\Vertrouwen\; see packaging\README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\vertrouwen.iss
; Output: dist\Vertrouwen-<version>-setup.exe
;
; Per user by default (%LOCALAPPDATA%\Programs\Vertrouwen, Start menu of this user). IT can
; install for all users with `Vertrouwen-setup.exe /ALLUSERS` (asks for elevation), or silently
; with `/VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/ALLUSERS]`. Uninstalling removes the program
; only: the vault in %LOCALAPPDATA%\Vertrouwen is the user's and is never touched.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Vertrouwen"
#define AppExe "Vertrouwen.exe"
#define DistDir "..\..\dist\Vertrouwen"

[Setup]
; a fixed AppId ties upgrades and the uninstaller to this app: never change it
AppId={{6C1F2A8E-4B7D-4E39-9C55-0F3E8A6B2D71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Vertrouwen
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=Vertrouwen-{#AppVersion}-setup
SetupIconFile=..\icons\vertrouwen.ico
; the EUPL shown before installing; LICENSE and THIRD-PARTY-NOTICES are in {app}\_internal
LicenseFile=..\..\LICENSE
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.LaunchApp=Vertrouwen starten
en.LaunchApp=Start Vertrouwen

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the whole program folder, so no file of an older version lingers
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
