/**
 * `npm run ingest -- FILE [--title T] [--outlet O] [--url U] [--date YYYY-MM-DD]
 *                         [--dry-run] [--json] [--yes]`
 *
 * `npm run ingest -- --remove SOURCE_ID [--dry-run] [--json] [--yes]`
 *
 * Links a new source from the command line, for batches. --dry-run shows the
 * proposal (--json: the same JSON as POST /api/ingest/preview); otherwise the
 * default review (matches accepted, new names created, claims with a known
 * speaker accepted, hearsay as the article's unattributed reports) is
 * committed after confirmation, or at once with --yes. Contradictions with
 * the graph's claims are listed, never recorded: that takes an analyst's
 * reading (the explorer's review, or POST /api/contradictions).
 * --remove removes a linked source as POST /api/sources/remove does, listing
 * what goes first (--dry-run: only that).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { describe, resolveConnection } from '../../db/connection';
import { GraphDb } from '../../db/graph-db';
import { formatFactor } from '../domain/figures';
import { HttpError } from '../http/errors';
import { commitProposal } from './commit';
import { IngestService, type PreviewResult } from './preview';
import type { ReportRef } from './relays';
import { defaultReview } from './review';
import { articleSchema } from './schema';
import type { SourceRemoval } from './types';
import { unlinkSource } from './unlink';
import { proposedSpeakerName } from './unattributed';
import { nodeId } from '../routes/schemas';

const USAGE = [
  'usage: npm run ingest -- FILE [--title T] [--outlet O] [--url U] [--date YYYY-MM-DD] [--dry-run] [--json] [--yes]',
  '       npm run ingest -- --remove SOURCE_ID [--dry-run] [--json] [--yes]',
].join('\n');

class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}

function summary(p: PreviewResult): string {
  const linked = p.mentions.filter((m) => m.match);
  const lines = [
    `"${p.article.title}": ${p.stats.words} words, ${p.mentions.length} mentions (${linked.length} linked, ${p.newEntities.length} new entities), ${p.claims.length} claims, ${p.stats.ms.toFixed(0)} ms`,
  ];
  if (p.existingSource)
    lines.push(`already in the graph as ${p.existingSource.id}: committing changes nothing`);
  for (const e of p.newEntities) lines.push(`  new ${e.label.padEnd(5)} ${e.name}`);
  for (const c of p.claims) {
    const who =
      c.speaker.entityId ??
      (c.speaker.mentionId
        ? `«${c.speaker.text}»`
        : c.speaker.unattributed
          ? '(unattributed)'
          : `? ${c.speaker.text}`);
    lines.push(`  ${c.kind === 'direct' ? '“”' : '≈ '} ${who} ${c.cue}: ${c.text.slice(0, 90)}`);
    if (c.statedDate) lines.push(`     said on ${c.statedDate.date} ("${c.statedDate.text}")`);
    // The report it would be committed as relayed from, or the ones to choose from in the explorer.
    const relay = p.relays.find((r) => r.claim === c.id);
    const chosen = relay?.candidates.find((r) => r.id === relay.proposed);
    if (chosen) lines.push(`     relayed from ${chosen.id} (${reportLabel(chosen)})`);
    else if (relay)
      lines.push(
        `     may be relayed from ${relay.candidates.map((r) => r.id).join(', ')}: none chosen`,
      );
  }
  // Suggestions only: the default review records none (the explorer's review can).
  for (const k of p.contradictions) {
    lines.push(
      `  may contradict ${k.contradicts.id} (${k.contradicts.speaker?.name ?? '?'}): claim ${k.claim}, ${k.note}`,
    );
  }
  // Figures at odds with the graph's: the figures view will show them once committed.
  for (const k of p.figureClashes) {
    const figure = p.claims.find((c) => c.id === k.claim)?.figures[k.figure];
    const widest = k.widest[0];
    lines.push(
      `  figure ${figure?.text ?? '?'} (claim ${k.claim}) disagrees with ${k.total} in the graph` +
        (widest ? `, widest ${widest.side} [${widest.claimId}]` : '') +
        (widest?.source ? ` in “${widest.source}”` : '') +
        (widest?.relayedFrom ? `, from ${widest.relayedFrom}` : ''),
    );
  }
  // Two speakers the article sets side by side, whose figures disagree (one
  // speaker's two figures are no dispute: the default review keeps its speakers).
  for (const k of p.figureClashesInArticle.filter((x) => !x.sameSpeaker)) {
    const [a, b] = [k.a, k.b].map((x) => {
      const c = p.claims.find((y) => y.id === x.claim);
      return `${c ? proposedSpeakerName(c.speaker) : '?'}: ${c?.figures[x.figure]?.text ?? '?'} (claim ${x.claim})`;
    });
    lines.push(`  figures disagree within the article: ${a} vs ${b} · ${formatFactor(k.factor)}`);
  }
  // Figures the graph already holds: corroborated, repeated, or relayed from a report it has.
  for (const a of p.figureAgreements) {
    const figure = p.claims.find((c) => c.id === a.claim)?.figures[a.figure];
    const chosen = p.relays.find((r) => r.claim === a.claim)?.proposed;
    const relayed = chosen ? a.origins.find((o) => o.id === chosen) : undefined;
    lines.push(
      `  figure ${figure?.text ?? '?'} (claim ${a.claim}) agrees with ${a.total} in the graph` +
        ` (${count(a.speakers, 'other speaker')}, ${count(a.repeats, 'repeat')})` +
        `, back to ${count(a.originsTotal, 'report')}` +
        (a.counted < a.total ? ` among the closest ${a.counted}` : '') +
        (relayed ? `, ${relayed.claims} of them from ${relayed.id}, which it relays` : ''),
    );
  }
  for (const notice of p.notices) lines.push(`note: ${notice}`);
  return lines.join('\n');
}

/** A report as the CLI names it: its outlet and date, else its title. */
function reportLabel(r: ReportRef): string {
  return [r.outlet ?? r.title, r.date].filter(Boolean).join(', ');
}

