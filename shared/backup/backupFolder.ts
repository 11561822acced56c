import { z } from 'zod';

/**
 * The folder for automatic daily backups, as the host reports it. "unavailable": a folder was
 * chosen but cannot be used now (removed, network drive not connected, no write access).
 */
export const backupFolderStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none') }),
  z.object({ state: z.literal('ready'), folder: z.string(), latestDaily: z.string().nullable() }),
  z.object({ state: z.literal('unavailable'), folder: z.string() }),
]);
export type BackupFolderStatus = z.infer<typeof backupFolderStatusSchema>;
