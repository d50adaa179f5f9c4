import { join } from 'node:path';

export const SEED_DIR = __dirname;
export const DATA_DIR = join(SEED_DIR, 'data');
export const SOURCES_DIR = join(SEED_DIR, 'sources');
