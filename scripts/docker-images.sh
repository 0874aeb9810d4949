#!/usr/bin/env bash
# Builds, offline, the images the rendered stacks name, under exactly the
# names and tags their compose files pin, for the Docker tests
# (e2e/docker, which run this script once the engine answers):
#
#   nginx:1.30-alpine nginx:alpine        Debian sid's nginx 1.30
#   haproxy:3.2-alpine                    Debian sid's HAProxy 3.2
#   prom/prometheus:v3.5.0                Debian sid's Prometheus 3.5
#   nginx/nginx-prometheus-exporter:1.4.2 Debian sid's exporter (1.5)
#   redis:7.4-alpine                      Debian sid's Redis (8.0)
#   APP_IMAGE...                          the test app (e2e/docker/testapp)
#
# No registry can be reached, so every image is one root filesystem, made
# from the .deb files scripts/docker-env.sh fetched (the programs, the sid
# C library and loader they need, busybox for sh and wget), brought in
# with `docker import`, plus a metadata-only `docker build` per name that
# sets what the official image sets: entrypoint, command, user, working
# directory, stop signal. Config paths, users and log destinations follow
# the official images, so the stacks run unmodified. The images carry a
# hash of everything that went into them; when it matches, nothing is
# rebuilt. Usage:
#
#   scripts/docker-images.sh DEBS_DIR TESTAPP_BINARY APP_IMAGE...
set -euo pipefail

debs=$1 testapp=$2
shift 2
app_images=("$@")

log() { echo "docker-images: $*" >&2; }

