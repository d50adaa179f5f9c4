/**
 * Commits an analyst's reviewed proposal: the Source with its text, accepted
 * new entities, aliases learned from accepted matches, rejected links, the
 * claims with their spans, speakers, subjects, figures and the reports they
 * are relayed from (which the source then cites), and the
 * contradictions the analyst confirmed (with the graph's claims, or between
 * the article's own). Everything is checked first and written in ONE
 * transaction, so a failure leaves nothing.
 * The same article (by url, or by its normalised text) is never stored twice.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { query } from '../../db/cypher';
import { rows, type GraphDb } from '../../db/graph-db';
import type { ResolvedClaim, ResolvedSource } from '../../seed/dataset';
import { claimRow, entityRow, sourceRow, textHash } from '../../seed/load';
import { datedAfter, type EntityLabel } from '../../seed/model';
import type { Entity } from '../../seed/schema';
import { HttpError } from '../http/errors';
import { presentClaims } from './contradictions';
import { phraseKey } from './extract/normalise';
import { ID_PREFIX, shortHash, slug } from './ids';
import type { CommitBody, ReviewedMention } from './schema';
import type { LinkedReview } from './types';
import { unattributedName } from './unattributed';
import { unnamedKey, unnamedKind, unnamedName, type UnnamedKind } from './unnamed';

export interface CommitResult {
  /** True: a dry run, which wrote nothing; the rest says what the commit would do. */
  dryRun: boolean;
  created: boolean;
  sourceId: string;
  title: string;
  entitiesCreated: { id: string; name: string; label: string }[];
  claimsCreated: string[];
  aliasesLearned: { id: string; alias: string }[];
  linksRejected: { id: string; surface: string }[];
  /** Contradictions recorded: each new claim against a graph claim or another new one. */
  contradictionsRecorded: { claim: string; contradicts: string }[];
  /** The reports the source now cites: those its claims are relayed from. */
  reportsCited: string[];
  /** The reports this commit added, which the graph did not hold (sources with no text). */
  reportsCreated: { id: string; title: string }[];
}

interface Issue {
  field: string;
  message: string;
}

/** A 400 naming each field as the request's validation does: `body.claims.2.end`. */
function fail(issues: Issue[]): never {
  const named = issues.map((i) => ({ ...i, field: `body.${i.field}` }));
  throw new HttpError(
    400,
    named
      .slice(0, 20)
      .map((i) => `${i.field}: ${i.message}`)
      .join('; '),
    named,
  );
}

/** The note an entity created by a commit carries. */
export function firstSeenNote(title: string, outlet: string | null): string {
  return `First seen in "${title}"${outlet ? ` (${outlet})` : ''}.`;
}

const DEFAULT_KIND: Record<EntityLabel, string> = {
  Actor: 'group',
  Unit: 'formation',
  Place: 'area',
};

