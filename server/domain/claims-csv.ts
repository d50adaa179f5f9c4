/**
 * Who said what as a CSV table: one row per claim, with the speaker, the
 * subjects, the figures, the exact excerpt and where it sits in its source, and
 * the source itself — what an analyst pastes into a spreadsheet or a report.
 */
import { spreadsheetCsv } from './spreadsheet-csv';
import type { ClaimJson, FigureJson } from './claims';
import { otherClaim, type ContradictionJson, type CorroborationJson } from './contradictions';
import { widestAgainst, type Indexed } from './claim-disputes';
import { describePoint, formatFactor } from './figures';

/** The figures named in a claim's `disputed_by` cell; the rest are counted. */
export const DISPUTED_BY_SHOWN = 10;

/**
 * Per claim, the other speakers' figures that contradict its own, and the
 * claims recorded as contradicting it.
 */
export type Contradictions = ReadonlyMap<string, { against: string[]; more: number }>;

/**
 * Of the claims `ids`, which figures of other speakers contradict theirs, among
 * the graph's (indexed once per graph version): "nk_troops_deployed: Ukrainian
 * intelligence officials: 3,000 (2024-10-28), 2.7× apart [clm-…]", the
 * DISPUTED_BY_SHOWN widest apart of them, widest first (ties in the graph's
 * order), then a count.
 */
export function contradictionsOf(
  indexed: Pick<Indexed, 'index' | 'byClaim'>,
  ids: ReadonlySet<string>,
): Contradictions {
  const found = new Map<string, { against: string[]; more: number }>();
  for (const id of ids) {
    const against = widestAgainst(indexed, id, DISPUTED_BY_SHOWN);
    if (!against) continue;
    const texts = against.widest.map(
      ({ other, factor }) =>
        `${other.measure}: ${describePoint(other)}, ${formatFactor(factor)} [${other.claimId}]`,
    );
    found.set(id, { against: texts, more: against.total - texts.length });
  }
  return found;
}

/**
 * `byFigures` (contradictionsOf) with the recorded contradictions of the claims
 * `ids` put first: "contradicts Russia: Russia denies that… [clm-…]". They are
 * an analyst's reading, few, and name the other claim; figures follow, up to
 * DISPUTED_BY_SHOWN in all, then a count.
 */
export function withRecorded(
  byFigures: Contradictions,
  recorded: readonly ContradictionJson[],
  ids: ReadonlySet<string>,
): Contradictions {
  const named = otherClaimsNamed(recorded, ids, 'contradicts ');
  const out = new Map(byFigures);
  for (const [id, texts] of named) {
    const figures = byFigures.get(id) ?? { against: [], more: 0 };
    const all = [...texts, ...figures.against];
    out.set(id, {
      against: all.slice(0, DISPUTED_BY_SHOWN),
      more: figures.more + Math.max(0, all.length - DISPUTED_BY_SHOWN),
    });
  }
  return out;
}

/**
 * Per claim of `ids`, the claims `recorded` as corroborating it: "Volodymyr
 * Zelensky: Zelenskyy said the North Korean troops have been pulled… [clm-…]".
 */
export function corroboratedBy(
  recorded: readonly CorroborationJson[],
  ids: ReadonlySet<string>,
): Corroborations {
  return otherClaimsNamed(recorded, ids, '');
}

/** Per claim of `ids`, the other claim of each of its `recorded` pairs: "<prefix><speaker>: <words> [<id>]". */
function otherClaimsNamed(
  recorded: readonly ContradictionJson[],
  ids: ReadonlySet<string>,
  prefix: string,
): Map<string, string[]> {
  const named = new Map<string, string[]>();
  for (const k of recorded) {
    for (const own of k.claims) {
      if (!ids.has(own)) continue;
      const other = otherClaim(k, own);
      const list = named.get(own) ?? named.set(own, []).get(own)!;
      list.push(
        `${prefix}${other.speaker?.name ?? 'an unknown speaker'}: ${other.text} [${other.id}]`,
      );
    }
  }
  return named;
}

/** Per claim, the claims recorded as bearing it out (corroboratedBy). */
export type Corroborations = ReadonlyMap<string, readonly string[]>;

/** The table's columns, in order (README, "API"). */
export const CLAIM_CSV_COLUMNS = [
  'claim_id',
  'date',
  'date_basis',
  'speaker_id',
  'speaker',
  'cue',
  'quote',
  'statement',
  'about',
  'about_ids',
  'figures',
  'disputed',
  'disputed_by',
  // The claims an analyst recorded as bearing it out.
  'corroborated_by',
  'excerpt',
  'excerpt_start',
  'excerpt_end',
  'source_id',
  'source_title',
  'outlet',
  'published',
  'source_url',
  // The report the source relays the claim from, if any: where its words come from first.
  'relayed_from_id',
  'relayed_from',
  'note',
] as const;

/** "nk_casualties: about 3800 persons (as of 2025-01-12)": plain numbers, for sorting and sums. */
export function figureCell(f: FigureJson): string {
  const amount = f.value !== undefined ? String(f.value) : `${f.low ?? ''}-${f.high ?? ''}`;
  const qualifier = f.qualifier ? `${f.qualifier} ` : '';
  const asOf = f.asOf ? ` (as of ${f.asOf})` : '';
  return `${f.measure}: ${qualifier}${amount} ${f.unit}${asOf}`;
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/**
 * The CSV text of `claims`. `contradictions` (contradictionsOf, withRecorded)
 * says which of them another speaker's figures or a recorded contradiction
 * dispute, and with what; `corroborations` which claims are recorded as
 * bearing them out. Starts with a byte-order mark so that
 * spreadsheets read it as UTF-8, and cells that a spreadsheet would run as a
 * formula (=, +, -, @ first) are escaped: article text is pasted by anyone.
 */
export async function claimsCsv(
  claims: ClaimJson[],
  contradictions: Contradictions,
  corroborations: Corroborations = new Map(),
): Promise<string> {
  const rows = claims.map((c) => row(c, contradictions.get(c.id), corroborations.get(c.id) ?? []));
  return spreadsheetCsv(rows, CLAIM_CSV_COLUMNS);
}

/** "Briefing by … (United States government, 2024-10-31)": the report as a reader names it. */
function relayedCell(r: NonNullable<ClaimJson['relayedFrom']>): string {
  const about = [r.outlet, r.publishedDate].filter(Boolean).join(', ');
  return about ? `${r.title} (${about})` : r.title;
}

function row(
  c: ClaimJson,
  contradicted: { against: string[]; more: number } | undefined,
  corroborated: readonly string[],
): (string | number)[] {
  // Subjects by name: the graph keeps no order among them, and the same file twice should diff clean.
  const about = [...c.about].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return [
    c.id,
    c.date ?? '',
    c.dateBasis ?? '',
    c.speaker.id,
    c.speaker.name,
    c.cue ?? '',
    yesNo(c.quote),
    c.text,
    about.map((a) => a.name).join('; '),
    about.map((a) => a.id).join('; '),
    c.figures.map(figureCell).join('; '),
    yesNo(contradicted !== undefined),
    contradicted
      ? [
          ...contradicted.against,
          ...(contradicted.more ? [`and ${contradicted.more} more`] : []),
        ].join('; ')
      : '',
    corroborated.join('; '),
    c.excerpt,
    c.start,
    c.end,
    c.source.id,
    c.source.title,
    c.source.outlet ?? '',
    c.source.publishedDate ?? '',
    c.source.url ?? '',
    c.relayedFrom?.id ?? '',
    c.relayedFrom ? relayedCell(c.relayedFrom) : '',
    c.note ?? '',
  ];
}
