/**
 * Neo4j values to plain JSON: integers become numbers, temporal values ISO
 * strings, nodes/relationships/paths plain objects the API can serialise.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, Json>;
}

export interface PlainRelationship {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, Json>;
}

export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

function plainProperties(props: Record<string, unknown>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toPlain(v);
  return out;
}

export function plainNode(n: unknown): PlainNode {
  const node = n as { elementId: string; labels: string[]; properties: Record<string, unknown> };
  return {
    elementId: node.elementId,
    labels: [...node.labels],
    properties: plainProperties(node.properties),
  };
}

export function plainRelationship(r: unknown): PlainRelationship {
  const rel = r as {
    elementId: string;
    type: string;
    startNodeElementId: string;
    endNodeElementId: string;
    properties: Record<string, unknown>;
  };
  return {
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: plainProperties(rel.properties),
  };
}

export function toPlain(value: unknown): Json {
  if (value === null || value === undefined) return null;
  // Most values are strings: answered before the dozen type checks below.
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (neo4j.isInt(value)) {
    const int = value as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (typeof value === 'bigint') return Number(value);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (isPoint(value)) {
    const p = value as { x: number; y: number; z?: number; srid: unknown };
    return { x: p.x, y: p.y, ...(p.z !== undefined ? { z: p.z } : {}), srid: toPlain(p.srid) };
  }
  if (isNode(value)) return plainNode(value) as unknown as Json;
  if (isRelationship(value)) return plainRelationship(value) as unknown as Json;
  if (isPath(value)) {
    const path = value as { start: unknown; segments: { relationship: unknown; end: unknown }[] };
    return {
      nodes: [plainNode(path.start), ...path.segments.map((s) => plainNode(s.end))],
      relationships: path.segments.map((s) => plainRelationship(s.relationship)),
    } as unknown as Json;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return plainProperties(value as Record<string, unknown>);
  return String(value);
}
