#!/usr/bin/env bash
# Installs Debian's nginx for the acceptance test behind a reverse proxy (NginxProxyTest), if missing.
# Idempotent: does nothing when nginx is on the PATH or in /usr/sbin. Needs root (CI runs as root)
# and Debian's package registry. The test starts nginx itself (as the current user, on loopback,
# with its own configuration in a temporary folder): the package's own service is not used.
# Without nginx the test fails and says to run this script.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  echo "nginx present: $( (nginx -v || /usr/sbin/nginx -v) 2>&1 | head -1)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-nginx.sh: not root, cannot install nginx (the proxy test will fail until it is installed)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# policy-rc.d: the package's own service must not start (it would take port 80).
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  created_policy=1
fi
apt-get update -qq
apt-get install -y -qq nginx openssl >/dev/null
[ "$created_policy" = 0 ] || rm -f "$policy"
echo "nginx installed: $(/usr/sbin/nginx -v 2>&1 | head -1)"