/** Checks everything that needs no database: spans, decisions, references between records. */
export function checkProposal(body: CommitBody): void {
  const issues: Issue[] = [];
  const { text } = body.article;
  const mentions = new Map<string, ReviewedMention>();
  body.mentions.forEach((m, i) => {
    const at = `mentions.${i}`;
    if (mentions.has(m.id))
      issues.push({ field: `${at}.id`, message: `duplicate mention id "${m.id}"` });
    mentions.set(m.id, m);
    if (m.end <= m.start || m.end > text.length) {
      issues.push({
        field: `${at}.end`,
        message: `span [${m.start}, ${m.end}) is outside the ${text.length}-character text`,
      });
    } else if (text.slice(m.start, m.end) !== m.text) {
      issues.push({
        field: `${at}.text`,
        message: `"${m.text}" is not the text at [${m.start}, ${m.end})`,
      });
    }
    if (m.decision === 'accept' && !m.entityId) {
      issues.push({
        field: `${at}.entityId`,
        message: 'an accepted mention needs the entity it links to',
      });
    }
  });
  const usable = (id: string) => mentions.has(id) && mentions.get(id)!.decision !== 'reject';
  body.claims.forEach((c, i) => {
    if (c.decision !== 'accept') return;
    const at = `claims.${i}`;
    if (c.end <= c.start || c.end > text.length) {
      issues.push({
        field: `${at}.end`,
        message: `span [${c.start}, ${c.end}) is outside the ${text.length}-character text`,
      });
    }
    const sp = c.speaker;
    if (sp.kind && !sp.unnamed) {
      issues.push({
        field: `${at}.speaker.kind`,
        message: 'a kind is given to an unnamed speaker only: an entity or a mention has its own',
      });
    }
    if (sp.name && !sp.unnamed) {
      issues.push({
        field: `${at}.speaker.name`,
        message: 'a name is given to an unnamed speaker only: an entity or a mention has its own',
      });
    }
    if (sp.unattributed) {
      if (sp.mentionId || sp.entityId || sp.unnamed)
        issues.push({
          field: `${at}.speaker.unattributed`,
          message:
            'an unattributed claim names no mention, entity or unnamed speaker as its speaker',
        });
    } else if (sp.unnamed) {
      if (sp.mentionId || sp.entityId)
        issues.push({
          field: `${at}.speaker.unnamed`,
          message: 'an unnamed speaker is no mention or entity: its words describe it',
        });
      else if (!sp.text?.trim() || unnamedKey(sp.text).length > 200)
        issues.push({
          field: `${at}.speaker.text`,
          message: 'an unnamed speaker needs the words that describe it, at most 200 characters',
        });
      else if (!text.includes(sp.text.trim()))
        issues.push({
          field: `${at}.speaker.text`,
          message:
            "an unnamed speaker is described by the article's own words, and these are not in it",
        });
    } else if (sp.mentionId && !mentions.has(sp.mentionId)) {
      issues.push({ field: `${at}.speaker.mentionId`, message: `no mention "${sp.mentionId}"` });
    } else if (!sp.entityId && !(sp.mentionId && usable(sp.mentionId))) {
      issues.push({
        field: `${at}.speaker`,
        message:
          'an accepted claim needs a speaker: an accepted or new mention, an entity id, or unattributed: true',
      });
    }
    if (datedAfter(c.date ?? null, body.article.publishedDate ?? null)) {
      issues.push({
        field: `${at}.date`,
        message: `${c.date} is after the article (${body.article.publishedDate}): a claim is made before it is reported`,
      });
    }
    const excerpt = text.slice(c.start, c.end);
    c.figures.forEach((f, j) => {
      if (!excerpt.includes(f.text)) {
        issues.push({
          field: `${at}.figures.${j}.text`,
          message: `"${f.text}" is not in the claim's excerpt`,
        });
      }
    });
    c.about.forEach((ref, j) => {
      if (mentions.has(ref) && !usable(ref)) {
        issues.push({ field: `${at}.about.${j}`, message: `mention "${ref}" was rejected` });
      }
    });
  });
  // One actor per description: its claims do not give it two kinds, nor two names.
  for (const field of ['kind', 'name'] as const) {
    const given = new Map<string, { value: string; claim: number }>();
    body.claims.forEach((c, i) => {
      const { unnamed, text } = c.speaker;
      const value = c.speaker[field];
      if (c.decision !== 'accept' || !unnamed || !value || !text) return;
      const first = given.get(unnamedKey(text));
      if (!first) given.set(unnamedKey(text), { value, claim: i });
      else if (first.value !== value)
        issues.push({
          field: `claims.${i}.speaker.${field}`,
          message:
            field === 'kind'
              ? `“${text.trim()}” is one actor, a ${first.value} in claims.${first.claim}: give both one kind`
              : `“${text.trim()}” is one actor, named “${first.value}” in claims.${first.claim}: give both one name`,
        });
    });
  }
  // New reports: each named once, published by a usable mention or an entity id,
  // and relayed from by some accepted claim (else it would be written for nothing).
  const reportKeys = new Set<string>();
  body.reports.forEach((r, i) => {
    if (reportKeys.has(r.key))
      issues.push({ field: `reports.${i}.key`, message: `duplicate report key "${r.key}"` });
    reportKeys.add(r.key);
    if (datedAfter(r.publishedDate ?? null, body.article.publishedDate ?? null)) {
      issues.push({
        field: `reports.${i}.publishedDate`,
        message: `${r.publishedDate} is after the article (${body.article.publishedDate}): it cannot be what the article relays`,
      });
    }
    if (r.publisher && mentions.has(r.publisher) && !usable(r.publisher)) {
      issues.push({
        field: `reports.${i}.publisher`,
        message: `mention "${r.publisher}" was rejected`,
      });
    }
  });
  const relayedTo = new Set<string>();
  body.claims.forEach((c, i) => {
    if (c.decision !== 'accept' || !c.relayedFromReport) return;
    if (c.relayedFrom) {
      issues.push({
        field: `claims.${i}.relayedFromReport`,
        message: 'a claim is relayed from one report: give relayedFrom or relayedFromReport',
      });
    } else if (!reportKeys.has(c.relayedFromReport)) {
      issues.push({
        field: `claims.${i}.relayedFromReport`,
        message: `no report "${c.relayedFromReport}" in body.reports`,
      });
    }
    relayedTo.add(c.relayedFromReport);
  });
  body.reports.forEach((r, i) => {
    if (!relayedTo.has(r.key)) {
      issues.push({ field: `reports.${i}`, message: 'no accepted claim is relayed from it' });
    }
  });
  const accepted = new Set(body.claims.filter((c) => c.decision === 'accept').map((c) => c.id));
  const pairs = new Set<string>();
  body.contradictions.forEach((k, i) => {
    const at = `contradictions.${i}`;
    if (!accepted.has(k.claim)) {
      issues.push({
        field: `${at}.claim`,
        message: `"${k.claim}" is not an accepted claim of this proposal`,
      });
    }
    if (k.inArticle && !accepted.has(k.contradicts)) {
      issues.push({
        field: `${at}.contradicts`,
        message: `"${k.contradicts}" is not an accepted claim of this proposal`,
      });
    } else if (k.inArticle && k.contradicts === k.claim) {
      issues.push({ field: `${at}.contradicts`, message: 'a claim cannot contradict itself' });
    }
    // Either way round is the same pair (it is stored once).
    const pair = [k.claim, k.contradicts].sort().join('\u0000');
    if (pairs.has(pair)) {
      issues.push({ field: `${at}.contradicts`, message: 'this pair is already in the list' });
    }
    pairs.add(pair);
  });
  if (issues.length) fail(issues);
}

