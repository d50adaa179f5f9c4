/**
 * Removing a source an analyst linked: the source, its claims and the
 * contradictions and corroborations recorded on them go, and so does what its commit changed
 * elsewhere (entities first seen in it that nothing else links to, aliases it
 * taught, links it rejected), in one transaction. The seed's sources are the
 * seed's to change (409). The answer gives the article back, so that it can be
 * linked again after a new review.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { query } from '../../db/cypher';
import { rows, type GraphDb, type Row } from '../../db/graph-db';
import { HttpError } from '../http/errors';
import { firstSeenNote } from './commit';
import type { LinkedReview, SourceRemoval } from './types';

interface LearnedAlias {
  id: string;
  alias: string;
  key: string;
  unrejected: boolean;
}

interface Rejection {
  id: string;
  key: string;
  surface: string;
}

function parseList<T>(json: unknown): T[] {
  if (typeof json !== 'string') return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? (parsed as T[]) : [];
}

/** The entity ids a review links to: accepted, rejected, speakers picked, subjects. */
function reviewed(review: LinkedReview | null): string[] {
  if (!review) return [];
  const mentionIds = new Set(review.mentions.map((m) => m.id));
  return [
    ...new Set([
      ...review.mentions.flatMap((m) => [m.entityId, m.rejectedEntityId]),
      ...review.claims.flatMap((c) => [
        c.speaker.entityId,
        c.relayedFrom,
        ...c.about.filter((a) => !mentionIds.has(a)),
      ]),
      // The publishers of the reports it added, where they were entities of the graph.
      ...(review.reports ?? []).map((r) =>
        r.publisher && !mentionIds.has(r.publisher) ? r.publisher : null,
      ),
    ]),
  ].filter((id): id is string => typeof id === 'string');
}

/**
 * The reports a review added, id → key. Commits before `reportIds` was
 * recorded wrote `linkedReports` in the order of the review's reports.
 */
