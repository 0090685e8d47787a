/** `<p>x</p>` → `x`, for one-line Markdown shown inside a label or a sentence. Safe on server and client. */
export function unwrapParagraph(html: string): string {
  const m = /^<p>([\s\S]*)<\/p>\s*$/.exec(html.trim());
  return m && !m[1].includes('<p>') ? m[1] : html;
}
