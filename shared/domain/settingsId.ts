/** The id of the one settings row. Its own module without zod: start-up reads the UI language with it. */
export const SETTINGS_ID = '00000000000000000000000000';
