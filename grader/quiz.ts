/**
 * Quizzes: trusted generators, run in a worker (the web app never imports exercise files).
 * The same seed always regenerates the same variant, so grading needs only (quiz, seed, answers).
 */
import { createRng } from '../lib/nn/rng';
import type { QuizQuestion, QuizResult, QuizVariant } from './contract';
import type { QuizExercise } from './exercise';
import { ExerciseError } from './exercise';

function generate(q: QuizExercise, seed: number) {
  const v = q.quiz.generate(createRng(seed >>> 0));
  if (!v || !Array.isArray(v.questions) || v.questions.length === 0) throw new ExerciseError(`exercises/${q.id}/quiz.ts: generate() must return { questions: [...] } with at least one question`);
  return v;
}

export function quizVariant(q: QuizExercise, seed: number): QuizVariant {
  const v = generate(q, seed);
  return {
    quizId: q.id,
    seed,
    ...(v.intro ? { intro: v.intro } : {}),
    questions: v.questions.map((x) =>
      x.kind === 'numeric'
        ? { id: x.id, kind: 'numeric' as const, prompt: x.prompt, points: x.points ?? 1 }
        : { id: x.id, kind: 'choice' as const, prompt: x.prompt, points: x.points ?? 1, choices: x.choices.map((c) => ({ id: c.id, label: c.label })) },
    ),
  };
}

/** a numeric answer as typed: "0.25", " 1e-3 ", 0.25; anything else is not a number */
function parseNumber(given: string | number | null | undefined): number | null {
  if (typeof given === 'number') return Number.isFinite(given) ? given : null;
  if (typeof given !== 'string' || given.trim() === '') return null;
  const n = Number(given.trim());
  return Number.isFinite(n) ? n : null;
}

export function isCorrect(q: QuizQuestion, given: string | number | null | undefined): boolean {
  if (q.kind === 'choice') return given !== null && given !== undefined && String(given) === q.answer;
  const x = parseNumber(given);
  if (x === null) return false;
  const err = Math.abs(x - q.answer);
  const { abs, rel } = q.tolerance;
  return (abs !== undefined && err <= abs) || (rel !== undefined && err <= rel * Math.abs(q.answer)) || err === 0;
}

export function quizGrade(q: QuizExercise, seed: number, answers: Record<string, string | number | null>): QuizResult {
  const v = generate(q, seed);
  const questions = v.questions.map((x) => {
    const given = Object.prototype.hasOwnProperty.call(answers, x.id) ? answers[x.id] : null;
    const correct = isCorrect(x, given);
    const max = x.points ?? 1;
    return { id: x.id, correct, points: correct ? max : 0, given: given ?? null, answer: x.answer, explanation: x.explanation };
  });
  return {
    quizId: q.id,
    seed,
    score: questions.reduce((a, x) => a + x.points, 0),
    maxScore: v.questions.reduce((a, x) => a + (x.points ?? 1), 0),
    questions,
  };
}
