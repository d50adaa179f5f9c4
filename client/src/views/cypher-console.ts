/**
 * Cypher console: an editor with Cypher highlighting and completion
 * (@neo4j-cypher/codemirror, loaded on first use), results as a table and, when
 * they hold nodes and relationships, as a graph that can be added to the view.
 */
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { ApiError, describeError, type CypherResponse, type SerializedGraph } from '../core/api';
import { NODE_TYPE, nodeDisplay, edgeDisplay } from '../core/appearance';
import { ringPositions } from '../core/graph';
import { DENIAL_LABEL, NODE_LABELS, RELATION_TYPES } from '../../../seed/model';
import { plural } from '../core/format';
import { NodeShapeProgram } from './canvas/node-shape-program';
import type { AppContext } from './context';
import { h } from './dom';
import { retryButton } from './failure';

const EXAMPLE = `// Who claims what about the North Korean contingent, and where it was reported
MATCH (speaker:Actor)-[:SAID]->(c:Claim)-[:ABOUT]->(u:Unit)
MATCH (c)-[:REPORTED_IN]->(s:Source)
RETURN speaker, c, u, s
LIMIT 25`;

interface EditorLike {
  getValue(): string;
  setValue(v: string): void;
  focus(): void;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '∅';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const props = (o.properties as Record<string, unknown> | undefined) ?? o;
    const label = props.name ?? props.title ?? o.name ?? o.type ?? o.relType;
    if (label !== undefined && (o.labels || o.elementId || o.id || o.type)) {
      const tag = Array.isArray(o.labels)
        ? `:${(o.labels as string[]).join(':')} `
        : o.type
          ? `[:${String(o.type)}] `
          : '';
      return `${tag}${String(label)}`;
    }
    const s = JSON.stringify(v);
    return s.length > 160 ? `${s.slice(0, 157)}…` : s;
  }
  return String(v);
}

function errorTitle(e: ApiError | null): string {
  if (!e) return 'The query failed';
  const code = JSON.stringify(e.body?.details ?? '') + e.message;
  if (/SyntaxError|Invalid input/i.test(code)) return 'Syntax error';
  if (e.status === 400) return 'The query was refused';
  if (e.status === 408 || /timeout|timed out/i.test(code)) return 'The query took too long';
  return 'The query failed';
}

export class CypherConsole {
  readonly el = h('div', { class: 'cypher', id: 'cypher' });
  private editorBox = h('div', { class: 'cypher-editor', id: 'cypher-editor' });
  private fallback: HTMLTextAreaElement | null = null;
  private editor: EditorLike | null = null;
  private out = h('div', { class: 'cypher-out', id: 'cypher-out', 'aria-live': 'polite' });
  private runBtn = h(
    'button',
    { type: 'button', class: 'btn btn-primary', id: 'cypher-run' },
    'Run  (Ctrl+Enter)',
  );
  private preview: Sigma | null = null;
  private loading: Promise<void> | null = null;
  private initial: string;

  constructor(private readonly ctx: AppContext) {
    this.initial = ctx.store.get().cypher ?? EXAMPLE;
    this.runBtn.addEventListener('click', () => void this.run());
    this.el.append(
      h(
        'p',
        { class: 'hint' },
        'Read-only Cypher against the graph. Writes and admin procedures are refused by the server.',
      ),
      this.editorBox,
      h('div', { class: 'cypher-controls' }, this.runBtn),
      this.out,
    );
  }

  title(): string {
    return 'Cypher console';
  }

  /** Loads the editor on first show. */
  show(): Promise<void> {
    if (!this.loading) this.loading = this.mountEditor();
    return this.loading;
  }

  get value(): string {
    return this.editor?.getValue() ?? this.fallback?.value ?? this.initial;
  }

  setQuery(q: string): void {
    this.initial = q;
    if (this.editor) this.editor.setValue(q);
    else if (this.fallback) this.fallback.value = q;
  }

