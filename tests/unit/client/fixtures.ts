/** Small serialized graphs, claims and previews in the API's format, for the client's unit tests. */
import type { Claim, SerializedGraph } from '../../../client/src/core/api/types';
import type { IngestProposal } from '../../../client/src/core/ingest';
import type { Proposal } from '../../../server/ingest/extract';

type N = SerializedGraph['nodes'][number];
type E = SerializedGraph['edges'][number];

export const node = (
  key: string,
  category: string,
  kind: string | null,
  extra: Record<string, unknown> = {},
): N => ({
  key,
  attributes: {
    category: category as N['attributes']['category'],
    kind,
    name: key,
    aliases: [],
    ...extra,
  },
});

export const edge = (
  key: string,
  source: string,
  target: string,
  relType: string,
  extra: Record<string, unknown> = {},
): E => ({
  key,
  source,
  target,
  attributes: { relType, ...extra },
});

export const graph = (
  nodes: N[],
  edges: E[] = [],
  attributes: SerializedGraph['attributes'] = {},
): SerializedGraph => ({
  attributes,
  nodes,
  edges,
});

/** Zelensky said a claim about Kursk, reported in an article; Russia fights Ukraine. */
export function overview(): SerializedGraph {
  return graph(
    [
      node('act-zelensky', 'Actor', 'person', { degree: 5 }),
      node('act-russia', 'Actor', 'state', { degree: 9 }),
      node('act-ukraine', 'Actor', 'state', { degree: 4 }),
      node('place-kursk', 'Place', 'region', { degree: 3 }),
      node('src-a', 'Source', null, { publishedDate: '2025-01-12' }),
      node('src-b', 'Source', null, { publishedDate: '2024' }),
      node('clm-1', 'Claim', null, { date: '2025-01-11' }),
      node('clm-2', 'Claim', null, { date: '2024-10' }),
      node('clm-3', 'Claim', null, { date: null }),
    ],
    [
      edge('e1', 'act-zelensky', 'clm-1', 'SAID'),
      edge('e2', 'clm-1', 'src-a', 'REPORTED_IN'),
      edge('e3', 'clm-1', 'place-kursk', 'ABOUT'),
      edge('e4', 'act-zelensky', 'clm-2', 'SAID'),
      edge('e5', 'clm-2', 'src-b', 'REPORTED_IN'),
      edge('e6', 'act-russia', 'act-ukraine', 'FIGHTS_AGAINST', { sources: ['src-a'] }),
      edge('e7', 'act-zelensky', 'act-ukraine', 'LEADS', { sources: ['src-b'] }),
      edge('e8', 'clm-3', 'src-a', 'REPORTED_IN'),
    ],
  );
}

/** A claim as the API answers it: said by X in source S, undated, unless `over` says otherwise. */
export function claimFixture(over: Partial<Claim> & { id: string }): Claim {
  return {
    text: over.id,
    quote: false,
    cue: 'said',
    date: null,
    dateBasis: 'stated',
    note: null,
    figures: [],
    speaker: { id: 'act-x', name: 'X', kind: 'person' },
    about: [],
    source: { id: 's', title: 'S', outlet: null, publishedDate: null, url: null },
    relayedFrom: null,
    excerpt: '',
    start: 0,
    end: 1,
    ...over,
  };
}

/** An extraction as the preview answers it: nothing compared, relayed or found in the graph. */
export function previewOf(extracted: Proposal, title: string): IngestProposal {
  return {
    ...(extracted as unknown as IngestProposal),
    article: { title, textHash: 'x' },
    existingSource: null,
    notices: [],
    contradictions: [],
    figureClashes: [],
    figureAgreements: [],
    figureClashesInArticle: [],
    relays: [],
  };
}
