/**
 * A submission's final statuses: it has its one result (graded) or was given up on (failed, a grader
 * error for staff). Plain constants: the browser's "Grading…" and the server both use them.
 */
export const FINAL_STATUSES = ['graded', 'failed'] as const;

export const isFinal = (status: string | undefined): boolean => (FINAL_STATUSES as readonly string[]).includes(status ?? '');