  private async mountEditor(): Promise<void> {
    this.editorBox.append(h('p', { class: 'loading' }, 'Loading the editor…'));
    try {
      const [{ createCypherEditor }] = await Promise.all([
        import('@neo4j-cypher/codemirror'),
        import('@neo4j-cypher/codemirror/css/cypher-codemirror.css'),
      ]);
      this.editorBox.replaceChildren();
      const { editor: api } = createCypherEditor(this.editorBox, {
        value: this.initial,
        autofocus: false,
        lineNumbers: true,
        lineWrapping: true,
        theme: 'light',
        tabKey: false,
        history: true,
        placeholder: 'MATCH (n) RETURN n LIMIT 10',
        schema: {
          labels: [...NODE_LABELS, 'Entity', DENIAL_LABEL],
          relationshipTypes: [...RELATION_TYPES],
          propertyKeys: [
            'id',
            'name',
            'aliases',
            'kind',
            'text',
            'quote',
            'cue',
            'denies',
            'date',
            'excerpt',
            'title',
            'outlet',
            'publishedDate',
            'url',
            'measures',
            'figures',
          ],
        },
      } as Parameters<typeof createCypherEditor>[1]);
      api.onKeyDown((e: KeyboardEvent) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void this.run();
        }
      });
      api.codemirror.contentDOM.setAttribute('aria-label', 'Cypher query');
      this.editor = {
        getValue: () => api.codemirror.state.doc.toString(),
        setValue: (v) => api.setValue(v),
        focus: () => api.focus(),
      };
    } catch (err) {
      // The console stays usable without the rich editor.
      console.warn('Cypher editor failed to load', err);
      this.editorBox.replaceChildren();
      this.fallback = h('textarea', {
        class: 'cypher-fallback',
        rows: '8',
        'aria-label': 'Cypher query',
        spellcheck: 'false',
      });
      this.fallback.value = this.initial;
      this.fallback.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void this.run();
        }
      });
      this.editorBox.append(
        this.fallback,
        h(
          'p',
          { class: 'muted' },
          `Plain editor (the Cypher editor failed to load: ${describeError(err)}).`,
        ),
      );
    }
  }

  async run(): Promise<void> {
    const query = this.value.trim();
    if (!query) return;
    this.ctx.store.set({ cypher: query });
    this.runBtn.disabled = true;
    this.out.dataset.state = 'running';
    this.out.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Running…'));
    try {
      const res = await this.ctx.status.track('Running Cypher', this.ctx.api.cypher(query));
      this.out.dataset.state = 'done';
      this.renderResult(res);
    } catch (err) {
      this.out.dataset.state = 'error';
      const e = err instanceof ApiError ? err : null;
      // Neo4j or the server away: say when to run it again, and offer to.
      const retryBtn = retryButton(err, () => void this.run());
      this.out.replaceChildren(
        h(
          'div',
          { class: 'error-box', role: 'alert', id: 'cypher-error' },
          h('strong', null, errorTitle(e)),
          h('pre', { class: 'error-text' }, e && !retryBtn ? e.message : describeError(err)),
          retryBtn,
          e?.reason && !e.message.includes(e.reason) ? h('p', null, `Reason: ${e.reason}`) : null,
          e?.body?.details && !e.reason
            ? h('pre', { class: 'error-text' }, JSON.stringify(e.body.details, null, 2))
            : null,
        ),
      );
    } finally {
      this.runBtn.disabled = false;
    }
  }

  private renderResult(res: CypherResponse): void {
    const rows = (res.rows as unknown[]).map((r) =>
      Array.isArray(r) ? r : res.columns.map((c) => (r as Record<string, unknown>)[c]),
    );
    const g = res.graph ?? { nodes: [], edges: [] };
    const summary = h(
      'p',
      {
        class: 'cypher-summary',
        id: 'cypher-summary',
        dataset: {
          rows: String(rows.length),
          nodes: String(g.nodes.length),
          edges: String(g.edges.length),
        },
      },
      `${plural(rows.length, 'row')}${res.truncated ? ` (cut at ${res.rowCap})` : ''} in ${Math.round(res.elapsedMs)} ms`,
      g.nodes.length
        ? ` · ${plural(g.nodes.length, 'node')}, ${plural(g.edges.length, 'relationship')}`
        : '',
    );
    const table = h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'result-table', id: 'cypher-table' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            res.columns.map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          null,
          rows.slice(0, 200).map((r) =>
            h(
              'tr',
              null,
              r.map((v) => h('td', null, cellText(v))),
            ),
          ),
        ),
      ),
    );
    const parts: HTMLElement[] = [summary];
    if (g.nodes.length) {
      const addBtn = h(
        'button',
        { type: 'button', class: 'btn btn-primary', id: 'cypher-add' },
        `Add ${plural(g.nodes.length, 'node')} to the view`,
      );
      addBtn.addEventListener('click', () => {
        const r = this.ctx.actions.addGraph(g, `cypher:${Date.now()}`, 'add Cypher result');
        this.ctx.store.set({
          highlight: {
            kind: 'cypher',
            nodes: g.nodes.map((n) => n.key),
            edges: g.edges.map((e) => e.key),
          },
        });
        void this.ctx.actions.focusNodes(g.nodes.map((n) => n.key));
        addBtn.disabled = true;
        addBtn.textContent = r.addedNodes.length
          ? `Added ${plural(r.addedNodes.length, 'new node')}`
          : 'Already in the view';
        this.ctx.status.notify(
          r.addedNodes.length || r.addedEdges.length
            ? `Added ${plural(r.addedNodes.length, 'node')} and ${plural(r.addedEdges.length, 'link')} from the query; they are highlighted.`
            : 'Everything the query returned is already in the view; it is highlighted.',
          'success',
        );
      });
      const previewBox = h('div', {
        class: 'cypher-preview',
        id: 'cypher-preview',
        role: 'img',
        'aria-label': 'Result graph preview',
      });
      parts.push(
        h(
          'div',
          { class: 'cypher-graph' },
          h('div', { class: 'cypher-graph-head' }, h('h3', null, 'As a graph'), addBtn),
          previewBox,
        ),
      );
      parts.push(h('h3', null, 'As a table'), table);
      this.out.replaceChildren(...parts);
      this.drawPreview(previewBox, g);
    } else {
      parts.push(table);
      this.out.replaceChildren(...parts);
    }
  }

  private drawPreview(box: HTMLElement, data: SerializedGraph): void {
    this.preview?.kill();
    this.preview = null;
    const g = new MultiDirectedGraph();
    const ring = ringPositions(0, 0, data.nodes.length, 100);
    data.nodes.forEach((n, i) => {
      const p = ring[i]!;
      g.addNode(n.key, nodeDisplay(n.key, { ...n.attributes, x: p.x, y: p.y }, 1, 1, false));
    });
    data.edges.forEach((e) => {
      if (g.hasNode(e.source) && g.hasNode(e.target) && !g.hasEdge(e.key))
        g.addEdgeWithKey(e.key, e.source, e.target, edgeDisplay(String(e.attributes.relType)));
    });
    g.forEachNode((n) => g.setNodeAttribute(n, 'size', 5 + Math.min(8, g.degree(n))));
    forceAtlas2.assign(g, { iterations: 150, settings: forceAtlas2.inferSettings(g) });
    this.preview = new Sigma(g, box, {
      nodeProgramClasses: { [NODE_TYPE]: NodeShapeProgram },
      defaultNodeType: NODE_TYPE,
      defaultEdgeType: 'arrow',
      labelSize: 11,
      labelDensity: 1,
      labelRenderedSizeThreshold: 6,
      stagePadding: 20,
    });
  }
}
