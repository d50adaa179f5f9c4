/** Server settings from the environment, validated once at start-up. */
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Loopback by default: see README "Exposing the server". */
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** When set, write routes require `Authorization: Bearer <API_TOKEN>`. */
  API_TOKEN: z.string().min(16, 'API_TOKEN must be at least 16 characters').optional(),
  /** Analysts' Cypher: per-transaction timeout and row cap. */
  CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  CYPHER_ROW_CAP: z.coerce.number().int().min(1).max(100_000).default(1_000),
  /** Requests per minute per client on /api/cypher and on write routes. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  BODY_LIMIT: z.string().default('512kb'),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${msg}`);
  }
  return parsed.data;
}
