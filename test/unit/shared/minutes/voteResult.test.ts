import { describe, expect, it } from 'vitest';
import { isUnanimous, unanimousVotes, voteResult, withVoteOutcome } from '../../../../shared/minutes/voteResult';

describe('vote results', () => {
  it('carries a motion with more Ja than Nein; abstentions do not count as votes cast', () => {
    expect(voteResult({ yes: 10, no: 2, abstain: 1 })).toBe('accepted');
    expect(voteResult({ yes: 3, no: 2, abstain: 9 })).toBe('accepted');
    expect(voteResult({ yes: 1, no: 2, abstain: 0 })).toBe('rejected');
  });

  it('rejects on a tie and when nobody voted Ja or Nein', () => {
    expect(voteResult({ yes: 4, no: 4, abstain: 1 })).toBe('rejected');
    expect(voteResult({ yes: 0, no: 0, abstain: 5 })).toBe('rejected');
  });

  it('is pending until votes are recorded', () => {
    expect(voteResult(undefined)).toBe('pending');
  });

  it('calls a vote unanimous only when every vote was Ja and nobody abstained', () => {
    expect(isUnanimous({ yes: 5, no: 0, abstain: 0 })).toBe(true);
    expect(isUnanimous({ yes: 5, no: 0, abstain: 1 })).toBe(false);
    expect(isUnanimous({ yes: 0, no: 0, abstain: 0 })).toBe(false);
    expect(unanimousVotes(5)).toEqual({ yes: 5, no: 0, abstain: 0 });
  });

  it('derives result and unanimity together with the votes, so they never disagree', () => {
    expect(withVoteOutcome({ votes: { yes: 5, no: 0, abstain: 0 } })).toMatchObject({ result: 'accepted', unanimous: true });
    expect(withVoteOutcome({ votes: { yes: 2, no: 3, abstain: 0 } })).toMatchObject({ result: 'rejected', unanimous: false });
    expect(withVoteOutcome({ votes: undefined })).toMatchObject({ result: 'pending', unanimous: false });
  });
});
