import type { QuizResult } from '@/grader/contract';

/** A quiz question as the page shows it: the prompt (and choice labels) already rendered to HTML on the server. */
export type ShownQuestion =
  | { id: string; kind: 'numeric'; points: number; promptHtml: string }
  | { id: string; kind: 'choice'; points: number; promptHtml: string; choices: { id: string; labelHtml: string }[] };

/** An earlier response, with explanations pre-rendered (question id → HTML). */
export interface PastResponse {
  id: string;
  createdAt: string;
  score: number;
  maxScore: number;
  result: QuizResult;
  explanationHtml: Record<string, string>;
}
