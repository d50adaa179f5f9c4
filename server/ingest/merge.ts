/**
 * Merging two entities an analyst found to be the same (e.g. a new "Kyrylo
 * Budanov" and an existing "Budanov"). The kept entity takes every
 * relationship and every alias; a MergeDecision records what was moved, so
 * the merge can be undone exactly.
 */
import { query } from '../../db/cypher';
import { rows, type GraphDb } from '../../db/graph-db';
import type { Json } from '../../db/values';
import { HttpError } from '../http/errors';
import { shortHash } from './ids';

interface MovedRelationship {
  type: string;
  direction: 'in' | 'out';
  other: string;
  otherId: string | null;
  props: Record<string, Json>;
}

export interface MergeResult {
  decision: string;
  keep: string;
  merged: string;
  moved: number;
  aliases: string[];
}

export async function mergeEntities(
  db: GraphDb,
  keep: string,
  merge: string,
): Promise<MergeResult> {
  if (keep === merge) throw new HttpError(400, 'body.merge: must differ from body.keep');
  return db.write(async (tx) => {
    const [found] = rows(await tx.run(query('ingest/merge-read'), { keep, merge }));
    if (!found) {
      const present = rows(
        await tx.run(query('ingest/entities-present'), { ids: [keep, merge] }),
      ).map((r) => r.id);
      const field = present.includes(keep) ? 'merge' : 'keep';
      throw new HttpError(
        404,
        `body.${field}: no entity with id "${field === 'keep' ? keep : merge}"`,
      );
    }
    const props = found.props as Record<string, Json>;
    const rels = found.rels as unknown as MovedRelationship[];
    const keepName = String(found.keepName);
    const aliases: string[] = [];
    for (const a of [
      ...(found.keepAliases as string[]),
      String(props.name),
      ...((props.aliases as string[] | undefined) ?? []),
    ]) {
      if (a !== keepName && !aliases.includes(a)) aliases.push(a);
    }
    const decision = `merge-${shortHash(`${keep}|${merge}|${Date.now()}|${Math.random()}`, 12)}`;
    const [written] = rows(
      await tx.run(query('ingest/merge-write'), {
        keep,
        merge,
        rels,
        aliases,
        decision: {
          id: decision,
          keep,
          merged: merge,
          mergedName: String(props.name),
          mergedLabels: (found.labels as string[]).filter((l) => l !== 'Entity'),
          keepAliasesBefore: found.keepAliases as string[],
          mergedPropertiesJson: JSON.stringify(props),
          relationshipsJson: JSON.stringify(rels),
        },
      }),
    );
    return { decision, keep, merged: merge, moved: Number(written!.moved), aliases };
  });
}

export async function undoMerge(db: GraphDb, decisionId: string) {
  return db.write(async (tx) => {
    const [d] = rows(await tx.run(query('ingest/merge-decision'), { id: decisionId }));
    if (!d) throw new HttpError(404, `no merge decision "${decisionId}"`);
    if (d.undone) throw new HttpError(409, `merge decision "${decisionId}" was already undone`);
    if (d.mergedIdTaken) {
      throw new HttpError(
        409,
        `cannot undo: the id "${d.merged}" has been used again since the merge`,
      );
    }
    const [restored] = rows(
      await tx.run(query('ingest/merge-undo'), {
        decisionId,
        labels: [...(d.mergedLabels as string[]), 'Entity'],
        props: JSON.parse(String(d.mergedPropertiesJson)),
        rels: JSON.parse(String(d.relationshipsJson)),
      }),
    );
    if (!restored) throw new HttpError(409, `cannot undo "${decisionId}": the entity kept is gone`);
    return {
      decision: decisionId,
      restored: String(restored.id),
      relationships: Number(restored.restored),
    };
  });
}
