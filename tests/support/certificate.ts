/**
 * A self-signed TLS certificate for tests, made by openssl (on Debian, a
 * dependency of ca-certificates and so of its Java): PEM files in `dir`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function makeCertificate(
  dir: string,
  altNames: string,
): { certificate: string; privateKey: string } {
  const certificate = join(dir, 'public.crt');
  const privateKey = join(dir, 'private.key');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
    ].concat(['-addext', `subjectAltName=${altNames}`, '-keyout', privateKey, '-out', certificate]),
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`);
  return { certificate, privateKey };
}
