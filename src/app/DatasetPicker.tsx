/**
 * The Data set picker in the header: the data sets of data/index.json (and generated ones when
 * present). Choosing one opens it as a new page at its link (`?data=…`, the default set without
 * it): filters, selection and positions belong to one data set, and the browser's Back returns
 * to the previous set with its view intact.
 */
import { useEffect, useId, useState } from 'react';
import type { Dataset } from '../model/datasets';
import { fetchDatasets } from '../data/datasetList';
import { useStore } from '../state/store';
import { DEFAULT_VIEW } from '../state/viewState';
import { serializeView } from '../url/urlState';
import { urlForSearch } from '../url/UrlSync';
import { OpenFileButton } from './OpenLocalFile';

/** The picker's entry for what is open when it is not a listed data set. */
function unlisted(file: string, local: boolean): Dataset {
  return local
    ? { file, title: `${file} (your file)`, description: 'Opened from your computer; a link cannot carry it.', articles: 0 }
    : { file, title: file, description: 'Opened from a link; not in data/index.json.', articles: 0 };
}

export function DatasetPicker({ file, local = false }: { file: string; local?: boolean }) {
  const [datasets, setDatasets] = useState<Dataset[] | undefined>();
  const addNotice = useStore((s) => s.addNotice);
  const id = useId();

  useEffect(() => {
    let live = true;
    void fetchDatasets().then(({ datasets: list, problems }) => {
      if (!live) return;
      setDatasets(list);
      if (problems.length) addNotice('The list of data sets could not be read in full:', problems);
    });
    return () => void (live = false);
  }, [addNotice]);

  // A local file's name may equal a served path's last part, never the path itself (those start with data/).
  const current = local ? undefined : datasets?.find((d) => d.file === file);
  const options = !datasets ? [] : current ? datasets : [...datasets, unlisted(file, local)];

  return (
    // A row of its own on a phone, so the file's name is readable beside Export and Copy link.
    <div className="flex min-w-0 basis-full items-center gap-1.5 sm:basis-auto">
      {options.length >= 2 && <Select id={id} file={file} current={current ?? options[options.length - 1]} options={options} />}
      <OpenFileButton />
    </div>
  );
}

function Select({ id, file, current, options }: { id: string; file: string; current: Dataset; options: Dataset[] }) {
  return (
    <>
      <label htmlFor={id} className="whitespace-nowrap text-xs font-medium text-slate-600">
        Data set
      </label>
      <select
        id={id}
        value={file}
        title={current.description}
        onChange={(e) => window.location.assign(urlForSearch(serializeView(DEFAULT_VIEW, e.target.value)))}
        className="min-w-0 max-w-[14rem] flex-1 truncate rounded-md sm:max-w-[12rem] sm:flex-none border border-slate-300 bg-white py-1 pl-2 pr-7 text-sm text-slate-900 hover:border-slate-400"
        data-testid="dataset-picker"
      >
        {options.map((d) => (
          <option key={d.file} value={d.file}>
            {d.title}
            {d.articles > 1 ? ` (${d.articles} articles)` : ''}
          </option>
        ))}
      </select>
    </>
  );
}
