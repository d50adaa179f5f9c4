import { z } from 'zod';
import { int } from '../../db/graph-db';
import { query } from '../../db/cypher';
import type { AppDeps } from '../app';
import { readCacheFor } from '../domain/read-cache';
import { requireToken } from '../http/auth';
import type { RouteRegistry } from '../http/route-registry';
import { WRITE_ERRORS, writeGuard } from '../http/write-guard';
import { commitProposal } from '../ingest/commit';
import {
  CONTRADICTION,
  CORROBORATION,
  editPairNote,
  recordPair,
  removePair,
  type PairKind,
} from '../ingest/contradictions';
import type { PairOf } from '../domain/contradictions';
import { mergeEntities, undoMerge } from '../ingest/merge';
import { IngestService } from '../ingest/preview';
import {
  articleSchema,
  commitSchema,
  contradictionNote,
  corroborationNote,
  figuresCompareSchema,
} from '../ingest/schema';
import { unlinkSource } from '../ingest/unlink';
import { flagParam, intParam, nodeId } from './schemas';

export function ingestRoutes(reg: RouteRegistry, { db, config }: AppDeps): void {
  const service = new IngestService(db, () => readCacheFor(db).version());
  const guard = writeGuard(config);
  const writeErrors = WRITE_ERRORS;

  reg.add({
    method: 'post',
    path: '/ingest/preview',
    summary: 'Proposes the entities and claims of a pasted article, without writing anything',
    description:
      'Mentions, claims, figures and the contradictions its claims may have. `notices` says, ' +
      'in words for the analyst, what the preview could not do (a graph without the ' +
      '`denial_text` index proposes no contradiction with its denials); it is empty otherwise.',
    tags: ['ingest'],
    before: guard,
    body: articleSchema,
    errors: writeErrors,
    handler: async ({ body }) => service.preview(body),
  });

  reg.add({
    method: 'post',
    path: '/ingest/figures',
    summary:
      'Compares the figures of an article under review again, for the speakers it settled on',
    description:
      'The preview compares an article’s figures for the speakers it proposes. Once the ' +
      'analyst gives a claim another speaker, its figures no longer disagree with that ' +
      'speaker’s own in the graph (they repeat them), and a pair of the article’s figures ' +
      'given one speaker is marked sameSpeaker. Answers the preview’s figureClashes, ' +
      'figureAgreements and figureClashesInArticle for the speakers sent; writes nothing.',
    tags: ['ingest'],
    before: [requireToken(config.API_TOKEN)],
    body: figuresCompareSchema,
    errors: { 401: writeErrors[401] },
    handler: async ({ body }) => service.compareFigures(body),
  });

  reg.add({
    method: 'post',
    path: '/ingest/commit',
    summary: 'Writes a reviewed proposal in one transaction (idempotent by url or text)',
    description:
      'With dryRun=true, the whole commit runs in a transaction that is rolled back: the ' +
      'same checks and answer (the ids it would create), with nothing written.',
    tags: ['ingest'],
    before: guard,
    query: z.object({ dryRun: flagParam }),
    body: commitSchema,
    errors: writeErrors,
    handler: async ({ query: q, body }, _req, res) => {
      const result = await commitProposal(db, body, { dryRun: q.dryRun });
      if (q.dryRun) return result;
      service.refresh();
      res.status(result.created ? 201 : 200);
      return result;
    },
  });

  reg.add({
    method: 'post',
    path: '/sources/remove',
    summary: 'Removes a source an analyst linked, with its claims, in one transaction',
    description:
      'Deletes the source, its claims and the contradictions recorded on them, the entities ' +
      'its commit created that nothing else links to, and the aliases it taught and the links ' +
      'it rejected. Answers what it removed, what it kept (entities other sources link to since) ' +
      'and the article as it was linked, to link it again. With dryRun=true, the same answer ' +
      'with nothing written. Sources from the seed, or linked to from elsewhere, answer 409.',
    tags: ['ingest'],
    before: guard,
    query: z.object({ dryRun: flagParam }),
    body: z.strictObject({ source: nodeId }),
    errors: {
      ...writeErrors,
      404: 'source names no source',
      409: 'The source comes from the seed, or other parts of the graph link to it',
    },
    handler: async ({ query: q, body }) => {
      const result = await unlinkSource(db, body.source, { dryRun: q.dryRun });
      if (!q.dryRun) service.refresh();
      return result;
    },
  });

  reg.add({
    method: 'get',
    path: '/ingest/sources',
    summary: 'The sources analysts linked, newest first, with how many claims each holds',
    tags: ['ingest'],
    query: z.object({ limit: intParam(1, 500, 50) }),
    handler: async ({ query: q }) => ({
      sources: await db.readRows(query('ingest/linked-sources'), { limit: int(q.limit) }),
    }),
  });

  reg.add({
    method: 'post',
    path: '/entities/merge',
    summary: 'Merges one entity into another, keeping all aliases and relationships; reversible',
    tags: ['ingest'],
    before: guard,
    body: z.strictObject({ keep: nodeId, merge: nodeId }),
    errors: { ...writeErrors, 404: 'keep or merge names no entity' },
    handler: async ({ body }) => {
      const result = await mergeEntities(db, body.keep, body.merge);
      service.refresh();
      return result;
    },
  });

  pairRoutes(CONTRADICTION, contradictionNote, 'cannot both hold');
  pairRoutes(CORROBORATION, corroborationNote, 'bear each other out');

  /**
   * POST /api/<kind>s, /<kind>s/note and /<kind>s/remove: an analyst records a
   * contradiction or a corroboration between two claims, rewords its note, or
   * takes it back.
   */
  function pairRoutes<F extends 'contradicts' | 'corroborates'>(
    kind: PairKind<F>,
    note: typeof contradictionNote,
    reading: string,
  ): void {
    const pair = z.strictObject({ claim: nodeId, [kind.field]: nodeId } as Record<
      'claim' | F,
      typeof nodeId
    >);
    const withNote = pair.extend({ note });
    const unknown = `No such claim, or no ${kind.noun} recorded between them`;
    reg.add({
      method: 'post',
      path: `/${kind.noun}s`,
      summary: `Records that two claims ${reading}, with a note saying why`,
      description:
        'One transaction. A pair already recorded, either way round, is left as it is ' +
        `(200, created: false, with its note); a new one answers 201. Both claims must exist, ` +
        `and a pair already recorded as ${kind.opposite.words} answers 409 (take that back first).`,
      tags: ['ingest'],
      before: guard,
      body: withNote,
      errors: {
        ...writeErrors,
        404: `claim or ${kind.field} names no claim`,
        409: `The two claims are recorded as ${kind.opposite.words}`,
      },
      handler: async ({ body }, _req, res) => {
        const { created, recorded } = await recordPair(
          db,
          kind,
          body as PairOf<F> & { note: string },
        );
        res.status(created ? 201 : 200);
        return { created, [kind.noun]: recorded };
      },
    });

    reg.add({
      method: 'post',
      path: `/${kind.noun}s/note`,
      summary: `Rewords the note of a ${kind.noun} an analyst recorded, whichever way round`,
      description:
        'One transaction. Answers the pair with its new note, and the note it replaced (so that ' +
        `the change can be undone). The seed's ${kind.noun}s are reworded in ` +
        `${kind.seedFile} instead (409).`,
      tags: ['ingest'],
      before: guard,
      body: withNote,
      errors: { ...writeErrors, 404: unknown, 409: `The ${kind.noun} comes from the seed` },
      handler: async ({ body }) => {
        const { recorded, previousNote } = await editPairNote(
          db,
          kind,
          body as PairOf<F> & { note: string },
        );
        return { [kind.noun]: recorded, previousNote };
      },
    });

    reg.add({
      method: 'post',
      path: `/${kind.noun}s/remove`,
      summary: `Takes back a recorded ${kind.noun} between two claims, whichever way it was recorded`,
      description: 'Answers what it removed, note included, so that it can be recorded again.',
      tags: ['ingest'],
      before: guard,
      body: pair,
      errors: { ...writeErrors, 404: unknown },
      handler: async ({ body }) => ({ removed: await removePair(db, kind, body as PairOf<F>) }),
    });
  }

  reg.add({
    method: 'post',
    path: '/entities/merges/:decision/undo',
    summary: 'Undoes a recorded merge',
    tags: ['ingest'],
    before: guard,
    params: z.object({
      decision: z.string().regex(/^merge-[a-f0-9]{12}$/, 'must be a merge decision id'),
    }),
    errors: {
      ...writeErrors,
      404: 'No such decision',
      409: 'Already undone, or no longer reversible',
    },
    handler: async ({ params }) => {
      const result = await undoMerge(db, params.decision);
      service.refresh();
      return result;
    },
  });

  reg.add({
    method: 'get',
    path: '/entities/merges',
    summary: 'Recorded merge decisions, newest first',
    tags: ['ingest'],
    query: z.object({ limit: intParam(1, 500, 50) }),
    handler: async ({ query: q }) => ({
      decisions: await db.readRows(query('ingest/merge-decisions'), { limit: int(q.limit) }),
    }),
  });
}
