'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api } from '../api';
import { fromZonedInput, toZonedInput } from './zoned-time';

export interface CatalogItem {
  id: string;
  title: string;
  kind: string;
  section: number;
  maxScore: number;
  available: boolean;
}

export interface SetValues {
  title: string;
  description: string;
  openAt: string | null;
  dueAt: string | null;
  lateUntil: string | null;
  latePercent: number;
  maxAttempts: number | null;
  attemptPenaltyPercent: number;
  hiddenFeedback: 'always' | 'after_due';
  items: { exerciseId: string; points: number }[];
}

const EMPTY: SetValues = { title: '', description: '', openAt: null, dueAt: null, lateUntil: null, latePercent: 50, maxAttempts: null, attemptPenaltyPercent: 0, hiddenFeedback: 'always', items: [] };

/**
 * Create or edit a problem set: items in order with points, dates in the course's time zone, late policy,
 * attempt limit or per-attempt penalty, and when hidden-check feedback is shown.
 */
export function SetEditor(props: { courseId: string; timeZone: string; catalog: CatalogItem[]; setId?: string; initial?: SetValues }) {
  const router = useRouter();
  const tz = props.timeZone;
  const init = props.initial ?? EMPTY;
  const [v, setV] = useState({
    ...init,
    openAt: toZonedInput(init.openAt, tz),
    dueAt: toZonedInput(init.dueAt, tz),
    lateUntil: toZonedInput(init.lateUntil, tz),
  });
  const [pick, setPick] = useState('');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const byId = new Map(props.catalog.map((c) => [c.id, c]));
  const set = <K extends keyof typeof v>(k: K, x: (typeof v)[K]) => setV((s) => ({ ...s, [k]: x }));
  const move = (i: number, d: number) =>
    setV((s) => {
      const items = [...s.items];
      const j = i + d;
      if (j < 0 || j >= items.length) return s;
      [items[i], items[j]] = [items[j], items[i]];
      return { ...s, items };
    });

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setError('');
    setSaved('');
    const body = { ...v, openAt: fromZonedInput(v.openAt, tz), dueAt: fromZonedInput(v.dueAt, tz), lateUntil: fromZonedInput(v.lateUntil, tz) };
    try {
      if (props.setId) {
        await api(`/api/instructor/sets/${props.setId}`, { method: 'PUT', body });
        setSaved('Saved.');
        router.refresh();
      } else {
        const r = await api<{ id: string }>(`/api/courses/${props.courseId}/sets`, { method: 'POST', body });
        router.push(`/instructor/sets/${r.id}`);
      }
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <form onSubmit={save} aria-label="Problem set">
      <p>
        <label>
          Title <input value={v.title} onChange={(e) => set('title', e.target.value)} required maxLength={120} />
        </label>
      </p>
      <p>
        <label>
          Description <textarea value={v.description} onChange={(e) => set('description', e.target.value)} rows={2} cols={60} />
        </label>
      </p>
      <fieldset>
        <legend>Dates (time zone: {tz})</legend>
        <label>
          Opens <input type="datetime-local" step={1} value={v.openAt} onChange={(e) => set('openAt', e.target.value)} />
        </label>{' '}
        <label>
          Due <input type="datetime-local" step={1} value={v.dueAt} onChange={(e) => set('dueAt', e.target.value)} />
        </label>{' '}
        <label>
          Late work accepted until <input type="datetime-local" step={1} value={v.lateUntil} onChange={(e) => set('lateUntil', e.target.value)} />
        </label>{' '}
        <label>
          for <input type="number" aria-label="Late credit (%)" min={0} max={100} value={v.latePercent} onChange={(e) => set('latePercent', Number(e.target.value))} style={{ width: '5em' }} /> % credit
        </label>
      </fieldset>
      <fieldset>
        <legend>Attempts</legend>
        <label>
          Attempt limit{' '}
          <input
            type="number"
            min={1}
            placeholder="unlimited"
            value={v.maxAttempts ?? ''}
            onChange={(e) => set('maxAttempts', e.target.value ? Number(e.target.value) : null)}
            style={{ width: '7em' }}
          />
        </label>{' '}
        <label>
          Penalty per extra attempt{' '}
          <input type="number" min={0} max={100} value={v.attemptPenaltyPercent} onChange={(e) => set('attemptPenaltyPercent', Number(e.target.value))} style={{ width: '5em' }} /> %
        </label>{' '}
        <label>
          Hidden-check feedback{' '}
          <select value={v.hiddenFeedback} onChange={(e) => set('hiddenFeedback', e.target.value as SetValues['hiddenFeedback'])}>
            <option value="always">shown at once</option>
            <option value="after_due">shown after the due date</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Items</legend>
        <ol>
          {v.items.map((it, i) => (
            <li key={it.exerciseId}>
              {byId.get(it.exerciseId)?.title ?? it.exerciseId} <span className="muted">({it.exerciseId})</span>{' '}
              <label>
                points{' '}
                <input
                  type="number"
                  min={0}
                  step="any"
                  aria-label={`points for ${it.exerciseId}`}
                  value={it.points}
                  onChange={(e) => setV((s) => ({ ...s, items: s.items.map((x, j) => (j === i ? { ...x, points: Number(e.target.value) } : x)) }))}
                  style={{ width: '5em' }}
                />
              </label>{' '}
              <button type="button" onClick={() => move(i, -1)} aria-label={`move ${it.exerciseId} up`}>
                ↑
              </button>
              <button type="button" onClick={() => move(i, 1)} aria-label={`move ${it.exerciseId} down`}>
                ↓
              </button>
              <button type="button" onClick={() => setV((s) => ({ ...s, items: s.items.filter((_, j) => j !== i) }))} aria-label={`remove ${it.exerciseId}`}>
                remove
              </button>
            </li>
          ))}
        </ol>
        <label>
          Add{' '}
          <select value={pick} onChange={(e) => setPick(e.target.value)} aria-label="exercise to add">
            <option value="">choose an exercise or quiz…</option>
            {props.catalog
              .filter((c) => c.available && !v.items.some((i) => i.exerciseId === c.id))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  §{c.section} {c.kind === 'quiz' ? 'quiz' : 'code'}: {c.title} ({c.id})
                </option>
              ))}
          </select>
        </label>{' '}
        <button
          type="button"
          disabled={!pick}
          onClick={() => {
            setV((s) => ({ ...s, items: [...s.items, { exerciseId: pick, points: byId.get(pick)?.maxScore ?? 1 }] }));
            setPick('');
          }}
        >
          Add item
        </button>
      </fieldset>
      <p>
        <button type="submit">{props.setId ? 'Save set' : 'Create set'}</button> {saved && <span role="status">{saved}</span>}
      </p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
