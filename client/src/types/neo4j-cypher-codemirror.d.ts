// The package's own typings are not reachable through its "exports" map under
// bundler resolution; this declares the part Claimgraph uses.
declare module '@neo4j-cypher/codemirror' {
  import type { EditorView } from '@codemirror/view';

  export interface EditorApi {
    codemirror: EditorView;
    focus(): void;
    destroy(): void;
    setValue(value?: string, parseOnSetValue?: boolean): void;
    onKeyDown(listener: (event: KeyboardEvent) => void): () => void;
    onValueChanged(listener: (value: string, changes: unknown) => void): () => void;
  }

  export interface EditorOptions {
    value?: string;
    autofocus?: boolean;
    lineNumbers?: boolean;
    lineWrapping?: boolean;
    theme?: 'light' | 'dark' | 'auto';
    tabKey?: boolean;
    history?: boolean;
    placeholder?: string;
    readOnly?: boolean;
    schema?: {
      labels?: string[];
      relationshipTypes?: string[];
      propertyKeys?: string[];
      [key: string]: unknown;
    };
    [key: string]: unknown;
  }

  export function createCypherEditor(
    parent: Element | DocumentFragment,
    options: EditorOptions,
  ): { editor: EditorApi };
}

declare module '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
