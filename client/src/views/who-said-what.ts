/**
 * Who said what: for an actor, its claims (and claims about it) grouped by
 * source; for a claim, who said it, about whom, and the article with the
 * excerpt highlighted in place; for a source, its claims and who made them.
 */
import {
  CLAIMS_BY_IDS_MAX,
  type Claim,
  type ListChoice,
  type SourceDetails,
  type SourceDisputesResponse,
} from '../core/api';
import {
  cueOf,
  figureLabel,
  formatDate,
  groupBySource,
  recordedWhen,
  segmentText,
  sourceHref,
  type SourceGroup,
} from '../core/claims';
import type { NodeAttrs } from '../core/graph';
import type { WhoSaidNarrowing } from '../core/url-state';
import { formatCount, formatFactor, plural } from '../core/format';
import { agreementBox } from './agreements';
import { BRING_IN_MAX, bringClaimsIn } from './bring-claims-in';
import { cached } from './cache';
import { claimCard, claimLink, sourceNote } from './claim-card';
import {
  claimsCsvButton,
  recordedPairsCsvButton,
  figurePairsCsvButton,
  type ClaimListFilter,
} from './claims-csv';
import { corroborationBox } from './corroborations';
import {
  CONTRADICTION,
  CORROBORATION,
  pairForm,
  rewordNoteInPlace,
  takeBack as takeBackPair,
} from './pair-form';
import type { AppContext } from './context';
import { h, nextPageLabel } from './dom';
import { entityLink } from './entity-link';
import { failureNote } from './failure';
import { otherSourcesList } from './other-sources';
import { agreesWithSection } from './source-agreements';

/** Claims read at once for an actor's who-said-what; more on request. */
const CLAIMS_PAGE = 200;

const loading = (what: string) => h('p', { class: 'loading', role: 'status' }, `Loading ${what}…`);
const failure = (what: string, err: unknown, retry?: () => void) =>
  failureNote(`Could not load ${what}`, err, retry);
/** Try again for a view that fills `root`: empties it and fills it again. */
const refill = (root: HTMLElement, fill: () => Promise<void>) => () => {
  root.replaceChildren();
  void fill();
};

export function sourceDetails(ctx: AppContext, id: string): Promise<SourceDetails> {
  return cached(`source:${id}`, () => ctx.api.source(id));
}

/** The source a claim is reported in: from the graph if it is there, else its neighbourhood. */
async function claimSourceId(ctx: AppContext, claimId: string): Promise<string | null> {
  const g = ctx.dataset.graph;
  if (g.hasNode(claimId)) {
    const e = g.findOutEdge(claimId, (_e, a) => a.relType === 'REPORTED_IN');
    if (e) return g.target(e);
  }
  const nb = await cached(`nb:${claimId}`, () =>
    ctx.api.neighborhood(claimId, { depth: 1, rels: ['REPORTED_IN'] }),
  );
  const edge = nb.edges.find((e) => e.attributes.relType === 'REPORTED_IN' && e.source === claimId);
  return edge?.target ?? null;
}

export async function loadClaim(
  ctx: AppContext,
  claimId: string,
): Promise<{ claim: Claim; source: SourceDetails } | null> {
  const sourceId = await claimSourceId(ctx, claimId);
  if (!sourceId) return null;
  const source = await sourceDetails(ctx, sourceId);
  const claim = source.claims.find((c) => c.id === claimId);
  return claim ? { claim, source } : null;
}

/**
 * Completes each side of `sides` (by claim id) with what that claim rests on:
 * the source that reported it in its note (and the report that source relays
 * it from), and its excerpt on the link's
 * hover, to weigh against this claim's without leaving it. Best effort: the
 * box stays useful without them, so a failed read leaves them out.
 */
async function describeOtherClaims(
  ctx: AppContext,
  sides: ReadonlyMap<string, HTMLElement[]>,
): Promise<void> {
  try {
    for (const other of await otherClaims(ctx, sides.keys())) {
      for (const side of sides.get(other.id) ?? []) {
        const note = side.querySelector<HTMLElement>('[data-source-of]');
        if (note) sourceNote(note, other.source, other.relayedFrom);
        const link = side.querySelector('button');
        if (link) link.title = `“${other.excerpt}”`;
      }
    }
  } catch {
    // Left out; "see the other claim" still opens it, with its source.
  }
}

