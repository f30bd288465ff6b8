# Shared by start.sh and stop.sh (sourced): where the cluster lives and how to run its binaries.
# PostgreSQL refuses to run as root, so as root every server command runs as the `postgres` user
# (created by the distribution package); as any other user it runs as that user.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
data=${PG_DATA:-$root/.cache/postgres/data}
bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1)
url_file="$data/platform.url"

as_owner() { # command... — run as the cluster's owner, from a directory every user can read
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

running() {
  [ -f "$data/postmaster.pid" ] && as_owner "$bin/pg_ctl" status -D "$data" > /dev/null 2>&1
}
