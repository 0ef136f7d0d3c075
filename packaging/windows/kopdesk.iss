; Inno Setup script of the kopdesk installer for Windows (issue 19).
;
; Build the bundle first (python tools\bundle.py leaves dist\kopdesk\), then:
;     iscc /DAppVersion=0.1.0 packaging\windows\kopdesk.iss
; which writes dist\installer\kopdesk-setup-0.1.0.exe.
;
; What it does: copies dist\kopdesk\ into Program Files (or, without administrator
; rights, into the user's own programs folder), adds a Start-menu entry and, when
; ticked, a desktop icon. The books are NOT in the program folder: kopdesk keeps them
; in the user's data folder (%LOCALAPPDATA%\kopdesk, platformdirs' user_data_dir),
; with their backups beside them. The installer never writes there and the
; uninstaller never removes anything there: removing kopdesk leaves every book and
; backup where it was, and installing a newer version over it opens them again.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "kopdesk"
#define AppExe "kopdesk.exe"

[Setup]
AppId={{7C1E5A2B-4F0D-4E7B-9B39-6A1D2C8E5F40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=kopdesk
AppComments=Pembukuan koperasi simpan pinjam
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Office PCs often give the treasurer no administrator rights: install for this
; user alone then (into %LOCALAPPDATA%\Programs), for all users when allowed.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=kopdesk-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
CloseApplications=yes
#if FileExists("..\..\resources\icons\kopdesk.ico")
SetupIconFile=..\..\resources\icons\kopdesk.ico
#endif

[Languages]
; Inno Setup ships no Indonesian among its official translations: its own pages
; stay in English, the texts below are kopdesk's.
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DesktopIcon=Buat ikon kopdesk di desktop
english.Extra=Pilihan tambahan:
english.Launch=Buka kopdesk sekarang

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:Extra}"

[Files]
Source: "..\..\dist\kopdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only the files it
; installed into {app}; the books and backups in the user's data folder stay.
