import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCodeMeta } from './code-meta';

const marks = (meta: string, lines = 10) => [...parseCodeMeta(meta, lines).marks];

describe('code fence options', () => {
  it('reads marked lines in the common, Hugo and Hexo forms', () => {
    assert.deepEqual(marks('{2,4-6}'), [2, 4, 5, 6]);
    assert.deepEqual(marks('{linenos=table,hl_lines=[2,"4-6"]}'), [2, 4, 5, 6]);
    assert.deepEqual(marks('{hl_lines="2 4-6"}'), [2, 4, 5, 6]);
    assert.deepEqual(marks('mark:2,4-6 line_number:true'), [2, 4, 5, 6]);
    assert.deepEqual(marks(''), []);
    assert.deepEqual(marks('title="a.js"'), []);
  });

  it('marks only lines the block has: a huge range costs nothing', () => {
    assert.deepEqual(marks('{3-999999999}', 4), [3, 4]);
    assert.deepEqual(marks('{0,12}', 4), []);
  });

  it('reads line numbers', () => {
    for (const meta of ['showLineNumbers', '{linenos=true}', '{linenos=table,hl_lines=[1]}', 'line_number:true']) assert.equal(parseCodeMeta(meta, 3).lineNumbers, true, meta);
    for (const meta of ['', '{2}', '{linenos=false}', 'line_number:false']) assert.equal(parseCodeMeta(meta, 3).lineNumbers, false, meta);
  });
});
