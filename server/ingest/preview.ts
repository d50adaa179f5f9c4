/**
 * The preview side of linking a new source: the graph's entities as an alias
 * index, a fuzzy fallback on Neo4j's full-text index, and the extractor.
 * Surface forms an analyst rejected for an entity are not proposed for it again.
 *
 * The index is kept with the graph version it was read at (the read cache's:
 * the bookmark of the last commit) and rebuilt when the graph has changed since,
 * by this server or by anyone else (a seed, the ingest CLI), so a preview never
 * proposes as new an entity the graph already holds. After a write through this
 * server the rebuild starts at once, in the background: at scale 1000 it takes
 * ~0.5 s, which the analyst's next preview would otherwise wait for.
 */
import { query } from '../../db/cypher';
import { isMissingFulltextIndex } from '../../db/errors';
import { int, type GraphDb } from '../../db/graph-db';
import { textHash } from '../../seed/load';
import { figureAmount, isDenial, type FigureAmount } from '../../seed/model';
import { figuresAgreeingIndexed, type AgreeingFigure } from '../domain/agreements';
import { comparedFiguresFor, type ComparedFigures } from '../domain/compared-figures';
import { FigureIndex, figuresAgainst } from '../domain/figure-index';
import { describePoint, type ComparedPoint } from '../domain/figures';
import { reportedIn, type ReportedIn } from '../domain/reported-in';
import { luceneQuery } from '../domain/search';
import {
  assertionsLike,
  contradictionCandidates,
  denialsLike,
  inArticleCandidates,
  type ArticleClaim,
  type ContradictionCandidate,
  type GraphClaim,
} from './contradiction-candidates';
import {
  buildEntityIndex,
  extract,
  linkedEntities,
  speakerEntity,
  type EntityIndex,
  type KnownEntity,
  type Proposal,
} from './extract';
import { phraseKey } from './extract/normalise';
import {
  articleOrigin,
  proposeRelays,
  RELAY_CANDIDATES,
  relayInputs,
  relayPublishers,
  type ProposedRelay,
  type ReportRef,
  type Wire,
} from './relays';
import { KeptReads } from './kept-reads';
import { proposedSpeakerName } from './unattributed';
import type { ArticleBody, FiguresCompareBody } from './schema';

interface IndexState {
  index: EntityIndex;
  rejected: Map<string, Set<string>>;
}

/** The graph's version now: any string that changes when the graph does (see ReadCache.version). */
export type GraphVersion = () => Promise<string>;

export interface PreviewResult extends Proposal {
  article: {
    title: string;
    outlet?: string;
    url?: string;
    publishedDate?: string;
    textHash: string;
  };
  /** Set when this article is already in the graph: committing it again changes nothing. */
  existingSource: { id: string; title: string } | null;
  /** Claims, in the graph or the article, its claims may contradict, for the analyst to confirm. */
  contradictions: ContradictionCandidate[];
  /** The article's figures that the graph's figures disagree with (by the figures view's rules). */
  figureClashes: FigureClash[];
  /** The article's figures that the graph's figures agree with (by a claim's Agreements' rules). */
  figureAgreements: FigureAgreement[];
  /**
   * Pairs of the article's own figures that disagree, by the figures view's
   * rules: two speakers the article sets side by side, or (marked
   * sameSpeaker) claims it proposes for one speaker, a dispute once a review
   * gives them two.
   */
  figureClashesInArticle: ArticleFigureClash[];
  /** For claims whose speaker or named outlet published reports in the graph: the report each may be relayed from. */
  relays: ProposedRelay[];
  /** What this preview could not do, in words for the analyst (empty when it did everything). */
  notices: string[];
}

/** A figure of a proposed claim, and the graph's figures it cannot both hold with. */
export interface FigureClash {
  /** The proposed claim, and which of its figures (an index into its `figures`). */
  claim: string;
  figure: number;
  /** How many of the graph's figures it disagrees with. */
  total: number;
  /** The widest apart of them, widest first. */
  widest: ClashingClaim[];
}

