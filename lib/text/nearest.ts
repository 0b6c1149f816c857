/** "Did you mean": the nearest of a set of known words to one the author wrote. */

/** The candidate fewest edits away from `key`, within `maxEdits` (the first on a tie), or null. */
export function nearestKey(key: string, candidates: readonly string[], maxEdits = 2): string | null {
  let best: string | null = null;
  let bestDistance = maxEdits + 1;
  for (const candidate of candidates) {
    const d = editDistance(key, candidate);
    // A short key is one edit from few words by chance: `topic` is not a typo of `toc`.
    if (candidate.length <= 4 && d > 1) continue;
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance: how many edits turn one key into another. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}
