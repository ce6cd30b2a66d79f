; Inno Setup script for the Windows installer of Mama Killa POS.
;
; Build the bundle first (packaging\README.md), then, from the repository root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\mamakilla-pos.iss
; The installer lands in dist\installer\mamakilla-pos-<version>-setup.exe.
;
; The version is read from the program itself (its version resource comes from
; pyproject.toml); ISCC /DAppVersion=1.2.3 overrides it.
;
; Installs for the current user without administrator rights (or for everyone,
; when chosen), adds the Start-menu entry and, if wanted, a desktop icon.
; Uninstalling removes the program only: the shop's data (the database and its
; backups, in %LOCALAPPDATA%\mamakilla-pos) and this computer's choices stay, so
; installing again or a newer version finds everything as it was.

#define AppName "Mama Killa POS"
#define ExeName "mamakilla-pos.exe"
#define BundleDir "..\..\dist\mamakilla-pos"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + ExeName, "ProductVersion")
#endif

[Setup]
; The AppId identifies the program for upgrades and uninstalling: never change it.
AppId={{4D1C911F-F97E-490A-8E3B-24E485C0E4C2}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Mama Killa — Centro Huchuy Yachaq
AppComments=Caja del taller Mama Killa: ventas, stock, caja y pagos a las artesanas
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=mamakilla-pos-{#AppVersion}-setup
SetupIconFile=mamakilla-pos.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
es.DesktopIcon=Crear un icono en el escritorio
en.DesktopIcon=Create a desktop icon
fr.DesktopIcon=Créer une icône sur le bureau
es.DataKept=Los datos de la tienda no se borraron. Están en:%n%1%nSi instala el programa otra vez, los encontrará como estaban.
en.DataKept=The shop's data was not deleted. It is in:%n%1%nInstall the program again to find it as it was.
fr.DataKept=Les données de la boutique n'ont pas été supprimées. Elles sont dans :%n%1%nRéinstallez le programme pour les retrouver.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "mamakilla-pos.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"; IconFilename: "{app}\mamakilla-pos.ico"; Comment: "Caja del taller Mama Killa"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; IconFilename: "{app}\mamakilla-pos.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; A newer version replaces the program folder's bundled libraries entirely.
Type: filesandordirs; Name: "{app}\_internal"

[UninstallDelete]
; Only what the program itself may have left in its own folder; never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\mamakilla-pos');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