/**
 * The claims `ids` (the first CLAIMS_BY_IDS_MAX, by id) that dispute one claim
 * or one source's, read once until the graph changes: a panel drawn again (new
 * disputes, a tab back) reads nothing again.
 */
async function otherClaims(ctx: AppContext, ids: Iterable<string>): Promise<Claim[]> {
  const sorted = [...new Set(ids)].sort().slice(0, CLAIMS_BY_IDS_MAX);
  if (!sorted.length) return [];
  const key = `claims-of:${sorted.join(',')}`;
  return (await cached(key, () => ctx.api.claimsOf(sorted))).claims;
}

function groupsView(ctx: AppContext, groups: SourceGroup[], showSpeaker: boolean): HTMLElement {
  const disputed = ctx.store.get().disputed;
  return h(
    'div',
    { class: 'source-groups' },
    groups.map((g) =>
      h(
        'section',
        { class: 'source-group', dataset: { sourceId: g.source.id } },
        h(
          'h4',
          { class: 'source-group-title' },
          entityLink(ctx, g.source.id, g.source.title, 'link-btn source-link'),
          h(
            'span',
            { class: 'muted' },
            ` · ${g.source.outlet ? `${g.source.outlet} · ` : ''}${formatDate(g.source.publishedDate)}`,
          ),
        ),
        g.claims.map((c) =>
          claimCard(c, {
            onOpen: (id) => void ctx.actions.select(id, { tab: 'said', center: true }),
            showSpeaker,
            disputes: disputed.get(c.id),
          }),
        ),
      ),
    ),
  );
}

/**
 * The choice that narrows one of an entity's lists: of the claims about it,
 * one speaker's (`by`); of an actor's own claims, those about one subject
 * (`about`).
 */
type Narrowing = keyof WhoSaidNarrowing;

