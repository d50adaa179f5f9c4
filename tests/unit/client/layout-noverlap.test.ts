/**
 * On a large graph noverlap runs in a worker after ForceAtlas2, on a copy of
 * the graph. It reuses ForceAtlas2's copy (building one is a long task on 10k
 * nodes) unless the graph changed in between. The workers are stand-ins here:
 * what is checked is which graph each is given.
 */
import { MultiDirectedGraph } from 'graphology';
import { LayoutController } from '../../../client/src/core/layout';

const mockGiven: { fa2: unknown[]; noverlap: unknown[] } = { fa2: [], noverlap: [] };

/** A stand-in worker module whose supervisor records the graph it is given. */
function mockWorker(kind: 'fa2' | 'noverlap') {
  return {
    __esModule: true,
    default: class {
      constructor(graph: unknown) {
        mockGiven[kind].push(graph);
      }
      start() {}
      stop() {}
      kill() {}
    },
  };
}

jest.mock('graphology-layout-forceatlas2/worker', () => mockWorker('fa2'));
jest.mock('graphology-layout-noverlap/worker', () => mockWorker('noverlap'));

const g = globalThis as unknown as Record<string, unknown>;
g.requestAnimationFrame = (fn: () => void) => setTimeout(fn, 16);
g.cancelAnimationFrame = (id: ReturnType<typeof setTimeout>) => clearTimeout(id);

/** Above the size where noverlap runs inline. */
function largeGraph(): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (let i = 0; i < 1_600; i++) graph.addNode(`n${i}`, { x: i % 40, y: i / 40, size: 2 });
  for (let i = 1; i < 1_600; i++) graph.addEdge(`n${i - 1}`, `n${i}`);
  return graph;
}

const host = { readyForFrame: () => true, unitsPerPixel: () => 1 };
const nextTask = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  mockGiven.fa2.length = 0;
  mockGiven.noverlap.length = 0;
});

describe('noverlap after ForceAtlas2 on a large graph', () => {
  test('moves the copy ForceAtlas2 moved', async () => {
    const layout = new LayoutController(largeGraph(), host);
    await expect(layout.run({ maxMs: 1 })).resolves.toMatchObject({ stoppedBy: 'time' });
    await nextTask();
    expect(mockGiven.fa2).toHaveLength(1);
    expect(mockGiven.noverlap).toHaveLength(1);
    expect(mockGiven.noverlap[0]).toBe(mockGiven.fa2[0]);
    layout.kill();
  });

  test('makes a new copy when the graph changed in between', async () => {
    const graph = largeGraph();
    const layout = new LayoutController(graph, host);
    await layout.run({ maxMs: 1 });
    graph.addNode('late', { x: 0, y: 0, size: 2 });
    await nextTask();
    expect(mockGiven.noverlap).toHaveLength(1);
    expect(mockGiven.noverlap[0]).not.toBe(mockGiven.fa2[0]);
    expect((mockGiven.noverlap[0] as MultiDirectedGraph).hasNode('late')).toBe(true);
    layout.kill();
  });
});