const count = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

function removalSummary(r: SourceRemoval): string {
  const lines = [
    `${r.dryRun ? 'would remove' : 'removed'} ${r.source.id} "${r.source.title}"${
      r.source.linkedAt ? ` (linked ${r.source.linkedAt})` : ''
    }: ${[
      count(r.claimsRemoved.length, 'claim'),
      count(r.contradictionsRemoved.length, 'contradiction'),
      count(r.corroborationsRemoved.length, 'corroboration'),
      count(r.entitiesRemoved.length, 'entity', 'entities'),
      count(r.reportsRemoved.length, 'report'),
      count(r.aliasesForgotten.length, 'alias', 'aliases'),
      count(r.rejectionsForgotten.length, 'rejected link'),
    ].join(', ')}`,
  ];
  for (const c of r.claimsRemoved)
    lines.push(`  claim ${c.id} ${c.speaker ?? '?'}: ${c.text.slice(0, 90)}`);
  for (const k of r.contradictionsRemoved)
    lines.push(`  contradiction ${k.claim} / ${k.contradicts}: ${k.note}`);
  for (const k of r.corroborationsRemoved)
    lines.push(`  corroboration ${k.claim} / ${k.corroborates}: ${k.note}`);
  for (const e of r.entitiesRemoved) lines.push(`  entity ${e.id} ${e.name}`);
  for (const e of r.entitiesKept)
    lines.push(`  kept ${e.id} ${e.name}: ${e.otherLinks} links from other sources`);
  for (const x of r.reportsRemoved) lines.push(`  report ${x.id} "${x.title}"`);
  for (const x of r.reportsKept)
    lines.push(`  kept report ${x.id} "${x.title}": ${x.otherLinks} links from other sources`);
  for (const a of r.aliasesForgotten) lines.push(`  alias "${a.alias}" of ${a.id}`);
  for (const x of r.rejectionsForgotten) lines.push(`  rejected link "${x.surface}" for ${x.id}`);
  return lines.join('\n');
}

async function confirm(question: string): Promise<void> {
  if (!process.stdin.isTTY)
    throw new CliError('not writing without confirmation: add --yes to go ahead', 3);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`${question} [y/N] `);
  rl.close();
  if (!/^y(es)?$/i.test(answer.trim())) throw new CliError('nothing written', 3);
}

