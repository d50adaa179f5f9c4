import { spawnSync } from 'node:child_process';
import { ManagedNeo4jError } from './errors';

/** The java to run Neo4j with: $JAVA_HOME/bin/java when set, else the one on PATH. */
export function javaBinary(): string {
  return process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
}

/** Parses the major version out of `java -version` output ("17.0.15", "1.8.0_392"). */
export function parseJavaMajor(output: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

export function checkJava(): { binary: string; major: number } {
  const binary = javaBinary();
  const run = spawnSync(binary, ['-version'], { encoding: 'utf8', env: process.env });
  if (run.error) {
    throw new ManagedNeo4jError(
      `Java 17 or newer is needed to run the managed Neo4j, but "${binary}" could not be run.`,
      'Install it with `apt-get install openjdk-17-jre-headless`, or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  const major = parseJavaMajor(`${run.stderr}${run.stdout}`);
  if (major === null || major < 17) {
    throw new ManagedNeo4jError(
      `Java 17 or newer is needed to run Neo4j 5.26; found ${major === null ? 'an unknown version' : `Java ${major}`} at "${binary}".`,
      'Install openjdk-17-jre-headless or point JAVA_HOME at a JDK 17+.',
    );
  }
  return { binary, major };
}

export function checkMaven(): string {
  const run = spawnSync('mvn', ['-v'], { encoding: 'utf8', env: process.env });
  if (run.error || run.status !== 0) {
    throw new ManagedNeo4jError(
      'Maven is needed once to fetch the Neo4j jars from Maven Central, but `mvn` could not be run.',
      'Install it with `apt-get install maven`, or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  return 'mvn';
}
