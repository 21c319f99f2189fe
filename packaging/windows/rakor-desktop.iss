; Inno Setup script: a per-user installer for the PyInstaller folder (dist\rakor-desktop).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\rakor-desktop.iss
;
; Per user, no administrator rights: office laptops are often locked down, and the
; data (database, backups) is per user anyway (%LOCALAPPDATA%\rakor-desktop, via
; platformdirs). Start-menu entries for the window and the door station (kiosk), and
; the .rakor association so a bundle double-clicked in Explorer opens the import.
; Uninstalling removes the program, never the user's databases or backups.
; Built and smoke-tested by .github/workflows/windows.yml.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Rakor Desktop"
#define AppExe "rakor-desktop.exe"
#define SourceDir "..\..\dist\rakor-desktop"

[Setup]
AppId={{6B0F8E0A-3C1B-4C55-9E59-5E8D2E7A9C11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Rakor Desktop
DefaultDirName={localappdata}\Programs\Rakor Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=rakor-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
SetupIconFile=app.ico
UninstallDisplayIcon={app}\{#AppExe}
ChangesAssociations=yes

[Languages]
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} - Meja registrasi (kiosk)"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .rakor -> Rakor Desktop (per user: HKCU\Software\Classes)
Root: HKCU; Subkey: "Software\Classes\.rakor"; ValueType: string; ValueName: ""; ValueData: "RakorDesktop.Bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\RakorDesktop.Bundle"; ValueType: string; ValueName: ""; ValueData: "Bundel Rakor Desktop"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\RakorDesktop.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\RakorDesktop.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --open ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
