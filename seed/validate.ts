/** `tsx seed/validate.ts [dataDir] [sourcesDir]`: checks the dataset without a database. */
import { loadDataset, DatasetError } from './dataset';
import { DATA_DIR, SOURCES_DIR } from './paths';

try {
  const ds = loadDataset(process.argv[2] ?? DATA_DIR, process.argv[3] ?? SOURCES_DIR);
  const figures = ds.claims.reduce((n, c) => n + c.figures.length, 0);
  console.log(
    `dataset ok: ${ds.entities.length} entities, ${ds.sources.length} sources, ` +
      `${ds.claims.length} claims (${figures} figures), ${ds.relations.length} relations`,
  );
} catch (err) {
  if (err instanceof DatasetError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
