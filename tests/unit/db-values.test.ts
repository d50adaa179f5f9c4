import neo4j from 'neo4j-driver';
import { toPlain } from '../../db/values';

/** Neo4j's values as the API sends them (db/values.ts). */
describe('toPlain', () => {
  it('passes strings, numbers and booleans through, null for missing', () => {
    expect(toPlain('Kursk')).toBe('Kursk');
    expect(toPlain('')).toBe('');
    expect(toPlain(0.5)).toBe(0.5);
    expect(toPlain(false)).toBe(false);
    expect(toPlain(null)).toBeNull();
    expect(toPlain(undefined)).toBeNull();
  });

  it('turns integers into numbers, or strings beyond 2^53', () => {
    expect(toPlain(neo4j.int(12000))).toBe(12000);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(12n)).toBe(12);
  });

  it('turns temporal values into ISO strings, lists and maps element by element', () => {
    expect(toPlain(new neo4j.types.Date(2025, 2, 3))).toBe('2025-02-03');
    expect(toPlain([neo4j.int(1), 'a', [true]])).toEqual([1, 'a', [true]]);
    expect(toPlain({ day: new neo4j.types.Date(2024, 12, 1), n: neo4j.int(3) })).toEqual({
      day: '2024-12-01',
      n: 3,
    });
  });

  it('turns a node into its element id, labels and plain properties', () => {
    const node = new neo4j.types.Node(
      neo4j.int(7),
      ['Actor', 'Entity'],
      {
        id: 'act-isw',
        claims: neo4j.int(92),
      },
      '4:abc:7',
    );
    expect(toPlain(node)).toEqual({
      elementId: '4:abc:7',
      labels: ['Actor', 'Entity'],
      properties: { id: 'act-isw', claims: 92 },
    });
  });
});
