/**
 * The full article text with one quote highlighted and scrolled into view. The text is split
 * at the quote's offsets and rendered as React text nodes: data is never parsed as HTML. Page
 * furniture, repeated paragraphs and photo captions are greyed and labelled (readerSegments.ts),
 * so they are not read as the story; every character stays where it is.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { classifyParagraphs } from '../extract/text';
import { readerSegments } from './readerSegments';
import type { Article, Evidence } from '../model/schema';
import { Byline, isSampleText, OriginalLink, SampleLabel } from './ArticleByline';

export interface ArticleDialogProps {
  article: Article;
  text: string;
  evidence: Evidence;
  onClose: () => void;
}

export function ArticleDialog({ article, text, evidence, onClose }: ArticleDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // Scroll only the text pane: scrollIntoView would also scroll the page behind the dialog.
    const pane = paneRef.current;
    const mark = markRef.current;
    if (pane && mark) pane.scrollTop = Math.max(0, mark.offsetTop - pane.offsetTop - pane.clientHeight / 3);
  }, [evidence]);

  // Focus starts at the title, so a screen reader says what opened, and goes back to the
  // button that opened the dialog when it closes (the dialog unmounts; the browser would leave
  // it on <body>). After showModal above, which would focus the first control otherwise.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : undefined));
  useEffect(() => {
    headingRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);

  const segments = useMemo(() => readerSegments(text, evidence, classifyParagraphs(text)), [text, evidence]);
  // The quote's first piece carries the ref the pane scrolls to.
  const firstQuote = segments.findIndex((seg) => seg.quote);

  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      onCancel={onClose}
      aria-labelledby="article-dialog-title"
      className="m-auto flex max-h-[90dvh] w-[min(46rem,calc(100vw-1.5rem))] flex-col rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/50"
    >
      <header className="flex items-start gap-3 border-b border-slate-200 px-5 py-4">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Source article</p>
          <h2 id="article-dialog-title" ref={headingRef} tabIndex={-1} className="mt-0.5 text-lg font-semibold leading-snug focus:outline-none focus-visible:outline-2 focus-visible:outline-sky-600">
            {article.title}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            <Byline article={article} />
            {isSampleText(article) ? (
              <>
                {' '}
                <SampleLabel />
                <span className="mt-1 block text-xs text-slate-500">Written for Entente's sample corpus from publicly reported facts (see its sources in docs/corpus.md); not a copy of any outlet's page.</span>
              </>
            ) : (
              <>
                {' '}
                · <OriginalLink article={article} className="text-sky-700 underline underline-offset-2 hover:text-sky-900" />
              </>
            )}
          </p>
        </div>
        <button
          type="button"
          onClick={() => dialogRef.current?.close()}
          className="rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100"
        >
          Close
        </button>
      </header>
      <div ref={paneRef} tabIndex={0} aria-label="Article text" className="relative overflow-y-auto px-5 py-4 focus-visible:outline-2 focus-visible:outline-sky-600" data-testid="article-text">
        <p className="whitespace-pre-wrap text-[15px] leading-relaxed text-slate-800">
          {segments.map((seg, i) => {
            const words = text.slice(seg.start, seg.end);
            const inner = seg.quote ? (
              <mark ref={i === firstQuote ? markRef : undefined} className="rounded-sm bg-amber-200 px-0.5 text-slate-900 ring-2 ring-amber-300">
                {words}
              </mark>
            ) : (
              words
            );
            if (!seg.apart) return <span key={seg.start}>{inner}</span>;
            // The label is generated content: it is seen (and read out) but is not part of the text.
            return (
              <span
                key={seg.start}
                data-set-apart={seg.apart}
                className="text-slate-500 before:mr-1.5 before:rounded before:bg-slate-100 before:px-1 before:py-px before:align-[1px] before:text-[10px] before:font-semibold before:uppercase before:tracking-wide before:text-slate-600 before:content-[attr(data-set-apart)]"
              >
                {inner}
              </span>
            );
          })}
        </p>
      </div>
      <footer className="border-t border-slate-200 px-5 py-2.5 text-xs text-slate-500">
        Highlighted: characters {evidence.start}–{evidence.end} of the article text.
      </footer>
    </dialog>
  );
}
