import Link from 'next/link';
import { notFound } from 'next/navigation';
import { allPosts, postBySlug, postHtml } from '../../../posts';

export const dynamicParams = false;

export function generateStaticParams() {
  return allPosts().map((p) => ({ slug: p.slug }));
}

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const post = postBySlug(decodeURIComponent((await params).slug));
  if (!post) notFound();
  return (
    <article>
      <h1>{post.title}</h1>
      <time>{post.date}</time>
      <p>
        {post.tags.map((t) => (
          <Link key={t} href={`/tags/${encodeURIComponent(t)}/`}>
            {t}{' '}
          </Link>
        ))}
      </p>
      <div dangerouslySetInnerHTML={{ __html: await postHtml(post) }} />
    </article>
  );
}
