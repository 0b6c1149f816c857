import { allPosts } from '../posts';
import { PostList } from './post-list';

export default function Home() {
  return <PostList posts={allPosts().slice(0, 20)} />;
}