async function actorView(
  ctx: AppContext,
  id: string,
  a: NodeAttrs,
  root: HTMLElement,
): Promise<void> {
  const isActor = a.category === 'Actor';
  const bySection = h('section', { class: 'wsw-section', id: 'said-by' });
  const aboutSection = h('section', { class: 'wsw-section', id: 'said-about' });
  if (isActor) root.append(bySection);
  root.append(aboutSection);
  // A page's claims come with their disputes known, for their cards to mark.
  const page = (filter: ClaimListFilter) => async (offset: number) => {
    const res = await cached(`claims:${JSON.stringify(filter)}:${offset}`, () =>
      ctx.api.claims({ ...filter, limit: CLAIMS_PAGE, offset }),
    );
    await ctx.disputes.ensure(res.claims.map((c) => c.id));
    return res;
  };
  /** The choice the store (or the link) holds for this entity's list. */
  const chosen = (n: Narrowing): string | null => {
    const w = ctx.store.get().whoSaid;
    return w?.of === id ? w[n] : null;
  };
  const choose = (n: Narrowing, value: string | null) => {
    const w = ctx.store.get().whoSaid;
    const was = w?.of === id ? w : { by: null, about: null };
    // The graph draws the narrowing (see narrowedFocus): a search's or a path's
    // highlight would hide it.
    ctx.store.set({ whoSaid: { ...was, of: id, [n]: value }, highlight: null });
  };
  const fill = async (
    section: HTMLElement,
    title: string,
    base: ClaimListFilter,
    narrowing: Narrowing,
    showSpeaker: boolean,
  ) => {
    const count = h('span', { class: 'count' });
    const body = h('div', { class: 'wsw-list' });
    section.append(h('h3', null, title, count), body);
    let latest = 0;
    /**
     * The list, narrowed to `choice` (a speaker or a subject) when given;
     * `frame`: the analyst chose it, and the camera goes to what it lights up.
     */
    const show = async (choice: string | null, frame = false) => {
      const filter: ClaimListFilter = choice
        ? { ...base, [narrowing === 'by' ? 'speaker' : 'about']: choice }
        : base;
      const load = page(filter);
      const mine = ++latest;
      body.replaceChildren(loading('claims'));
      section.dataset.narrowedTo = choice ?? '';
      try {
        // A narrowed count says what it is out of: the whole list's total (cached).
        const [res, whole] = await Promise.all([load(0), choice ? page(base)(0) : null]);
        if (mine !== latest) return; // another choice was made meanwhile
        const groups = groupBySource(res.claims);
        count.textContent =
          ` ${whole ? `${formatCount(res.total)} of ` : ''}${plural(whole?.total ?? res.total, 'claim')}` +
          (res.total > res.claims.length ? '' : `, ${plural(groups.length, 'source')}`);
        section.dataset.count = String(res.claims.length);
        body.replaceChildren(
          ...(res.total > 0 ? [claimsCsvButton(ctx, filter, res.total)] : []),
          res.claims.length
            ? groupsView(ctx, groups, showSpeaker)
            : h('p', { class: 'muted' }, 'None recorded.'),
        );
        if (choice && res.claims.length) {
          body.prepend(drawnNote(ctx, res.claims, res.total, id, choice));
          if (frame) frameClaims(ctx, res.claims, [id, choice]);
        }
        if (res.total > res.claims.length) body.append(nextPages(section, res, load, showSpeaker));
      } catch (err) {
        if (mine === latest) body.replaceChildren(failure('claims', err, () => void show(choice)));
      }
    };
    const initial = chosen(narrowing);
    await Promise.all([
      show(initial),
      narrowingChoice(ctx, id, narrowing, initial).then((select) => {
        if (!select) return;
        select.addEventListener('change', () => {
          choose(narrowing, select.value || null);
          void show(select.value || null, true);
        });
        section.querySelector('h3')!.after(select.parentElement!);
      }),
    ]);
  };
  // A hub speaker has thousands of claims: they come a page at a time, in the
  // API's order (by date), each page grouped by source below the last.
  const nextPages = (
    section: HTMLElement,
    first: { total: number; claims: Claim[] },
    load: (offset: number) => Promise<{ total: number; claims: Claim[] }>,
    showSpeaker: boolean,
  ): HTMLElement => {
    let shown = first.claims.length;
    const button = h(
      'button',
      { type: 'button', class: 'btn more-btn' },
      nextPageLabel(first.total - shown, CLAIMS_PAGE, 'claim'),
    );
    button.addEventListener('click', () => {
      button.disabled = true;
      void load(shown)
        .then((page) => {
          if (page.claims.length === 0) return button.remove();
          button.before(
            h(
              'p',
              { class: 'page-divider muted' },
              `Claims ${formatCount(shown + 1)}–` +
                `${formatCount(shown + page.claims.length)} of ${formatCount(page.total)}`,
            ),
            groupsView(ctx, groupBySource(page.claims), showSpeaker),
          );
          shown += page.claims.length;
          section.dataset.count = String(shown);
          if (shown >= page.total) button.remove();
          else button.textContent = nextPageLabel(page.total - shown, CLAIMS_PAGE, 'claim');
        })
        .catch((err: unknown) => button.before(failure('more claims', err)))
        .finally(() => (button.disabled = false));
    });
    return button;
  };
  await Promise.all([
    isActor ? fill(bySection, `What ${a.name} said`, { speaker: id }, 'about', false) : null,
    fill(aboutSection, `What was said about ${a.name}`, { about: id }, 'by', true),
  ]);
}

/** How each note drawn below (drawnNote) draws itself again. */
const redrawsOfNotes = new WeakMap<Element, () => HTMLElement>();

/** The filters changed what the graph draws: each narrowed list's note under `root` counts again. */
export function recountDrawn(root: HTMLElement): void {
  for (const note of root.querySelectorAll('.wsw-drawn')) {
    const redraw = redrawsOfNotes.get(note);
    if (redraw) note.replaceWith(redraw());
  }
}

/**
 * How many of a narrowed list's claims the graph lights up: the graph holds
 * only what has been brought in, so a long list or a big graph may show few.
 * Those it lacks can be brought in (up to BRING_IN_MAX at once).
 */
