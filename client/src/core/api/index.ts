/** The typed client of the Claimgraph API. */
import type {
  AgreementsInViewResponse,
  AgreementsResponse,
  ClaimDisputesResponse,
  ClaimSpeakersResponse,
  ClaimSubjectsResponse,
  ClaimsResponse,
  ContradictionBriefsResponse,
  ContradictionsResponse,
  FigureAgreementsResponse,
  CorroborationBriefsResponse,
  CorroborationsResponse,
  DisputesInViewResponse,
  SourceAgreementsResponse,
  SourceDisputesResponse,
  CypherResponse,
  DisagreementOrder,
  FiguresResponse,
  NodeDetails,
  PlacesResponse,
  Coordinates,
  LocatedPlace,
  PlaceWithin,
  UndoneLocation,
  PairKindName,
  PairNoun,
  PathsResponse,
  RecordedPair,
  SearchResponse,
  SerializedGraph,
  SourceDetails,
  SourceOrder,
  SourcesResponse,
} from './types';
import type {
  CommitBody,
  CommitResult,
  ComparedArticleFigures,
  EntityMergeResult,
  FiguresCompareInput,
  IngestArticle,
  IngestProposal,
  LinkedSource,
  MergeDecisionsResponse,
  SourceRemoval,
  UndoMergeResult,
} from '../ingest/types';
import { PAIR_FIELD } from './types';
import { ApiError, errorFrom, queryString, type QueryValue } from './utils';

export * from './types';
export { ApiError, describeError, isAbort, isTransient } from './utils';

export interface RequestOptions {
  signal?: AbortSignal;
}

/** A response's JSON body; null when it has none. */
async function jsonOf(res: Response): Promise<unknown> {
  const type = res.headers.get('content-type') ?? '';
  return type.includes('json') ? await res.json().catch(() => null) : null;
}

/** The error a failed response stands for, with the server's message and Retry-After. */
async function failureOf(res: Response): Promise<ApiError> {
  return errorFrom(res.status, res.statusText, await jsonOf(res), res.headers.get('retry-after'));
}

/** The most claims one POST /api/claims/by-ids answers (the server's BY_IDS_CAP). */
export const CLAIMS_BY_IDS_MAX = 2_000;
/** The most claims one /api/claims/disputes (or disputes/in-view) request names (the server's VIEW_IDS_CAP). */
export const DISPUTES_IDS_MAX = 5_000;
/** The most places one /api/places answer describes (the server's PLACES_MAX). */
export const PLACES_MAX = 5_000;

/**
 * The most speakers or subjects a who-said-what list offers to narrow it by
 * (the server names up to its NARROWING_CAP); the rest are counted, not named.
 */
export const LIST_CHOICES_MAX = 200;

/** The most claims one /api/claims.csv answer holds (the server's CSV_ROWS). */
export const CLAIMS_CSV_MAX = 10_000;

/** A CSV answer of /api/claims.csv: the file, its name, its rows and how many matched. */
export interface CsvFile {
  csv: Blob;
  fileName: string;
  rows: number;
  total: number;
}

async function csvFile(res: Response): Promise<CsvFile> {
  if (!res.ok) throw await failureOf(res);
  // As bytes: text() would drop the byte-order mark spreadsheets read the encoding from.
  const csv = await res.blob();
  const fileName =
    /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'claims.csv';
  const rows = Number(res.headers.get('x-row-count') ?? NaN);
  const total = Number(res.headers.get('x-total-count') ?? NaN);
  return { csv, fileName, rows, total };
}

export class ApiClient {
  /** The bearer token write routes need when the server has API_TOKEN (null: none). */
  private token: () => string | null = () => null;

