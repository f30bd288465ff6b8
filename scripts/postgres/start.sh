#!/usr/bin/env bash
# Starts a private PostgreSQL cluster for tests and local runs and prints `PG_URL=…` last.
# - data in ${PG_DATA:-.cache/postgres/data} (initdb on first start: UTF-8, C collation, SCRAM
#   password auth for a random password; the URL is kept in platform.url inside the data folder);
# - listens on 127.0.0.1 only (no Unix socket), on ${PG_PORT:-a free port chosen at first start};
# - creates the database `platform`;
# - PG_FSYNC=off trades crash safety for speed (throwaway CI clusters only).
# Idempotent: a cluster already running from that folder is left running and its URL printed.
# Stop it with scripts/postgres/stop.sh.
set -euo pipefail
source "$(dirname "$0")/common.sh"
[ -n "$bin" ] || bash "$root/scripts/postgres/install.sh" >&2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}
port_taken() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

if running && [ -f "$url_file" ]; then
  echo "postgres: already running from $data" >&2
  echo "PG_URL=$(cat "$url_file")"
  exit 0
fi

mkdir -p "$data"
[ "$(id -u)" -eq 0 ] && chown postgres: "$data"
chmod 700 "$data"
if [ ! -f "$data/PG_VERSION" ]; then
  password=$(node -e "console.log(require('crypto').randomBytes(18).toString('hex'))")
  pwfile=$(mktemp)
  echo "$password" > "$pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$pwfile"
  as_owner "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale=C --auth-local=reject \
    --auth-host=scram-sha-256 --pwfile="$pwfile" > /dev/null
  rm -f "$pwfile"
  port=${PG_PORT:-$(free_port)}
  printf "listen_addresses = '127.0.0.1'\nunix_socket_directories = ''\nport = %s\n" "$port" \
    | as_owner tee -a "$data/postgresql.conf" > /dev/null
  echo "postgres://postgres:$password@127.0.0.1:$port/platform" | as_owner tee "$url_file" > /dev/null
  as_owner chmod 600 "$url_file"
fi

url=$(cat "$url_file")
port=$(echo "$url" | sed -E 's/.*:([0-9]+)\/platform$/\1/')
if port_taken "$port"; then # the port went to someone else since the last start: move
  port=$(free_port)
  printf "port = %s\n" "$port" | as_owner tee -a "$data/postgresql.conf" > /dev/null
  url=$(echo "$url" | sed -E "s/:[0-9]+\/platform$/:$port\/platform/")
  echo "$url" | as_owner tee "$url_file" > /dev/null
fi

options=''
[ "${PG_FSYNC:-on}" = off ] && options='-c fsync=off -c synchronous_commit=off -c full_page_writes=off'
if ! as_owner "$bin/pg_ctl" start -D "$data" -l "$data/server.log" -w -t 60 -o "$options" > /dev/null; then
  echo "postgres: failed to start:" >&2
  tail -20 "$data/server.log" >&2
  exit 1
fi
export PGPASSWORD
PGPASSWORD=$(echo "$url" | sed -E 's/^postgres:\/\/postgres:([^@]+)@.*/\1/')
psql=("$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -tA)
if [ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'platform'")" ]; then
  "${psql[@]}" -c 'CREATE DATABASE platform'
fi
echo "postgres: $("$bin/postgres" --version) listening on 127.0.0.1:$port (data $data)" >&2
echo "PG_URL=$url"
