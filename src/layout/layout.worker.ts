/// <reference lib="webworker" />
import { runLayout, type LayoutInput } from './runLayout';

self.onmessage = (event: MessageEvent<{ id: number; input: LayoutInput }>) => {
  const { id, input } = event.data;
  try {
    self.postMessage({ id, positions: runLayout(input) });
  } catch (err) {
    self.postMessage({ id, error: (err as Error).message });
  }
};
