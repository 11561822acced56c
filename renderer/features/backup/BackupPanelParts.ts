export const fileFilter = { name: 'Konvent-Sicherung', extensions: ['konvent'], mime: 'application/octet-stream' };

export const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
