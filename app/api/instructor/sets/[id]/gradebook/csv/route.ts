import { guard, idParam } from '@/lib/guard';
import { gradebookCsv } from '@/lib/data/gradebook';

/** The gradebook as a CSV download (UTF-8 with BOM, CRLF: opens cleanly in Excel, LibreOffice and Sheets). */
export const GET = guard({ auth: 'instructor', params: idParam }, async ({ user, params }) => {
  const { filename, csv } = await gradebookCsv(user, params.id);
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' },
  });
});