function drawnNote(
  ctx: AppContext,
  claims: Claim[],
  total: number,
  anchor: string,
  choice: string,
): HTMLElement {
  const drawn = claims.filter((c) => ctx.display.hasNode(c.id)).length;
  const missing = claims.filter((c) => !ctx.dataset.graph.hasNode(c.id)).map((c) => c.id);
  const filteredOut = claims.length - drawn - missing.length;
  const listed = total > claims.length ? `the first ${formatCount(claims.length)}` : 'these';
  const hidden = filteredOut ? ` ${formatCount(filteredOut)} hidden by the filters.` : '';
  const text =
    drawn === claims.length && listed === 'these'
      ? 'Lit up in the graph, with who said them and where they were reported.'
      : drawn === 0
        ? `None of ${listed} claims is drawn in the graph.${hidden}`
        : `${formatCount(drawn)} of ${listed} claims lit up in the graph.${hidden}`;
  const note = h('p', { class: 'muted wsw-drawn', dataset: { drawn: String(drawn) } }, text);
  const redraw = () => drawnNote(ctx, claims, total, anchor, choice);
  redrawsOfNotes.set(note, redraw);
  if (missing.length === 0) return note;
  const bring = Math.min(missing.length, BRING_IN_MAX);
  const button = h(
    'button',
    { type: 'button', class: 'link-btn wsw-bring-in' },
    bring === missing.length
      ? `Bring ${bring === 1 ? 'it' : `the other ${formatCount(bring)}`} in`
      : `Bring ${formatCount(bring)} more in`,
  );
  const label = button.textContent!;
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = 'Bringing them in…';
    if (note.nextElementSibling?.matches('.error')) note.nextElementSibling.remove();
    void bringClaimsIn(ctx, missing, anchor)
      .then(() => {
        note.replaceWith(redraw());
        frameClaims(ctx, claims, [anchor, choice]);
      })
      .catch((err: unknown) => {
        // Nothing was merged (all or nothing): the button can simply be pressed again.
        button.disabled = false;
        button.textContent = label;
        note.after(failure('the claims', err));
      });
  });
  note.append(' ', button);
  return note;
}

/** Moves the camera to the listed claims the graph draws, with the two ends. */
function frameClaims(ctx: AppContext, claims: Claim[], ends: string[]): void {
  const drawn = [...ends, ...claims.map((c) => c.id)].filter((n) => ctx.display.hasNode(n));
  if (drawn.length > 1) void ctx.actions.focusNodes(drawn);
}

/**
 * A select of the speakers who spoke about `id` (narrowing `by`), or of what
 * actor `id` spoke about (`about`), with their claims, inside its label;
 * null when there is nothing to choose between, or the choices fail to load
 * (the list stays whole).
 */
async function narrowingChoice(
  ctx: AppContext,
  id: string,
  narrowing: Narrowing,
  initial: string | null,
): Promise<HTMLSelectElement | null> {
  let choices: ListChoice[];
  let total: number;
  try {
    if (narrowing === 'by') {
      const r = await cached(`claim-speakers:${id}`, () => ctx.api.claimSpeakers(id));
      [choices, total] = [r.speakers, r.speakersTotal];
    } else {
      const r = await cached(`claim-subjects:${id}`, () => ctx.api.claimSubjects(id));
      [choices, total] = [r.subjects, r.subjectsTotal];
    }
  } catch {
    return null;
  }
  if (total < 2 && !initial) return null;
  const [label, any, kind] =
    narrowing === 'by' ? ['Said by', 'Anyone', 'speaker'] : ['About', 'Anything', 'subject'];
  // A choice from a link that is not among those named (past the first 200) stays chosen.
  const g = ctx.dataset.graph;
  const extra: { id: string; name: string; count: number | null }[] =
    initial && !choices.some((c) => c.id === initial)
      ? [
          {
            id: initial,
            name: g.hasNode(initial) ? g.getNodeAttribute(initial, 'name') : initial,
            count: null,
          },
        ]
      : [];
  const selectId = `wsw-narrow-${narrowing}`;
  const select = h(
    'select',
    { id: selectId, class: 'wsw-narrow-select', dataset: { narrowing } },
    h('option', { value: '' }, `${any} (${plural(total, kind)})`),
    [...choices, ...extra].map((c) =>
      h(
        'option',
        { value: c.id },
        c.count === null ? c.name : `${c.name} (${formatCount(c.count)})`,
      ),
    ),
  );
  select.value = initial ?? '';
  h('div', { class: 'wsw-narrow' }, h('label', { for: selectId }, label), select);
  return select;
}

