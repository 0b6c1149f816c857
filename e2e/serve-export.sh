#!/usr/bin/env bash
# Builds static exports of the fixture journal (at the root, and under
# BASE_PATH=/journal) and serves them with nginx on 127.0.0.1, in the
# foreground, until the test runner stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT_PORT="$1"
BASE_PORT="$2"
TMP="$PWD/e2e/.tmp"
rm -rf "$TMP/export-root" "$TMP/export-base" "$TMP/nginx"
mkdir -p "$TMP/export-base" "$TMP/nginx"

export NEXT_TELEMETRY_DISABLED=1 CONTENT_DIR=e2e/fixtures/journal SITE_URL=https://journal.example EXPORT=1
NEXT_DIST_DIR=e2e/.tmp/export-root npx next build >"$TMP/export-root.log" 2>&1 || { cat "$TMP/export-root.log" >&2; exit 1; }
BASE_PATH=/journal NEXT_DIST_DIR=e2e/.tmp/export-base/journal npx next build >"$TMP/export-base.log" 2>&1 || { cat "$TMP/export-base.log" >&2; exit 1; }

NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
cat >"$TMP/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $TMP/nginx/nginx.pid;
error_log stderr warn;
$( [ "$(id -u)" = 0 ] && echo 'user root;' )
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  types { application/json json; text/plain txt; }
  access_log off;
  client_body_temp_path $TMP/nginx/body;
  proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fastcgi;
  uwsgi_temp_path $TMP/nginx/uwsgi;
  scgi_temp_path $TMP/nginx/scgi;
  server {
    listen 127.0.0.1:$ROOT_PORT;
    root $TMP/export-root;
    error_page 404 /404.html;
    location / { try_files \$uri \$uri/ \$uri.html =404; }
  }
  server {
    listen 127.0.0.1:$BASE_PORT;
    root $TMP/export-base;
    error_page 404 /journal/404.html;
    location /journal/ { try_files \$uri \$uri/ \$uri.html =404; }
  }
}
CONF
exec "$NGINX" -c "$TMP/nginx/nginx.conf" -p "$TMP/nginx"
