import { termIndexRoute } from '@/app/_lib/term-route';

const route = termIndexRoute('categories');
export const generateMetadata = route.generateMetadata;
export default route.Page;
