export const ROLES = ['student', 'instructor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { student: 0, instructor: 1, admin: 2 };

export const isRole = (r: unknown): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r);

/** admin ⊇ instructor ⊇ student */
export const hasRole = (actual: Role, needed: Role): boolean => RANK[actual] >= RANK[needed];
