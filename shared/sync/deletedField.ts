/**
 * The field a delete sets on a row (an op like any other, so a delete merges with edits). Its own
 * module without zod: the change capture needs it at start-up, the op schemas (formats.ts) only sync.
 */
export const DELETED_FIELD = '_deleted';