/** POST /api/ingest/figures: the preview's three figure lists, for the speakers the review settled on. */
export type ComparedArticleFigures = Pick<
  PreviewResult,
  'figureClashes' | 'figureAgreements' | 'figureClashesInArticle'
>;

/** Two figures of the article that cannot both hold: the earlier claim first. */
export interface ArticleFigureClash {
  a: { claim: string; figure: number };
  b: { claim: string; figure: number };
  /** How far apart the two stated figures are (null when one of them is 0). */
  factor: number | null;
  /**
   * Whether the preview proposes one speaker for both claims: then the pair is
   * no dispute as proposed, but becomes one if the analyst gives the claims
   * two speakers, so the review (which knows the speakers it settles on) is
   * sent it too.
   */
  sameSpeaker: boolean;
}

/** One of the graph's figures a proposed figure disagrees with, and what an analyst reads to judge between them. */
export interface ClashingClaim {
  claimId: string;
  /** Its figure as the figures view names it: "Antony Blinken: 8,000 (2024-10-31)". */
  side: string;
  /** How far apart the two stated figures are (null when one of them is 0). */
  factor: number | null;
  /** The excerpt that reports the claim, and its source's title (null if gone since). */
  excerpt: string | null;
  source: string | null;
  /** The source's outlet, or its publisher's name, as the figures view names it (null: none). */
  outlet: string | null;
  /**
   * The report the source relays the claim from, by its outlet, else its title
   * ("United States government", for Blinken's briefing); null: the source's own account.
   */
  relayedFrom: string | null;
}

/** Graph figures named under each clashing figure of an article; the rest are counted. */
export const CLASHES_SHOWN = 3;

/**
 * A figure of a proposed claim, and the graph's figures that agree with it:
 * whether the article brings a new account of it, repeats one the graph holds
 * (the same speaker's figure), or relays a report the graph already has.
 */
export interface FigureAgreement {
  /** The proposed claim, and which of its figures (an index into its `figures`). */
  claim: string;
  figure: number;
  /** How many of the graph's claims state a figure that agrees. */
  total: number;
  /** Other speakers among them: corroboration. */
  speakers: number;
  /** The proposed speaker's own, in the graph's claims: the statement reported again, or restated. */
  repeats: number;
  /** The agreeing claims whose reports were counted: the closest AGREEING_COUNTED. */
  counted: number;
  /**
   * The reports the counted claims go back to (the one a claim is relayed
   * from, else its source), most claims first, ORIGINS_LISTED at most. One of
   * them may be the report the article's claim is itself relayed from, which
   * makes its account not an independent one.
   */
  origins: AgreeingOrigin[];
  /** How many reports they go back to (origins lists the first). */
  originsTotal: number;
  /** The closest agreeing claims, other speakers' first. */
  closest: AgreeingGraphClaim[];
}

/** A report the graph's agreeing figures go back to, and how many of them do. */
export interface AgreeingOrigin {
  id: string;
  title: string;
  outlet: string | null;
  claims: number;
}

/** One of the graph's claims whose figure agrees with a proposed one, as a clash's claims are named. */
export interface AgreeingGraphClaim extends Omit<ClashingClaim, 'factor'> {
  /** 1 when the stated figures overlap; else how far apart they are (agreeing by the hedges). */
  factor: number;
  match: AgreeingFigure['match'];
  /** The proposed speaker's own figure, in another claim. */
  sameSpeaker: boolean;
  /** The id of the report it goes back to (one of `origins`' when listed; null: reported nowhere). */
  origin: string | null;
}

/** Graph claims named under each agreeing figure of an article. */
export const AGREEING_SHOWN = 3;
/** Agreeing claims, the closest, whose reports are counted: at scale a common figure agrees with thousands. */
export const AGREEING_COUNTED = 100;
/** Reports listed per agreeing figure; the rest are counted. */
export const ORIGINS_LISTED = 12;

