/**
 * Flags for headless Chromium in tests and benchmarks. Without the background-networking
 * ones Chromium keeps dialling Google's hosts, which a closed network refuses.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
