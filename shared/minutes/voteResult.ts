import type { Decision, Vote } from '../domain/minutes';

export type VoteResult = Decision['result'];

/**
 * The result of a vote by simple majority of the votes cast: more Ja than Nein carries the
 * motion; a tie rejects it; abstentions are not votes cast. No votes recorded yet: pending.
 * (The convent is not a council; this is the usual rule of German bodies, § 39 Abs. 6 SächsGemO.)
 */
export function voteResult(votes: Vote | undefined): VoteResult {
  if (!votes) return 'pending';
  if (votes.yes + votes.no === 0) return 'rejected';
  return votes.yes > votes.no ? 'accepted' : 'rejected';
}

/** Einstimmig: every vote cast was Ja and nobody abstained. */
export function isUnanimous(votes: Vote | undefined): boolean {
  return !!votes && votes.yes > 0 && votes.no === 0 && votes.abstain === 0;
}

/** The derived fields of a decision, recomputed whenever its votes change, so they never disagree. */
export function withVoteOutcome<T extends Pick<Decision, 'votes'>>(decision: T): T & Pick<Decision, 'result' | 'unanimous'> {
  return { ...decision, result: voteResult(decision.votes), unanimous: isUnanimous(decision.votes) };
}

/** Votes of a unanimous approval by everybody entitled to vote (present or represented). */
export function unanimousVotes(votersPresent: number): Vote {
  return { yes: votersPresent, no: 0, abstain: 0 };
}

export const totalVotes = (votes: Vote): number => votes.yes + votes.no + votes.abstain;