/** Said when the graph has no denial_text index: see IngestService.graphDenials. */
export const NO_DENIAL_INDEX_NOTICE =
  "The graph's denials were not searched: its full-text index denial_text is missing. " +
  'Contradictions with denials in the graph are not proposed; those within the article are. ' +
  'The server adds the index when it starts with a Neo4j user that may write ' +
  '(a graph written by an earlier Claimgraph lacks it).';

/** Denials of the graph read for all the article's assertions, closest words first. */
const DENIALS_READ = 200;
/** Assertions of the graph read per denial of the article, closest words first. */
const CANDIDATES_READ = 40;

export class IngestService {
  private built: { version: string; state: Promise<IndexState> } | null = null;
  /**
   * The graph's figures indexed for comparison, and the provenance of those
   * named so far, by the list they were read as (one per version).
   */
  private figureIndexes = new WeakMap<ComparedPoint[], GraphFigures>();

  /** `graphVersion`: without it the index is built once (a one-shot client such as the CLI). */
  constructor(
    private readonly db: GraphDb,
    private readonly graphVersion: GraphVersion = () => Promise.resolve('once'),
    /** The graph's figures, by measure, as the figures view compares them. */
    private readonly graphFigures: ComparedFigures = comparedFiguresFor(db),
  ) {}

  /**
   * After a write through this server: the index for the graph as it now is
   * starts building, and its figures are read, so that the next preview finds
   * them ready. Never throws; a
   * failed build is retried by the next preview.
   */
  refresh(): void {
    this.indexNow().catch(() => {});
    this.graphFiguresNow().catch(() => {});
  }

  /** The graph's figures as they now are, indexed for comparison, with their provenance reads. */
  private async graphFiguresNow(): Promise<GraphFigures> {
    const graph = await this.graphFigures(null);
    let held = this.figureIndexes.get(graph);
    if (!held) {
      held = {
        index: new FigureIndex(graph),
        reported: new KeptReads((ids) => reportedIn(this.db, ids)),
        origins: new KeptReads((ids) => this.originsOf(ids)),
        names: new KeptReads((ids) => this.sourceNames(ids)),
      };
      this.figureIndexes.set(graph, held);
    }
    return held;
  }

  /** The alias index of the graph's current version, built when it changed. */
  private async indexNow(): Promise<IndexState> {
    const version = await this.graphVersion();
    if (this.built?.version !== version) {
      const state = this.readIndex();
      const built = { version, state };
      this.built = built;
      state.catch(() => {
        if (this.built === built) this.built = null;
      });
    }
    return this.built!.state;
  }

  private async readIndex(): Promise<IndexState> {
    const rows = await this.db.readRows(query('ingest/known-entities'));
    const rejected = new Map<string, Set<string>>();
    const entities: KnownEntity[] = rows.map((r) => {
      const rej = r.rejectedAliases as string[];
      if (rej.length) rejected.set(String(r.id), new Set(rej));
      return {
        id: String(r.id),
        label: r.label as KnownEntity['label'],
        kind: r.kind ? String(r.kind) : undefined,
        name: String(r.name),
        aliases: (r.aliases as string[]) ?? [],
        affiliations: [...new Set(r.affiliations as string[])],
      };
    });
    return { index: buildEntityIndex(entities), rejected };
  }

  async preview(article: ArticleBody): Promise<PreviewResult> {
    const { index, rejected } = await this.indexNow();
    const fuzzy = async (surface: string) => {
      const lucene = luceneQuery(surface);
      if (!lucene) return [];
      const rows = await this.db.readRows(query('ingest/fuzzy-entities'), {
        lucene,
        limit: int(5),
      });
      return rows.map((r) => ({ id: String(r.id), score: Number(r.score) }));
    };
    const proposal = await extract(article, index, fuzzy);
    for (const m of proposal.mentions) {
      if (m.match && rejected.get(m.match.entityId)?.has(phraseKey(m.text))) m.match = null;
    }
    const hash = textHash(article.text);
    const [[existing], { candidates: contradictions, notices }, figures, relays] =
      await Promise.all([
        this.db.readRows(query('ingest/existing-source'), {
          url: article.url ?? null,
          textHash: hash,
        }),
        this.contradictions(proposal),
        this.figures(proposedSpeakers(proposal), article.publishedDate ?? null),
        this.relays(proposal, article),
      ]);
    return {
      ...proposal,
      article: {
        title: article.title,
        outlet: article.outlet,
        url: article.url,
        publishedDate: article.publishedDate,
        textHash: hash,
      },
      existingSource: existing ? { id: String(existing.id), title: String(existing.title) } : null,
      contradictions: existing ? [] : contradictions,
      figureClashes: existing ? [] : figures.clashes,
      figureAgreements: existing ? [] : figures.agreements,
      figureClashesInArticle: existing ? [] : figures.inArticle,
      relays: existing ? [] : relays,
      notices: existing ? [] : notices,
    };
  }

