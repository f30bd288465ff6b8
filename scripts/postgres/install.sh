#!/usr/bin/env bash
# Installs the PostgreSQL server from the distribution's packages (apt). Idempotent: nothing happens
# when a server binary is already present under /usr/lib/postgresql/*/bin/postgres.
set -euo pipefail
if compgen -G '/usr/lib/postgresql/*/bin/postgres' > /dev/null; then
  echo "postgres: $(ls -d /usr/lib/postgresql/*/bin/postgres | sort -V | tail -1) already installed"
  exit 0
fi
command -v apt-get > /dev/null || { echo "postgres: needs apt-get (Debian/Ubuntu) to install" >&2; exit 1; }
sudo=''
[ "$(id -u)" -eq 0 ] || sudo='sudo'
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql > /dev/null
echo "postgres: installed $(ls -d /usr/lib/postgresql/*/bin/postgres | sort -V | tail -1)"
