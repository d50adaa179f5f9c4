/** What every view gets: the API, the graphs, the UI store and the app's actions. */
import type Graph from 'graphology';
import type { ApiClient, SerializedGraph } from '../core/api';
import type { DisputeLedger } from '../core/claims';
import type { DisplayEdge, DisplayNode } from '../core/display';
import type { FilteredGraph } from '../core/filters';
import type { SourceRemoval } from '../core/ingest';
import type { DatasetGraph, MergeResult } from '../core/graph';
import type { TrailStep, UiState } from '../core/state';
import type { Store } from '../core/state';
import type { DetailTab, PanelId } from '../core/url-state';
import type { PanelLight } from './panel-light';
import type { StatusView } from './status';

export interface Actions {
  /** Selects a node (bringing it into the graph first if needed) and opens its details. */
  select(id: string | null, opts?: { tab?: DetailTab; center?: boolean }): Promise<void>;
  /** Selects again the node selected before the current one (the details panel's Back). */
  back(): Promise<void>;
  /** Where back() would go; null when there is nowhere. */
  previousSelection(): TrailStep | null;
  /** Makes sure a node is in the dataset graph; fetches its neighbourhood if not. */
  ensureNode(id: string): Promise<boolean>;
  /**
   * Merges a node's neighbourhood: all its links or one type's (depth 1 unless
   * told; quiet: no notification). Expanded already, it brings the next page
   * when the database holds more.
   */
  expand(
    id: string,
    opts?: { depth?: number; quiet?: boolean; type?: string | null },
  ): Promise<void>;
  /** Takes back every expansion of the node. */
  collapse(id: string): void;
  /** Takes back one expansion of the node (type null: that of all its links). */
  takeBack(id: string, type: string | null): void;
  hide(id: string): void;
  unhideAll(): void;
  undo(): void;
  focusNode(id: string): void;
  /** Brings several nodes into view (a path, a query result) once the layout settled. */
  focusNodes(ids: string[]): Promise<void>;
  openPanel(panel: PanelId | null): void;
  /**
   * After a source was removed: Add source forgets it, and with `review`
   * opens on the article as it was linked and previews it, for a new review.
   */
  sourceRemoved(removal: SourceRemoval, opts: { review: boolean }): void;
  addGraph(
    graph: SerializedGraph,
    origin: string,
    label: string,
    anchor?: string | null,
  ): MergeResult;
  relayout(): void;
  fit(): void;
  exportAs(format: 'png' | 'gexf' | 'json' | 'claims'): Promise<void>;
  copyLink(): Promise<void>;
  /** After a write: forgets the panels' cached reads and reloads the disagreements. */
  dataChanged(): void;
  /**
   * After a write that removed nodes (a merge): reloads the graph from the database,
   * keeping expansions, hidden nodes, selection and positions; `renamed` maps ids that
   * are gone to the ids that replace them, `gone` lists ids deleted outright (a source
   * removed), whose expansions are not asked for again.
   */
  reload(renamed?: Record<string, string>, gone?: string[]): Promise<void>;
}

export interface AppContext {
  api: ApiClient;
  /** Which claims are disputed: `ensure` those a view shows before it marks them. */
  disputes: DisputeLedger;
  dataset: DatasetGraph;
  display: Graph<DisplayNode, DisplayEdge>;
  filtered(): FilteredGraph;
  store: Store<UiState>;
  status: StatusView;
  /** What a panel lights up on the graph, put out when the panel goes. */
  light: PanelLight;
  actions: Actions;
}
