/** The course as a list of sections, each with its items and the student's progress. Server component. */
import Link from 'next/link';
import type { ItemProgress, SectionProgress } from '@/lib/data/course';
import { ProgressBar } from '../ProgressBar';
import { formatScore } from '../workbench/format';

export function itemHref(item: Pick<ItemProgress, 'id' | 'kind'>): string {
  return `/${item.kind === 'quiz' ? 'quizzes' : 'exercises'}/${encodeURIComponent(item.id)}`;
}

export function sectionTotals(items: ItemProgress[]) {
  return {
    earned: items.reduce((a, i) => a + (i.bestScore ?? 0), 0),
    max: items.reduce((a, i) => a + i.maxScore, 0),
    passed: items.filter((i) => i.passed).length,
  };
}

export function CourseSections({ sections }: { sections: SectionProgress[] }) {
  return (
    <ol className="sections" start={0}>
      {sections.map((s) => {
        const t = sectionTotals(s.items);
        return (
          <li key={s.number} className="section" aria-labelledby={`section-${s.number}`}>
            <div className="section-head">
              <h2 id={`section-${s.number}`}>
                <span className="section-number">{s.number}</span> {s.title}
              </h2>
              <Link href={`/sections/${s.number}`} className="small" aria-label={`Figures for section ${s.number}`}>
                Figures
              </Link>
              {s.items.length > 0 && (
                <div className="section-progress">
                  <ProgressBar value={t.earned} max={t.max} label={`Section ${s.number} progress`} />
                  <span className="muted small">
                    {t.passed}/{s.items.length} passed · {formatScore(t.earned, t.max)} pts
                  </span>
                </div>
              )}
            </div>
            {s.items.length === 0 ? (
              <p className="muted small">No exercises in this section yet.</p>
            ) : (
              <ul className="items">
                {s.items.map((item) => (
                  <li key={item.id} className={`item ${item.passed ? 'is-passed' : ''}`}>
                    <span className={`kind kind-${item.kind}`}>{item.kind === 'quiz' ? 'Quiz' : 'Code'}</span>
                    <div className="item-main">
                      <Link href={itemHref(item)}>{item.title}</Link>
                      <p className="muted small">{item.summary}</p>
                    </div>
                    <div className="item-progress small">
                      {item.passed && <span className="pass-mark">✓ passed</span>}
                      <span>{item.bestScore === null ? `— / ${item.maxScore}` : formatScore(item.bestScore, item.maxScore)} pts</span>
                      <span className="muted">
                        {item.attempts} {item.attempts === 1 ? 'attempt' : 'attempts'}
                      </span>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
