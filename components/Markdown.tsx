'use client';
/**
 * Markdown + math in the browser, for text that only exists after a client action (a quiz result's
 * explanations). When the server already rendered it, pass `html` and nothing is loaded. Otherwise
 * the text shows as is at once, and the local renderer (lib/markdown, with KaTeX) is fetched lazily —
 * only on the first such text, never on page load.
 */
import { useEffect, useState } from 'react';
import { unwrapParagraph } from './markdownHtml';

export function Markdown({ md, html, inline = false, className }: { md: string; html?: string; inline?: boolean; className?: string }) {
  const [rendered, setRendered] = useState<string | null>(html ?? null);

  useEffect(() => {
    if (html !== undefined) {
      setRendered(html);
      return;
    }
    let cancelled = false;
    import('@/lib/markdown')
      .then(({ renderMarkdown }) => renderMarkdown(md))
      .then((out) => {
        if (!cancelled) setRendered(inline ? unwrapParagraph(out) : out);
      })
      .catch(() => {
        // keep the plain text: still readable
      });
    return () => {
      cancelled = true;
    };
  }, [md, html, inline]);

  const Tag = inline ? 'span' : 'div';
  if (rendered === null) return <Tag className={className}>{md}</Tag>;
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: rendered }} />;
}
