import type { Response } from 'express';
import { z } from 'zod';
import { query } from '../../db/cypher';
import { int } from '../../db/graph-db';
import type { PlainNode } from '../../db/values';
import type { AppDeps } from '../app';
import { claimFromRow, figureClaimFromRow, type ClaimJson } from '../domain/claims';
import {
  claimsCsv,
  contradictionsOf,
  corroboratedBy,
  withRecorded,
  type Contradictions,
} from '../domain/claims-csv';
import { briefOf } from '../domain/contradictions';
import { readContradictions, readRecordedPairs } from '../domain/recorded-pairs';
import { figurePoints } from '../domain/figures';
import { findDisagreementsCooperatively } from '../domain/cooperative';
import { comparedDisagreementsFor, DISAGREEMENTS_CAP } from '../domain/compared-disagreements';
import { comparedFiguresFor } from '../domain/compared-figures';
import { indexedFiguresFor } from '../domain/claim-disputes';
import { withSources } from '../domain/reported-in';
import { readCacheFor } from '../domain/read-cache';
import { VersionMemo } from '../domain/version-memo';
import { HttpError } from '../http/errors';
import type { RouteRegistry } from '../http/route-registry';
import { CSV_ROWS, sendTable } from '../http/send-table';
import { CONTRADICTIONS_CAP, sendRecordedPairs } from './dispute-tables';
import {
  intParam,
  isoDay,
  measureName,
  nodeId,
  pairOrder,
  pairOrderParam,
  VIEW_IDS_CAP,
  viewClaimIds,
} from './schemas';

/** The most claims POST /api/claims/by-ids answers (the timeline of the claims in view). */
export const BY_IDS_CAP = 2_000;
/** The most speakers or subjects /api/claims/speakers and /api/claims/subjects name. */
export const NARROWING_CAP = 500;
/** How many of the claims relayed from a report GET /api/sources/:id lists (`relayed.total` counts all). */
export const RELAYED_SHOWN = 500;

const claimFilters = z.object({
  speaker: nodeId.optional(),
  about: nodeId.optional(),
  source: nodeId.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
});
type ClaimFilters = z.infer<typeof claimFilters>;

/** A period's dates in order, checked as query.from: the refusal names it. */
const datesInOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const FROM_AFTER_TO = { message: 'must not be after query.to', path: ['from'] };

/** What narrows a who-said-what list's choices, with how many choices to name. */
const narrowingFilters = claimFilters
  .pick({ source: true, from: true, to: true })
  .extend({ limit: intParam(1, NARROWING_CAP, 100) });

/** The filters of /api/claims with a page of `maxLimit` rows at most. */
const claimsQuery = (defaultLimit: number, maxLimit: number) =>
  claimFilters
    .extend({ limit: intParam(1, maxLimit, defaultLimit), offset: intParam(0, 100_000, 0) })
    .refine(datesInOrder, FROM_AFTER_TO);

/** "claims-act-volodymyr-zelensky-2024-11-01-to-2024-11-30.csv": what the file holds. */
export function csvFileName(q: ClaimFilters & { offset?: number }): string {
  const parts = [q.speaker, q.about && `about-${q.about}`, q.source && `in-${q.source}`];
  const dates = q.from || q.to ? `${q.from ?? 'start'}-to-${q.to ?? 'end'}` : null;
  // Pages after the first are named apart, so that they do not overwrite the first.
  const page = q.offset ? `from-row-${q.offset + 1}` : null;
  return ['claims', ...parts, dates, page].filter(Boolean).join('-') + '.csv';
}