async function readRows(tx: ManagedTransaction, name: string, params: Record<string, unknown>) {
  return rows(await tx.run(query(name), params));
}

/**
 * Writes the proposal, or, with `dryRun`, does all of it in a transaction that
 * is rolled back: every check against the graph and the ids it would create.
 */
export async function commitProposal(
  db: GraphDb,
  body: CommitBody,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<CommitResult> {
  checkProposal(body);
  const { article } = body;
  const hash = textHash(article.text);
  const mentions = new Map(body.mentions.map((m) => [m.id, m]));
  const transaction = dryRun ? db.rehearse.bind(db) : db.write.bind(db);

  return transaction(async (tx): Promise<CommitResult> => {
    const [existing] = await readRows(tx, 'ingest/existing-source', {
      url: article.url ?? null,
      textHash: hash,
    });
    if (existing) {
      return {
        dryRun,
        created: false,
        sourceId: String(existing.id),
        title: String(existing.title),
        entitiesCreated: [],
        claimsCreated: [],
        aliasesLearned: [],
        linksRejected: [],
        contradictionsRecorded: [],
        reportsCited: [],
        reportsCreated: [],
      };
    }

    // Every entity id the proposal names must exist.
    const refs = new Map<string, string>();
    body.mentions.forEach((m, i) => {
      if (m.decision === 'accept' && m.entityId) refs.set(m.entityId, `mentions.${i}.entityId`);
      if (m.decision === 'reject' && m.rejectedEntityId)
        refs.set(m.rejectedEntityId, `mentions.${i}.rejectedEntityId`);
    });
    body.claims.forEach((c, i) => {
      if (c.decision !== 'accept') return;
      if (c.speaker.entityId) refs.set(c.speaker.entityId, `claims.${i}.speaker.entityId`);
      c.about.forEach((a, j) => {
        if (!mentions.has(a)) refs.set(a, `claims.${i}.about.${j}`);
      });
    });
    body.reports.forEach((r, i) => {
      if (r.publisher && !mentions.has(r.publisher))
        refs.set(r.publisher, `reports.${i}.publisher`);
    });
    const present = await readRows(tx, 'ingest/entities-present', { ids: [...refs.keys()] });
    const known = new Map(present.map((r) => [String(r.id), r]));
    const missing = [...refs].filter(([id]) => !known.has(id));
    if (missing.length)
      fail(
        missing.map(([id, field]) => ({
          field,
          // Most often merged or removed by another analyst since the preview.
          message: `no entity with id "${id}" (merged or removed since the preview?): choose another`,
        })),
      );
    const notActors = body.reports.flatMap((r, i) =>
      r.publisher && known.has(r.publisher) && known.get(r.publisher)!.label !== 'Actor'
        ? [{ field: `reports.${i}.publisher`, message: `"${r.publisher}" is not an actor` }]
        : [],
    );
    if (notActors.length) fail(notActors);
    const claimsPresent = await presentClaims(
      tx,
      body.contradictions.filter((k) => !k.inArticle).map((k) => k.contradicts),
    );
    const unknownClaims = body.contradictions.flatMap((k, i) =>
      k.inArticle || claimsPresent.has(k.contradicts)
        ? []
        : [
            {
              field: `contradictions.${i}.contradicts`,
              message: `no claim with id "${k.contradicts}"`,
            },
          ],
    );
    if (unknownClaims.length) fail(unknownClaims);
    // Every report a claim is relayed from must be a source of the graph.
    const relays = body.claims.flatMap((c, i) =>
      c.decision === 'accept' && c.relayedFrom
        ? [{ id: c.relayedFrom, field: `claims.${i}.relayedFrom` }]
        : [],
    );
    const reports = new Set(
      relays.length
        ? (
            await readRows(tx, 'ingest/sources-present', {
              ids: [...new Set(relays.map((r) => r.id))],
            })
          ).map((r) => String(r.id))
        : [],
    );
    const unknownReports = relays.filter((r) => !reports.has(r.id));
    if (unknownReports.length)
      fail(
        unknownReports.map(({ id, field }) => ({ field, message: `no source with id "${id}"` })),
      );

    // New entities: mentions sharing a key make one entity.
    const groups = new Map<string, ReviewedMention[]>();
    for (const m of body.mentions) {
      if (m.decision !== 'create') continue;
      const key = m.newEntityKey ?? `mention:${m.id}`;
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    const entityOfMention = new Map<string, string>();
    const newEntities: Entity[] = [];
    const wanted = [...groups.values()].map((ms) => {
      const first = ms[0]!;
      const name = first.name ?? ms.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
      return { ms, name, label: first.label, base: `${ID_PREFIX[first.label]}-${slug(name)}` };
    });
    const ids = await freeIds(
      tx,
      wanted.map((w) => ({ base: w.base, fallback: shortHash(article.text + w.name) })),
    );
    for (const [i, w] of wanted.entries()) {
      const id = ids[i]!;
      const aliases = [...new Set(w.ms.map((m) => m.text).filter((t) => t !== w.name))];
      const kind = w.ms[0]!.kind ?? DEFAULT_KIND[w.label];
      newEntities.push({
        id,
        label: w.label,
        kind,
        name: w.name,
        aliases,
        note: firstSeenNote(article.title, article.outlet ?? null),
      } as Entity);
      for (const m of w.ms) entityOfMention.set(m.id, id);
    }
    const hearsay = body.claims.some((c) => c.decision === 'accept' && c.speaker.unattributed);
    const unattributedId = hearsay ? await unattributedActor(tx, article, newEntities) : null;
    const unnamedIds = await unnamedActors(
      tx,
      article,
      body.claims.flatMap((c) =>
        c.decision === 'accept' && c.speaker.unnamed
          ? [{ text: c.speaker.text!, kind: c.speaker.kind, name: c.speaker.name }]
          : [],
      ),
      newEntities,
    );
    for (const label of ['Actor', 'Unit', 'Place'] as const) {
      const batch = newEntities.filter((e) => e.label === label).map((e) => entityRow(e, 'ingest'));
      if (batch.length) await tx.run(query(`seed/merge-${label.toLowerCase()}s`), { rows: batch });
    }

    // Aliases learned from accepted matches; surface forms rejected for an entity.
    const learned: { id: string; alias: string; key: string }[] = [];
    const rejected: { id: string; key: string; surface: string }[] = [];
    for (const m of body.mentions) {
      if (m.decision === 'accept' && m.entityId) {
        entityOfMention.set(m.id, m.entityId);
        const e = known.get(m.entityId)!;
        // Compared without case: "SEOUL" in a dateline is "Seoul", nothing new.
        const names = [String(e.name), ...((e.aliases as string[]) ?? [])].map((n) =>
          n.toLowerCase(),
        );
        const text = m.text.toLowerCase();
        // "U.S" is "U.S." whose stop ended the sentence or met a comma: nothing new
        if (
          !names.includes(text) &&
          !names.includes(`${text}.`) &&
          !learned.some((l) => l.id === m.entityId && l.alias === m.text)
        ) {
          learned.push({ id: m.entityId, alias: m.text, key: phraseKey(m.text) });
        }
      }
      if (m.decision === 'reject' && m.rejectedEntityId) {
        rejected.push({ id: m.rejectedEntityId, key: phraseKey(m.text), surface: m.text });
      }
    }
    const [changed] = await readRows(tx, 'ingest/learn-aliases', { learned, rejected });

    // The source.
    const sourceId = `src-${slug(article.title, 40)}-${hash.slice(0, 8)}`;
    const [publisher] = article.outlet
      ? await readRows(tx, 'ingest/publisher-by-name', { outlet: article.outlet })
      : [];
    const source: ResolvedSource = {
      id: sourceId,
      name: article.title,
      aliases: [],
      title: article.title,
      publisher: publisher ? String(publisher.id) : null,
      publishedDate: article.publishedDate ?? null,
      dateBasis: article.publishedDate ? 'stated' : 'unknown',
      url: article.url ?? null,
      textFile: null,
      cites: [],
      text: article.text,
    };
    await tx.run(query('seed/merge-sources'), {
      rows: [sourceRow(source, article.outlet ?? null, 'ingest')],
    });
    const reportOf = await writeReports(tx, body, {
      hash,
      entityOfMention,
      nameOf: (id) =>
        newEntities.find((e) => e.id === id)?.name ?? String(known.get(id)?.name ?? id),
    });
    // What this commit changed beyond the source and its claims, for taking it back.
    await tx.run(query('ingest/source-link-record'), {
      id: sourceId,
      entities: newEntities.map((e) => e.id),
      reports: [...reportOf.values()].map((r) => r.id),
      aliasesJson: JSON.stringify(changed?.learned ?? []),
      rejectionsJson: JSON.stringify(changed?.rejected ?? []),
      reviewJson: JSON.stringify({
        mentions: body.mentions,
        claims: body.claims,
        contradictions: body.contradictions,
        ...(body.reports.length
          ? {
              reports: body.reports,
              reportIds: Object.fromEntries([...reportOf].map(([key, r]) => [key, r.id])),
            }
          : {}),
      } satisfies LinkedReview),
    });

    // The claims.
    const claims: ResolvedClaim[] = [];
    const claimIdOf = new Map<string, string>();
    body.claims.forEach((c) => {
      if (c.decision !== 'accept') return;
      const speaker = c.speaker.unattributed
        ? unattributedId!
        : c.speaker.unnamed
          ? unnamedIds.get(unnamedKey(c.speaker.text!))!
          : ((c.speaker.mentionId ? entityOfMention.get(c.speaker.mentionId) : undefined) ??
            c.speaker.entityId!);
      const about = [
        ...new Set(
          c.about
            .map((a) => (mentions.has(a) ? entityOfMention.get(a) : a))
            .filter((a): a is string => !!a),
        ),
      ];
      const date = c.date ?? article.publishedDate ?? null;
      const id = `clm-${hash.slice(0, 8)}-${claims.length + 1}`;
      claimIdOf.set(c.id, id);
      claims.push({
        id,
        text: c.text,
        quote: c.kind === 'direct',
        speaker,
        about: about.length ? about : [speaker],
        source: sourceId,
        excerpt: article.text.slice(c.start, c.end),
        cue: c.cue,
        date,
        dateBasis: c.date ? 'stated' : date ? 'publication' : 'unknown',
        figures: c.figures.map(({ start: _s, end: _e, ...f }) => f),
        start: c.start,
        end: c.end,
        ...(c.relayedFrom || c.relayedFromReport
          ? { relayedFrom: c.relayedFrom ?? reportOf.get(c.relayedFromReport!)!.id }
          : {}),
      });
    });
    if (claims.length) {
      await tx.run(query('seed/merge-claims'), { rows: claims.map((c) => claimRow(c, 'ingest')) });
    }
    // An article that relays a report cites it, as a seed article cites the reports it relays.
    const cites = [...new Set(claims.flatMap((c) => (c.relayedFrom ? [c.relayedFrom] : [])))];
    if (cites.length) await tx.run(query('seed/merge-cites'), { rows: [{ id: sourceId, cites }] });
    const contradictions = body.contradictions.map((k) => ({
      claim: claimIdOf.get(k.claim)!,
      contradicts: k.inArticle ? claimIdOf.get(k.contradicts)! : k.contradicts,
      note: k.note,
    }));
    if (contradictions.length) {
      await tx.run(query('ingest/contradiction-record'), { rows: contradictions });
    }
    return {
      dryRun,
      created: true,
      sourceId,
      title: article.title,
      entitiesCreated: newEntities.map((e) => ({ id: e.id, name: e.name, label: e.label })),
      claimsCreated: claims.map((c) => c.id),
      aliasesLearned: learned.map(({ id, alias }) => ({ id, alias })),
      linksRejected: rejected.map(({ id, surface }) => ({ id, surface })),
      contradictionsRecorded: contradictions.map(({ claim, contradicts }) => ({
        claim,
        contradicts,
      })),
      reportsCited: cites,
      reportsCreated: [...reportOf.values()],
    };
  });
}

/**
 * Ids no entity, source or claim has, one per wanted: its base, else base-2
 * … base-5, else base-<fallback>; read in one query, and distinct from each
 * other.
 */
/**
 * The actor that says an article's hearsay ("It is reported that…",
 * "…reportedly killed"), one per article as the seed has them ("Unattributed
 * reports (article 004)"): created with the article's new entities, so it
 * goes when the article is taken back.
 */
async function unattributedActor(
  tx: ManagedTransaction,
  article: CommitBody['article'],
  newEntities: Entity[],
): Promise<string> {
  const [id] = await freeIds(tx, [
    {
      base: `act-unattributed-${slug(article.title, 40)}`,
      fallback: shortHash(`${article.text}unattributed`),
    },
  ]);
  newEntities.push({
    id: id!,
    label: 'Actor',
    kind: 'unattributed',
    name: unattributedName(article.title),
    aliases: [],
    description: `What "${article.title}" passes on with no one saying it ("It is reported that…", "reportedly").`,
    note: firstSeenNote(article.title, article.outlet ?? null),
  } as Entity);
  return id!;
}

/**
 * The actors an article describes without naming ("a senior U.S. defense
 * official"), one per description, as the seed has them ("Officials
 * (unnamed, article 004)"): created with the article's new entities, so they
 * go when the article is taken back. By description key.
 */
async function unnamedActors(
  tx: ManagedTransaction,
  article: CommitBody['article'],
  /** Each with the kind and name the analyst gave it, else guessed from and named by its words. */
  descriptions: { text: string; kind?: UnnamedKind | undefined; name?: string | undefined }[],
  newEntities: Entity[],
): Promise<Map<string, string>> {
  const byKey = new Map<string, (typeof descriptions)[number]>();
  for (const d of descriptions) {
    const k = unnamedKey(d.text);
    const seen = byKey.get(k);
    if (!seen) byKey.set(k, { ...d });
    else {
      seen.kind ??= d.kind;
      seen.name ??= d.name;
    }
  }
  const keys = [...byKey.keys()];
  if (!keys.length) return new Map();
  const ids = await freeIds(
    tx,
    keys.map((k) => ({
      base: `act-unnamed-${slug(k, 30)}-${slug(article.title, 20)}`,
      fallback: shortHash(`${article.text}unnamed:${k}`),
    })),
  );
  keys.forEach((k, i) => {
    const { text, kind, name } = byKey.get(k)!;
    newEntities.push({
      id: ids[i]!,
      label: 'Actor',
      kind: kind ?? unnamedKind(text),
      name: unnamedName(name ?? text, article.title),
      aliases: [],
      description: `Described in "${article.title}" as "${text.trim()}", not named.`,
      note: firstSeenNote(article.title, article.outlet ?? null),
    } as Entity);
  });
  return new Map(keys.map((k, i) => [k, ids[i]!]));
}

async function freeIds(
  tx: ManagedTransaction,
  wanted: { base: string; fallback: string }[],
): Promise<string[]> {
  const candidates = wanted.flatMap((w) => [w.base, ...[2, 3, 4, 5].map((n) => `${w.base}-${n}`)]);
  const taken = new Set(
    (await readRows(tx, 'ingest/ids-taken', { ids: candidates })).map((r) => String(r.id)),
  );
  return wanted.map((w) => {
    let id = w.base;
    for (let n = 2; taken.has(id); n++) id = n <= 5 ? `${w.base}-${n}` : `${w.base}-${w.fallback}`;
    taken.add(id);
    return id;
  });
}

/**
 * Writes the reports the review added as sources we do not hold (no text,
 * held: false), each published by its entity (one this commit created, for a
 * new mention), with an id no node has: by key, the id and title written.
 */
async function writeReports(
  tx: ManagedTransaction,
  body: CommitBody,
  {
    hash,
    entityOfMention,
    nameOf,
  }: { hash: string; entityOfMention: Map<string, string>; nameOf: (id: string) => string },
): Promise<Map<string, { id: string; title: string }>> {
  const written = new Map<string, { id: string; title: string }>();
  if (!body.reports.length) return written;
  const ids = await freeIds(
    tx,
    body.reports.map((r) => ({
      base: `src-${slug(r.title, 40)}-${shortHash(hash + r.key)}`,
      fallback: shortHash(hash + r.key + r.title),
    })),
  );
  const rows = body.reports.map((r, i) => {
    const id = ids[i]!;
    written.set(r.key, { id, title: r.title });
    const publisher = r.publisher ? (entityOfMention.get(r.publisher) ?? r.publisher) : null;
    const source: ResolvedSource = {
      id,
      name: r.title,
      aliases: [],
      title: r.title,
      publisher,
      publishedDate: r.publishedDate ?? null,
      dateBasis: r.publishedDate ? 'stated' : 'unknown',
      url: r.url ?? null,
      textFile: null,
      cites: [],
      text: null,
      note: `Cited in "${body.article.title}"; not held.`,
    };
    return sourceRow(source, publisher ? nameOf(publisher) : null, 'ingest');
  });
  await tx.run(query('seed/merge-sources'), { rows });
  return written;
}
