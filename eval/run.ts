/**
 * npx tsx eval/run.ts [--verbose]
 *
 * Runs the extractor over the annotated corpus in eval/corpus with the index built from
 * seed/data/entities.json and an in-memory fuzzy look-up, prints the scores, and exits
 * non-zero when a target (eval/lib.ts TARGETS) is missed. --verbose lists every error.
 */
import { join } from 'node:path';
import { runEval, runSeedCheck, TARGETS, type EvalResult, type SeedCheck } from './lib';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(r: EvalResult, verbose: boolean): void {
  const L = r.linking;
  const N = r.newEntities;
  const C = r.claims;
  const lines = [
    `Claimgraph extraction eval — ${r.articles} articles, ${r.words} words`,
    '',
    'Mentions',
    `  linking precision            ${pct(L.precision)}  (${L.tp} correct of ${L.tp + L.fp} linked)   target ≥ ${pct(TARGETS.linkingPrecision)}`,
    `  linking recall               ${pct(L.recall)}  (${L.goldFound} of ${L.gold} annotated)   target ≥ ${pct(TARGETS.linkingRecall)}`,
    `  new-entity detection recall  ${pct(N.recall)}  (${N.found} of ${N.gold})`,
    `  new-entity label accuracy    ${pct(N.found ? N.labelCorrect / N.found : 1)}  (${N.labelCorrect} of ${N.found} found)`,
    `  unannotated new proposals    ${N.spurious}`,
    '',
    'Claims',
    `  direct:   detected ${pct(C.detectionRecallDirect)} (${C.direct.detected}/${C.direct.gold}), speaker accuracy ${pct(C.speakerAccuracyDirect)} (${C.direct.speakerCorrect}/${C.direct.detected})   target ≥ ${pct(TARGETS.speakerAccuracyDirect)}`,
    `  indirect: detected ${pct(C.detectionRecallIndirect)} (${C.indirect.detected}/${C.indirect.gold}), speaker accuracy ${pct(C.speakerAccuracyIndirect)} (${C.indirect.speakerCorrect}/${C.indirect.detected})   target ≥ ${pct(TARGETS.speakerAccuracyIndirect)}`,
    `  speaker correct over all annotated claims: ${pct((C.direct.speakerCorrect + C.indirect.speakerCorrect) / Math.max(1, C.direct.gold + C.indirect.gold))}`,
    `  direct/indirect kind correct: ${C.direct.kindCorrect + C.indirect.kindCorrect} of ${C.direct.detected + C.indirect.detected}`,
    `  proposals matching an annotated claim: ${pct(C.precision)} (${C.matchedProposals}/${C.proposed})`,
    '',
    'Timing (index built once, after one warm-up pass)',
    `  per article: mean ${r.timing.meanMs.toFixed(1)} ms, max ${r.timing.maxMs.toFixed(1)} ms`,
    `  ${r.timing.words1000}-word article: median CPU ${r.timing.cpu1000Ms.toFixed(1)} ms (target < ${TARGETS.maxMs1000Words} ms); wall-clock median ${r.timing.median1000Ms.toFixed(1)} ms, mean ${r.timing.mean1000Ms.toFixed(1)} ms, max ${r.timing.max1000Ms.toFixed(1)} ms`,
    '',
  ];
  if (verbose) {
    lines.push('Errors');
    for (const p of r.problems) lines.push(`  ${p.file}: ${p.what}`);
    lines.push('');
  }
  lines.push(r.pass ? 'PASS: all targets met' : `FAIL: ${r.failures.join('; ')}`);
  console.log(lines.join('\n'));
}

function reportSeed(s: SeedCheck, verbose: boolean): void {
  const lines = [
    `Seed articles (informational, no target: in-sample for linking) — ${s.sources} articles`,
    `  curated claims overlapped by a proposal: ${pct(s.claimsFound / Math.max(1, s.claims))} (${s.claimsFound}/${s.claims})`,
    `  same speaker as the curated claim:       ${pct(s.speakerAgree / Math.max(1, s.claimsFound))} (${s.speakerAgree}/${s.claimsFound})`,
    `  curated figures found (same value):      ${pct(s.figuresFound / Math.max(1, s.figures))} (${s.figuresFound}/${s.figures})`,
    `  of those, same measure and unit:         ${pct(s.measureAgree / Math.max(1, s.figuresFound))} (${s.measureAgree}/${s.figuresFound})`,
    `  relayed claims given the seed's report:  ${pct(s.relays.proposedRight / Math.max(1, s.relays.relayed))} (${s.relays.proposedRight}/${s.relays.relayed}; among the candidates: ${s.relays.amongCandidates})`,
    `  reports proposed that the seed does not name: ${s.relays.proposedWrong}`,
    `  stated dates given the seed's date:       ${pct(s.dates.proposedRight / Math.max(1, s.dates.stated))} (${s.dates.proposedRight}/${s.dates.stated}); dates proposed where the seed dates otherwise: ${s.dates.proposedElsewhere}`,
  ];
  if (verbose) for (const p of s.problems) lines.push(`    ${p.file}: ${p.what}`);
  console.log(lines.join('\n') + '\n');
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const r = await runEval();
  console.log('== Development corpus (eval/corpus) ==');
  report(r, verbose);
  console.log('');
  const h = await runEval({ corpusDir: join(__dirname, 'heldout'), timingRuns: 3 });
  console.log('== Held-out corpus (eval/heldout; see eval/README.md for its history) ==');
  report(h, verbose);
  console.log('');
  const b = await runEval({ corpusDir: join(__dirname, 'blind'), timingRuns: 3 });
  console.log('== Blind set at hand-over (eval/blind; run once, see eval/README.md) ==');
  report(b, verbose);
  console.log('');
  reportSeed(await runSeedCheck(), verbose);
  process.exitCode = r.pass && h.pass && b.pass ? 0 : 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 2;
});
