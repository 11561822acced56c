import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openSettings(): void;
  openLogFolder(): void;
  showAbout(): void;
  openWebsite(): void;
  isPackaged: boolean;
  isMac: boolean;
}

/**
 * The German application menu: Datei, Bearbeiten, Ansicht, Fenster, Hilfe, with the usual
 * shortcuts (roles bring the platform's accelerators). Developer tools only in development.
 */
export function buildApplicationMenu(actions: MenuActions): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(actions.isMac
      ? [
          {
            label: 'Konvent',
            submenu: [
              { label: 'Über Konvent', click: actions.showAbout },
              { type: 'separator' },
              { role: 'hide', label: 'Konvent ausblenden' },
              { role: 'hideOthers', label: 'Andere ausblenden' },
              { role: 'unhide', label: 'Alle einblenden' },
              { type: 'separator' },
              { role: 'quit', label: 'Konvent beenden' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'Datei',
      submenu: [
        { label: 'Einstellungen und Sicherung', accelerator: 'CmdOrCtrl+,', click: actions.openSettings },
        { type: 'separator' },
        actions.isMac ? { role: 'close', label: 'Fenster schließen' } : { role: 'quit', label: 'Beenden', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: 'Bearbeiten',
      submenu: [
        { role: 'undo', label: 'Rückgängig' },
        { role: 'redo', label: 'Wiederholen' },
        { type: 'separator' },
        { role: 'cut', label: 'Ausschneiden' },
        { role: 'copy', label: 'Kopieren' },
        { role: 'paste', label: 'Einfügen' },
        { role: 'selectAll', label: 'Alles auswählen' },
      ],
    },
    {
      label: 'Ansicht',
      submenu: [
        { role: 'reload', label: 'Neu laden' },
        ...(actions.isPackaged ? [] : [{ role: 'toggleDevTools', label: 'Entwicklerwerkzeuge' } satisfies MenuItemConstructorOptions]),
        { type: 'separator' },
        { role: 'resetZoom', label: 'Originalgröße' },
        { role: 'zoomIn', label: 'Vergrößern' },
        { role: 'zoomOut', label: 'Verkleinern' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Vollbild' },
      ],
    },
    {
      label: 'Fenster',
      submenu: [
        { role: 'minimize', label: 'Minimieren' },
        { role: 'zoom', label: 'Zoomen' },
        ...(actions.isMac ? [{ role: 'front', label: 'Alle nach vorne bringen' } satisfies MenuItemConstructorOptions] : []),
        { role: 'close', label: 'Schließen' },
      ],
    },
    {
      role: 'help',
      label: 'Hilfe',
      submenu: [
        { label: 'Website des Masterplans Region Chemnitz', click: actions.openWebsite },
        { label: 'Protokollordner öffnen', click: actions.openLogFolder },
        ...(actions.isMac ? [] : [{ type: 'separator' }, { label: 'Über Konvent', click: actions.showAbout }] satisfies MenuItemConstructorOptions[]),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
