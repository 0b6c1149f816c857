import { notFound } from 'next/navigation';
import { allPosts, allTags } from '../../../posts';
import { PostList } from '../../post-list';

export const dynamicParams = false;

export function generateStaticParams() {
  return allTags().map((tag) => ({ tag }));
}

export default async function TagPage({ params }: { params: Promise<{ tag: string }> }) {
  const tag = decodeURIComponent((await params).tag);
  const posts = allPosts().filter((p) => p.tags.includes(tag));
  if (posts.length === 0) notFound();
  return (
    <>
      <h1>{tag}</h1>
      <PostList posts={posts} />
    </>
  );
}
