/**
 * Dates are stored as UTC instants and shown in the course's time zone, with the zone named, so a student
 * in another country reads the deadline exactly as the instructor set it.
 */
function parts(d: Date, timeZone: string) {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** "2026-11-20 23:59 (Europe/Berlin)"; "—" for no date */
export function formatInZone(d: Date | string | null, timeZone: string): string {
  if (!d) return '—';
  return `${parts(new Date(d), timeZone).replace('T', ' ')} (${timeZone})`;
}

/** an instant as the value of an <input type="datetime-local"> in the given zone */
export function toZonedInput(d: Date | string | null, timeZone: string): string {
  return d ? parts(new Date(d), timeZone) : '';
}

/** the instant at which the wall-clock time `wall` ("YYYY-MM-DDTHH:mm") occurs in `timeZone` */
export function fromZonedInput(wall: string, timeZone: string): string | null {
  if (!wall) return null;
  // datetime-local gives "…THH:mm" or, with step="1", "…THH:mm:ss"
  const asUtc = new Date(`${wall.length === 16 ? `${wall}:00` : wall}Z`).getTime();
  if (Number.isNaN(asUtc)) return null;
  // the zone's offset at that moment, found by formatting the guess back (twice: DST edges move it)
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const shown = new Date(`${parts(new Date(guess), timeZone)}:00Z`).getTime();
    guess = asUtc - (shown - guess);
  }
  return new Date(guess).toISOString();
}
