import { termRoute } from '@/app/_lib/term-route';

export const dynamicParams = false;

const route = termRoute('categories', 'category');
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
