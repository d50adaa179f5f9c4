/**
 * Who said what as a CSV table: one row per claim, with the speaker, the
 * subjects, the figures, the exact excerpt and where it sits in its source, and
 * the source itself — what an analyst pastes into a spreadsheet or a report.
 */
import { stringify } from 'csv-stringify/sync';
import type { ClaimJson, FigureJson } from './claims';

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
  'excerpt',
  'excerpt_start',
  'excerpt_end',
  'source_id',
  'source_title',
  'outlet',
  'published',
  'source_url',
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
 * The CSV text of `claims`. `disputed` holds the ids of claims whose figures
 * another speaker's contradict (server/domain/figures.ts); a claim without
 * figures has an empty `disputed` cell. Starts with a byte-order mark so that
 * spreadsheets read it as UTF-8, and cells that a spreadsheet would run as a
 * formula (=, +, -, @ first) are escaped: article text is pasted by anyone.
 */
export function claimsCsv(claims: ClaimJson[], disputed: ReadonlySet<string>): string {
  const rows = claims.map((c) => row(c, disputed));
  return stringify(rows, {
    header: true,
    columns: [...CLAIM_CSV_COLUMNS],
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}

function row(c: ClaimJson, disputed: ReadonlySet<string>): (string | number)[] {
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
    c.figures.length ? yesNo(disputed.has(c.id)) : '',
    c.excerpt,
    c.start,
    c.end,
    c.source.id,
    c.source.title,
    c.source.outlet ?? '',
    c.source.publishedDate ?? '',
    c.source.url ?? '',
    c.note ?? '',
  ];
}
