import type { FigureAgreements } from '../../../client/src/core/api/types';
import {
  agreementGist,
  agreementSummary,
  agreementTags,
  matchLabel,
} from '../../../client/src/core/claims';

describe('how the explorer words an agreement', () => {
  const base: FigureAgreements = {
    figure: { measure: 'nk_troops_deployed', unit: 'persons', value: 12000, text: '12,000' },
    side: 'ze: 12,000 (2025-01-12)',
    compared: true,
    total: 0,
    speakers: 0,
    repeats: 0,
    sources: 0,
    inSameSource: 0,
    origins: 0,
    sameOrigin: 0,
    sourcesCounted: 0,
    agreeing: [],
  };
  it('says a figure stands alone', () => {
    expect(agreementSummary(base)).toBe("Stands alone: no other claim's figure agrees");
  });
  it('counts speakers, repeats and sources apart', () => {
    expect(
      agreementSummary({
        ...base,
        total: 4,
        speakers: 3,
        repeats: 1,
        sources: 2,
        origins: 2,
        inSameSource: 1,
        sourcesCounted: 4,
      }),
    ).toBe(
      '3 other speakers agree · the speaker repeats it in 1 other claim · in 2 other sources · 1 claim in this same source',
    );
    expect(
      agreementSummary({
        ...base,
        total: 1,
        repeats: 1,
        sources: 1,
        origins: 1,
        sourcesCounted: 1,
      }),
    ).toBe('No other speaker agrees · the speaker repeats it in 1 other claim · in 1 other source');
    expect(
      agreementSummary({
        ...base,
        total: 5000,
        speakers: 40,
        sources: 30,
        origins: 30,
        sourcesCounted: 2000,
      }),
    ).toBe('40 other speakers agree · in 30 other sources (of the first 2,000 claims)');
  });
  it("says when articles relay one report: fewer reports than sources, or the claim's own", () => {
    // Two other articles, both relaying Blinken's briefing; one of them is this claim's report too.
    expect(
      agreementSummary({
        ...base,
        total: 2,
        speakers: 2,
        sources: 2,
        origins: 1,
        sameOrigin: 1,
        sourcesCounted: 2,
      }),
    ).toBe(
      "2 other speakers agree · in 2 other sources · going back to 1 other report · 1 claim relayed from this claim's own report",
    );
    // Only claims relayed from the claim's own report: no other report at all.
    expect(
      agreementSummary({
        ...base,
        total: 1,
        speakers: 1,
        sources: 1,
        sameOrigin: 1,
        sourcesCounted: 1,
      }),
    ).toBe(
      "1 other speaker agrees · in 1 other source · going back to no other report · 1 claim relayed from this claim's own report",
    );
  });
  it('tags each agreeing claim with what makes it less than a second account', () => {
    const a = {
      match: 'same' as const,
      factor: 1,
      sameSpeaker: false,
      sameSource: false,
      sameOrigin: false,
      relayedFrom: null,
    };
    expect(agreementTags(a)).toBe('the same figure');
    expect(
      agreementTags({
        ...a,
        sameSpeaker: true,
        relayedFrom: { title: 'Blinken briefing, 31 October 2024', outlet: null },
        sameOrigin: true,
      }),
    ).toBe(
      'the same figure · same speaker · relayed from Blinken briefing, 31 October 2024 · same report as this claim',
    );
    expect(
      agreementTags({
        ...a,
        relayedFrom: { title: 'Radio Free Asia report on…', outlet: 'Radio Free Asia' },
      }),
    ).toBe('the same figure · relayed from Radio Free Asia');
  });
  it('says how each agrees', () => {
    expect(matchLabel({ match: 'same', factor: 1 })).toBe('the same figure');
    expect(matchLabel({ match: 'overlap', factor: 1 })).toBe('ranges overlap');
    expect(matchLabel({ match: 'hedged', factor: 12000 / 11000 })).toBe(
      '1.09× apart, within the hedge',
    );
  });
  it('folds each figure to a few words', () => {
    expect(agreementGist(base)).toBe('12,000 — stands alone');
    expect(agreementGist({ ...base, total: 1, repeats: 1 })).toBe(
      '12,000 — only the speaker, elsewhere',
    );
    expect(
      agreementGist({
        ...base,
        figure: { ...base.figure, value: undefined, low: 10000, high: 12000 },
        total: 2,
        speakers: 1,
      }),
    ).toBe('10,000–12,000 — 1 other speaker');
  });
});