  /**
   * For each claim of the proposal with a known subject, the claims it may
   * contradict: for its denials, the article's own assertions, and the graph's
   * closest in words (one full-text lookup each); for its assertions, the
   * graph's denials closest in words to the article (one lookup for all).
   */
  private async contradictions(
    proposal: Proposal,
  ): Promise<{ candidates: ContradictionCandidate[]; notices: string[] }> {
    const linked = linkedEntities(proposal);
    const claims: ArticleClaim[] = proposal.claims
      .map((c) => ({
        id: c.id,
        text: c.text,
        cue: c.cue,
        speakerId: speakerEntity(c, linked),
        speakerName: proposedSpeakerName(c.speaker),
        // Mentions the claim is about, where they link to the graph (a new name cannot match).
        about: c.about.flatMap((a) => linked.get(a) ?? []),
      }))
      .filter((c) => c.about.length > 0);
    const assertions = claims.filter((c) => !isDenial(c.cue));
    const denials = claims
      .filter((c) => isDenial(c.cue))
      .map((c) => ({ claim: c.id, lucene: assertionsLike(c.text) }))
      .filter((q) => q.lucene !== null);
    const lookup = denialsLike(assertions.map((c) => c.text));
    const [{ rows: denialRows, notice }, assertionRows] = await Promise.all([
      lookup ? this.graphDenials(lookup) : { rows: [], notice: null },
      denials.length
        ? this.db.readRows(query('ingest/assertions-like'), {
            queries: denials,
            limit: int(CANDIDATES_READ),
          })
        : [],
    ]);
    const graphDenials = denialRows.map(graphClaimFromRow);
    const like = new Map<string, GraphClaim[]>();
    for (const r of assertionRows) {
      const list = like.get(String(r.claim)) ?? [];
      list.push(graphClaimFromRow(r));
      like.set(String(r.claim), list);
    }
    const names = new Map(
      proposal.mentions.filter((m) => m.match).map((m) => [m.match!.entityId, m.match!.name]),
    );
    const candidates = [
      ...inArticleCandidates(claims, names),
      ...claims.flatMap((c) =>
        contradictionCandidates(c, isDenial(c.cue) ? (like.get(c.id) ?? []) : graphDenials),
      ),
    ];
    return { candidates, notices: notice ? [notice] : [] };
  }

  /**
   * The figures of the claims of an article under review compared again, for
   * the speakers the analyst has settled on: a claim given to a speaker whose
   * own figures in the graph it disagrees with is no dispute, and agrees with
   * them as a repeat. Writes nothing.
   */
  async compareFigures(body: FiguresCompareBody): Promise<ComparedArticleFigures> {
    const figures = await this.figures(
      body.claims.map((c) => ({
        id: c.id,
        // No speaker yet: nobody the claim could share one with.
        speaker:
          c.speaker?.entityId || c.speaker?.name
            ? figureSpeaker(c.speaker.entityId ?? null, c.speaker.name ?? c.speaker.entityId!)
            : { id: `none:${c.id}`, name: '?' },
        date: c.date ?? null,
        figures: c.figures,
      })),
      body.publishedDate ?? null,
    );
    return {
      figureClashes: figures.clashes,
      figureAgreements: figures.agreements,
      figureClashesInArticle: figures.inArticle,
    };
  }

