import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderEntry } from './pipeline';

describe('code colours', () => {
  it('darkens the light theme colour that fails WCAG AA on white', () => {
    const html = renderEntry('```js\nfunction f(param) { return param; }\n```').html;
    assert.doesNotMatch(html, /--shiki-light:#E36209/i);
    assert.match(html, /--shiki-light:#b35900/i);
  });
});

/** WCAG's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const SAMPLES: Record<string, string> = {
  python: 'from a import b\n@dataclass\nclass E:\n    t: str = "x"  # c\n    def f(self, n: int = 3) -> list[str]:\n        return [f"{self.t}-{i}" for i in range(n)] if n else None\n',
  ts: 'interface P<T extends object> { readonly items: T[]; label?: string }\nexport async function load(path: string): Promise<number> { const r = await fetch(`/a/${path}`); // c\n return r.ok ? 42 : -1; }\n',
  bash: '#!/usr/bin/env bash\nset -euo pipefail\nfor f in "$HOME"/*.md; do echo "${f##*/}" | grep -c \'x\' || true; done\nexport A=~/j && npm run dev -- --port 3000\n',
  diff: '- const a = 1;\n+ const b = 2;\n@@ -1,3 +1,3 @@\n  same\n',
  json: '{ "title": "日记", "count": 3, "draft": false, "tags": ["a", null] }\n',
  css: ':root { --accent: #8a3b12; }\n.e > h1:hover::after { content: "#"; color: var(--accent); margin: 0 0.5rem !important; }\n@media (max-width: 480px) { body { font-size: 1rem } }\n',
};

describe('code colours pass WCAG AA in both themes', () => {
  for (const [lang, code] of Object.entries(SAMPLES)) {
    it(lang, () => {
      const html = renderEntry(`\`\`\`${lang}\n${code}\`\`\``).html;
      for (const [theme, background] of [['light', '#ffffff'], ['dark', '#24292e']] as const) {
        const colours = new Set([...html.matchAll(new RegExp(`--shiki-${theme}:(#[0-9a-f]{6})`, 'gi'))].map((m) => (m[1] ?? '').toLowerCase()));
        assert.ok(colours.size >= 3, `${lang} ${theme}: ${[...colours].join(' ')}`);
        for (const colour of colours) assert.ok(contrast(colour, background) >= 4.5, `${lang} ${theme}: ${colour} on ${background} is ${contrast(colour, background).toFixed(2)}:1`);
      }
    });
  }
});
