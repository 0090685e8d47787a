/** A numbered figure with a caption that says what to look at (server component; the chart inside is a client one). */
import type { ReactNode } from 'react';
import css from './figures.module.css';

export function Figure({ title, caption, children }: { title: string; caption: ReactNode; children: ReactNode }) {
  return (
    <figure className={css.figure}>
      <h3>{title}</h3>
      {children}
      <figcaption className="muted small">{caption}</figcaption>
    </figure>
  );
}
