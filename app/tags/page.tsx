import { termIndexRoute } from '@/app/_lib/term-route';

const route = termIndexRoute('tags');
export const metadata = route.metadata;
export default route.Page;
