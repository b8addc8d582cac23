/**
 * The data sets the header's picker offers: data/index.json, then data/generated/index.json
 * when `npm run generate` has made one (absent otherwise: that is no problem). A list that
 * cannot be read is reported, never fatal: the current data set stays open either way.
 */
import { checkDatasetIndex, type Dataset } from '../model/datasets';

export const DATASET_INDEX = 'data/index.json';
export const GENERATED_INDEX = 'data/generated/index.json';

async function readIndex(path: string, optional: boolean): Promise<{ datasets: Dataset[]; problems: string[] }> {
  let res: Response;
  try {
    res = await fetch(path, { cache: 'no-cache' });
  } catch (err) {
    return { datasets: [], problems: optional ? [] : [`${path}: could not be fetched (${(err as Error).message})`] };
  }
  if (!res.ok) return { datasets: [], problems: optional && res.status === 404 ? [] : [`${path}: the server answered ${res.status}`] };
  let value: unknown;
  try {
    value = await res.json();
  } catch (err) {
    return { datasets: [], problems: [`${path}: (root): is not valid JSON: ${(err as Error).message}`] };
  }
  const { index, problems } = checkDatasetIndex(path, value);
  // Formatted here, not with model/validate's formatProblem: that module stays out of the page's first script.
  return { datasets: index?.datasets ?? [], problems: problems.map((p) => `${p.file}: ${p.path}: ${p.message}`) };
}

/** Every data set on offer, listed ones first; a file listed twice appears once. */
export async function fetchDatasets(): Promise<{ datasets: Dataset[]; problems: string[] }> {
  const [listed, generated] = await Promise.all([readIndex(DATASET_INDEX, false), readIndex(GENERATED_INDEX, true)]);
  const seen = new Set<string>();
  const datasets = [...listed.datasets, ...generated.datasets].filter((d) => (seen.has(d.file) ? false : (seen.add(d.file), true)));
  return { datasets, problems: [...listed.problems, ...generated.problems] };
}