/** `--remove SOURCE_ID`: what goes, then (confirmed) the removal. */
async function removeSource(
  sourceId: string,
  opts: { dryRun: boolean; json: boolean; yes: boolean },
): Promise<void> {
  const conn = await resolveConnection((l) => console.error(l));
  const db = new GraphDb(conn);
  try {
    const rehearsed = await unlinkSource(db, sourceId, { dryRun: true });
    if (opts.dryRun || !opts.json) {
      console.log(opts.json ? JSON.stringify(rehearsed, null, 2) : removalSummary(rehearsed));
    }
    if (opts.dryRun) return;
    if (!opts.yes) await confirm(`Remove it from ${describe(conn)}?`);
    const removed = await unlinkSource(db, sourceId);
    console.log(
      opts.json ? JSON.stringify(removed, null, 2) : removalSummary(removed).split('\n')[0],
    );
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
      date: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      remove: { type: 'string' },
    },
  });
  const sourceId = values.remove;
  if (sourceId !== undefined) {
    if (positionals.length || values.title || values.outlet || values.url || values.date)
      throw new CliError(USAGE);
    if (!nodeId.safeParse(sourceId).success)
      throw new CliError(`--remove: "${sourceId}" is not a source id such as "src-…"`);
    return removeSource(sourceId, {
      dryRun: values['dry-run'],
      json: values.json,
      yes: values.yes,
    });
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new CliError(USAGE);
  if (!existsSync(file)) throw new CliError(`no such file: ${file}`);
  const text = readFileSync(file, 'utf8');
  const parsed = articleSchema.safeParse({
    title:
      values.title ??
      text
        .split('\n')
        .find((l) => l.trim())
        ?.trim()
        .slice(0, 300) ??
      file,
    ...(values.outlet ? { outlet: values.outlet } : {}),
    ...(values.url ? { url: values.url } : {}),
    ...(values.date ? { publishedDate: values.date } : {}),
    text,
  });
  if (!parsed.success) {
    const flag: Record<string, string> = {
      publishedDate: '--date',
      url: '--url',
      title: '--title',
      text: file,
    };
    throw new CliError(
      parsed.error.issues
        .map((i) => `${flag[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`)
        .join('\n'),
    );
  }
  const article = parsed.data;

  const conn = await resolveConnection((l) => console.error(l));
  const db = new GraphDb(conn);
  try {
    const proposal = await new IngestService(db).preview(article);
    if (values['dry-run']) {
      console.log(values.json ? JSON.stringify(proposal, null, 2) : summary(proposal));
      return;
    }
    if (!values.json) console.log(summary(proposal));
    if (!values.yes) await confirm(`Commit to ${describe(conn)}?`);
    const result = await commitProposal(db, defaultReview(article, proposal));
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else
      console.log(
        result.created
          ? `committed ${result.sourceId}: ${count(result.claimsCreated.length, 'claim')}, ${count(result.entitiesCreated.length, 'new entity', 'new entities')}, ${count(result.aliasesLearned.length, 'alias', 'aliases')} learned${result.reportsCited.length ? `, ${count(result.reportsCited.length, 'report')} cited` : ''}`
          : `already in the graph as ${result.sourceId}; nothing written`,
      );
    if (!values.json) {
      // A new place has no coordinates, so the explorer's Map cannot draw it yet.
      const places = result.entitiesCreated.filter((e) => e.label === 'Place');
      if (places.length)
        console.log(
          `${count(places.length, 'new place has', 'new places have')} no coordinates: ` +
            `${places.map((p) => `${p.name} (${p.id})`).join(', ')}. Place them on the explorer's ` +
            'Map, or with POST /api/places/:id/location {lat, lon}.',
        );
    }
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof CliError) {
    console.error(err.message);
    process.exit(err.code);
  }
  if (err instanceof HttpError) {
    // The API's field names mean nothing here: "body.source: …" is the source given.
    console.error(`refused: ${err.message.replace(/^body\.source: /, '')}`);
    process.exit(2);
  }
  console.error(`error: ${(err as Error).message}`);
  process.exit(1);
});
