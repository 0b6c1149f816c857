import { termIndexRoute } from '@/app/_lib/term-route';

const route = termIndexRoute('categories');
export const metadata = route.metadata;
export default route.Page;
