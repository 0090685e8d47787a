/** Next.js calls register() once when a server instance starts: that is when this instance begins grading. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NNLAB_GRADING === 'off') return; // e.g. a web-only instance next to dedicated graders
  const { startRunner } = await import('./lib/grading/runner');
  startRunner();
}
