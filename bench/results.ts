import type { BuildRun } from './measure';
import type { HtmlSizes, OutputSize, ParseReport, RouteJs } from './phases/builds';
import type { DevReport } from './phases/dev';
import type { HttpRun } from './phases/http';
import type { AppName } from './settings';

/** Everything one run of the benchmark measured: bench/results.json. */
export interface Results {
  date: string;
  machine: string;
  sizes: number[];
  runs: number;
  builds: Record<string, Record<AppName, BuildRun[]>>;
  /** The journal rebuilt in the folder of its last cold build after one entry changed, by size. */
  warmBuilds: Record<string, BuildRun[]>;
  /** What each app's last cold build wrote, by size. */
  outputs: Record<string, Record<AppName, OutputSize>>;
  parses: Record<string, ParseReport>;
  js: Record<AppName, RouteJs[]>;
  html: Record<AppName, HtmlSizes>;
  nextStart: Record<AppName, HttpRun[]>;
  nextStartRssMiB: Record<AppName, number>;
  nginx: Record<AppName, HttpRun[]>;
  dev: DevReport | null;
  totalMinutes: number;
}
