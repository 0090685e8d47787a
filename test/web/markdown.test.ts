import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderMarkdown } from '@/lib/markdown';

describe('renderMarkdown', () => {
  it('renders inline and display math with KaTeX, not as raw dollars', async () => {
    const html = await renderMarkdown('Scores $z \\in \\mathbb{R}^C$.\n\n$$\nH(p) = -\\sum_i p_i \\log p_i\n$$\n');
    expect(html).toContain('class="katex"');
    expect(html).toContain('class="katex-display"');
    expect(html).not.toContain('$z');
    // MathML is kept for screen readers
    expect(html).toContain('<math');
  });

  it('renders GitHub tables, emphasis and code', async () => {
    const html = await renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n**bold** and `Math.exp(1000)`');
    expect(html).toContain('<table>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<code>Math.exp(1000)</code>');
  });

  it('drops raw HTML such as script tags', async () => {
    const html = await renderMarkdown('hello <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
    expect(html).toContain('hello');
  });

  it('shows a broken formula as an error instead of throwing', async () => {
    const html = await renderMarkdown('bad $\\frac{1}{$ math');
    expect(html).toContain('bad');
    expect(html).toMatch(/katex-error|katex/);
  });

  it('renders the softmax statement with every formula typeset', async () => {
    const md = readFileSync(path.join(__dirname, '../../exercises/softmax/statement.md'), 'utf8');
    const html = await renderMarkdown(md);
    expect(html).toContain('<h1>Softmax that never overflows</h1>');
    expect(html.match(/class="katex-display"/g)?.length).toBe(2);
    expect(html).not.toContain('katex-error');
  });
});