/** The article text with every claim span marked; `current` strongly, scrolled into view. */
export function articleView(
  ctx: AppContext,
  s: SourceDetails,
  current: string | null,
): HTMLElement {
  const text = s.source.text;
  if (!text) {
    return h(
      'div',
      { class: 'article article-missing' },
      h(
        'p',
        { class: 'muted' },
        s.source.held
          ? 'The text of this source is not available.'
          : 'Claimgraph does not hold the text of this source; it is known because another article cites it.',
      ),
    );
  }
  const speakers = new Map(s.claims.map((c) => [c.id, c]));
  const segments = segmentText(
    text,
    s.claims.map((c) => ({ id: c.id, start: c.start, end: c.end })),
  );
  const body = h('div', {
    class: 'article',
    tabindex: '0',
    'aria-label': `Text of ${s.source.title}`,
  });
  for (const seg of segments) {
    if (!seg.claims.length) {
      body.append(seg.text);
      continue;
    }
    const isCurrent = current !== null && seg.claims.includes(current);
    const first = speakers.get(seg.claims[0]!);
    const mark = h(
      'mark',
      {
        class: isCurrent ? 'span is-current' : 'span',
        dataset: { claims: seg.claims.join(' ') },
        title: seg.claims
          .map((id) => {
            const c = speakers.get(id);
            return c ? `${c.speaker.name} ${cueOf(c)}: ${c.text}` : id;
          })
          .join('\n'),
      },
      seg.text,
    );
    if (!isCurrent && first) {
      mark.classList.add('is-clickable');
      mark.addEventListener('click', () => void ctx.actions.select(first.id, { tab: 'said' }));
    }
    body.append(mark);
  }
  return body;
}

