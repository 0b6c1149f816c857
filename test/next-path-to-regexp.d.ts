/** The path-to-regexp copy Next compiles in (it ships no types): what the route-source tests use of it. */
declare module 'next/dist/compiled/path-to-regexp' {
  export function pathToRegexp(path: string, keys?: unknown[], options?: { delimiter?: string; sensitive?: boolean; strict?: boolean }): RegExp;
}
