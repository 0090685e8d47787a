/**
 * `/sections/<n>`: the lecture's figures for section n, drawn from data computed with lib/nn on the
 * server (fixed seeds), then the section's exercises and quizzes. Public: no sign-in needed.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/lib/db/client';
import { SECTIONS } from '@/lib/figures/sections';
import { SectionFigures } from '@/components/figures/SectionFigures';
import css from '@/components/figures/figures.module.css';

type Params = { params: Promise<{ n: string }> };

function sectionNumber(raw: string): number | null {
  if (!/^(?:[0-9]|1[01])$/.test(raw)) return null;
  return Number(raw);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const n = sectionNumber((await params).n);
  return { title: n === null ? 'Section not found' : `§${n} ${SECTIONS[n].title}` };
}

export default async function SectionPage({ params }: Params) {
  const n = sectionNumber((await params).n);
  if (n === null) notFound();
  const info = SECTIONS[n];
  const items = await db.exercise.findMany({ where: { section: n, available: true }, orderBy: [{ order: 'asc' }, { id: 'asc' }], select: { id: true, kind: true, title: true, summary: true } });
  return (
    <div className="page section-page">
      <p className="crumbs">
        <Link href="/">Course</Link> › Section {n}
      </p>
      <h1>
        <span className="section-number">{n}</span> {info.title}
      </h1>
      <p className="lead">{info.intro}</p>
      <SectionFigures n={n} />
      <h2>Practise</h2>
      {items.length === 0 ? (
        <p className="muted">No exercises are available for this section yet.</p>
      ) : (
        <ul className={css.items}>
          {items.map((e) => (
            <li key={e.id}>
              <Link href={e.kind === 'quiz' ? `/quizzes/${e.id}` : `/exercises/${e.id}`}>{e.title}</Link> <span className="muted small">({e.kind === 'quiz' ? 'quiz' : 'code'})</span>
              <div className="muted small">{e.summary}</div>
            </li>
          ))}
        </ul>
      )}
      <nav className="toolbar" aria-label="Other sections">
        {n > 0 && <Link href={`/sections/${n - 1}`}>← §{n - 1} {SECTIONS[n - 1].title}</Link>}
        {n < 11 && <Link href={`/sections/${n + 1}`}>§{n + 1} {SECTIONS[n + 1].title} →</Link>}
      </nav>
    </div>
  );
}
