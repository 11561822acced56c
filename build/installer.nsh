; Konvent uninstaller: keep the user's data unless the user asks to delete it. Updates and silent
; uninstalls always keep it. electron-builder's own switch `--delete-app-data` still deletes it.
!macro customUnInstall
  ${ifNot} ${isUpdated}
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Sollen auch die Daten von Konvent auf diesem Rechner gelöscht werden (Sitzungen, Mitglieder, Niederschriften, Einstellungen, Protokolldateien)?$\r$\n$\r$\nWählen Sie »Nein«, um die Daten zu behalten. Sicherungen in Ihrem Sicherungsordner bleiben in jedem Fall erhalten." /SD IDNO IDNO konventKeepData
      SetShellVarContext current
      RMDir /r "$APPDATA\${APP_FILENAME}"
      !ifdef APP_PRODUCT_FILENAME
        RMDir /r "$APPDATA\${APP_PRODUCT_FILENAME}"
      !endif
      !ifdef APP_PACKAGE_NAME
        RMDir /r "$APPDATA\${APP_PACKAGE_NAME}"
      !endif
    konventKeepData:
  ${endIf}
!macroend
