; Windows installer (Inno Setup 6) for the PyInstaller folder build\pyinstaller\dist\eventmate.
; Built by .github/workflows/desktop.yml:  ISCC.exe /DAppVersion=0.1.0 packaging\windows\eventmate.iss
; Installs for the current user by default (no administrator needed), adds EventMate to the
; Start menu, optionally binds Ctrl+Shift+N to capture mode, and uninstalls cleanly. Your data
; (%LOCALAPPDATA%\EventMate) is never touched by installing or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6B1F4C2E-8D3A-4E57-9B0C-2F7A51E3D904}
AppName=EventMate
AppVersion={#AppVersion}
AppPublisher=EventMate developers
AppPublisherURL=https://eventmate.org
DefaultDirName={autopf}\EventMate
DefaultGroupName=EventMate
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=EventMate-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\eventmate.ico
UninstallDisplayIcon={app}\eventmate-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Tasks]
Name: "capturekey"; Description: "Ctrl+Shift+N opens capture mode from anywhere (it then no longer reaches other programs)"; Flags: unchecked

[Files]
Source: "..\..\build\pyinstaller\dist\eventmate\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\EventMate"; Filename: "{app}\eventmate-gui.exe"; AppUserModelID: "org.eventmate.eventmate"
Name: "{autoprograms}\EventMate capture"; Filename: "{app}\eventmate-gui.exe"; Parameters: "capture"; Tasks: not capturekey
Name: "{autoprograms}\EventMate capture"; Filename: "{app}\eventmate-gui.exe"; Parameters: "capture"; HotKey: "ctrl+shift+n"; Tasks: capturekey

[Run]
Filename: "{app}\eventmate-gui.exe"; Description: "Open EventMate"; Flags: nowait postinstall skipifsilent
