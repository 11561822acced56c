import type { Vote } from '../../../shared/domain/minutes';

export type VoteDraft = { yes: string; no: string; abstain: string };
export const voteKeys = ['yes', 'no', 'abstain'] as const;
export const toDraft = (votes: Vote | undefined): VoteDraft =>
  votes ? { yes: String(votes.yes), no: String(votes.no), abstain: String(votes.abstain) } : { yes: '', no: '', abstain: '' };

/** All empty: no vote recorded. Otherwise empty counts as 0. Undefined result: not whole numbers. */
export function parseVotes(draft: VoteDraft): { ok: true; votes: Vote | undefined } | { ok: false } {
  if (voteKeys.every((key) => draft[key].trim() === '')) return { ok: true, votes: undefined };
  const counts = voteKeys.map((key) => (draft[key].trim() === '' ? 0 : Number(draft[key])));
  if (counts.some((n) => !Number.isInteger(n) || n < 0)) return { ok: false };
  const [yes, no, abstain] = counts as [number, number, number];
  return { ok: true, votes: { yes, no, abstain } };
}

/** Two drafts that store the same votes ("07" and "7", "" and "0" beside another count). */
export const sameVotes = (a: VoteDraft, b: VoteDraft): boolean => JSON.stringify(parseVotes(a)) === JSON.stringify(parseVotes(b)) && parseVotes(a).ok;

