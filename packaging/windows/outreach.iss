; Inno Setup script of the field laptops' Windows installer (Inno Setup 6.3 or newer).
;
; Built on Windows from the PyInstaller bundle (see the README, "Installing on field laptops"):
;   pyinstaller --noconfirm --distpath dist --workpath build packaging\outreach.spec
;   iscc packaging\windows\outreach.iss
; which writes dist\OutreachLog-Setup-VERSION.exe.
;
; - Per user, without administrator rights: the app goes to %LOCALAPPDATA%\Programs\Outreach Log
;   and its Start-menu entry to the user's own menu.
; - Upgrade in place: the AppId below never changes, so a newer installer finds the installed
;   copy, closes the running app and replaces its program files.
; - The records are not in the install folder: the app keeps them in platformdirs' user data
;   dir (%LOCALAPPDATA%\OutreachLog\OutreachLog: the store, its daily copies, logs). Nothing here
;   names that folder, so neither an upgrade nor the uninstaller touches it; an update must
;   never cost a record.
;
; tests/packaging/test_bundle.py checks that every file named in [Files] and [Icons] is in the
; bundle the spec produces.

#define AppName "Outreach Log"
; SourcePath is this script's folder: the bundle is dist\outreach in the checkout.
#define BundleDir SourcePath + "..\..\dist\outreach"
#ifndef AppVersion
  ; The version resource packaging/outreach.spec writes from pyproject.toml's version.
  #define AppVersion GetVersionNumbersString(BundleDir + "\outreach.exe")
#endif

[Setup]
; Fixed for good: Windows knows the installed app by it (upgrades, Apps & features).
AppId={{D67DECA2-894C-4D46-ACA0-4AC9D8E7A4A6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
; {autopf} is the user's %LOCALAPPDATA%\Programs when the install is per user.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; A running copy holds its files open: close it (and start it again afterwards if it was open).
CloseApplications=yes
RestartApplications=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#BundleDir}\_internal\assets\icons\outreach.ico
UninstallDisplayIcon={app}\outreach.exe
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=OutreachLog-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup 6.5 ships Simplified Chinese; older ones only if its .isl was added by hand.
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole runtime: a module the new version no longer has must not linger.
; Program files only; the records are elsewhere (see above).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\outreach.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\outreach-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\outreach.exe"; IconFilename: "{app}\_internal\assets\icons\outreach.ico"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\outreach.exe"; IconFilename: "{app}\_internal\assets\icons\outreach.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\outreach.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
