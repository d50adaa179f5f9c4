/**
 * The preview side of linking a new source: the graph's entities as an alias
 * index (built once, rebuilt after writes), a fuzzy fallback on Neo4j's
 * full-text index, and the extractor. Surface forms an analyst rejected for an
 * entity are not proposed for it again.
 */
import { query } from '../../db/cypher';
import { int, type GraphDb } from '../../db/graph-db';
import { textHash } from '../../seed/load';
import { luceneQuery } from '../domain/search';
import {
  buildEntityIndex,
  extract,
  type EntityIndex,
  type KnownEntity,
  type Proposal,
} from './extract';
import { phraseKey } from './extract/normalise';
import type { ArticleBody } from './schema';

interface IndexState {
  index: EntityIndex;
  rejected: Map<string, Set<string>>;
}

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
}

export class IngestService {
  private state: Promise<IndexState> | null = null;

  constructor(private readonly db: GraphDb) {}

  /** Forget the alias index: the next preview rebuilds it from the graph. */
  invalidate(): void {
    this.state = null;
  }

  private loadIndex(): Promise<IndexState> {
    this.state ??= this.db.readRows(query('ingest/known-entities')).then((rows) => {
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
        };
      });
      return { index: buildEntityIndex(entities), rejected };
    });
    this.state.catch(() => this.invalidate());
    return this.state;
  }

  async preview(article: ArticleBody): Promise<PreviewResult> {
    const { index, rejected } = await this.loadIndex();
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
    const [existing] = await this.db.readRows(query('ingest/existing-source'), {
      url: article.url ?? null,
      textHash: hash,
    });
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
    };
  }
}
