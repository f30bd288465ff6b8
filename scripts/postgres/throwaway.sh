# Sourced by the integration suites that need a PostgreSQL server (scripts/ci/postgres-conformance.sh,
# scripts/ci/replicas.sh): installs PostgreSQL from the distribution's packages if missing, starts a
# throwaway cluster on 127.0.0.1 (a free port, fsync off), exports PG_URL and removes the cluster and
# its data when the sourcing script exits. On failure it prints `0 passed, 1 failed` and exits.
data=$(mktemp -d "${TMPDIR:-/tmp}/postgres-data.XXXXXX")
export PG_DATA=$data
cleanup() { bash scripts/postgres/stop.sh 2> /dev/null; rm -rf "$data"; }

bash scripts/postgres/install.sh || { echo "0 passed, 1 failed"; exit 1; }
line=$(PG_FSYNC=off bash scripts/postgres/start.sh | tail -1)
trap cleanup EXIT
case "$line" in
  PG_URL=*) export PG_URL=${line#PG_URL=} ;;
  *) echo "0 passed, 1 failed"; exit 1 ;;
esac
