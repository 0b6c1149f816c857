import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeSite } from '../site/site';
import { parseSettings } from '../site/settings-file';
import { sitePictures } from './pictures';

const CONTENT = 'e2e/fixtures/personal-site/journal';

function pictures(yaml: string) {
  const settings = parseSettings(yaml);
  assert.ok(settings.ok);
  return sitePictures(makeSite({ CONTENT_DIR: CONTENT, JOURNAL_BASE_PATH: '/journal' }, settings.settings, 'site.yml', process.cwd(), settings.lines));
}

describe('the settings\' pictures', () => {
  it('a file in the content folder is published under /media/, with its size and type', () => {
    const { avatar, icon, shareImage, warnings: problems } = pictures('author: { name: 林一, avatar: images/avatar.png }\nicon: images/icon.png\nshareImage: https://cdn.example/share.png\n');
    assert.deepEqual(problems, []);
    assert.equal(avatar?.src, '/journal/media/images/avatar.png');
    assert.equal(avatar?.alt, '林一');
    assert.deepEqual([icon?.width, icon?.height, icon?.type], [64, 48, 'image/png']);
    assert.equal(icon?.media?.path, 'images/icon.png');
    assert.deepEqual([shareImage?.src, shareImage?.media], ['https://cdn.example/share.png', null]);
  });

  it('warns of what cannot be published, at the setting\'s line: missing, outside the folder, not https, not an image', () => {
    const { avatar, icon, shareImage, warnings: problems } = pictures('author: { avatar: images/none.png }\nicon: ../../../../package.json\nshareImage: http://cdn.example/a.png\n');
    assert.deepEqual([avatar, icon, shareImage], [null, null, null]);
    assert.deepEqual(
      problems.map((p) => p.field),
      ['author.avatar', 'icon', 'shareImage'],
    );
    assert.deepEqual(
      problems.map((p) => p.line),
      [1, 2, 3],
    );
    assert.match(problems[0]?.message.en ?? '', /does not exist; the site is published without it \(put the image in the content folder/);
    assert.match(problems[1]?.message.en ?? '', /outside the content folder/);
    assert.match(problems[2]?.message.en ?? '', /https:\/\//);
    assert.match(pictures('icon: pages/about.md\n').warnings[0]?.message.en ?? '', /is not an image/);
  });
});
