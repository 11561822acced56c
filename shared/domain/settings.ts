import { z } from 'zod';
import { rowMetaSchema } from './primitives';
import { SETTINGS_ID } from './settingsId';

export { SETTINGS_ID };

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
  /**
   * The Geschäftsstelle as sender of letters (return line, information block, signature) and as
   * ORGANIZER of the .ics. Optional: settings saved before letters existed have none; readers use
   * officeOf() for the defaults.
   */
  officeName: z.string().trim().optional(),
  officeStreet: z.string().trim().optional(),
  officePostalCode: z.union([z.literal(''), z.string().trim().regex(/^\d{5}$/, 'postalCodeInvalid')]).optional(),
  officeCity: z.string().trim().optional(),
  contactName: z.string().trim().optional(),
  contactPhone: z.string().trim().optional(),
  contactEmail: z.union([z.literal(''), z.string().trim().email('emailInvalid')]).optional(),
  signerName: z.string().trim().optional(),
  signerFunction: z.string().trim().optional(),
  /** The signer signs for the head of the office: "Im Auftrag" above the name. */
  signerOnBehalf: z.boolean().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The Geschäftsstelle's sender data, every field filled ('' where not set). */
export interface OfficeDetails {
  officeName: string;
  officeStreet: string;
  officePostalCode: string;
  officeCity: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  signerName: string;
  signerFunction: string;
  signerOnBehalf: boolean;
}

export const defaultOffice: OfficeDetails = {
  officeName: 'Geschäftsstelle Regionalkonvent Südwestsachsen',
  officeStreet: '',
  officePostalCode: '',
  officeCity: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  signerName: '',
  signerFunction: '',
  signerOnBehalf: false,
};

export function officeOf(settings: Partial<OfficeDetails>): OfficeDetails {
  const out = { ...defaultOffice };
  for (const key of Object.keys(defaultOffice) as (keyof OfficeDetails)[]) {
    const value = settings[key];
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** "Geschäftsstelle … · Straße 1 · 09111 Chemnitz": the one-line return address of a letter. */
export function officeReturnLine(office: OfficeDetails): string {
  return [office.officeName, office.officeStreet, [office.officePostalCode, office.officeCity].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
}


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
    ...defaultOffice,
  };
}
