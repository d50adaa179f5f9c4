import { Neo4jError } from 'neo4j-driver';
import { OutageGuard } from '../../db/outage-guard';

const driverError = (message: string, code: string) =>
  new Neo4jError(message, code, '50N42', `error: ${message}`);
const unreachable = () => driverError('connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable');

/**
 * A guard on a hand-moved clock whose probe, each time, answers as
 * `probe.result` says, once `probe.release()` lets it (or at once when `held`
 * is false).
 */
function setUp() {
  let now = 1_000;
  const probe = {
    calls: 0,
    result: 'refused' as 'refused' | 'ok' | 'auth',
    held: false,
    release: () => {},
  };
  const guard = new OutageGuard(
    async () => {
      probe.calls += 1;
      if (probe.held) await new Promise<void>((resolve) => (probe.release = resolve));
      if (probe.result === 'refused') throw unreachable();
      if (probe.result === 'auth') {
        throw driverError('bad credentials', 'Neo.ClientError.Security.Unauthorized');
      }
    },
    { now: () => now },
  );
  return { guard, probe, advance: (ms: number) => (now += ms) };
}

/** The guard is up again: it admits without another probe. */
async function expectUp({ guard, probe }: ReturnType<typeof setUp>): Promise<void> {
  const calls = probe.calls;
  expect(guard.down).toBe(false);
  await guard.admit();
  expect(probe.calls).toBe(calls);
}

async function refusal(p: Promise<void>): Promise<Neo4jError> {
  try {
    await p;
  } catch (err) {
    return err as Neo4jError;
  }
  throw new Error('admitted, but a refusal was expected');
}

describe('OutageGuard', () => {
  it('admits everything, without probing, until Neo4j is found unreachable', async () => {
    const { guard, probe } = setUp();
    await guard.admit();
    guard.observe(driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError'));
    guard.observe(driverError('leader switched', 'SessionExpired'));
    guard.observe(new Error('not from the driver'));
    await guard.admit();
    expect(guard.down).toBe(false);
    expect(probe.calls).toBe(0);
  });

  it('once Neo4j is unreachable, sends work only after a probe connects', async () => {
    const setup = setUp();
    const { guard, probe, advance } = setup;
    guard.observe(unreachable());
    advance(2_300);
    const err = await refusal(guard.admit());
    expect(probe.calls).toBe(1);
    expect(err).toBeInstanceOf(Neo4jError);
    expect(err.code).toBe('ServiceUnavailable');
    expect(err.message).toBe(
      'Neo4j has been unreachable for 2.3 s; the request was not sent. ' +
        'Last error: connect ECONNREFUSED 127.0.0.1:7687',
    );
    await refusal(guard.admit());
    expect(probe.calls).toBe(2);
    probe.result = 'ok';
    await guard.admit();
    expect(probe.calls).toBe(3);
    await expectUp(setup);
  });

  it('refuses other callers at once while a probe is under way, without another probe', async () => {
    const setup = setUp();
    const { guard, probe } = setup;
    guard.observe(unreachable());
    probe.held = true;
    probe.result = 'ok';
    const prober = guard.admit();
    await refusal(guard.admit());
    await refusal(guard.admit());
    expect(probe.calls).toBe(1);
    probe.release();
    await prober;
    expect(probe.calls).toBe(1);
    await expectUp(setup);
  });

  it('lets work through when the probe reaches Neo4j but fails for another reason', async () => {
    const setup = setUp();
    setup.guard.observe(unreachable());
    setup.probe.result = 'auth';
    // The work itself will meet the credentials error, which says more than "unreachable".
    await setup.guard.admit();
    await expectUp(setup);
  });

  it('tells its listeners when an outage starts and when it ends, once each', async () => {
    const setup = setUp();
    const seen: boolean[] = [];
    setup.guard.onChange((down) => seen.push(down));
    setup.guard.up();
    setup.guard.observe(unreachable());
    setup.guard.observe(unreachable());
    await refusal(setup.guard.admit());
    setup.probe.result = 'ok';
    await setup.guard.admit();
    setup.guard.up();
    expect(seen).toEqual([true, false]);
  });

  it('ends the outage when any work reaches Neo4j', async () => {
    const setup = setUp();
    setup.guard.observe(unreachable());
    expect(setup.guard.down).toBe(true);
    setup.guard.up();
    await expectUp(setup);
    expect(setup.probe.calls).toBe(0);
  });
});
