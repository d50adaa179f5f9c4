/**
 * Recorded contradictions: two claims that cannot both hold, as an analyst
 * read them (a `CONTRADICTS` relationship with its note). Figures are compared
 * by server/domain/figures.ts instead; both kinds mark a claim disputed.
 * Recorded corroborations (`CORROBORATES`: two claims that bear each other
 * out) are read into the same shape.
 */
import type { Row } from '../../db/graph-db';
import { sourceRef, type SourceRef } from './claims';

/** Two claims as an analyst names them in a write: `claim`, and `F` (contradicts, corroborates). */
export type PairOf<F extends string> = { claim: string } & Record<F, string>;
/** A recorded pair as written or removed (POST /api/contradictions, /api/corroborations, /remove). */
export type RecordedPair<F extends string> = PairOf<F> & { note: string; origin: string };

export type RecordedContradiction = RecordedPair<'contradicts'>;

export interface ContradictedClaim {
  id: string;
  text: string;
  date: string | null;
  speaker: { id: string; name: string } | null;
  /** The source that reports the claim (its excerpt is there). */
  source: SourceRef | null;
  /** The report that source relays it from; null: the source's own account. */
  relayedFrom: SourceRef | null;
}

export interface ContradictionJson {
  /** The two claims' ids, as recorded (the relationship's start first). */
  claims: [string, string];
  /** Why they cannot both hold. */
  note: string;
  /** seed (seed/data/contradictions.json) or analyst (POST /api/contradictions). */
  origin: string;
  /** One line for a list or a tooltip: "Russia vs Volodymyr Zelensky: <note>". */
  reason: string;
  /** When an analyst recorded it (ISO date-time); null for the seed's. */
  recordedAt: string | null;
  /** When its note was last reworded (POST /api/contradictions/note); null if never. */
  editedAt: string | null;
  a: ContradictedClaim;
  b: ContradictedClaim;
}

/**
 * What the explorer needs of a pair to mark its claims disputed and say why
 * (GET ?detail=brief); the dates only when there are some (an analyst's).
 */
export type ContradictionBrief = Pick<ContradictionJson, 'claims' | 'origin' | 'reason'> & {
  recordedAt?: string;
  editedAt?: string;
};

export function briefOf(k: ContradictionJson): ContradictionBrief {
  return {
    claims: k.claims,
    origin: k.origin,
    reason: k.reason,
    ...(k.recordedAt ? { recordedAt: k.recordedAt } : {}),
    ...(k.editedAt ? { editedAt: k.editedAt } : {}),
  };
}

type ClaimMap = {
  id?: unknown;
  text?: unknown;
  date?: unknown;
  speakerId?: unknown;
  speakerName?: unknown;
  sourceId?: unknown;
  sourceTitle?: unknown;
  sourceOutlet?: unknown;
  relayedFrom?: unknown;
};

function claimOf(raw: unknown): ContradictedClaim {
  const m = raw as ClaimMap;
  return {
    id: String(m.id),
    text: String(m.text ?? ''),
    date: typeof m.date === 'string' ? m.date : null,
    speaker:
      typeof m.speakerId === 'string'
        ? { id: m.speakerId, name: String(m.speakerName ?? m.speakerId) }
        : null,
    source:
      typeof m.sourceId === 'string'
        ? {
            id: m.sourceId,
            title: String(m.sourceTitle ?? m.sourceId),
            outlet: typeof m.sourceOutlet === 'string' ? m.sourceOutlet : null,
          }
        : null,
    relayedFrom: sourceRef(m.relayedFrom),
  };
}

/** A row of queries/contradictions to the API's shape. */
export function contradictionFromRow(row: Row): ContradictionJson {
  return recordedPairFromRow(row, 'vs');
}

/** A row of queries/corroborations to the API's shape: its reason reads "A and B: <note>". */
export function corroborationFromRow(row: Row): CorroborationJson {
  return recordedPairFromRow(row, 'and');
}

/** A recorded corroboration: the same shape, `note` saying how the two bear each other out. */
export type CorroborationJson = ContradictionJson;

function recordedPairFromRow(row: Row, joiner: 'vs' | 'and'): ContradictionJson {
  const a = claimOf(row.a);
  const b = claimOf(row.b);
  const note = String(row.note ?? '');
  const who = (c: ContradictedClaim) => c.speaker?.name ?? 'an unknown speaker';
  return {
    claims: [a.id, b.id],
    note,
    origin: String(row.origin ?? 'seed'),
    reason: `${who(a)} ${joiner} ${who(b)}: ${note}`,
    recordedAt: typeof row.recordedAt === 'string' ? row.recordedAt : null,
    editedAt: typeof row.editedAt === 'string' ? row.editedAt : null,
    a,
    b,
  };
}

/** For one claim of a pair, the other one. */
export function otherClaim(k: ContradictionJson, id: string): ContradictedClaim {
  return k.a.id === id ? k.b : k.a;
}

/** Lower case, without diacritics: "Zelenskyy" and "ZELENSKYY", "Tōkyō" and "tokyo" compare equal. */
function folded(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether a recorded contradiction matches what an analyst typed: every word
 * of it appears somewhere in the pair (speakers, note, either claim's words).
 * The explorer's Disputes panel narrows its list with it, and
 * /api/contradictions.csv its table, so that the file holds what is on screen.
 */
export function contradictionMatches(
  k: Pick<ContradictionJson, 'note' | 'reason'> & {
    a: Pick<ContradictedClaim, 'text' | 'speaker'>;
    b: Pick<ContradictedClaim, 'text' | 'speaker'>;
  },
  typed: string,
): boolean {
  const words = folded(typed).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = folded(
    [k.reason, k.note, k.a.text, k.a.speaker?.name ?? '', k.b.text, k.b.speaker?.name ?? ''].join(
      '\n',
    ),
  );
  return words.every((w) => haystack.includes(w));
}
