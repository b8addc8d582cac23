/**
 * Reads a data file as our writers write it while it downloads, a batch of whole items at a time,
 * so that at 300,000 relations the second and more of JSON.parse and the validator's fast path
 * happen during the download instead of after it (bodyCollector.ts feeds it, in the loader's worker).
 *
 * Only the exact shape the writers produce is read this way: compact JSON with its keys in the
 * schema's order, `{"version":1,"articles":[{"id":…},…],"entities":[{"id":…},…],"relations":[{"id":…},…]}`
 * with no section empty. Items are cut at `},{"id":"`, and sections at `}],"entities":[{"id":"` and
 * `}],"relations":[{"id":"`. Those strings cannot occur inside a JSON string (a quote there is
 * escaped), and a cut anywhere but between two items of a section leaves a batch with a bracket
 * unclosed, which JSON.parse refuses: so when every batch parses, the items are exactly those of
 * JSON.parse on the whole text. Each item then goes through the validator's fast path.
 *
 * Anything else (another layout of the file, an empty section, an item the fast path leaves to
 * zod, a batch that does not parse) ends the streaming read: `finish` answers undefined and the
 * caller reads the whole text as before, which finds and words any problem. The answer, when
 * there is one, is what acceptGraph(JSON.parse(text)) gives.
 */
import type { Article, Entity, Graph, Relation } from '../model/schema';
import { acceptArticle, acceptEntity, acceptRelation } from '../model/fastPath';

const OPENING = '{"version":1,"articles":[{"id":"';
const ITEM_START = '{"id":"';
const BETWEEN_ITEMS = '},{"id":"';
const SECTIONS = ['articles', 'entities', 'relations'] as const;
type Section = (typeof SECTIONS)[number];
/** Where a section ends and the next begins: `}],"entities":[{"id":"`. */
const NEXT_SECTION: Partial<Record<Section, string>> = { articles: '}],"entities":[{"id":"', entities: '}],"relations":[{"id":"' };
const CLOSING = '}]}';
/** Text held back before a batch is parsed: large enough that JSON.parse's start-up is nothing beside it. */
const BATCH_CHARS = 1 << 20;

export class GraphStream {
  /** Text not yet parsed, in the pieces it came in (joined only when a batch is cut from it). */
  private parts: string[] = [];
  private length = 0;
  /** The last characters pushed, so that a section's end split between two pieces is still seen. */
  private tail = '';
  /** The section being read; undefined before the opening is seen. */
  private section?: Section;
  private failed = false;
  private readonly lists: { articles: Article[]; entities: Entity[]; relations: Relation[] } = { articles: [], entities: [], relations: [] };

  /** `batchChars`: how much text waits before a batch is cut from it (small in tests, to cut often). */
  constructor(private readonly batchChars = BATCH_CHARS) {}

  /** The next piece of the decoded text. */
  push(text: string): void {
    if (this.failed || !text) return;
    this.parts.push(text);
    this.length += text.length;
    if (!this.section) {
      if (this.length < OPENING.length) {
        if (!OPENING.startsWith(this.joined())) this.fail();
        return;
      }
      const pending = this.joined();
      if (!pending.startsWith(OPENING)) return void this.fail();
      this.section = 'articles';
      this.keep(pending.slice(OPENING.length - ITEM_START.length));
      this.readWhatIsWhole(false);
      return;
    }
    // Only the new text (and the few characters before it) can hold the section's end: the rest was searched.
    const next = NEXT_SECTION[this.section];
    const seen = next !== undefined && (this.tail + text).includes(next);
    this.tail = (this.tail + text).slice(-64);
    if (seen || this.length >= this.batchChars) this.readWhatIsWhole(false);
  }

  /** The graph, once the whole text has been pushed; undefined when the file is not of the writers' shape or needs the full validator. */
  finish(): Graph | undefined {
    if (this.failed || !this.section) return undefined;
    this.readWhatIsWhole(true);
    if (this.failed || this.section !== 'relations') return undefined;
    const rest = this.joined().trimEnd();
    if (!rest.endsWith(CLOSING) || !this.take(rest.slice(0, rest.length - CLOSING.length + 1))) return undefined;
    this.keep('');
    return { version: 1, ...this.lists };
  }

  private joined(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }

  private keep(pending: string): void {
    this.parts = pending ? [pending] : [];
    this.length = pending.length;
  }

  /**
   * Parses the items that are whole: every section that has ended, then, in the current one, the
   * items before the last cut (once enough text waits, or at the end).
   */
  private readWhatIsWhole(atEnd: boolean): void {
    while (!this.failed && this.section) {
      const pending = this.joined();
      const next = NEXT_SECTION[this.section];
      const end = next === undefined ? -1 : pending.indexOf(next);
      if (end >= 0) {
        if (!this.take(pending.slice(0, end + 1))) return;
        this.keep(pending.slice(end + next!.length - ITEM_START.length));
        this.section = SECTIONS[SECTIONS.indexOf(this.section) + 1];
        continue;
      }
      if (!atEnd && pending.length < this.batchChars) return;
      const cut = pending.lastIndexOf(BETWEEN_ITEMS);
      if (cut < 0) return;
      if (!this.take(pending.slice(0, cut + 1))) return;
      this.keep(pending.slice(cut + 2));
      return;
    }
  }

  /** Parses `{"id":…},…,{"id":…}` and passes each item through the fast path; false (and the stream given up) if any fails. */
  private take(items: string): boolean {
    let parsed: unknown;
    try {
      parsed = JSON.parse(`[${items}]`);
    } catch {
      return this.fail();
    }
    const list = this.lists[this.section!] as unknown[];
    const accept: (v: unknown) => unknown = this.section === 'articles' ? acceptArticle : this.section === 'entities' ? acceptEntity : acceptRelation;
    for (const item of parsed as unknown[]) {
      const accepted = accept(item);
      if (!accepted) return this.fail();
      list.push(accepted);
    }
    return true;
  }

  private fail(): false {
    this.failed = true;
    this.keep('');
    this.lists.articles = [];
    this.lists.entities = [];
    this.lists.relations = [];
    return false;
  }
}
