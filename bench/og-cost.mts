/**
 * npm run bench:og — what a generated share image (next/og: satori and
 * resvg) would cost per entry: the median of 20 renders of a 1200×630 card
 * with a title, after one warm-up. Multiplied by the entries of a journal,
 * it is the time a build would add; the journal uses the settings'
 * `shareImage` instead while that exceeds a tenth of a cold build.
 */
import { ImageResponse } from 'next/og';
import React from 'react';

const RUNS = 20;

async function render(i: number): Promise<number> {
  const card = React.createElement(
    'div',
    { style: { display: 'flex', width: '100%', height: '100%', background: '#8a3b12', color: '#fff', fontSize: 64, padding: 80, alignItems: 'center' } },
    `Entry number ${i}: a title of some length`,
  );
  return (await new ImageResponse(card, { width: 1200, height: 630 }).arrayBuffer()).byteLength;
}

await render(0);
const times: number[] = [];
for (let i = 1; i <= RUNS; i++) {
  const start = performance.now();
  await render(i);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)] ?? 0;
console.log(`share image: median ${median.toFixed(1)} ms per entry (${RUNS} renders, 1200×630) → ${((median * 1000) / 1000).toFixed(1)} s per 1,000 entries`);
