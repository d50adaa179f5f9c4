/**
 * What the review says of an article's figures the graph already gives
 * (client/src/core/ingest/agreements.ts): the counts, the reports they go
 * back to, and whether the claim relays one of them, as the analyst chose.
 */
import {
  articleAgreementSummary,
  originsLine,
  relayedAlready,
  type FigureAgreement,
  type ReportChoice,
} from '../../../client/src/core/ingest';

const RFA: ReportChoice = {
  id: 'src-rfa-original',
  title: 'Radio Free Asia report on Zelenskyy’s warning',
  outlet: 'Radio Free Asia',
  date: '2025',
};

function agreement(over: Partial<FigureAgreement> = {}): FigureAgreement {
  return {
    claim: 'c1',
    figure: 0,
    total: 4,
    speakers: 3,
    repeats: 1,
    counted: 4,
    origins: [
      {
        id: 'src-gzero',
        title: 'North Korean troops reportedly face…',
        outlet: 'GZERO Media',
        claims: 2,
      },
      { id: 'src-news-bg-report', title: 'News.bg report', outlet: 'News.bg', claims: 1 },
      { id: RFA.id, title: RFA.title, outlet: RFA.outlet, claims: 1 },
    ],
    originsTotal: 3,
    closest: [],
    ...over,
  };
}

describe('an article figure the graph already gives', () => {
  it('counts other speakers, the speaker’s repeats and the reports', () => {
    expect(articleAgreementSummary(agreement())).toBe(
      '3 other speakers agree · the speaker repeats it in 1 other claim · going back to 3 reports',
    );
  });

  it('says when only the closest claims’ reports were counted', () => {
    expect(articleAgreementSummary(agreement({ total: 2_500, counted: 100 }))).toBe(
      '3 other speakers agree · the speaker repeats it in 1 other claim · ' +
        'going back to 3 reports (of the closest 100 claims)',
    );
  });

  it('says when only the speaker gives it', () => {
    expect(
      articleAgreementSummary(agreement({ total: 1, speakers: 0, repeats: 1, originsTotal: 1 })),
    ).toBe(
      'no other speaker agrees · the speaker repeats it in 1 other claim · going back to 1 report',
    );
  });

  it('names the reports, most claims first, and counts those not listed', () => {
    expect(originsLine(agreement())).toBe('GZERO Media (2) · News.bg · Radio Free Asia');
    expect(originsLine(agreement({ originsTotal: 15 }))).toBe(
      'GZERO Media (2) · News.bg · Radio Free Asia · and 12 more',
    );
  });

  it('finds the report the claim relays among those the graph’s figures go back to', () => {
    expect(relayedAlready(agreement(), { relayedFrom: RFA })).toMatchObject({
      id: RFA.id,
      claims: 1,
    });
  });

  it('finds none for the article’s own account, or another report', () => {
    expect(relayedAlready(agreement(), { relayedFrom: null })).toBeNull();
    expect(relayedAlready(agreement(), { relayedFrom: { ...RFA, id: 'src-newsweek' } })).toBeNull();
  });
});