  constructor(
    private readonly base = '/api',
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  setTokenProvider(provider: () => string | null): void {
    this.token = provider;
  }

  /** POST a JSON body to a write route, with the bearer token when there is one. */
  private write<T>(
    path: string,
    body: unknown,
    opts: RequestOptions = {},
    params: Record<string, QueryValue> = {},
  ): Promise<T> {
    const token = this.token();
    return this.post<T>(
      path,
      body,
      opts,
      params,
      token ? { Authorization: `Bearer ${token}` } : {},
    );
  }

  /** POST a JSON body: to a write route, or to a read route asked about more ids than a URL holds. */
  private post<T>(
    path: string,
    body: unknown,
    opts: RequestOptions = {},
    params: Record<string, QueryValue> = {},
    headers: Record<string, string> = {},
  ): Promise<T> {
    return this.request<T>(path, params, {
      method: 'POST',
      body: JSON.stringify(body ?? {}),
      headers: { 'Content-Type': 'application/json', ...headers },
      signal: opts.signal,
    });
  }

  /** GET a CSV route's table. */
  private async getCsv(
    path: string,
    params: Record<string, QueryValue>,
    opts: RequestOptions,
  ): Promise<CsvFile> {
    return csvFile(
      await this.fetchImpl(`${this.base}${path}${queryString(params)}`, {
        headers: { Accept: 'text/csv' },
        signal: opts.signal,
      }),
    );
  }

  /** POST a JSON body to a CSV route (the claims in view's tables). */
  private async postCsv(path: string, body: unknown, opts: RequestOptions): Promise<CsvFile> {
    return csvFile(
      await this.fetchImpl(`${this.base}${path}`, {
        method: 'POST',
        headers: { Accept: 'text/csv', 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: opts.signal,
      }),
    );
  }

  private async request<T>(
    path: string,
    params: Record<string, QueryValue> = {},
    init: RequestInit & RequestOptions = {},
  ): Promise<T> {
    const res = await this.fetchImpl(`${this.base}${path}${queryString(params)}`, {
      ...init,
      headers: { Accept: 'application/json', ...(init.headers ?? {}) },
    });
    if (!res.ok) throw await failureOf(res);
    const body = await jsonOf(res);
    if (body === null) throw new ApiError(res.status, 'The server sent no JSON', null);
    return body as T;
  }

  search(q: string, opts: { types?: string[]; limit?: number } & RequestOptions = {}) {
    return this.request<SearchResponse>(
      '/search',
      { q, types: opts.types, limit: opts.limit ?? 10 },
      { signal: opts.signal },
    );
  }

  node(id: string, opts: RequestOptions = {}) {
    return this.request<NodeDetails>(`/nodes/${encodeURIComponent(id)}`, {}, opts);
  }

  neighborhood(
    id: string,
    opts: {
      depth?: number;
      labels?: string[];
      rels?: string[];
      limit?: number;
      /** Depth 1: the centre's links to skip (the `nextOffset` of the page before). */
      offset?: number;
    } & RequestOptions = {},
  ) {
    return this.request<SerializedGraph>(
      `/nodes/${encodeURIComponent(id)}/neighborhood`,
      {
        depth: opts.depth ?? 1,
        labels: opts.labels,
        rels: opts.rels,
        limit: opts.limit ?? 200,
        offset: opts.offset || undefined,
      },
      { signal: opts.signal },
    );
  }

  overview(opts: { limit?: number } & RequestOptions = {}) {
    return this.request<SerializedGraph>(
      '/graph/overview',
      { limit: opts.limit },
      { signal: opts.signal },
    );
  }

  paths(from: string, to: string, opts: { maxHops?: number } & RequestOptions = {}) {
    return this.request<PathsResponse>(
      '/paths',
      { from, to, maxHops: opts.maxHops ?? 4 },
      { signal: opts.signal },
    );
  }

  claims(
    filter: {
      speaker?: string;
      about?: string;
      source?: string;
      from?: string;
      to?: string;
      limit?: number;
      offset?: number;
    },
    opts: RequestOptions = {},
  ) {
    return this.request<ClaimsResponse>('/claims', { ...filter }, opts);
  }

  /** Who spoke about `about`, most claims first: the choices of its list's "Said by". */
  claimSpeakers(about: string, opts: RequestOptions = {}) {
    return this.request<ClaimSpeakersResponse>(
      '/claims/speakers',
      { about, limit: LIST_CHOICES_MAX },
      opts,
    );
  }

  /** What `speaker` spoke about, most claims first: the choices of the speaker's list's "About". */
  claimSubjects(speaker: string, opts: RequestOptions = {}) {
    return this.request<ClaimSubjectsResponse>(
      '/claims/subjects',
      { speaker, limit: LIST_CHOICES_MAX },
      opts,
    );
  }

  /** The sources with what each holds, a page at a time (the Sources panel). */
  sources(
    q: { q?: string; order: SourceOrder; limit: number; offset?: number },
    opts: RequestOptions = {},
  ) {
    return this.request<SourcesResponse>(
      '/sources',
      { q: q.q || undefined, order: q.order, limit: q.limit, offset: q.offset || undefined },
      opts,
    );
  }

  /** Every place with the claims about it (the Map panel, of the whole graph). */
  places(opts: RequestOptions = {}) {
    return this.request<PlacesResponse>('/places', { limit: PLACES_MAX }, opts);
  }

  /** The places the claims `ids` (those in view) are about, counting those claims only. */
  placesInView(ids: string[], opts: RequestOptions = {}) {
    return this.post<PlacesResponse>('/places/in-view', { ids, limit: PLACES_MAX }, opts);
  }

  /** The graph's places as the CSV table of /api/places.csv (up to PLACES_MAX). */
  placesCsv(opts: RequestOptions = {}): Promise<CsvFile> {
    return this.getCsv('/places.csv', {}, opts);
  }

  /** The places the claims `ids` (those in view) are about, as a CSV table. */
  placesInViewCsv(ids: string[], opts: RequestOptions = {}): Promise<CsvFile> {
    return this.postCsv('/places/in-view.csv', { ids }, opts);
  }

  /** Places a place on the map (or, both null, takes its coordinates back); answers the change's id. */
  locatePlace(id: string, at: Coordinates, opts: RequestOptions = {}) {
    return this.write<LocatedPlace>(`/places/${encodeURIComponent(id)}/location`, at, opts);
  }

  /** Says what place a place lies in (null: takes back what an analyst said); answers what it replaced. */
  setWithin(id: string, within: string | null, opts: RequestOptions = {}) {
    return this.write<PlaceWithin>(`/places/${encodeURIComponent(id)}/within`, { within }, opts);
  }

  /** Undoes `change` of a place's location: where it was, who had placed it and when. */
  undoLocation(id: string, change: string, opts: RequestOptions = {}) {
    return this.write<UndoneLocation>(
      `/places/${encodeURIComponent(id)}/location/undo`,
      { change },
      opts,
    );
  }

  /** The claims `ids` (those in view; up to CLAIMS_BY_IDS_MAX), in date order, undated last. */
  claimsOf(ids: string[], opts: RequestOptions = {}) {
    return this.post<ClaimsResponse>('/claims/by-ids', { ids }, opts);
  }

  /**
   * The claims `claims` lists, as the CSV table of /api/claims.csv (all of them
   * up to 10,000), with the server's file name and how many matched in all.
   */
  claimsCsv(
    filter: { speaker?: string; about?: string; source?: string; from?: string; to?: string },
    opts: RequestOptions = {},
  ): Promise<CsvFile> {
    return this.getCsv('/claims.csv', { ...filter }, opts);
  }

  /** The same table for the claims `ids` (those in view; up to 10,000). */
  claimsCsvOf(ids: string[], opts: RequestOptions = {}): Promise<CsvFile> {
    return this.postCsv('/claims.csv', { ids }, opts);
  }

  /** The recorded contradictions or corroborations as a CSV table, narrowed by `q` as the Disputes panel's lists. */
  recordedPairsCsv(kind: PairKindName, q: string, opts: RequestOptions = {}): Promise<CsvFile> {
    return this.getCsv(`/${kind}.csv`, { q: q.trim() || undefined }, opts);
  }

  /** Figures that disagree as a CSV table: `measure`'s pairs (all when null), in `order`. */
  figurePairsCsv(
    measure: string | null,
    order: DisagreementOrder,
    opts: RequestOptions = {},
  ): Promise<CsvFile> {
    return this.getCsv('/figures.csv', { measure, order }, opts);
  }

  /** The same table for the pairs with one of the claims `ids` (those in view) on a side. */
  figurePairsCsvOf(
    ids: string[],
    measure: string | null,
    order: DisagreementOrder,
    opts: RequestOptions = {},
  ): Promise<CsvFile> {
    return this.postCsv('/figures.csv', { ids, measure: measure ?? undefined, order }, opts);
  }

  /** The same table for the pairs with one of the claims `ids` (those in view) on a side. */
  recordedPairsCsvOf(
    kind: PairKindName,
    ids: string[],
    q: string,
    opts: RequestOptions = {},
  ): Promise<CsvFile> {
    return this.postCsv(`/${kind}.csv`, { ids, q: q.trim() || undefined }, opts);
  }

  /**
   * The figures that disagree with the claims of source `id` (its own and those relayed
   * from it), widest apart first, as a CSV table named after it.
   */
  sourceFiguresCsv(id: string, order: DisagreementOrder, opts: RequestOptions = {}) {
    return this.getCsv(`/sources/${encodeURIComponent(id)}/figures.csv`, { order }, opts);
  }

  /** The figures that agree with the claims of source `id`, closest first, as a CSV table. */
  sourceAgreementsCsv(id: string, opts: RequestOptions = {}) {
    return this.getCsv(`/sources/${encodeURIComponent(id)}/agreements.csv`, {}, opts);
  }

  /** The corroborations recorded with the claims of source `id`, as a CSV table. */
  sourceCorroborationsCsv(id: string, opts: RequestOptions = {}) {
    return this.getCsv(`/sources/${encodeURIComponent(id)}/corroborations.csv`, {}, opts);
  }

  /** The contradictions recorded against the claims of source `id`, as a CSV table. */
  sourceContradictionsCsv(id: string, opts: RequestOptions = {}) {
    return this.getCsv(`/sources/${encodeURIComponent(id)}/contradictions.csv`, {}, opts);
  }

  /** Which other sources' figures agree with the claims of source `id`, every pair counted. */
  sourceAgreements(id: string, opts: RequestOptions & { limit?: number } = {}) {
    return this.request<SourceAgreementsResponse>(
      `/sources/${encodeURIComponent(id)}/agreements${queryString({ limit: opts.limit })}`,
      {},
      opts,
    );
  }

  /** Which other sources dispute the claims of source `id`, every pair counted. */
  sourceDisputes(id: string, opts: RequestOptions & { limit?: number } = {}) {
    return this.request<SourceDisputesResponse>(
      `/sources/${encodeURIComponent(id)}/disputes${queryString({ limit: opts.limit })}`,
      {},
      opts,
    );
  }

  source(id: string, opts: RequestOptions = {}) {
    return this.request<SourceDetails>(`/sources/${encodeURIComponent(id)}`, {}, opts);
  }

  /**
   * points 'none': the measures and disagreements without the points themselves;
   * order 'widest': the disagreements listed widest apart first.
   */
  figures(
    measure?: string | null,
    opts: RequestOptions & { points?: 'all' | 'none'; order?: DisagreementOrder } = {},
  ) {
    const { points, order, ...rest } = opts;
    return this.request<FiguresResponse>(
      '/figures',
      {
        measure: measure ?? undefined,
        points: points === 'none' ? 'none' : undefined,
        order: order === 'widest' ? 'widest' : undefined,
      },
      rest,
    );
  }

  /**
   * What `figures` answers, for the claims `ids` (those in view; up to
   * DISPUTES_IDS_MAX): their figures, and the pairs with one of them on a side.
   */
  figuresInView(
    ids: string[],
    measure: string | null,
    opts: RequestOptions & { points?: 'all' | 'none'; order?: DisagreementOrder } = {},
  ) {
    const { points, order, ...rest } = opts;
    return this.post<FiguresResponse & { asked: number }>(
      '/figures/in-view',
      { ids, measure: measure ?? undefined, points, order },
      rest,
    );
  }

  /** Where sources disagree about the claims `ids` (those in view; up to DISPUTES_IDS_MAX). */
  disputesInView(ids: string[], opts: RequestOptions = {}) {
    return this.post<DisputesInViewResponse>('/claims/disputes/in-view', { ids }, opts);
  }

  /** Where the graph's figures agree: pairs of agreeing figures by measure, the closest named. */
  figureAgreements(opts: RequestOptions = {}) {
    return this.request<FigureAgreementsResponse>('/figures/agreements', {}, opts);
  }

  /** The graph's pairs of agreeing figures as a CSV table, closest first. */
  figureAgreementsCsv(opts: RequestOptions = {}): Promise<CsvFile> {
    return this.getCsv('/figures/agreements.csv', {}, opts);
  }

  /** The same table for the pairs with one of the claims `ids` (those in view) on a side. */
  figureAgreementsCsvOf(ids: string[], opts: RequestOptions = {}): Promise<CsvFile> {
    return this.postCsv('/figures/agreements.csv', { ids }, opts);
  }

  /** Where sources agree about the claims `ids` (those in view; up to DISPUTES_IDS_MAX). */
  agreementsInView(ids: string[], opts: RequestOptions = {}) {
    return this.post<AgreementsInViewResponse>('/claims/agreements/in-view', { ids }, opts);
  }

  /**
   * For each of `ids` (up to DISPUTES_IDS_MAX) whose figures other speakers'
   * disagree with: how many pairs, and the `shown` widest apart.
   */
  disputesOf(ids: string[], opts: RequestOptions & { shown?: number } = {}) {
    return this.post<ClaimDisputesResponse>('/claims/disputes', { ids, shown: opts.shown }, opts);
  }

  /** For each of a claim's figures, the other claims' figures that agree with it, closest first. */
  agreements(claim: string, opts: RequestOptions = {}) {
    return this.request<AgreementsResponse>(
      `/claims/${encodeURIComponent(claim)}/agreements`,
      {},
      opts,
    );
  }

  /** Recorded contradictions between claims: all of them, or those of one claim. */
  contradictions(claim?: string | null, opts: RequestOptions = {}) {
    return this.request<ContradictionsResponse>(
      '/contradictions',
      { claim: claim ?? undefined },
      opts,
    );
  }

  /** Every recorded contradiction, as much as marking its claims disputed needs. */
  contradictionBriefs(opts: RequestOptions = {}) {
    return this.request<ContradictionBriefsResponse>('/contradictions', { detail: 'brief' }, opts);
  }

  /** Recorded corroborations between claims: all of them, or those of one claim. */
  corroborations(claim?: string | null, opts: RequestOptions = {}) {
    return this.request<CorroborationsResponse>(
      '/corroborations',
      { claim: claim ?? undefined },
      opts,
    );
  }

  /** Every recorded corroboration, as much as drawing its line needs. */
  corroborationBriefs(opts: RequestOptions = {}) {
    return this.request<CorroborationBriefsResponse>('/corroborations', { detail: 'brief' }, opts);
  }

  /**
   * Records that two claims cannot both hold (contradictions) or bear each other out
   * (corroborations); a pair already recorded comes back as it is.
   */
  recordPair(
    kind: PairKindName,
    claim: string,
    other: string,
    note: string,
    opts: RequestOptions = {},
  ) {
    return this.write<{ created: boolean } & Partial<Record<PairNoun, RecordedPair>>>(
      `/${kind}`,
      { claim, [PAIR_FIELD[kind]]: other, note },
      opts,
    );
  }

  /** Rewords the note of a pair an analyst recorded; answers the note it replaced. */
  editPairNote(
    kind: PairKindName,
    claim: string,
    other: string,
    note: string,
    opts: RequestOptions = {},
  ) {
    return this.write<{ previousNote: string }>(
      `/${kind}/note`,
      { claim, [PAIR_FIELD[kind]]: other, note },
      opts,
    );
  }

  /** Takes back the pair recorded between two claims, whichever way round; answers what it held. */
  removePair(kind: PairKindName, claim: string, other: string, opts: RequestOptions = {}) {
    return this.write<{ removed: RecordedPair }>(
      `/${kind}/remove`,
      { claim, [PAIR_FIELD[kind]]: other },
      opts,
    );
  }

  cypher(query: string, params: Record<string, unknown> = {}, opts: RequestOptions = {}) {
    return this.post<CypherResponse>('/cypher', { query, params }, opts);
  }

  /** Proposes the entities and claims of a pasted article; writes nothing. */
  ingestPreview(article: IngestArticle, opts: RequestOptions = {}) {
    return this.write<IngestProposal>('/ingest/preview', article, opts);
  }

  /** The review's figures compared again with the graph's, for the speakers it settled on. */
  ingestFigures(body: FiguresCompareInput, opts: RequestOptions = {}) {
    return this.write<ComparedArticleFigures>('/ingest/figures', body, opts);
  }

  /**
   * Writes a reviewed proposal (created false: the article was already there);
   * `dryRun` answers what it would write, writing nothing.
   */
  ingestCommit(
    body: CommitBody,
    { dryRun = false, ...opts }: RequestOptions & { dryRun?: boolean } = {},
  ) {
    return this.write<CommitResult>('/ingest/commit', body, opts, dryRun ? { dryRun: 'true' } : {});
  }

  /** The sources analysts linked, newest first. */
  linkedSources(limit = 50, opts: RequestOptions = {}) {
    return this.request<{ sources: LinkedSource[] }>('/ingest/sources', { limit }, opts);
  }

  /**
   * Takes back a source an analyst linked, with its claims and what its commit
   * changed elsewhere; `dryRun` answers what it would remove, writing nothing.
   */
  removeSource(
    source: string,
    { dryRun = false, ...opts }: RequestOptions & { dryRun?: boolean } = {},
  ) {
    return this.write<SourceRemoval>(
      '/sources/remove',
      { source },
      opts,
      dryRun ? { dryRun: 'true' } : {},
    );
  }

  mergeEntities(keep: string, merge: string, opts: RequestOptions = {}) {
    return this.write<EntityMergeResult>('/entities/merge', { keep, merge }, opts);
  }

  undoMerge(decision: string, opts: RequestOptions = {}) {
    return this.write<UndoMergeResult>(
      `/entities/merges/${encodeURIComponent(decision)}/undo`,
      undefined,
      opts,
    );
  }

  merges(limit = 50, opts: RequestOptions = {}) {
    return this.request<MergeDecisionsResponse>('/entities/merges', { limit }, opts);
  }
}
