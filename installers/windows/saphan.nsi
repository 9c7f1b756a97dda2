; Saphan's Windows installer (NSIS 3, Unicode).
;
;     makensis /DVERSION=0.1.0 /DDIST=..\..\dist\saphan installers\windows\saphan.nsi
;
; Per-user: installs into %LOCALAPPDATA%\Programs\Saphan without administrator rights, adds a
; Start-menu shortcut and registers the uninstaller under HKCU. The uninstaller keeps the CSO's
; data (%LOCALAPPDATA%\Saphan: the encrypted database, its key file and backups' settings)
; unless the user ticks "Also delete Saphan's data on this computer".
; Installer texts: English, Burmese and Thai (LangString below; NSIS has no Burmese language
; file, so lang\Burmese.nlf/.nsh supply one and NSIS's own button texts stay in English).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef DIST
  !define DIST "..\..\dist\saphan"
!endif
!ifndef OUTFILE
  !define OUTFILE "Saphan-${VERSION}-setup.exe"
!endif

!define APP "Saphan"
!define EXE "Saphan.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Saphan"
!define DATA_DIR "$LOCALAPPDATA\Saphan"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Saphan"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "AGPL-3.0-or-later"

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "..\..\resources\icons\saphan.ico"
!define MUI_UNICON "..\..\resources\icons\saphan.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Thai"
!insertmacro MUI_LANGUAGEEX "lang" "Burmese"  ; makensis runs in this folder
!insertmacro MUI_RESERVEFILE_LANGDLL

; --- Installer strings ------------------------------------------------------------------------

LangString AppRunning ${LANG_ENGLISH} "Saphan is open. Close it, then click OK to continue."
LangString AppRunning ${LANG_THAI} "Saphan เปิดอยู่ กรุณาปิดโปรแกรม แล้วคลิก OK เพื่อดำเนินการต่อ"
LangString AppRunning ${LANG_BURMESE} "Saphan ဖွင့်ထားဆဲ ဖြစ်သည်။ ၎င်းကို ပိတ်ပြီး ဆက်လုပ်ရန် OK ကို နှိပ်ပါ။"

LangString DataTitle ${LANG_ENGLISH} "Your CSO's data"
LangString DataTitle ${LANG_THAI} "ข้อมูลขององค์กรของคุณ"
LangString DataTitle ${LANG_BURMESE} "သင့်အဖွဲ့အစည်း၏ အချက်အလက်များ"

LangString DataSubtitle ${LANG_ENGLISH} "Saphan's data stays on this computer unless you choose otherwise."
LangString DataSubtitle ${LANG_THAI} "ข้อมูลของ Saphan จะยังอยู่ในคอมพิวเตอร์เครื่องนี้ เว้นแต่คุณจะเลือกลบ"
LangString DataSubtitle ${LANG_BURMESE} "သင် မရွေးချယ်ပါက Saphan ၏ အချက်အလက်များ ဤကွန်ပျူတာပေါ်တွင် ဆက်ရှိနေမည်။"

LangString DataExplain ${LANG_ENGLISH} "Uninstalling removes the program only. The encrypted database with your CSO's records stays in $\r$\n${DATA_DIR}$\r$\nso that you can install Saphan again and sign in as before."
LangString DataExplain ${LANG_THAI} "การถอนการติดตั้งจะลบเฉพาะโปรแกรมเท่านั้น ฐานข้อมูลที่เข้ารหัสซึ่งมีบันทึกขององค์กรของคุณจะยังอยู่ใน$\r$\n${DATA_DIR}$\r$\nเพื่อให้คุณติดตั้ง Saphan ใหม่และเข้าสู่ระบบได้เหมือนเดิม"
LangString DataExplain ${LANG_BURMESE} "ဖြုတ်ခြင်းသည် ပရိုဂရမ်ကိုသာ ဖယ်ရှားသည်။ သင့်အဖွဲ့အစည်း၏ မှတ်တမ်းများပါသော စာဝှက်ထားသည့် ဒေတာဘေ့စ်သည်$\r$\n${DATA_DIR}$\r$\nတွင် ဆက်ရှိနေမည်ဖြစ်၍ Saphan ကို ပြန်တင်ပြီး ယခင်ကဲ့သို့ ဝင်ရောက်နိုင်သည်။"

LangString DataDelete ${LANG_ENGLISH} "Also delete Saphan's data on this computer"
LangString DataDelete ${LANG_THAI} "ลบข้อมูลของ Saphan ในคอมพิวเตอร์เครื่องนี้ด้วย"
LangString DataDelete ${LANG_BURMESE} "ဤကွန်ပျူတာပေါ်ရှိ Saphan ၏ အချက်အလက်များကိုလည်း ဖျက်မည်"

LangString DataWarning ${LANG_ENGLISH} "Warning: deleted records cannot be recovered without a backup. Make a backup first (Settings → Back up now) if you may need them."
LangString DataWarning ${LANG_THAI} "คำเตือน: บันทึกที่ลบแล้วจะกู้คืนไม่ได้หากไม่มีข้อมูลสำรอง กรุณาสำรองข้อมูลก่อน (การตั้งค่า → สำรองข้อมูลเดี๋ยวนี้) หากอาจต้องใช้อีก"
LangString DataWarning ${LANG_BURMESE} "သတိ - ဖျက်လိုက်သော မှတ်တမ်းများကို အရန်ကူးယူထားခြင်း မရှိလျှင် ပြန်ယူ၍ မရပါ။ လိုအပ်နိုင်ပါက အရင် အရန်ကူးပါ (ဆက်တင်များ → ယခု အရန်ကူးမည်)။"

LangString DataConfirm ${LANG_ENGLISH} "Delete all of Saphan's data on this computer? The records cannot be recovered without a backup."
LangString DataConfirm ${LANG_THAI} "ลบข้อมูลทั้งหมดของ Saphan ในคอมพิวเตอร์เครื่องนี้หรือไม่? บันทึกจะกู้คืนไม่ได้หากไม่มีข้อมูลสำรอง"
LangString DataConfirm ${LANG_BURMESE} "ဤကွန်ပျူတာပေါ်ရှိ Saphan ၏ အချက်အလက် အားလုံးကို ဖျက်မလား။ အရန်ကူးယူထားခြင်း မရှိလျှင် မှတ်တမ်းများကို ပြန်ယူ၍ မရပါ။"

; --- Install ----------------------------------------------------------------------------------

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Saphan" SecMain
  SectionIn RO
  ; an open Saphan keeps its files locked
  retry:
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    FileOpen $0 "$INSTDIR\${EXE}" a
    ${If} ${Errors}
      MessageBox MB_OKCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" IDOK retry
      Abort
    ${EndIf}
    FileClose $0
    RMDir /r "$INSTDIR\_internal"  ; no stale modules from an older version
  ${EndIf}

  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Saphan"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; --- Uninstall --------------------------------------------------------------------------------

Var DeleteDataBox
Var DeleteData

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $DeleteData 0
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" "$(DataSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 48u "$(DataExplain)"
  Pop $0
  ${NSD_CreateCheckbox} 0 56u 100% 12u "$(DataDelete)"
  Pop $DeleteDataBox
  ${NSD_CreateLabel} 0 76u 100% 36u "$(DataWarning)"
  Pop $0
  SetCtlColors $0 "B00020" "transparent"
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $DeleteDataBox $DeleteData
  ${If} $DeleteData == ${BST_CHECKED}
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(DataConfirm)" IDYES +3
    StrCpy $DeleteData 0
    Abort  ; stay on the page
    StrCpy $DeleteData 1
  ${Else}
    StrCpy $DeleteData 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The CSO's records are deleted only when the user ticked the box and confirmed
  ; (a silent uninstall, /S, never deletes them).
  ${If} $DeleteData == 1
    RMDir /r "${DATA_DIR}"
  ${EndIf}
SectionEnd
