/**
 * The broken-link notice in plain words: each part of a link that could not be used, said as a
 * sentence about what the link meant and what was done instead, with the offending value in
 * brackets so it can still be found in the address. No parameter syntax (e:<entity id>) for the
 * reader to decode; the technical form stays in describeIgnored for logs and tests.
 */
import type { IgnoredParam } from './urlState';

const NAMED: Record<string, string> = { kind: 'a kind of relation', status: 'a status' };
const SWITCHES: Record<string, string> = { undated: 'include relations without a date', contested: 'contested only', embed: 'embedded' };

export function plainIgnored({ param, value, reason }: IgnoredParam): string {
  const left = `(${value}), so it was left out`;
  switch (param) {
    case 'country':
      return reason === 'is not a country'
        ? `This link named something as a country that is not one (${value}), so it was left out.`
        : `This link named a country that is not in the data ${left}.`;
    case 'kind':
    case 'status':
      return `This link named ${NAMED[param]} Entente does not know ${left}.`;
    case 'source':
      return `This link named a source article that is not in the data ${left}.`;
    case 'from':
    case 'to':
      if (reason.startsWith('the range was backwards')) return `This link's dates ran backwards (${value}), so the start and end were swapped.`;
      return `This link gave a date that could not be read ${left}. Dates are written 2024, 2024-07 or 2024-07-24.`;
    case 'select':
      return reason.startsWith('no ')
        ? `This link selected something that is not in the data (${value}), so nothing is selected.`
        : `This link's selection could not be read (${value}), so nothing is selected.`;
    case 'pos':
      return `This link moved a node in a way that could not be used (${value}), so it stays where the layout put it.`;
    case 'at':
      return `This link's camera position could not be read (${value}), so the whole graph is shown.`;
    case 'undated':
    case 'contested':
    case 'embed':
      return `This link's "${SWITCHES[param]}" setting could not be read (${value}), so it was left as it is by default.`;
    case 'outlets':
      return `This link asked for a number of outlets that could not be read (${value}), so every claim is shown.`;
    case 'q':
      return `This link's search was too long, so it was ${reason}.`;
    case 'data':
      return `This link asked for a data file that cannot be opened here (${value}), so the default graph is shown.`;
    case '(query)':
      return `This link could not be read at all, so the default view is shown.`;
    default:
      if (reason === 'is not a parameter Entente knows') return `This link had a part Entente does not use (${param}=${value}), so it was ignored.`;
      if (reason.startsWith('given more than once')) return `This link gave ${param} more than once, so only the first (${value}) is used.`;
      return `Part of this link could not be used (${param}=${value}: ${reason}), so it was ignored.`;
  }
}