export function claimRoutes(reg: RouteRegistry, { db }: AppDeps): void {
  const cache = readCacheFor(db);
  /** The figure claims of `measure` (all when null), in date order, with their provenance. */
  const readFigures = (measure: string | null) =>
    db.readRows(query('queries/figures'), { measure });
  const comparedFigures = comparedFiguresFor(db);
  const indexedFigures = indexedFiguresFor(db);
  const comparedDisagreements = comparedDisagreementsFor(db);
  /** The claims a list without speaker, subject or source pages through (all, or a date range's), counted. */
  const claimCounts = new VersionMemo<{ total: number; dated: number }>(() => cache.version());
  const countClaims = (
    name: 'claims-all' | 'claims-by-date',
    from: string | null,
    to: string | null,
  ) =>
    claimCounts.get(JSON.stringify([name, from, to]), async () => {
      const [row] = await db.readRows(query(`queries/${name}-count`), { from, to });
      return { total: Number(row?.total ?? 0), dated: Number(row?.dated ?? 0) };
    });
  /**
   * Claims matching the filters (or of the ids given), a page of them, anchored
   * on the most selective filter given.
   */
  const readClaims = async (
    q: ClaimFilters & { ids?: string[]; limit: number; offset: number },
  ) => {
    const name = q.ids
      ? 'claims-by-ids'
      : q.speaker
        ? 'claims-by-speaker'
        : q.source
          ? 'claims-by-source'
          : q.about
            ? 'claims-by-about'
            : q.from || q.to
              ? 'claims-by-date'
              : 'claims-all';
    // Every claim, or a date range's: counted once per graph version, not on each page.
    const counts =
      name === 'claims-all' || name === 'claims-by-date'
        ? await countClaims(name, q.from ?? null, q.to ?? null)
        : null;
    const page = (offset: number, limit: number) =>
      db.readRows(query(`queries/${name}`), {
        total: int(counts?.total ?? 0),
        dated: int(counts?.dated ?? 0),
        ids: q.ids ?? null,
        speaker: q.speaker ?? null,
        about: q.about ?? null,
        source: q.source ?? null,
        from: q.from ?? null,
        to: q.to ?? null,
        offset: int(offset),
        limit: int(limit),
      });
    const rows = await page(q.offset, q.limit);
    // Each row carries the total; a page past the end has none, so the first row tells it.
    const carrier = rows[0] ?? (q.offset > 0 ? (await page(0, 1))[0] : undefined);
    return { total: carrier ? Number(carrier.total) : 0, claims: rows.map(claimFromRow) };
  };

  reg.add({
    method: 'get',
    path: '/claims',
    summary: 'Who said what: claims by speaker, subject, source and date',
    tags: ['who-said-what'],
    query: claimsQuery(100, 500),
    handler: async ({ query: q }, req, res) =>
      cache.send(req, res, async () => {
        const { total, claims } = await readClaims(q);
        return { total, offset: q.offset, limit: q.limit, claims };
      }),
  });

  /**
   * A who-said-what list's choices: how many claims of `anchor` match the
   * filters, and the speakers or subjects among them, most claims first.
   */
  const readNarrowing = async (
    name: string,
    anchor: { about: string } | { speaker: string },
    q: { source?: string; from?: string; to?: string; limit: number },
  ) => {
    const [row] = await db.readRows(query(`queries/${name}`), {
      ...anchor,
      source: q.source ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
      limit: int(q.limit),
    });
    return {
      total: Number(row?.total ?? 0),
      options: (row?.options ?? []) as { id: string; name: string; count: number }[],
      optionsTotal: Number(row?.optionsTotal ?? 0),
    };
  };

  reg.add({
    method: 'get',
    path: '/claims/speakers',
    summary: 'Who spoke about an entity or source, with how many of their claims are about it',
    description:
      'The speakers of the claims GET /api/claims?about= lists (narrowed by source and ' +
      'dates as there), most claims first, then by name: the choices that narrow an ' +
      "entity's who-said-what list to one speaker. `total` counts the claims, " +
      '`speakersTotal` the speakers, of whom `speakers` names up to `limit`.',
    tags: ['who-said-what'],
    query: narrowingFilters.extend({ about: nodeId }).refine(datesInOrder, FROM_AFTER_TO),
    handler: async ({ query: q }, req, res) =>
      cache.send(req, res, async () => {
        const r = await readNarrowing('claim-speakers-about', { about: q.about }, q);
        return { total: r.total, speakersTotal: r.optionsTotal, speakers: r.options };
      }),
  });

  reg.add({
    method: 'get',
    path: '/claims/subjects',
    summary: "What a speaker's claims are about, with how many claims each",
    description:
      'The entities and sources the claims GET /api/claims?speaker= lists are about ' +
      '(narrowed by source and dates as there), most claims first, then by name: the ' +
      "choices that narrow a speaker's who-said-what list to one subject. `total` counts " +
      'the claims, `subjectsTotal` the subjects, of which `subjects` names up to `limit`.',
    tags: ['who-said-what'],
    query: narrowingFilters.extend({ speaker: nodeId }).refine(datesInOrder, FROM_AFTER_TO),
    handler: async ({ query: q }, req, res) =>
      cache.send(req, res, async () => {
        const r = await readNarrowing('claim-subjects-of-speaker', { speaker: q.speaker }, q);
        return { total: r.total, subjectsTotal: r.optionsTotal, subjects: r.options };
      }),
  });

  reg.add({
    method: 'get',
    path: '/claims.csv',
    summary: 'Who said what as a CSV table: the claims /api/claims lists, with provenance',
    description:
      'One row per claim: speaker, statement, subjects, figures (and whether another ' +
      "speaker's figures contradict them, and which), the exact excerpt with its offsets in the " +
      'source, and the source. Same filters as /api/claims; up to 10,000 rows a request ' +
      '(offset pages through more). X-Total-Count says how many match, X-Row-Count how ' +
      'many rows this answer holds.',
    tags: ['who-said-what'],
    query: claimsQuery(CSV_ROWS, CSV_ROWS),
    produces: 'text/csv',
    handler: async ({ query: q }, _req, res) => sendCsv(res, await readClaims(q), csvFileName(q)),
  });

  reg.add({
    method: 'post',
    path: '/claims/by-ids',
    summary: 'The claims of a list of ids (the claims an analyst has in view), in date order',
    description:
      `The answer of GET /api/claims for the claims named in \`ids\` (up to ${BY_IDS_CAP}; ` +
      'ids of no claim are skipped, and `total` counts those found), in date order, undated ' +
      'last. A POST because a view holds more ids than a URL does; nothing is written.',
    tags: ['who-said-what'],
    body: z.object({
      ids: z
        .array(nodeId)
        .min(1, 'must name at least one claim')
        .max(BY_IDS_CAP, `must name at most ${BY_IDS_CAP} claims`),
    }),
    handler: async ({ body }) => {
      const { total, claims } = await readClaims({ ids: body.ids, offset: 0, limit: BY_IDS_CAP });
      return { total, offset: 0, limit: BY_IDS_CAP, claims };
    },
  });

  reg.add({
    method: 'post',
    path: '/claims.csv',
    summary: 'The claims of a list of ids as a CSV table (the claims an analyst has in view)',
    description:
      'The table of GET /api/claims.csv for the claims named in `ids` (up to 10,000; ' +
      'ids of no claim are skipped), in date order. A POST because a view holds more ' +
      'ids than a URL does; nothing is written.',
    tags: ['who-said-what'],
    body: z.object({
      ids: z
        .array(nodeId)
        .min(1, 'must name at least one claim')
        .max(CSV_ROWS, `must name at most ${CSV_ROWS} claims`),
    }),
    produces: 'text/csv',
    handler: async ({ body }, _req, res) =>
      sendCsv(
        res,
        await readClaims({ ids: body.ids, offset: 0, limit: CSV_ROWS }),
        'claims-in-view.csv',
      ),
  });

  /** Answers the claims as the CSV table, with its counts and file name in headers. */
  const sendCsv = async (
    res: Response,
    { total, claims }: { total: number; claims: ClaimJson[] },
    fileName: string,
  ) => {
    const ids = new Set(claims.map((c) => c.id));
    const [contradictions, corroborations] = await Promise.all([
      contradictionsFor(claims, ids),
      readRecordedPairs(db, 'corroborations', [...ids], CSV_ROWS).then((r) =>
        corroboratedBy(r.pairs, ids),
      ),
    ]);
    sendTable(
      res,
      await claimsCsv(claims, contradictions, corroborations),
      fileName,
      total,
      claims.length,
    );
  };

  /** Which of `claims` (`ids`) other speakers' figures or recorded contradictions dispute, and with what. */
  const contradictionsFor = async (
    claims: ClaimJson[],
    ids: ReadonlySet<string>,
  ): Promise<Contradictions> => {
    // The two reads are independent: side by side.
    const [recorded, byFigures] = await Promise.all([
      readContradictions(db, [...ids], CSV_ROWS).then((r) => r.contradictions),
      claims.some((c) => c.figures.length)
        ? indexedFigures().then((indexed) => contradictionsOf(indexed, ids))
        : new Map(),
    ]);
    return withRecorded(byFigures, recorded, ids);
  };

  /** GET /api/contradictions and /api/corroborations: `claim`'s pairs or all, full or brief. */
  const recordedPairsQuery = z.object({
    claim: nodeId.optional(),
    limit: intParam(1, CONTRADICTIONS_CAP, CONTRADICTIONS_CAP),
    detail: z.enum(['full', 'brief']).default('full'),
  });
  const listRecorded = async (
    kind: 'contradictions' | 'corroborations',
    q: z.infer<typeof recordedPairsQuery>,
  ) => {
    const { total, pairs } = await readRecordedPairs(db, kind, q.claim ? [q.claim] : null, q.limit);
    const truncated = total > pairs.length;
    return { total, truncated, [kind]: q.detail === 'brief' ? pairs.map(briefOf) : pairs };
  };

  reg.add({
    method: 'get',
    path: '/contradictions',
    summary: 'Recorded contradictions: pairs of claims that cannot both hold, and why',
    description:
      'Each pair names both claims with their speakers, the source reporting each, the report ' +
      'that source relays it from (relayedFrom, null for its own account), and the ' +
      "note that says why they cannot both hold (an analyst's reading, from " +
      'seed/data/contradictions.json or ' +
      'POST /api/contradictions: origin seed or analyst). ' +
      '`claim` keeps the pairs of one claim. `detail=brief` answers each pair with its ' +
      "claim ids, origin and reason, and an analyst's recordedAt and editedAt when set (what " +
      'the explorer needs to mark disputed claims: a third of the size). Disagreeing figures ' +
      'are listed by /api/figures.',
    tags: ['who-said-what'],
    query: recordedPairsQuery,
    handler: async ({ query: q }, req, res) =>
      cache.send(req, res, () => listRecorded('contradictions', q)),
  });

  reg.add({
    method: 'get',
    path: '/corroborations',
    summary: 'Recorded corroborations: pairs of claims that bear each other out, and how',
    description:
      'The counterpart of /api/contradictions, in its shape: each pair names both claims with ' +
      'their speakers, sources and the report each is relayed from, and the note that says ' +
      "how they bear each other out (an analyst's reading, from " +
      'seed/data/corroborations.json or POST /api/corroborations: origin seed or analyst). ' +
      '`claim` keeps the pairs of one claim. `detail=brief` answers each pair with its claim ' +
      "ids, origin and reason, and an analyst's recordedAt and editedAt when set (what the " +
      "explorer's timeline draws). Figures that agree are listed by " +
      '/api/claims/{id}/agreements; these are for the claims no figure compares.',
    tags: ['who-said-what'],
    query: recordedPairsQuery,
    handler: async ({ query: q }, req, res) =>
      cache.send(req, res, () => listRecorded('corroborations', q)),
  });

  /** How each kind's table describes its note. */
  const pairNotes = {
    contradictions: 'the note that says why they cannot both hold',
    corroborations: 'the note that says how they bear each other out',
  } as const;
  const narrowedBy = z.string().max(500, 'must be at most 500 characters').optional();
  for (const kind of ['contradictions', 'corroborations'] as const) {
    reg.add({
      method: 'get',
      path: `/${kind}.csv`,
      summary: `The recorded ${kind} as a CSV table, one row per pair`,
      description:
        'Both claims of each pair (id, speaker, date, words, and the source reporting it) and ' +
        `${pairNotes[kind]}, with its origin and dates. \`claim\` keeps ` +
        "one claim's pairs; `q` keeps the pairs with every one of its words in their speakers, " +
        'note or claims (any case or accent), as the explorer narrows its list. X-Total-Count ' +
        'says how many pairs are recorded, X-Row-Count how many rows this answer holds.',
      tags: ['who-said-what'],
      query: z.object({ claim: nodeId.optional(), q: narrowedBy }),
      produces: 'text/csv',
      handler: async ({ query: q }, _req, res) =>
        sendRecordedPairs(db, res, kind, q.claim ? [q.claim] : null, q.q, q.claim),
    });

    reg.add({
      method: 'post',
      path: `/${kind}.csv`,
      summary: `The recorded ${kind} of a list of claims as a CSV table (the claims in view)`,
      description:
        `The table of GET /api/${kind}.csv for the pairs with one of the claims named in ` +
        '`ids` on a side (up to ' +
        `${VIEW_IDS_CAP.toLocaleString('en-US')}: the claims an analyst has in view), ` +
        'narrowed by `q` as ' +
        'the GET is. A POST because a view holds more ids than a URL does; nothing is written.',
      tags: ['who-said-what'],
      body: z.object({ ids: viewClaimIds, q: narrowedBy }),
      produces: 'text/csv',
      handler: async ({ body }, _req, res) =>
        sendRecordedPairs(db, res, kind, body.ids, body.q, 'in-view'),
    });
  }

  reg.add({
    method: 'get',
    path: '/sources/:id',
    summary: 'A source: its text, and every claim it reports with the excerpt span',
    description:
      'The source with its text (null for a cited report Claimgraph does not hold), the claims ' +
      'it reports with their spans, the sources it cites and those citing it, and `relayed`: ' +
      `the claims other articles relay from it (the first ${RELAYED_SHOWN}, in date order; ` +
      '`total` counts all), each with the article it is reported in.',
    tags: ['who-said-what'],
    params: z.object({ id: nodeId }),
    errors: { 404: 'No source has this id' },
    handler: async ({ params }, req, res) =>
      cache.send(req, res, async () => {
        const [row] = await db.readRows(query('queries/source-by-id'), { id: params.id });
        if (!row) throw new HttpError(404, `no source with id "${params.id}"`);
        const s = (row.s as unknown as PlainNode).properties;
        const pub = row.pub ? (row.pub as unknown as PlainNode).properties : null;
        const [{ claims }, relayedRows] = await Promise.all([
          readClaims({ source: params.id, offset: 0, limit: 10_000 }),
          db.readRows(query('queries/claims-relayed-from'), {
            report: params.id,
            offset: int(0),
            limit: int(RELAYED_SHOWN),
          }),
        ]);
        return {
          source: {
            id: s.id,
            title: s.title ?? s.name,
            outlet: s.outlet ?? pub?.name ?? null,
            publisher: pub ? { id: pub.id, name: pub.name } : null,
            publishedDate: s.publishedDate ?? null,
            dateBasis: s.dateBasis ?? null,
            url: s.url ?? null,
            author: s.author ?? null,
            note: s.note ?? null,
            origin: s.origin ?? null,
            held: s.text !== undefined && s.text !== null,
            text: s.text ?? null,
          },
          claims: claims.sort((a, b) => a.start - b.start),
          cites: row.cites,
          citedBy: row.citedBy,
          relayed: {
            total: relayedRows[0] ? Number(relayedRows[0].total) : 0,
            claims: relayedRows.map(claimFromRow),
          },
        };
      }),
  });

  reg.add({
    method: 'get',
    path: '/figures',
    summary: 'Numeric claims over time, by speaker, with disagreements marked',
    tags: ['who-said-what'],
    query: z.object({
      measure: measureName,
      points: z
        .enum(['all', 'none'], { message: 'must be all or none' })
        .default('all')
        .describe(
          'none: measures and disagreements only, without the points (all measures at ' +
            'scale are tens of thousands of points, megabytes)',
        ),
      order: pairOrderParam.describe(
        "The order of the disagreements listed: by the first claim's date, or widest " +
          'apart first (by factor); either way the first 2,000',
      ),
    }),
    handler: async ({ query: q }, req, res) =>
      cache.send(req, res, async () => {
        const measure = q.measure ?? null;
        const measures = await db.readRows(query('queries/measures'));
        // Without the points, their provenance is not read at all.
        const points =
          q.points === 'all'
            ? figurePoints((await readFigures(measure)).map(figureClaimFromRow), measure)
            : null;
        const figures = points ?? (await comparedFigures(measure));
        const order = pairOrder(q.order);
        // Listed up to a cap (on a big graph they can number in the millions);
        // every point's `disagrees` flag and disagreementsTotal stay exact.
        // Without the points, the pairs are those found once per graph version.
        const {
          list: disagreements,
          total,
          byMeasure,
          widest,
        } = points
          ? await findDisagreementsCooperatively(points, DISAGREEMENTS_CAP, { order })
          : await comparedDisagreements(measure, order);
        return {
          measure,
          measures,
          figures: q.points === 'all' ? figures : [],
          figuresTotal: figures.length,
          order: q.order,
          disagreements,
          disagreementsTotal: total,
          // Of the measures compared: all of them without `measure`.
          disagreementsByMeasure: byMeasure,
          // Each measure's pairs widest apart, listed above or not, with the
          // source that reported each side and the report it relays them from,
          // read for these few claims.
          widestByMeasure: await withSources(db, widest),
        };
      }),
  });
}