  /**
   * The figures of the proposal's claims that the graph's figures of the same
   * measure disagree with, and those they agree with, each claim dated as a
   * commit would date it (its own date, else the article's) and spoken by `speaker` (the
   * proposed one at preview; a new name is nobody in the graph). Reads the
   * graph's figures, and the provenance of those it names, once per graph
   * version.
   */
  private async figures(
    claims: readonly FigureSpeaker[],
    date: string | null,
  ): Promise<{
    clashes: FigureClash[];
    agreements: FigureAgreement[];
    inArticle: ArticleFigureClash[];
  }> {
    const of = new Map<ComparedPoint, { claim: string; figure: number }>();
    for (const c of claims) {
      c.figures.forEach((f, figure) => {
        const point: ComparedPoint = {
          claimId: c.id,
          speaker: c.speaker,
          date: c.date ?? date,
          asOf: null,
          measure: f.measure,
          unit: f.unit,
          ...figureAmount(f),
          disagrees: false,
        };
        of.set(point, { claim: c.id, figure });
      });
    }
    if (!of.size) return { clashes: [], agreements: [], inArticle: [] };
    const inArticle = articleClashes(of);
    // All the graph's figures, as the figures view and the Disputes panel read
    // them, indexed once per graph version (the server's warm-up reads them
    // ahead, refresh() indexes them too).
    const {
      index,
      reported,
      origins: originsRead,
      names: namesRead,
    } = await this.graphFiguresNow();
    const found = index.against([...of.keys()], CLASHES_SHOWN);
    const agreeing = [...of.keys()]
      .map((point) => ({ point, agreeing: figuresAgreeingIndexed(point, index, AGREEING_COUNTED) }))
      .filter((a) => a.agreeing.total > 0);
    if (!found.length && !agreeing.length) return { clashes: [], agreements: [], inArticle };
    // The figures index holds no provenance: the few claims named are read
    // once, and what the closest agreeing claims go back to, beside it.
    const [read, origins] = await Promise.all([
      reported.get([
        ...found.flatMap((k) => k.widest.map((w) => w.other.claimId)),
        ...agreeing.flatMap((a) =>
          a.agreeing.closest.slice(0, AGREEING_SHOWN).map((g) => g.point.claimId),
        ),
      ]),
      originsRead.get(agreeing.flatMap((a) => a.agreeing.closest.map((g) => g.point.claimId))),
    ]);
    const named = (claimId: string) => {
      const r = read.get(claimId);
      return {
        claimId,
        excerpt: r?.excerpt ?? null,
        source: r?.source?.title ?? null,
        outlet: r?.source?.outlet ?? null,
        relayedFrom: r?.relayedFrom ? (r.relayedFrom.outlet ?? r.relayedFrom.title) : null,
      };
    };
    const clashes = found.map((k) => ({
      ...of.get(k.point)!,
      total: k.total,
      widest: k.widest.map((w) => ({
        ...named(w.other.claimId),
        side: describePoint(w.other),
        factor: w.factor,
      })),
    }));
    // Each figure's reports, most claims first; those listed are named in one more read.
    const ranked = agreeing.map(({ agreeing: found }) => {
      const claims = new Map<string, number>();
      for (const g of found.closest) {
        const o = origins.get(g.point.claimId);
        if (o) claims.set(o, (claims.get(o) ?? 0) + 1);
      }
      return [...claims].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
    });
    const names = await namesRead.get(
      ranked.flatMap((list) => list.slice(0, ORIGINS_LISTED).map(([id]) => id)),
    );
    const agreements = agreeing.map(({ point, agreeing: found }, i) => ({
      ...of.get(point)!,
      total: found.total,
      speakers: found.speakers,
      repeats: found.repeats,
      counted: found.closest.length,
      origins: ranked[i]!.slice(0, ORIGINS_LISTED).map(([id, claims]) => ({
        id,
        title: names.get(id)?.title ?? id,
        outlet: names.get(id)?.outlet ?? null,
        claims,
      })),
      originsTotal: ranked[i]!.length,
      closest: found.closest.slice(0, AGREEING_SHOWN).map((g) => ({
        ...named(g.point.claimId),
        side: describePoint(g.point),
        factor: g.factor,
        match: g.match,
        sameSpeaker: g.sameSpeaker,
        origin: origins.get(g.point.claimId) ?? null,
      })),
    }));
    return { clashes, agreements, inArticle };
  }