async function claimView(
  ctx: AppContext,
  id: string,
  a: NodeAttrs,
  root: HTMLElement,
): Promise<void> {
  root.append(loading('the claim and its source'));
  try {
    const [res] = await Promise.all([loadClaim(ctx, id), ctx.disputes.ensure([id])]);
    root.replaceChildren();
    if (!res) {
      root.append(
        h('p', { class: 'muted' }, String(a.text ?? a.name)),
        h('p', { class: 'error' }, 'The source of this claim is not known.'),
      );
      return;
    }
    const { claim: c, source: s } = res;
    const disputes = ctx.store.get().disputed.get(c.id) ?? [];
    // At scale a figure can disagree with thousands: the widest are listed, the rest counted.
    const unlisted = ctx.disputes.countOf(c.id, disputes) - disputes.length;
    const about = c.about.length
      ? h(
          'p',
          { class: 'claim-about' },
          h('span', { class: 'muted' }, 'About: '),
          c.about.map((x) => entityLink(ctx, x.id, x.name, 'chip chip-link')),
        )
      : null;
    const figures = c.figures.length
      ? h(
          'ul',
          { class: 'figure-chips' },
          c.figures.map((f) => h('li', { class: 'chip' }, figureLabel(f))),
        )
      : null;
    // Where each other claim was reported and its words, filled in once read:
    // the box names who said the other figure, these what it rests on.
    const otherSides = new Map<string, HTMLElement[]>();
    const dispute = disputes.length
      ? h(
          'div',
          { class: 'dispute-box', role: 'note' },
          h('strong', null, 'Disputed: '),
          disputes.map((d) => {
            const other = d.claims.find((x) => x !== c.id)!;
            const b = h(
              'span',
              { class: 'side' },
              claimLink(ctx, other, 'see the other claim'),
              h('span', { dataset: { sourceOf: other } }),
            );
            otherSides.set(other, [...(otherSides.get(other) ?? []), b]);
            // What an analyst recorded, an analyst can reword or take back (the seed's come from its file).
            const apart = d.factor !== undefined ? ` (${formatFactor(d.factor)})` : '';
            if (d.origin !== 'analyst') return h('p', null, `${d.reason}${apart} `, b);
            const rewordBtn = h(
              'button',
              { type: 'button', class: 'link-btn reword-note' },
              'reword the note',
            );
            const takeBack = h(
              'button',
              { type: 'button', class: 'link-btn take-back' },
              'take back',
            );
            const when = recordedWhen(d);
            const entry = h(
              'p',
              null,
              `${d.reason} `,
              when
                ? h('span', { class: 'muted recorded-when', title: when.title }, `(${when.text}) `)
                : null,
              b,
              ' · ',
              rewordBtn,
              ' · ',
              takeBack,
            );
            rewordBtn.addEventListener('click', () => {
              void rewordNoteInPlace(ctx, CONTRADICTION, c.id, other, entry);
            });
            takeBack.addEventListener('click', () => {
              takeBack.disabled = true;
              void takeBackPair(ctx, CONTRADICTION, c.id, other).then((ok) => {
                takeBack.disabled = ok;
              });
            });
            return entry;
          }),
          unlisted > 0
            ? h(
                'p',
                { class: 'muted unlisted-disputes' },
                `${plural(unlisted, 'more figure')} of other speakers disagree with it (the widest apart are listed).`,
              )
            : null,
        )
      : null;
    // Who, what, where it was reported with the words in place; then the rest.
    root.append(
      h(
        'section',
        { class: 'claim-head' },
        h(
          'p',
          { class: 'claim-who' },
          entityLink(ctx, c.speaker.id, c.speaker.name, 'link-btn speaker'),
          ` ${cueOf(c)}`,
          h(
            'span',
            { class: 'muted' },
            ` · ${formatDate(c.date)}${c.dateBasis && c.dateBasis !== 'stated' ? ` (${c.dateBasis})` : ''}`,
          ),
        ),
        h('blockquote', { class: 'claim-text' }, c.quote ? `“${c.text}”` : c.text),
        dispute,
        c.figures.length ? agreementBox(ctx, c) : null,
        corroborationBox(ctx, c.id),
        h(
          'div',
          { class: 'pair-forms' },
          pairForm(ctx, CONTRADICTION, c),
          pairForm(ctx, CORROBORATION, c),
        ),
      ),
      h(
        'section',
        { class: 'claim-source-box' },
        h(
          'p',
          { class: 'reported-in' },
          h('span', { class: 'muted' }, 'Reported in '),
          entityLink(ctx, s.source.id, s.source.title, 'link-btn source-link'),
          h(
            'span',
            { class: 'muted' },
            ` · ${[s.source.outlet, formatDate(s.source.publishedDate), s.source.author].filter(Boolean).join(' · ')}`,
          ),
        ),
        c.relayedFrom ? relayedFromLine(ctx, c.relayedFrom) : null,
        articleView(ctx, s, c.id),
      ),
      h(
        'section',
        { class: 'claim-more' },
        about,
        figures,
        c.note ? h('p', { class: 'note' }, `Note: ${c.note}`) : null,
      ),
    );
    requestAnimationFrame(() => scrollToCurrent(root));
    void describeOtherClaims(ctx, otherSides);
  } catch (err) {
    root.replaceChildren(
      failure(
        'the claim',
        err,
        refill(root, () => claimView(ctx, id, a, root)),
      ),
    );
  }
}

