import type { Settings } from '../domain/settings';
import type { Sitting } from '../domain/sitting';

export type SittingRules = Pick<Settings, 'quorumRule' | 'noticePeriodDays'>;

/**
 * Settings never rewrite the past. A sitting keeps the quorum rule and notice period of Einstellungen
 * from the moment it is held (marked "durchgeführt", or its minutes approved); until then the current
 * settings apply, since they are the rules it will be held under.
 */
export function rulesOfSitting(sitting: Pick<Sitting, 'rulesOfTheDay'>, settings: SittingRules): SittingRules {
  return sitting.rulesOfTheDay ?? { quorumRule: settings.quorumRule, noticePeriodDays: settings.noticePeriodDays };
}

/** The sitting with its rules kept (unchanged if it already keeps some). */
export function keepRulesOfTheDay<S extends Pick<Sitting, 'rulesOfTheDay'>>(sitting: S, settings: SittingRules): S {
  if (sitting.rulesOfTheDay) return sitting;
  return { ...sitting, rulesOfTheDay: { quorumRule: settings.quorumRule, noticePeriodDays: settings.noticePeriodDays } };
}
