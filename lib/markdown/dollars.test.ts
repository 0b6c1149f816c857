import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderEntry } from './pipeline';

describe('math: false', () => {
  it('keeps every dollar as text, display formulas included', () => {
    const md = '价格 $5$ 和 $E=mc^2$。\n\n$$\nx^2\n$$\n';
    const off = renderEntry(md, undefined, { math: false });
    assert.doesNotMatch(off.html, /katex/);
    assert.match(off.html, /价格 \$5\$ 和 \$E=mc\^2\$。/);
    assert.match(off.html, /\$\$ x\^2 \$\$|\$\$\nx\^2\n\$\$/);
    assert.equal(off.hasMath, false);
    assert.match(renderEntry(md).html, /class="katex"/, 'math stays on by default');
  });
});
