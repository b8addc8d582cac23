/**
 * The zod every schema in Entente is written with: zod/mini, whose checks are functions a
 * bundler can drop when unused (classic zod's methods cannot be), so the validator costs the
 * page's read-graph chunk and the loader worker a fraction of classic zod's size.
 *
 * Mini ships without a locale and words every problem as a bare "Invalid input"; curators need
 * "Too small: expected number to be >=0". Setting English here, in the module every schema
 * imports z from, makes that hold in the browser, the worker, the CLIs and the tests alike.
 * Only English: the locales index would bundle every language.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export { z };
