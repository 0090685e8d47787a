/** The database URL, with the embedded SQLite default (the same default prisma.config.ts sets for the CLI). */
export const DEFAULT_DATABASE_URL = 'file:./data/nnlab.db';

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function databaseKind(url = databaseUrl()): 'sqlite' | 'postgresql' {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite';
}