hash=$(
  {
    sha256sum "$0" "$testapp" | cut -d' ' -f1
    (cd "$debs" && ls ./*.deb)
  } | sha256sum | cut -c1-16
)
label=lbgen.e2e.inputs
base="lbgen-e2e/base:$hash"

# up_to_date IMAGE: the image exists and was built from these inputs.
up_to_date() {
  [ "$(docker image inspect -f "{{index .Config.Labels \"$label\"}}" "$1" 2>/dev/null)" = "$hash" ]
}

# image NAME DOCKERFILE-LINES: a metadata-only image on top of the base.
image() {
  local name=$1
  shift
  printf 'FROM %s\nLABEL %s=%s\n' "$base" "$label" "$hash" >"$tmp/Dockerfile"
  printf '%s\n' "$@" >>"$tmp/Dockerfile"
  # The legacy builder: no BuildKit or buildx needed, and metadata-only
  # steps cost nothing.
  local out
  out=$(DOCKER_BUILDKIT=0 docker build -q -t "$name" -f "$tmp/Dockerfile" "$tmp/empty" 2>&1) || {
    echo "$out" >&2
    return 1
  }
}

# What the official nginx images set.
nginx_meta=('ENTRYPOINT ["/docker-entrypoint.sh"]' 'CMD ["nginx", "-g", "daemon off;"]'
  'STOPSIGNAL SIGQUIT' 'EXPOSE 80')

# layout ROOT: users, configs, directories and entrypoints as the official
# images have them.
layout() {
  local root=$1
  cat >"$root/etc/passwd" <<'EOT'
root:x:0:0:root:/root:/bin/sh
haproxy:x:99:99:haproxy:/var/lib/haproxy:/sbin/nologin
nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin
redis:x:999:999:redis:/data:/sbin/nologin
node:x:1000:1000:node:/home/node:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
EOT
  cat >"$root/etc/group" <<'EOT'
root:x:0:
haproxy:x:99:
nginx:x:101:
redis:x:999:
node:x:1000:
nogroup:x:65534:
EOT
  echo 'hosts: files dns' >"$root/etc/nsswitch.conf"
  mkdir -p "$root/tmp" "$root/run" "$root/root" "$root/app" "$root/home/node" "$root/data" "$root/prometheus" \
    "$root/var/lib/haproxy" "$root/var/lib/nginx" "$root/var/cache/nginx" "$root/var/log/nginx" \
    "$root/usr/local/etc/haproxy" "$root/usr/local/sbin" "$root/usr/local/bin" "$root/usr/share/nginx/html"
  chmod 1777 "$root/tmp"
  chown 99:99 "$root/var/lib/haproxy"
  chown 999:999 "$root/data"
  chown 1000:1000 "$root/app" "$root/home/node"
  chown 65534:65534 "$root/prometheus"

  # nginx: the official image's nginx.conf (which includes conf.d/*.conf,
  # where the stacks mount their server blocks) and logs to the
  # container's stdout and stderr.
  rm -rf "$root/etc/nginx/sites-available" "$root/etc/nginx/sites-enabled" "$root/etc/nginx/modules-enabled"
  cat >"$root/etc/nginx/nginx.conf" <<'EOT'
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
EOT
  cat >"$root/etc/nginx/conf.d/default.conf" <<'EOT'
server {
    listen       80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
EOT
  echo '<h1>Welcome to nginx!</h1>' >"$root/usr/share/nginx/html/index.html"
  ln -sf /dev/stdout "$root/var/log/nginx/access.log"
  ln -sf /dev/stderr "$root/var/log/nginx/error.log"
  # The official entrypoint also runs /docker-entrypoint.d (templates,
  # IPv6 listeners); the rendered stacks use none of it.
  printf '#!/bin/sh\nset -e\nexec "$@"\n' >"$root/docker-entrypoint.sh"
  chmod 0755 "$root/docker-entrypoint.sh"

  # HAProxy: the official image's paths and entrypoint (master-worker
  # mode, in the foreground).
  ln -s /usr/sbin/haproxy "$root/usr/local/sbin/haproxy"
  cat >"$root/usr/local/bin/docker-entrypoint.sh" <<'EOT'
#!/bin/sh
set -e
if [ "${1#-}" != "$1" ]; then
	set -- haproxy "$@"
fi
if [ "$1" = 'haproxy' ]; then
	shift
	set -- haproxy -W -db "$@"
fi
exec "$@"
EOT
  chmod 0755 "$root/usr/local/bin/docker-entrypoint.sh"

  # The exporter under the official image's name.
  ln -s prometheus-nginx-exporter "$root/usr/bin/nginx-prometheus-exporter"
}

all=(nginx:1.30-alpine nginx:alpine haproxy:3.2-alpine prom/prometheus:v3.5.0
  nginx/nginx-prometheus-exporter:1.4.2 redis:7.4-alpine "${app_images[@]}")
missing=0
for name in "${all[@]}"; do
  up_to_date "$name" || missing=1
done
[ "$missing" = 0 ] && exit 0

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/empty"

if ! docker image inspect "$base" >/dev/null 2>&1; then
  log "building the base root filesystem $base"
  root="$tmp/root"
  mkdir -p "$root"
  for deb in "$debs"/*.deb; do
    dpkg-deb -x "$deb" "$root"
  done
  # Debian sid is merged-/usr: the packages ship everything under /usr.
  for d in bin sbin lib lib64; do
    ln -s "usr/$d" "$root/$d"
  done
  # busybox's applets, where no real program has the name.
  for applet in $("$root/usr/bin/busybox" --list); do
    [ -e "$root/usr/bin/$applet" ] || [ -e "$root/usr/sbin/$applet" ] || ln -s busybox "$root/usr/bin/$applet"
  done
  layout "$root"
  install -m 0755 "$testapp" "$root/usr/local/bin/testapp"
  tar -C "$root" --numeric-owner -cf - . | docker import --change "LABEL $label=$hash" - "$base" >/dev/null
fi

log "tagging the test images"
image nginx:1.30-alpine "${nginx_meta[@]}"
image nginx:alpine "${nginx_meta[@]}"
image haproxy:3.2-alpine \
  'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' \
  'CMD ["haproxy", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]' \
  'USER haproxy' 'WORKDIR /var/lib/haproxy' 'STOPSIGNAL SIGUSR1' 'EXPOSE 80'
image prom/prometheus:v3.5.0 \
  'ENTRYPOINT ["/bin/prometheus"]' \
  'CMD ["--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus"]' \
  'USER nobody' 'WORKDIR /prometheus' 'EXPOSE 9090' 'VOLUME ["/prometheus"]'
image nginx/nginx-prometheus-exporter:1.4.2 \
  'ENTRYPOINT ["/usr/bin/nginx-prometheus-exporter"]' 'USER nobody' 'EXPOSE 9113'
image redis:7.4-alpine \
  'CMD ["redis-server"]' 'USER redis' 'WORKDIR /data' 'EXPOSE 6379' 'VOLUME ["/data"]'
for name in "${app_images[@]}"; do
  image "$name" 'CMD ["testapp"]' 'USER node' 'WORKDIR /app' 'EXPOSE 3000' 'ENV PORT=3000'
done

# Images from earlier inputs: drop every image of ours that no tag names
# any more (only images with our label), then the old bases.
docker image prune -f --filter "label=$label" >/dev/null
for tag in $(docker images lbgen-e2e/base --format '{{.Tag}}'); do
  if [ "$tag" != "$hash" ]; then
    docker rmi "lbgen-e2e/base:$tag" >/dev/null || log "could not remove lbgen-e2e/base:$tag"
  fi
done
