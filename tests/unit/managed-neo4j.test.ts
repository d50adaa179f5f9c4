import { ActionableError, cliErrorLines } from '../../db/errors';
import { ManagedNeo4jError } from '../../db/managed/errors';
import { confOutdated, renderConf } from '../../db/managed/conf';
import { instancePaths } from '../../db/managed/paths';
import { parseJavaMajor } from '../../db/managed/prerequisites';

describe('managed Neo4j', () => {
  it('reads the Java major version from `java -version`', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('command not found')).toBeNull();
  });

  it('writes a loopback-only, authenticated, locked-down configuration', () => {
    const conf = renderConf(instancePaths('unit'), { boltPort: 7999, heap: '2g', pageCache: '1g' });
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.http.enabled=false');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).toContain('dbms.security.allow_csv_import_from_file_urls=false');
    expect(conf).toMatch(/dbms\.security\.procedures\.allowlist=db\.labels,/);
    expect(conf).toContain('server.memory.heap.max_size=2g');
    expect(conf).toContain('server.bolt.tls_level=DISABLED');
    expect(conf).not.toContain('dbms.ssl.policy.bolt');
  });

  it('requires TLS on Bolt when started with a certificate', () => {
    const paths = instancePaths('unit');
    const conf = renderConf(paths, { boltPort: 7999, heap: '2g', pageCache: '1g', boltTls: true });
    expect(conf).toContain('server.bolt.tls_level=REQUIRED');
    expect(conf).not.toContain('server.bolt.tls_level=DISABLED');
    expect(conf).toContain(`dbms.ssl.policy.bolt.base_directory=${paths.boltCertificates}`);
    expect(conf).toContain('dbms.ssl.policy.bolt.enabled=true');
  });

  it('tells a running instance started with another configuration from a current one', () => {
    const paths = instancePaths('unit');
    const options = { boltPort: 7999, heap: '2g', pageCache: '1g' };
    const written = renderConf(paths, options);
    expect(confOutdated(written, paths, options)).toBe(false);
    // Written by a version without a setting this one adds.
    const older = written.replace(/^internal\.cypher\.use_parameter_size=false$/m, '');
    expect(older).not.toBe(written);
    expect(confOutdated(older, paths, options)).toBe(true);
    // Or started with another heap than CLAIMGRAPH_NEO4J_HEAP now gives.
    expect(confOutdated(written, paths, { ...options, heap: '4g' })).toBe(true);
  });

  it('refuses instance names that could escape the instance folder', () => {
    expect(() => instancePaths('../etc')).toThrow(/bad instance name/);
  });
});

describe('cliErrorLines', () => {
  it('prints an actionable error and its hint on two lines, without a stack', () => {
    const err = new ManagedNeo4jError(
      'Java 17 or newer is needed.',
      'apt-get install openjdk-17-jre-headless',
    );
    expect(err.name).toBe('ManagedNeo4jError');
    expect(cliErrorLines(err)).toBe(
      'error: Java 17 or newer is needed.\nhint: apt-get install openjdk-17-jre-headless',
    );
  });

  it('prints any other error as its message alone', () => {
    expect(cliErrorLines(new ActionableError('no hint here'))).toBe('error: no hint here');
    expect(cliErrorLines(new TypeError('bad'))).toBe('error: bad');
    expect(cliErrorLines('a string')).toBe('error: a string');
  });
});
