/**
 * Figures: numbers with a unit ("about 50,000 troops", "10,000-12,000 North Koreans",
 * "between 1,000 and 4,000 casualties", "1.2 million military men", "40%", "92
 * casualties per day", "7 kilometers"), with their qualifier, structured as measure +
 * unit from seed/model.ts. The measure is guessed from the words around the figure.
 */
import type { FigureUnit, Measure } from '../../../seed/model';
import { MONTHS } from './lexicon';
import type { Sentence } from './sentences';
import { sentenceAt } from './sentences';
import type { FigureProposal } from './types';

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  'a hundred': 100,
  'a dozen': 12,
  'a thousand': 1000,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d|,\d|(?:st|nd|rd|th)\b)`;
const WORDNUM = `(?:${Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\b`;
const QTY = `(?:${NUM}|${WORDNUM})(?:\\s+(?:thousand|million|billion)\\b)?`;
const QUALIFIERS = [
  'an estimated',
  'estimated',
  'about',
  'around',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'some',
  'up to',
  'well over',
  'over',
  'more than',
  'at least',
  'at most',
  'close to',
  'as many as',
  'fewer than',
  'less than',
  'no more than',
  'upwards of',
  'only',
  'just',
  'within',
  'an additional',
  'another',
];
const QUAL = `(?:${QUALIFIERS.map((q) => q.replace(' ', '\\s+')).join('|')})`;
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£.,-])(?:(${QUAL})\s+)?(?:(between|from)\s+)?(${QTY})(?:(\s*[-–—]\s*|\s+(?:to|and|or)\s+)(${QTY}))?(\s*%|\s+per\s*cent\b|\s+percent\b)?`,
  'giu',
);

const PERSON_NOUNS =
  /^(?:troops|soldiers|men|personnel|fighters|servicemen|casualties|killed|dead|wounded|injured|prisoners|pows|captives|north koreans|koreans|russians|ukrainians|people|conscripts|infantry|marines|recruits|military men|service members|workers|deaths|losses)\b/i;
const MODIFIER =
  /^(?:additional|more|new|elite|active|military|regular|special|forces|combat|frontline|front-line|trained|well-trained|highly|fresh|extra|other|armed|captured|korean|north|south|russian|ukrainian|dprk|kpa)\b/i;

function parseQty(s: string): number {
  const m = /^(.*?)(?:\s+(thousand|million|billion))?$/i.exec(s.trim())!;
  const base = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  let v = WORD_NUMBERS[base] ?? Number(base.replace(/,/g, ''));
  if (m[2]) v *= SCALES[m[2].toLowerCase()]!;
  return Math.round(v * 1000) / 1000;
}

type UnitKind = 'persons' | 'percent' | 'km' | 'days' | 'months' | 'hours' | 'ratio' | 'count';

interface UnitParse {
  unit: UnitKind;
  /** End offset of the unit phrase. */
  end: number;
  perDay: boolean;
  phrase: string;
  factor: number;
}

/** Reads the unit after a number: "North Korean soldiers", "km", "casualties per day"… */
function parseUnit(text: string, from: number, sentEnd: number): UnitParse | null {
  const rest = text.slice(from, Math.min(sentEnd, from + 80));
  let m = /^\s*[-‐]?\s*(?:km|kilomet(?:er|re)s?)\b/i.exec(rest);
  if (m) return { unit: 'km', end: from + m[0].length, perDay: false, phrase: m[0], factor: 1 };
  if (/^\s*[-‐]?\s*years?[-‐\s]old\b/i.test(rest)) return null;
  m = /^\s*[-‐]?\s*(days?|weeks?|months?|hours?)\b/i.exec(rest);
  if (m) {
    const w = m[1]!.toLowerCase();
    if (w.startsWith('week'))
      return { unit: 'days', end: from + m[0].length, perDay: false, phrase: m[0], factor: 7 };
    const unit: UnitKind = w.startsWith('day')
      ? 'days'
      : w.startsWith('month')
        ? 'months'
        : 'hours';
    return { unit, end: from + m[0].length, perDay: false, phrase: m[0], factor: 1 };
  }
  m = /^\s+times\b/i.exec(rest);
  if (m) return { unit: 'ratio', end: from + m[0].length, perDay: false, phrase: m[0], factor: 1 };
  m = /^\s+who\s+were\s+(?:\w+\s+)?(?:deployed|sent|dispatched)\b/i.exec(rest);
  if (m) return { unit: 'persons', end: from, perDay: false, phrase: m[0], factor: 1 };
  // up to four modifier words, then a noun for people
  let pos = 0;
  for (let k = 0; k < 5; k++) {
    const seg = rest.slice(pos);
    const gap = /^\s+/.exec(seg);
    if (!gap) return null;
    const body = seg.slice(gap[0].length);
    const noun = PERSON_NOUNS.exec(body);
    if (noun) {
      let end = pos + gap[0].length + noun[0].length;
      const pd = /^\s+(?:per|a|each)\s+day\b|^\s+daily\b/i.exec(rest.slice(end));
      if (pd) end += pd[0].length;
      return {
        unit: 'persons',
        end: from + end,
        perDay: !!pd,
        phrase: rest.slice(0, end),
        factor: 1,
      };
    }
    const mod = /^[\p{L}-]+/u.exec(body);
    if (!mod || !(MODIFIER.test(mod[0]) || /^\p{Lu}/u.test(mod[0]))) return null;
    pos += gap[0].length + mod[0].length;
  }
  return null;
}

/** Before a bare number, a count that reached it: "(the North Korean casualties) had reached". */
const TALLY =
  /((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:(?:had|has|have)\s+)?(?:reached|risen\s+to|rose\s+to|grown\s+to|grew\s+to|climbed\s+to|stood\s+at|stands\s+at|totall?ed|totals|exceeded|surpassed|topped)\s+$/u;
/** What a tally counts must be people: troops, or those lost. */
const TALLIED_PEOPLE =
  /\b(?:casualties|losses|deaths|death\s+toll|dead|wounded|troops|soldiers|forces|fighters|servicemen|personnel|contingent)\b/i;

/** After a bare number, what happened to the people just counted: "and 1,000 have been wounded". */
const ELIDED_PEOPLE =
  /^\s+(?:of\s+(?:them|those|these)\s+)?(?:(?:have|has|had)\s+(?:been\s+)?|were\s+|was\s+|are\s+)?(?:killed|wounded|injured|died|dead|missing|captured|taken\s+prisoner)\b/i;

const CASUALTY =
  /\b(?:casualt\w*|killed|dead|died|wounded|injured|losses|lost|losing|deaths?|missing|out\s+of\s+action)\b/i;
const PRISONER = /\b(?:captured|prisoners?|pows?|captives?|captivity|exchange|swap)\b/i;
const ATTACK =
  /\b(?:attacks?\s+(?:by|of)|assaults?\s+(?:by|of)|attacked\s+with|groups?\s+of|waves?\s+of)\s*$/i;
const ADDITIONAL = /\b(?:additional|more|another|extra|second|reinforcements?|new\s+group)\b/i;

function measureFor(
  unit: UnitKind,
  perDay: boolean,
  value: number,
  qualifier: string | undefined,
  unitPhrase: string,
  left: string,
  right: string,
  role: 'plain' | 'total' | 'part',
): Measure {
  // Russian figures: the noun says so, or Russia is the subject before the number
  const korean = /korea|dprk|kpa/i.test(unitPhrase);
  const russian =
    !korean &&
    (/russian/i.test(unitPhrase) ||
      (/\bRussian?\b|\bRussia['’]s\b/.test(left) && !/north korea|dprk|pyongyang/i.test(left)));
  if (unit === 'percent')
    return CASUALTY.test(`${left.slice(-60)} ${unitPhrase} ${right}`)
      ? 'nk_casualty_share'
      : 'other';
  if (unit === 'km') return /border/i.test(right.slice(0, 60)) ? 'distance_from_border' : 'other';
  if (unit === 'days' || unit === 'months')
    return /training|trained/i.test(`${left.slice(-40)} ${right.slice(0, 30)}`)
      ? 'training_duration'
      : 'other';
  if (unit !== 'persons') return 'other';
  // "We lost 20 men": the speaker's own side, which the figure does not name
  // (a Russian commander's or Ukraine's), is no measure of North Korea's troops.
  if (
    !korean &&
    // "us", never "US": the United States is no first person
    /\b(?:[Ww]e|[Oo]ur|us)\b/.test(left.slice(-40)) &&
    !/north korea|dprk|pyongyang/i.test(left)
  )
    return 'other';
  if (role === 'total') return russian ? 'other' : 'nk_troops_deployed';
  // what happened to them: in the noun, just before, or in the verb right after
  const clause = right.split(/[.;]/)[0] ?? '';
  const casualty =
    CASUALTY.test(unitPhrase) ||
    CASUALTY.test(left.slice(-25)) ||
    /^[^,]{0,45}?\b(?:killed|wounded|injured|died|dead|missing|casualties|lost)\b/i.test(right) ||
    (role === 'part' && CASUALTY.test(clause));
  // Russia's own losses a day are no measure of the model: never North Korea's.
  if (perDay)
    return !russian && (casualty || /losing|lose/i.test(left)) ? 'nk_casualties_per_day' : 'other';
  if (ATTACK.test(left) || /^\s*at a time\b/i.test(right)) return 'nk_attack_group_size';
  if (
    ADDITIONAL.test(unitPhrase) ||
    /additional|another/i.test(qualifier ?? '') ||
    ADDITIONAL.test(left.slice(-15)) ||
    // "sent 1,500 troops in a second wave"
    /^[^.;,]{0,30}\b(?:second|new|another|fresh)\s+(?:wave|batch|rotation|contingent)\b/i.test(
      right,
    )
  )
    return 'nk_troops_additional';
  if (casualty) return russian ? 'russian_casualties' : 'nk_casualties';
  if (PRISONER.test(`${left.slice(-40)} ${unitPhrase} ${right.slice(0, 80)}`) && value < 1000)
    return 'nk_prisoners';
  if (/\bforce\s+of\s*$/i.test(left))
    return russian || /russia/i.test(left) ? 'russian_force_kursk' : 'other';
  if (russian) return 'other';
  if (value >= 500_000) return 'nk_military_personnel';
  return 'nk_troops_deployed';
}

const SIZE_UNITS =
  /(?:(up\s+to|about|almost|nearly|over)\s+)a\s+(battalion|brigade|regiment|company|division)\b/giu;
const A_PERIOD =
  /(?:(only|just)\s+)?\ba\s+(week|month|fortnight)(?:\s+of\s+(?:\w+\s+)?training)?\b/giu;

/**
 * The people a bare number counts, read from around it: a tally that reached
 * it ("the North Korean casualties had reached 3,000"), the people counted
 * just before it in the sentence ("100 … have died and 1,000 have been
 * wounded", "2,700 of them"), or more of them ("Around 3,000 more may
 * follow", in that sentence or the one before). `elided`: what happened to
 * them is said after the number, not before it.
 */
function unitFromContext(
  text: string,
  left: string,
  numEnd: number,
  around: {
    /** A range ("10,000 to 12,000"): only a tally reads it. */
    ranged: boolean;
    sentence: [number, number];
    before: number;
    people: { end: number; phrase: string } | null;
  },
): { unit: UnitParse; elided: boolean } | null {
  const [sStart, sEnd] = around.sentence;
  const people = around.people;
  const persons = (phrase: string, end = numEnd): UnitParse => ({
    unit: 'persons',
    end,
    perDay: false,
    phrase,
    factor: 1,
  });
  const tally = TALLY.exec(left);
  if (tally && TALLIED_PEOPLE.test(tally[1]!)) return { unit: persons(tally[1]!), elided: false };
  if (!people || around.ranged) return null;
  if (people.end > sStart && ELIDED_PEOPLE.test(text.slice(numEnd, sEnd)))
    return { unit: persons(people.phrase), elided: true };
  const more = /^\s+more\b/i.exec(text.slice(numEnd, sEnd));
  if (people.end > around.before && more)
    return { unit: persons(`more ${people.phrase}`, numEnd + more[0].length), elided: false };
  return null;
}

/** All figures in the text, in order. */
export function findFigures(text: string, sentences: Sentence[]): FigureProposal[] {
  const out: FigureProposal[] = [];
  // The last figure of people counted (not per day): its end and its noun.
  let people: { end: number; phrase: string } | null = null;
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const start = m.index;
    const s = sentenceAt(sentences, start);
    const sStart = s?.start ?? 0;
    const sEnd = s?.end ?? text.length;
    const left = text.slice(sStart, start);
    let qualifier = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const rangeWord = m[2]?.toLowerCase();
    const q1 = m[3]!;
    const conn = m[4]?.trim().toLowerCase();
    const q2 = m[5];
    const pct = m[6];
    let numEnd = start + m[0].length;
    // "between X and Y" needs its "and"; a bare "X and Y" is two figures, not a range
    let low = parseQty(q1);
    let high: number | undefined;
    if (
      q2 &&
      (conn !== 'and' || rangeWord === 'between') &&
      (conn !== 'to' || !/^\d{4}$/.test(q1))
    ) {
      high = parseQty(q2);
    } else if (q2) {
      numEnd = start + m[0].indexOf(q1) + q1.length;
      FIGURE.lastIndex = numEnd;
    }
    if (rangeWord && high === undefined) continue;
    // dates, years, money, ages
    const prevWords = left
      .trim()
      .split(/\s+/)
      .slice(-3)
      .map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
    if (prevWords.some((w) => MONTHS.has(w)) && low <= 31) continue;
    if (/^\d{4}$/.test(q1) && low >= 1900 && low <= 2100) continue;
    if (/[$€£]\s*$/.test(left)) continue;

    let unit: UnitParse | null;
    let shared = false;
    let elided = false;
    if (pct) unit = { unit: 'percent', end: numEnd, perDay: false, phrase: '%', factor: 1 };
    else {
      unit = parseUnit(text, numEnd, sEnd);
      // "3,800 of the 12,000 North Korean soldiers": the first shares the second's unit
      if (
        !unit &&
        /^\s+(?:out\s+)?of\s+the\s+(?:estimated\s+|roughly\s+|about\s+)?\d/i.test(
          text.slice(numEnd),
        )
      ) {
        const next = /\d[\d,.]*(?:\s+(?:thousand|million))?/.exec(text.slice(numEnd))!;
        const sharedUnit = parseUnit(text, numEnd + next.index + next[0].length, sEnd);
        if (sharedUnit) {
          unit = { ...sharedUnit, end: numEnd, phrase: sharedUnit.phrase };
          shared = true;
        }
      }
      if (!unit && /\bgroups?\s+of\s*$/i.test(left))
        unit = { unit: 'persons', end: numEnd, perDay: false, phrase: '', factor: 1 };
      if (!unit) {
        const prev = s ? sentences[s.index - 1] : undefined;
        const byContext = unitFromContext(text, left, numEnd, {
          ranged: high !== undefined,
          sentence: [sStart, sEnd],
          // the sentence before, in the same paragraph, for "3,000 more"
          before: prev && prev.paragraph === s!.paragraph ? prev.start : sStart,
          people,
        });
        if (byContext) ({ unit, elided } = byContext);
      }
    }
    if (!unit) continue;
    const end = Math.max(unit.end, numEnd);
    low *= unit.factor;
    if (high !== undefined) high *= unit.factor;
    const right = text.slice(end, sEnd);
    const totalOf = /\b(?:out\s+)?of\s+the\s+(?:estimated\s+|roughly\s+|about\s+)?$/i.test(left);
    const role = totalOf ? 'total' : shared ? 'part' : 'plain';
    const measure = measureFor(
      unit.unit,
      unit.perDay,
      high ?? low,
      qualifier,
      unit.phrase,
      // what happened to the elided people is said after them, not before
      elided ? '' : left,
      right,
      role,
    );
    if (qualifier === 'an additional' || qualifier === 'another') qualifier = undefined;
    if (!qualifier && rangeWord === 'between') qualifier = 'between';
    const fig: FigureProposal = {
      measure,
      unit: unit.perDay ? 'persons_per_day' : unit.unit,
      text: text.slice(start, end),
      start,
      end,
    };
    if (high !== undefined) {
      fig.low = Math.min(low, high);
      fig.high = Math.max(low, high);
    } else fig.value = low;
    if (qualifier) fig.qualifier = qualifier;
    out.push(fig);
    if (fig.unit === 'persons') people = { end, phrase: unit.phrase };
  }
  // "up to a battalion", "a week of training"
  for (const re of [SIZE_UNITS, A_PERIOD]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const s = sentenceAt(sentences, start);
      const ctx = text.slice(
        Math.max(s?.start ?? 0, start - 40),
        Math.min(s?.end ?? text.length, end + 30),
      );
      // "had only received a week of training": the qualifier may stand before the verb
      const before = /\b(only|just)\s+(?:\w+\s+){0,2}$/i.exec(
        text.slice(Math.max(0, start - 30), start),
      );
      const qualifier = (m[1] ?? before?.[1])?.toLowerCase().replace(/\s+/g, ' ');
      if (re === SIZE_UNITS) {
        out.push({ measure: 'other', unit: 'count', value: 1, qualifier, text: m[0], start, end });
      } else if (/training|trained/i.test(ctx)) {
        const w = m[2]!.toLowerCase();
        const [unit, value]: [FigureUnit, number] =
          w === 'month' ? ['months', 1] : ['days', w === 'week' ? 7 : 14];
        const f: FigureProposal = {
          measure: 'training_duration',
          unit,
          value,
          text: m[0],
          start,
          end,
        };
        if (qualifier) f.qualifier = qualifier;
        out.push(f);
      }
    }
  }
  for (const f of out) if (f.qualifier === undefined) delete f.qualifier;
  return out.sort((a, b) => a.start - b.start);
}