function reportKeys(review: LinkedReview | null, linkedReports: string[]): Map<string, string> {
  const reports = review?.reports ?? [];
  if (review?.reportIds)
    return new Map(Object.entries(review.reportIds).map(([key, id]) => [id, key]));
  return new Map(
    reports.flatMap((r, i) => (linkedReports[i] ? [[linkedReports[i], r.key] as const] : [])),
  );
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

async function readRows(tx: ManagedTransaction, name: string, params: Record<string, unknown>) {
  return rows(await tx.run(query(name), params));
}

/** The entities the source's commit created: as it recorded them, or (linked before that) by their note. */
async function entitiesOf(tx: ManagedTransaction, found: Row): Promise<string[]> {
  if (Array.isArray(found.linkedEntities)) return found.linkedEntities.map(String);
  const byNote = await readRows(tx, 'ingest/source-unlink-entities-by-note', {
    note: firstSeenNote(String(found.title), str(found.outlet)),
  });
  return byNote.map((r) => String(r.id));
}

/** The article as it was linked (the form's fields), to link it again. */
function articleOf(found: Row): SourceRemoval['article'] {
  const article: SourceRemoval['article'] = {
    title: String(found.title),
    text: String(found.text),
  };
  if (found.outlet) article.outlet = String(found.outlet);
  if (found.url) article.url = String(found.url);
  if (found.publishedDate) article.publishedDate = String(found.publishedDate);
  return article;
}

function refuse(found: Row): void {
  if (found.origin !== 'ingest') {
    throw new HttpError(
      409,
      `body.source: "${String(found.id)}" comes from the seed (seed/data); only a source an analyst linked can be removed`,
    );
  }
  const from = found.linkedFrom as { id: string; type: string }[];
  if (from.length) {
    const named = from
      .slice(0, 5)
      .map((l) => `${l.type} from "${l.id}"`)
      .join(', ');
    throw new HttpError(
      409,
      `body.source: other parts of the graph link to "${String(found.id)}" (${named}${
        from.length > 5 ? ` and ${from.length - 5} more` : ''
      }); take those back first`,
    );
  }
}

export async function unlinkSource(
  db: GraphDb,
  sourceId: string,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<SourceRemoval> {
  const transaction = dryRun ? db.rehearse.bind(db) : db.write.bind(db);
  return transaction(async (tx): Promise<SourceRemoval> => {
    const [found] = await readRows(tx, 'ingest/source-unlink-read', { id: sourceId });
    if (!found) throw new HttpError(404, `body.source: no source with id "${sourceId}"`);
    refuse(found);

    const claims = (found.claims as Row[]).map((c) => ({
      id: String(c.id),
      text: String(c.text),
      speaker: str(c.speaker),
      date: str(c.date),
    }));
    const claimIds = claims.map((c) => c.id);
    // The reports its commit added that go with it, before the entities: a new
    // outlet that published one of them goes with it too.
    const reports = await readRows(tx, 'ingest/source-unlink-reports', {
      id: sourceId,
      reportIds: (found.linkedReports as unknown[]).map(String),
      claimIds,
    });
    const reportIds = reports.map((r) => String(r.id));
    const entities = await readRows(tx, 'ingest/source-unlink-entities', {
      ids: await entitiesOf(tx, found),
      claimIds,
      reportIds,
    });
    const removable = entities.filter((e) => Number(e.otherLinks) === 0);
    const aliases = parseList<LearnedAlias>(found.linkedAliasesJson);
    const rejections = parseList<Rejection>(found.linkedRejectionsJson);

    const [written] = await readRows(tx, 'ingest/source-unlink-write', {
      id: sourceId,
      claimIds,
      entityIds: removable.map((e) => String(e.id)),
      reportIds,
      aliases,
      rejections,
    });
    const deleted = new Set((written!.deleted as string[]).map(String));
    const reportsDeleted = new Set((written!.reportsDeleted as string[]).map(String));
    const forgotten = new Set(
      (written!.forgotten as Row[]).map((r) => `${String(r.id)}\u0000${String(r.alias)}`),
    );
    const unrejected = new Set(
      (written!.unrejected as Row[]).map((r) => `${String(r.id)}\u0000${String(r.key)}`),
    );
    const review =
      typeof found.linkedReviewJson === 'string'
        ? (JSON.parse(found.linkedReviewJson) as LinkedReview)
        : null;
    const reviewIds = reviewed(review);
    const keyOf = reportKeys(review, (found.linkedReports as unknown[]).map(String));
    // Most sources added no report, or took all theirs along: nothing to read then.
    const stayed = [...keyOf.keys()].filter((id) => !reportsDeleted.has(id));
    const kept = stayed.length ? await readRows(tx, 'ingest/reports-kept', { ids: stayed }) : [];
    const ids = [...aliases.map((a) => a.id), ...rejections.map((r) => r.id), ...reviewIds];
    // Entities by name, and the reports claims were relayed from by title.
    const names = new Map(
      [
        ...(await readRows(tx, 'ingest/entities-present', { ids })),
        ...(await readRows(tx, 'ingest/sources-present', { ids: reviewIds })),
      ].map((r) => [String(r.id), String(r.name)]),
    );
    const nameOf = (id: string) => names.get(id) ?? id;
    const entity = (e: Row) => ({ id: String(e.id), name: String(e.name), label: String(e.label) });

    return {
      dryRun,
      source: {
        id: sourceId,
        title: String(found.title),
        outlet: str(found.outlet),
        linkedAt: str(found.linkedAt),
      },
      article: articleOf(found),
      review,
      reviewNames: Object.fromEntries(
        reviewIds.filter((id) => names.has(id)).map((id) => [id, names.get(id)!]),
      ),
      claimsRemoved: claims,
      contradictionsRemoved: (found.contradictions as Row[]).map((k) => ({
        claim: String(k.claim),
        contradicts: String(k.contradicts),
        note: String(k.note),
        origin: String(k.origin),
      })),
      corroborationsRemoved: (found.corroborations as Row[]).map((k) => ({
        claim: String(k.claim),
        corroborates: String(k.corroborates),
        note: String(k.note),
        origin: String(k.origin),
      })),
      entitiesRemoved: entities.filter((e) => deleted.has(String(e.id))).map(entity),
      reportsRemoved: reports
        .filter((r) => reportsDeleted.has(String(r.id)))
        .map((r) => ({ id: String(r.id), title: String(r.title) })),
      reportsKept: kept.map((r) => ({
        id: String(r.id),
        key: keyOf.get(String(r.id))!,
        title: String(r.title),
        otherLinks: Number(r.otherLinks),
      })),
      entitiesKept: entities
        .filter((e) => e.firstSeenHere === true && !deleted.has(String(e.id)))
        .map((e) => ({ ...entity(e), otherLinks: Number(e.otherLinks) })),
      aliasesForgotten: aliases
        .filter((a) => forgotten.has(`${a.id}\u0000${a.alias}`))
        .map((a) => ({ id: a.id, name: nameOf(a.id), alias: a.alias })),
      rejectionsForgotten: rejections
        .filter((r) => unrejected.has(`${r.id}\u0000${r.key}`))
        .map((r) => ({ id: r.id, name: nameOf(r.id), surface: r.surface })),
    };
  });
}