  /** The id of the report each claim's account goes back to: the one it is relayed from, else its source. */
  private async originsOf(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await this.db.readRows(query('ingest/origins-of'), { ids: unique });
    return new Map(rows.map((r) => [String(r.id), String(r.origin)]));
  }

  /** Sources' titles and outlets (their own, else their publisher's), by id. */
  private async sourceNames(
    ids: string[],
  ): Promise<Map<string, { title: string; outlet: string | null }>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await this.db.readRows(query('ingest/sources-present'), { ids: unique });
    return new Map(
      rows.map((r) => [
        String(r.id),
        { title: String(r.name), outlet: typeof r.outlet === 'string' ? r.outlet : null },
      ]),
    );
  }

  /**
   * The reports each claim may be relayed from: those published by its
   * speaker, by an entity named in its sentence, or by the outlet the
   * article's source line names, read in one query; and those its speaker,
   * or what they are a member of, published the day it was said, in another.
   */
  private async relays(proposal: Proposal, article: ArticleBody): Promise<ProposedRelay[]> {
    const { claims, linked: spans } = relayInputs(proposal);
    const publishers = new Set(
      claims.flatMap((c) => [...relayPublishers(article.text, c, spans).keys()]),
    );
    const wire = await this.wireOf(article.text);
    if (wire) publishers.add(wire.publisher);
    const asks = claims.flatMap((c) =>
      c.day && c.speakerId ? [{ claim: c.id, speaker: c.speakerId, date: c.day }] : [],
    );
    if (!publishers.size && !asks.length) return [];
    const [rows, onDay] = await Promise.all([
      publishers.size
        ? this.db.readRows(query('ingest/reports-by-publisher'), {
            publishers: [...publishers],
            // Some to spare for those dated after the article, which cannot be relayed.
            limit: int(RELAY_CANDIDATES * 2),
          })
        : [],
      asks.length
        ? this.db.readRows(query('ingest/reports-on-day'), {
            asks,
            limit: int(asks.length * RELAY_CANDIDATES),
          })
        : [],
    ]);
    const sameDay = new Map<string, ReportRef[]>();
    for (const r of onDay) {
      const claim = String(r.claim);
      sameDay.set(claim, [...(sameDay.get(claim) ?? []), reportRef(r)]);
    }
    const reportsBy = new Map<string, ReportRef[]>();
    for (const r of rows) {
      const report = reportRef(r);
      reportsBy.set(report.publisher, [...(reportsBy.get(report.publisher) ?? []), report]);
    }
    return proposeRelays(
      {
        text: article.text,
        title: article.title,
        publishedDate: article.publishedDate ?? null,
        outlet: article.outlet ?? null,
      },
      claims,
      spans,
      reportsBy,
      wire,
      sameDay,
    );
  }

  /** The outlet, by name or alias, that the article names as its origin (see articleOrigin). */
  private async wireOf(text: string): Promise<Wire | null> {
    const origin = articleOrigin(text);
    if (!origin) return null;
    const [found] = await this.db.readRows(query('ingest/publisher-by-name'), {
      outlet: origin.outlet,
    });
    return found ? { publisher: String(found.id), via: origin.via } : null;
  }

  /**
   * The graph's denials closest in words to the article's assertions. A graph
   * without the denial_text index still gets the rest of its preview, and is
   * told what is missing, rather than a failed preview.
   */
  private async graphDenials(
    lucene: string,
  ): Promise<{ rows: Record<string, unknown>[]; notice: string | null }> {
    try {
      const rows = await this.db.readRows(query('ingest/denials-like'), {
        lucene,
        limit: int(DENIALS_READ),
      });
      return { rows, notice: null };
    } catch (err) {
      if (!isMissingFulltextIndex(err, 'denial_text')) throw err;
      return { rows: [], notice: NO_DENIAL_INDEX_NOTICE };
    }
  }
}

