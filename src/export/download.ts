/**
 * The page's side of export, loaded only when the user picks an item of the Export menu
 * (dynamic import from ExportMenu): builds the file from the store and the canvas, and hands
 * it to the browser as a download.
 */
import type { Core } from 'cytoscape';
import { useStore } from '../state/store';
import { currentCanvas } from '../graph/canvasHandle';
import { computeLayout } from '../layout/computeLayout';
import { exportFiles, type ExportedFile, type Format } from './formats';
import type { ExportSource } from './selection';
import type { ExportReply, ExportRequest } from './export.worker';

/** The files, written in a worker; on the page only where no worker can start. */
function writeFiles(format: Format, source: ExportSource): Promise<ExportedFile[]> {
  if (typeof Worker === 'undefined') return Promise.resolve(exportFiles(format, source));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(exportFiles(format, source));
  }
  return new Promise<ExportedFile[]>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ExportReply>) => {
      worker.terminate();
      if ('files' in e.data) resolve(e.data.files);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      // A worker that failed to load: write on the page rather than give up.
      e.preventDefault();
      try {
        resolve(exportFiles(format, source));
      } catch (err) {
        reject(err as Error);
      }
    };
    worker.postMessage({ format, source } satisfies ExportRequest);
  });
}

export type MenuFormat = Format | 'png1' | 'png2' | 'entities.csv' | 'relations.csv' | 'evidence.csv';

/** Browsers refuse a canvas much past this side (or area) and hand back a blank image. */
export const MAX_PNG_SIDE = 8192;
const MAX_PNG_AREA = 48_000_000;
const PNG_MARGIN = 24;

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The scale that keeps the picture within what a browser can draw, at most the one asked for. */
export function cappedScale(width: number, height: number, asked: number): number {
  const w = Math.max(1, width + 2 * PNG_MARGIN);
  const h = Math.max(1, height + 2 * PNG_MARGIN);
  return Math.min(asked, MAX_PNG_SIDE / w, MAX_PNG_SIDE / h, Math.sqrt(MAX_PNG_AREA / (w * h)));
}

/** True when the image has some pixels that are not the white background. */
async function hasInk(blob: Blob): Promise<boolean> {
  const bitmap = await createImageBitmap(blob);
  const w = Math.min(400, bitmap.width);
  const h = Math.max(1, Math.round((bitmap.height * w) / bitmap.width));
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return true; // cannot check: do not withhold the file
  ctx.drawImage(bitmap, 0, 0, w, h);
  const { data } = ctx.getImageData(0, 0, w, h);
  for (let i = 0; i < data.length; i += 4) if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) return true;
  return false;
}

async function png(cy: Core, asked: number): Promise<{ blob: Blob; scale: number }> {
  const box = cy.elements(':visible').boundingBox({});
  const scale = cappedScale(box.w, box.h, asked);
  const blob = await cy.png({ output: 'blob-promise', full: true, scale, bg: '#ffffff' });
  if (!blob.size || !(await hasInk(blob))) throw new Error('The picture came out blank (the graph may be too large to draw as one image). Try SVG instead.');
  return { blob, scale };
}

export interface Downloaded {
  name: string;
  bytes: number;
  /** Said to the user when the file is not quite what was asked (a smaller PNG scale). */
  note?: string;
}

export async function download(format: MenuFormat): Promise<Downloaded> {
  const { load, view } = useStore.getState();
  if (load.status !== 'ready') throw new Error('The data is not loaded yet.');
  const canvas = currentCanvas();
  if (format === 'png1' || format === 'png2') {
    if (!canvas) throw new Error('Open the Graph tab to export a picture.');
    const asked = format === 'png2' ? 2 : 1;
    const { blob, scale } = await png(canvas.cy, asked);
    const name = `entente${asked === 2 ? '@2x' : ''}.png`;
    save(blob, name);
    return { name, bytes: blob.size, ...(scale < asked - 1e-6 ? { note: `drawn at ${scale.toFixed(2)}× so that it fits in ${MAX_PNG_SIDE} px` } : {}) };
  }
  const layout = canvas?.layout ?? load.layout ?? (await computeLayout(load.graph));
  const kind: Format = format.endsWith('.csv') ? 'csv' : (format as Format);
  const files = await writeFiles(kind, { graph: load.graph, texts: load.texts, view, layout, dataFile: load.file });
  const file = kind === 'csv' ? files.find((f) => f.name === format) : files[0];
  if (!file) throw new Error(`No file ${format}.`);
  const blob = new Blob([file.content], { type: `${file.mime};charset=utf-8` });
  save(blob, file.name);
  return { name: file.name, bytes: blob.size };
}
