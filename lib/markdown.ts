/**
 * Markdown + math → HTML, on the server.
 *
 * Exercise statements and quiz prompts are written in Markdown with `$inline$` and `$$display$$`
 * math. Rendering happens once on the server (at sync time or in a server component), so the
 * browser receives finished KaTeX HTML and needs no math JavaScript at all — only KaTeX's CSS
 * and fonts, which `app/layout.tsx` imports from the katex package so Next serves them locally.
 *
 * Raw HTML inside the Markdown is dropped (remark-rehype's default): statements are authored in
 * git, but nothing here should turn a stray `<script>` into live markup.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';

// Building the pipeline is the expensive part; reuse one frozen processor for every call.
let processor: Processor<any, any, any, any, string> | null = null;

function pipeline() {
  processor ??= unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkRehype)
    // rehype-katex catches KaTeX errors itself: a typo in one formula shows that formula in red,
    // not a broken page. strict 'ignore': no console noise for harmless LaTeX-isms.
    .use(rehypeKatex, { strict: 'ignore' })
    .use(rehypeStringify)
    .freeze() as unknown as Processor<any, any, any, any, string>;
  return processor;
}

/** Render Markdown with GitHub tables/lists and KaTeX math to an HTML string. */
export async function renderMarkdown(md: string): Promise<string> {
  const file = await pipeline().process(md);
  return String(file);
}
