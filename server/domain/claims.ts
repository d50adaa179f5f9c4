/** Claim rows from Neo4j to the API's claim shape. */
import type { Json, PlainNode, PlainRelationship } from '../../db/values';
import type { Row } from '../../db/graph-db';

export interface FigureJson {
  measure: string;
  unit: string;
  value?: number;
  low?: number;
  high?: number;
  qualifier?: string;
  asOf?: string | null;
  text: string;
}

export interface ClaimJson {
  id: string;
  text: string;
  quote: boolean;
  cue: string | null;
  date: string | null;
  dateBasis: string | null;
  note: string | null;
  figures: FigureJson[];
  speaker: { id: string; name: string; kind: string | null };
  about: { id: string; name: string; category: string }[];
  source: {
    id: string;
    title: string;
    outlet: string | null;
    publishedDate: string | null;
    url: string | null;
  };
  /**
   * The report the source relays this claim from (Blinken's briefing, for
   * his 8,000 in article 001); null when it is the source's own account.
   */
  relayedFrom: RelayedReport | null;
  excerpt: string;
  start: number;
  end: number;
}

/** A source as a list names it: id, title, outlet. */
export interface SourceRef {
  id: string;
  title: string;
  outlet: string | null;
}

/** A cited report, as a claim names the one it is relayed from: with its date. */
export interface RelayedReport extends SourceRef {
  publishedDate: string | null;
}

/** What a figure point shows of its claim (server/domain/figures.ts): a whole claim will do. */
export type FigureClaim = Pick<ClaimJson, 'id' | 'date' | 'quote' | 'excerpt' | 'figures'> & {
  speaker: Pick<ClaimJson['speaker'], 'id' | 'name'>;
  source: Pick<ClaimJson['source'], 'id' | 'title' | 'outlet'>;
  relayedFrom: SourceRef | null;
};

/** What comparing figures needs of a claim (server/domain/figures.ts): no provenance. */
export type ComparedClaim = Pick<FigureClaim, 'id' | 'date' | 'figures' | 'speaker'>;

const str = (v: Json | undefined): string | null => (typeof v === 'string' ? v : null);

export function parseFigures(raw: Json | undefined): FigureJson[] {
  if (typeof raw !== 'string') return [];
  try {
    return JSON.parse(raw) as FigureJson[];
  } catch {
    return [];
  }
}

/** A query's {id, title, outlet} map of a source as a SourceRef; null when there is none. */
export function sourceRef(raw: unknown): SourceRef | null {
  const s = raw as { id?: unknown; title?: unknown; outlet?: unknown } | null;
  return s?.id
    ? {
        id: String(s.id),
        title: String(s.title ?? s.id),
        outlet: typeof s.outlet === 'string' ? s.outlet : null,
      }
    : null;
}

function relayedReport(raw: Json | undefined): RelayedReport | null {
  const ref = sourceRef(raw);
  const date = (raw as { publishedDate?: Json } | null)?.publishedDate;
  return ref && { ...ref, publishedDate: str(date) };
}

/**
 * Expects a row with c, sp, s, rep, pub nodes/relationship, an `about` list and
 * `relayedFrom` (a map, or null).
 */
export function claimFromRow(row: Row): ClaimJson {
  const c = (row.c as unknown as PlainNode).properties;
  const sp = (row.sp as unknown as PlainNode).properties;
  const s = (row.s as unknown as PlainNode).properties;
  const rep = (row.rep as unknown as PlainRelationship).properties;
  const pub = row.pub ? (row.pub as unknown as PlainNode).properties : null;
  return {
    id: String(c.id),
    text: String(c.text),
    quote: c.quote === true,
    cue: str(c.cue),
    date: str(c.date),
    dateBasis: str(c.dateBasis),
    note: str(c.note),
    figures: parseFigures(c.figures),
    speaker: { id: String(sp.id), name: String(sp.name), kind: str(sp.kind) },
    about: (Array.isArray(row.about) ? row.about : []) as ClaimJson['about'],
    source: {
      id: String(s.id),
      title: String(s.title ?? s.name),
      outlet: str(s.outlet) ?? (pub ? str(pub.name) : null),
      publishedDate: str(s.publishedDate),
      url: str(s.url),
    },
    relayedFrom: relayedReport(row.relayedFrom),
    excerpt: String(rep.excerpt),
    start: Number(rep.start),
    end: Number(rep.end),
  };
}

/** A row of queries/figures-compared (what comparing figures needs) to its claim. */
export function comparedClaimFromRow(row: Row): ComparedClaim {
  return {
    id: String(row.claimId),
    date: str(row.date),
    figures: parseFigures(row.figures),
    speaker: { id: String(row.speakerId), name: String(row.speakerName) },
  };
}

/** A row of queries/figures (flat columns, one per claim) to what its figure points show. */
export function figureClaimFromRow(row: Row): FigureClaim {
  return {
    ...comparedClaimFromRow(row),
    quote: row.quote === true,
    excerpt: String(row.excerpt),
    source: { id: String(row.sourceId), title: String(row.sourceTitle), outlet: str(row.outlet) },
    relayedFrom: sourceRef({
      id: row.relayedId,
      title: row.relayedTitle,
      outlet: row.relayedOutlet,
    }),
  };
}
