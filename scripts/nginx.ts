import fs from 'node:fs';

/**
 * nginx on 127.0.0.1 serving static exports, configured as the README's
 * deploy guide says (try_files, the journal's 404 page): one generator for
 * the end-to-end tests and the benchmark.
 */

export interface NginxSite {
  readonly port: number;
  /** The folder served as the site's root. */
  readonly root: string;
  /** The sub-path the export was built for (BASE_PATH), or ''. */
  readonly basePath?: string;
}

export function nginxBinary(): string {
  return fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
}

/** A whole nginx.conf running in the foreground, with its temporary files in `dir`. */
export function nginxConfig(dir: string, sites: readonly NginxSite[], workerConnections = 1024): string {
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  const servers = sites
    .map((s) => {
      const base = s.basePath ?? '';
      return `  server {
    listen 127.0.0.1:${s.port};
    root ${s.root};
    error_page 404 ${base}/404.html;
    error_page 400 =404 ${base}/404.html;
    location ${base}/ { try_files $uri $uri/ $uri.html =404; }
    location ${base}/media/ {
      add_header Content-Security-Policy "sandbox" always;
      add_header X-Content-Type-Options "nosniff" always;
      try_files $uri =404;
    }
  }`;
    })
    .join('\n');
  return `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log stderr warn;
${user}
events { worker_connections ${workerConnections}; }
http {
  include /etc/nginx/mime.types;
  types { application/json json; text/plain txt; }
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${servers}
}
`;
}
