import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { remark } from 'remark';
import html from 'remark-html';

export interface Post {
  slug: string;
  title: string;
  date: string;
  tags: string[];
  body: string;
}

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)];

function readAll(dir: string, out: Post[]): void {
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, item.name);
    if (item.isDirectory()) readAll(file, out);
    else if (item.name.endsWith('.md')) {
      const { data, content } = matter(fs.readFileSync(file, 'utf8'));
      if (data.publish === false || data.published === false || data.draft === true) continue;
      const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
      out.push({ slug: item.name.replace(/\.md$/, ''), title: String(data.title), date, tags: list(data.tags), body: content });
    }
  }
}

let cache: Post[] | undefined;

/** Every published post, newest first, read once per process. */
export function allPosts(): Post[] {
  if (!cache) {
    const posts: Post[] = [];
    readAll(path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.CONTENT_DIR || 'content'), posts);
    cache = posts.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  }
  return cache;
}

export function postBySlug(slug: string): Post | undefined {
  return allPosts().find((p) => p.slug === slug);
}

export function allTags(): string[] {
  return [...new Set(allPosts().flatMap((p) => p.tags))];
}

export async function postHtml(post: Post): Promise<string> {
  return String(await remark().use(html).process(post.body));
}
