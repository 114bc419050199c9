; Windows installer of LAM Desk (NSIS 3, Unicode, Modern UI 2).
;
; Packs the one-folder PyInstaller build (build_spec/lam_desk.spec) into a per-machine installer:
; Program Files\LAM Desk, a Start menu shortcut, an optional desktop shortcut, an uninstaller
; listed in Add/Remove Programs. The desk's data (database, backups, settings) lives in each
; user's own folder and is never touched by the installer or the uninstaller.
;
;   makensis /DDIST_DIR=C:\src\lam-desk\build\dist\lam-desk /DVERSION=0.1.0 ^
;            /DOUT_FILE=C:\src\lam-desk\build\LAM-Desk-0.1.0-setup.exe build_spec\lam_desk.nsi
;
; Defines:
;   DIST_DIR      (required) the one-folder build, holding ${EXE_NAME} and _internal\
;   VERSION       (required) the product version, e.g. 0.1.0 (lam_desk/__init__.py)
;   OUT_FILE      the installer to write (default: LAM-Desk-${VERSION}-setup.exe beside this file)
;   EXE_NAME      the program in DIST_DIR (default: lam-desk.exe)
;   LICENSE_FILE  when given, a licence page shows this file
;   SRC_ROOT      the source tree, for the icon (default: the folder above this file)

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!ifndef DIST_DIR
  !error "Pass the one-folder build: makensis /DDIST_DIR=...\build\dist\lam-desk"
!endif
!ifndef VERSION
  !error "Pass the product version: makensis /DVERSION=0.1.0"
!endif
!ifndef EXE_NAME
  !define EXE_NAME "lam-desk.exe"
!endif
!ifndef SRC_ROOT
  !define SRC_ROOT ".."
!endif
!ifndef OUT_FILE
  !define OUT_FILE "LAM-Desk-${VERSION}-setup.exe"
!endif
!if ! /FileExists "${DIST_DIR}\${EXE_NAME}"
  !error "${DIST_DIR}\${EXE_NAME} not found: build the bundle first (build_spec/lam_desk.spec)"
!endif
!if ! /FileExists "${DIST_DIR}\_internal"
  !error "${DIST_DIR}\_internal not found: DIST_DIR must be a one-folder build"
!endif

!define PRODUCT "LAM Desk"
!define PUBLISHER "Pays Haut Languedoc et Vignobles"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"
!define SHORTCUT "${PRODUCT}.lnk"

; A four-part version for the installer's file properties: 0.1.0 -> 0.1.0.0
!searchparse /noerrors "${VERSION}" "" V_MAJOR "." V_MINOR "." V_PATCH
!ifndef V_MAJOR
  !define V_MAJOR 0
!endif
!ifndef V_MINOR
  !define V_MINOR 0
!endif
!ifndef V_PATCH
  !define V_PATCH 0
!endif
!searchparse /noerrors "${V_PATCH}" "" V_PATCH_NUMBER "-"
!ifndef V_PATCH_NUMBER
  !define V_PATCH_NUMBER "${V_PATCH}"
!endif

Name "${PRODUCT}"
OutFile "${OUT_FILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
BrandingText "${PRODUCT} ${VERSION}"

!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

; --- interface ---------------------------------------------------------------------------------
!define MUI_ICON "${SRC_ROOT}\resources\icons\lam_desk.ico"
!define MUI_UNICON "${SRC_ROOT}\resources\icons\lam_desk.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_LANGDLL_REGISTRY_ROOT "HKLM"
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!ifdef LICENSE_FILE
  !insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!endif
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UninstallKeepsData)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default one.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SectionProgram ${LANG_FRENCH} "LAM Desk (obligatoire)"
LangString SectionProgram ${LANG_ENGLISH} "LAM Desk (required)"
LangString SectionProgramHelp ${LANG_FRENCH} "Le logiciel d'accueil et son raccourci dans le menu Démarrer."
LangString SectionProgramHelp ${LANG_ENGLISH} "The desk program and its Start menu shortcut."
LangString SectionDesktop ${LANG_FRENCH} "Raccourci sur le bureau"
LangString SectionDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SectionDesktopHelp ${LANG_FRENCH} "Un raccourci vers LAM Desk sur le bureau de tous les utilisateurs."
LangString SectionDesktopHelp ${LANG_ENGLISH} "A shortcut to LAM Desk on every user's desktop."
LangString ShortcutComment ${LANG_FRENCH} "Accueil des lieux d'accès numérique"
LangString ShortcutComment ${LANG_ENGLISH} "Reception desk of the public digital access points"
LangString Needs64Bit ${LANG_FRENCH} "LAM Desk nécessite une version 64 bits de Windows."
LangString Needs64Bit ${LANG_ENGLISH} "LAM Desk needs a 64-bit version of Windows."
LangString UninstallKeepsData ${LANG_FRENCH} "LAM Desk va être désinstallé. Les données de l'accueil (base, sauvegardes, réglages), rangées dans le dossier de chaque utilisateur, sont conservées."
LangString UninstallKeepsData ${LANG_ENGLISH} "LAM Desk will be uninstalled. The desk's data (database, backups, settings), kept in each user's own folder, is not removed."

; --- file properties of the installer ----------------------------------------------------------
VIProductVersion "${V_MAJOR}.${V_MINOR}.${V_PATCH_NUMBER}.0"
VIFileVersion "${V_MAJOR}.${V_MINOR}.${V_PATCH_NUMBER}.0"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=${LANG_FRENCH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileDescription" "Installation de ${PRODUCT}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "LegalCopyright" "${PUBLISHER}, EUPL-1.2"

; --- installation ------------------------------------------------------------------------------
Section "$(SectionProgram)" SecProgram
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole bundle: no module of an older version may linger.
  RMDir /r "$INSTDIR\_internal"
  File "${DIST_DIR}\${EXE_NAME}"
  File /r "${DIST_DIR}\_internal"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\${EXE_NAME}" "" \
    "$INSTDIR\${EXE_NAME}" 0 SW_SHOWNORMAL "" "$(ShortcutComment)"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\${EXE_NAME}",0'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SectionDesktop)" SecDesktop
  SetShellVarContext all
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\${EXE_NAME}" "" \
    "$INSTDIR\${EXE_NAME}" 0 SW_SHOWNORMAL "" "$(ShortcutComment)"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(SectionProgramHelp)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SectionDesktopHelp)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Needs64Bit)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; An upgrade goes where the previous version was installed.
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 != ""
    StrCpy $INSTDIR $0
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; --- uninstallation ----------------------------------------------------------------------------
Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  ; Only what the installer put there: never a recursive delete of $INSTDIR itself.
  Delete "$INSTDIR\${EXE_NAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
