import { z } from 'zod';
import { rowMetaSchema } from './primitives';

export const quorumRules = ['majorityOfMembers', 'allTerritories'] as const;
export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

/** Singleton row (id = SETTINGS_ID). */
export const settingsSchema = rowMetaSchema.extend({
  conventName: z.string().trim().min(1, 'conventNameRequired'),
  letterhead: z.string(),
  /** data: URL of a small PNG/SVG logo for print, optional. */
  logoDataUrl: z.string().optional(),
  noticePeriodDays: z.number().int().min(0).max(90),
  quorumRule: z.enum(quorumRules),
  language: z.enum(languages),
  agendaTemplate: z.array(z.string().trim().min(1)),
  signatureMembers: z.number().int().min(0).max(2),
});
export type Settings = z.infer<typeof settingsSchema>;

export const SETTINGS_ID = '00000000000000000000000000';

export const defaultAgendaTemplate = [
  'Begrüßung und Feststellung der Beschlussfähigkeit',
  'Genehmigung der Niederschrift der letzten Sitzung',
  'Update zum Projektstand des Masterplans',
  'Projektzeitplan',
  'Bevorstehende Veranstaltungen',
  'Ideen der Mitglieder',
  'Stand der offenen Aufgaben',
  'Ausblick und Verschiedenes',
];

export function defaultSettings(now: string): Settings {
  return {
    id: SETTINGS_ID,
    updatedAt: now,
    conventName: 'Regionalkonvent Südwestsachsen',
    letterhead: 'Masterplan Region Chemnitz/Südwestsachsen · Geschäftsstelle des Regionalkonvents',
    noticePeriodDays: 14,
    quorumRule: 'majorityOfMembers',
    language: 'de',
    agendaTemplate: defaultAgendaTemplate,
    signatureMembers: 2,
  };
}