async function sourceView(ctx: AppContext, id: string, root: HTMLElement): Promise<void> {
  root.append(loading('the source'));
  try {
    const s = await sourceDetails(ctx, id);
    // Its claims' cards (and the relayed ones') mark which of them are disputed.
    await ctx.disputes.ensure([...s.claims, ...s.relayed.claims].map((c) => c.id));
    root.replaceChildren();
    const src = s.source;
    const href = sourceHref(src.url);
    root.append(
      h(
        'section',
        { class: 'source-head' },
        h(
          'p',
          { class: 'muted' },
          [src.outlet, formatDate(src.publishedDate), src.author].filter(Boolean).join(' · '),
        ),
        src.publisher
          ? h('p', null, 'Published by ', entityLink(ctx, src.publisher.id, src.publisher.name))
          : null,
        href
          ? h(
              'p',
              null,
              h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'Original article ↗'),
            )
          : null,
        s.cites.length
          ? h(
              'p',
              null,
              'Cites: ',
              s.cites.map((x) => entityLink(ctx, x.id, x.title, 'chip chip-link')),
            )
          : null,
        s.citedBy.length
          ? h(
              'p',
              null,
              'Cited by: ',
              s.citedBy.map((x) => entityLink(ctx, x.id, x.title, 'chip chip-link')),
            )
          : null,
      ),
      disagreesWithSection(ctx, s),
      agreesWithSection(ctx, s),
      // A cited report Claimgraph holds no text of reports nothing itself.
      ...(s.source.held || s.claims.length ? [sourceClaimsSection(ctx, id, s)] : []),
      ...(s.relayed.total ? [relayedSection(ctx, s)] : []),
      h('section', { class: 'wsw-section' }, h('h3', null, 'Text'), articleView(ctx, s, null)),
    );
  } catch (err) {
    root.replaceChildren(
      failure(
        'the source',
        err,
        refill(root, () => sourceView(ctx, id, root)),
      ),
    );
  }
}

/**
 * "Disagrees with": the other sources whose claims dispute this one's (their
 * figures disagree, or a contradiction is recorded), most claims first, each
 * opening that source, every pair counted by the server (at scale, thousands).
 * Shown once read; hidden when there are none.
 */
function disagreesWithSection(ctx: AppContext, s: SourceDetails): HTMLElement {
  const section = h('section', { class: 'wsw-section', id: 'source-disagrees', hidden: true });
  void ctx.api
    // The server's default number of rows (the warm-up asks the same URL).
    .sourceDisputes(s.source.id)
    .then((res) => {
      section.dataset.count = String(res.sources.length);
      section.dataset.total = String(res.total);
      if (!res.total && !res.within) return;
      // A cited report's claims are those articles relay from it: its own account.
      const where = s.source.held ? 'this article' : 'what is relayed from it';
      const inArticle = (lead: string) =>
        res.within
          ? h(
              'p',
              { class: 'muted' },
              `${lead}: ${plural(res.within, 'pair')} of claims that disagree.`,
            )
          : '';
      section.replaceChildren(
        h(
          'h3',
          null,
          'Disagrees with ',
          res.total ? h('span', { class: 'count' }, plural(res.total, 'other source')) : '',
        ),
        otherSourcesList(
          ctx,
          res,
          (row) => `${plural(row.theirs, 'claim')} of theirs against ${formatCount(row.ours)} here`,
        ),
        res.relayed
          ? h(
              'p',
              { class: 'muted', id: 'source-disagrees-relayed' },
              `Counting the ${plural(res.relayed, 'claim')} other articles relay from it` +
                (res.total
                  ? '; the other sides are named by the report they are relayed from, if any.'
                  : '.'),
            )
          : '',
        inArticle(res.total ? `Within ${where} too` : `Within ${where}`),
        disputesCsv(ctx, s, res),
      );
      section.hidden = false;
    })
    .catch((err: unknown) => {
      section.replaceChildren(failure('the disputing sources', err));
      section.hidden = false;
    });
  return section;
}

/**
 * The pairs behind "Disagrees with" as CSV tables, named after the source: the
 * figures that disagree with its claims (its own and all those relayed from it,
 * widest apart first), and the contradictions recorded against them; each
 * offered when there are some.
 */
function disputesCsv(ctx: AppContext, s: SourceDetails, res: SourceDisputesResponse): HTMLElement {
  const id = s.source.id;
  return h(
    'p',
    { class: 'source-disputes-csv' },
    res.figurePairsTotal
      ? figurePairsCsvButton(
          ctx,
          'source-figures-csv',
          () => 'widest',
          (order) => ctx.api.sourceFiguresCsv(id, order),
          `Figures that disagree as CSV (${plural(res.figurePairsTotal, 'pair')})`,
        )
      : null,
    res.recordedTotal
      ? recordedPairsCsvButton(
          ctx,
          'source-contradictions-csv',
          () => ctx.api.sourceContradictionsCsv(id),
          `Contradictions as CSV (${formatCount(res.recordedTotal)})`,
        )
      : null,
  );
}

