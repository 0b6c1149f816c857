import { contentVersion } from '@/lib/content';

// Static in a published build (a fixed number nobody asks for); answered
// afresh on every request by `next dev`, where the preview polls it.
export const dynamic = 'force-static';

export function GET() {
  return Response.json({ version: contentVersion() });
}
