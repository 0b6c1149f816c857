import Link from 'next/link';
import type { Post } from '../posts';

export function PostList({ posts }: { posts: Post[] }) {
  return (
    <ul>
      {posts.map((p) => (
        <li key={p.slug}>
          <Link href={`/posts/${p.slug}/`}>{p.title}</Link> <time>{p.date}</time>
        </li>
      ))}
    </ul>
  );
}