/** "Who said what here": the source's claims, grouped by speaker, with their CSV. */
function sourceClaimsSection(ctx: AppContext, id: string, s: SourceDetails): HTMLElement {
  const bySpeaker = new Map<string, Claim[]>();
  s.claims.forEach((c) => bySpeaker.set(c.speaker.id, [...(bySpeaker.get(c.speaker.id) ?? []), c]));
  return h(
    'section',
    { class: 'wsw-section', id: 'source-claims', dataset: { count: String(s.claims.length) } },
    h(
      'h3',
      null,
      `Who said what here `,
      h(
        'span',
        { class: 'count' },
        `${plural(s.claims.length, 'claim')} by ${plural(bySpeaker.size, 'speaker')}`,
      ),
    ),
    s.claims.length ? claimsCsvButton(ctx, { source: id }, s.claims.length) : null,
    [...bySpeaker.values()].map((cs) =>
      h(
        'div',
        { class: 'speaker-group' },
        h('h4', null, entityLink(ctx, cs[0]!.speaker.id, cs[0]!.speaker.name)),
        cs.map((c) =>
          claimCard(c, {
            onOpen: (cid) => void ctx.actions.select(cid, { tab: 'said', center: true }),
            disputes: ctx.store.get().disputed.get(c.id),
          }),
        ),
      ),
    ),
  );
}

/**
 * Where the claim's words come from before its article: the report the article
 * relays (Blinken's briefing, for his 8,000 in article 001).
 */
function relayedFromLine(ctx: AppContext, r: NonNullable<Claim['relayedFrom']>): HTMLElement {
  const about = [r.outlet, r.publishedDate ? formatDate(r.publishedDate) : null].filter(Boolean);
  return h(
    'p',
    { class: 'relayed-from' },
    h('span', { class: 'muted' }, 'Relayed from '),
    entityLink(ctx, r.id, r.title, 'link-btn source-link'),
    about.length ? h('span', { class: 'muted' }, ` · ${about.join(' · ')}`) : null,
  );
}

/**
 * The claims other articles relay from this source (a cited report such as
 * the KBS interview): what it said, as far as the graph knows, and where.
 */
function relayedSection(ctx: AppContext, s: SourceDetails): HTMLElement {
  const { total, claims } = s.relayed;
  const articles = new Set(claims.map((c) => c.source.id)).size;
  const shown = claims.length < total ? ` (the first ${formatCount(claims.length)})` : '';
  return h(
    'section',
    { class: 'wsw-section', id: 'source-relayed', dataset: { count: String(total) } },
    h(
      'h3',
      null,
      'Relayed from it ',
      h(
        'span',
        { class: 'count' },
        `${plural(total, 'claim')} in ${plural(articles, 'article')}${shown}`,
      ),
    ),
    claims.map((c) =>
      claimCard(c, {
        onOpen: (cid) => void ctx.actions.select(cid, { tab: 'said', center: true }),
        showSpeaker: true,
        showSource: true,
        reportPage: s.source.id,
        disputes: ctx.store.get().disputed.get(c.id),
      }),
    ),
  );
}

/** Scrolls the article box (only it, not the panel) so the current excerpt is in the middle. */
function scrollToCurrent(root: HTMLElement): void {
  const mark = root.querySelector<HTMLElement>('mark.is-current');
  const article = mark?.closest<HTMLElement>('.article');
  if (!mark || !article) return;
  const top =
    mark.getBoundingClientRect().top - article.getBoundingClientRect().top + article.scrollTop;
  article.scrollTop = Math.max(0, top - article.clientHeight / 3);
}

export function renderWhoSaidWhat(
  ctx: AppContext,
  id: string,
  a: NodeAttrs,
  root: HTMLElement,
): Promise<void> {
  if (a.category === 'Claim') return claimView(ctx, id, a, root);
  if (a.category === 'Source') return sourceView(ctx, id, root);
  return actorView(ctx, id, a, root);
}
