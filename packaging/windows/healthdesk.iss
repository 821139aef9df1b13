; Inno Setup 6 script: the Windows installer of HealthDesk, from the one-folder app that `build.spec` makes in
; dist\HealthDesk (healthdesk.exe and _internal\). Installs for the current user without administrator rights (or
; for everyone, if chosen), adds a Start menu entry, and registers the two exchange files so that a double-click
; runs `healthdesk.exe open "FILE"`:
;   .hdinvite   HealthDesk.Invitation   application/x-healthdesk-invitation
;   .hdresponse HealthDesk.Response     application/x-healthdesk-response
; Uninstalling removes the app and the registrations; the data folder (%LOCALAPPDATA%\HealthDesk) stays.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\healthdesk.iss      -> dist\HealthDesk-0.1.0-windows-setup.exe
;
; Built by .github/workflows/release.yml on a hosted Windows runner; not run on the Linux machine where HealthDesk
; is developed (docs/install.md).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "healthdesk.exe"

[Setup]
AppId={{5B6C7E2A-3D41-4F8B-9E0A-1C2D3E4F5A6B}
AppName=HealthDesk
AppVersion={#AppVersion}
AppVerName=HealthDesk {#AppVersion}
AppPublisher=HealthDesk
DefaultDirName={autopf}\HealthDesk
DefaultGroupName=HealthDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=HealthDesk-{#AppVersion}-windows-setup
SetupIconFile=resources\icons\healthdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=HealthDesk
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\HealthDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\HealthDesk"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\HealthDesk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA: the current user's classes for a per-user install, the machine's for an install for everyone.
Root: HKA; Subkey: "Software\Classes\.hdinvite"; ValueType: string; ValueName: ""; ValueData: "HealthDesk.Invitation"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.hdinvite"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-healthdesk-invitation"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.hdinvite\OpenWithProgids"; ValueType: string; ValueName: "HealthDesk.Invitation"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\HealthDesk.Invitation"; ValueType: string; ValueName: ""; ValueData: "HealthDesk invitation"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\HealthDesk.Invitation\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\HealthDesk.Invitation\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\.hdresponse"; ValueType: string; ValueName: ""; ValueData: "HealthDesk.Response"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.hdresponse"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-healthdesk-response"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.hdresponse\OpenWithProgids"; ValueType: string; ValueName: "HealthDesk.Response"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\HealthDesk.Response"; ValueType: string; ValueName: ""; ValueData: "HealthDesk response file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\HealthDesk.Response\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\HealthDesk.Response\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
; "Open with" lists HealthDesk for these files.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".hdinvite"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".hdresponse"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,HealthDesk}"; Flags: nowait postinstall skipifsilent