/** The graph's figures of one version, indexed, and the provenance read so far of those named. */
interface GraphFigures {
  index: FigureIndex;
  reported: KeptReads<ReportedIn>;
  origins: KeptReads<string>;
  names: KeptReads<{ title: string; outlet: string | null }>;
}

/** A report as ingest/reports-by-publisher and ingest/reports-on-day read it. */
function reportRef(r: Record<string, unknown>): ReportRef {
  return {
    id: String(r.id),
    title: String(r.title),
    outlet: typeof r.outlet === 'string' ? r.outlet : null,
    date: typeof r.date === 'string' ? r.date : null,
    publisher: String(r.publisher),
  };
}

/** A claim's figures and who speaks them, as its figures are compared. */
interface FigureSpeaker {
  id: string;
  speaker: { id: string; name: string };
  /** When it was said, where the review dates it so; else the article's date. */
  date?: string | null;
  figures: readonly (FigureAmount & { measure: string; unit: string })[];
}

/** Who speaks a claim's figures, as compared: an entity of the graph by its id, a new name by itself. */
function figureSpeaker(entityId: string | null, name: string): FigureSpeaker['speaker'] {
  return { id: entityId ?? `new:${name}`, name };
}

/** The proposal's claims with the speakers it proposes: an entity of the graph, or a new name. */
function proposedSpeakers(proposal: Proposal): FigureSpeaker[] {
  const linked = linkedEntities(proposal);
  return proposal.claims.map((c) => ({
    id: c.id,
    speaker: figureSpeaker(speakerEntity(c, linked), proposedSpeakerName(c.speaker)),
    date: c.statedDate?.date ?? null,
    figures: c.figures,
  }));
}

/**
 * The article's figures compared with each other, once per pair: the article's
 * own points, in the order of its claims, as the index compares the graph's,
 * whoever speaks them. Pairs of one proposed speaker are kept, marked, for a
 * review that may give their claims two speakers.
 */
function articleClashes(
  of: Map<ComparedPoint, { claim: string; figure: number }>,
): ArticleFigureClash[] {
  const proposed = [...of.keys()];
  // Each claim its own speaker, so that no pair is ruled out for its speakers.
  const points = proposed.map((p) => ({
    ...p,
    speaker: { ...p.speaker, id: `claim:${p.claimId}` },
  }));
  const order = new Map(points.map((p, i) => [p, i]));
  return figuresAgainst(points, points, points.length)
    .flatMap((k) =>
      k.widest
        .filter((w) => order.get(w.other)! > order.get(k.point)!)
        .map((w) => ({ a: order.get(k.point)!, b: order.get(w.other)!, factor: w.factor })),
    )
    .sort((x, y) => x.a - y.a || x.b - y.b)
    .map(({ a, b, factor }) => ({
      a: of.get(proposed[a]!)!,
      b: of.get(proposed[b]!)!,
      factor,
      sameSpeaker: proposed[a]!.speaker.id === proposed[b]!.speaker.id,
    }));
}

function graphClaimFromRow(r: Record<string, unknown>): GraphClaim {
  const sp = r.speaker as { id?: unknown; name?: unknown } | null;
  return {
    id: String(r.id),
    text: String(r.text ?? ''),
    cue: typeof r.cue === 'string' ? r.cue : null,
    date: typeof r.date === 'string' ? r.date : null,
    speaker: sp?.id ? { id: String(sp.id), name: String(sp.name ?? sp.id) } : null,
    about: ((r.about as { id?: unknown; name?: unknown }[]) ?? []).map((e) => ({
      id: String(e.id),
      name: String(e.name ?? e.id),
    })),
    source: typeof r.source === 'string' ? r.source : null,
  };
}
