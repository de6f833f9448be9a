#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster and removes the cluster afterwards:
#
#   test/tools/with-postgres.sh npx vitest run --config test/vitest.config.ts --project server
#
# initdb in a temp folder (as the postgres user via runuser when run as root, since PostgreSQL
# refuses to run as root), start it on 127.0.0.1 only (port $PG_TEST_PORT, default 54329, socket
# in the temp folder), export DATABASE_URL, run the command, stop the server by its PID, remove
# the folder, and exit with the command's exit code.
set -euo pipefail

# With --if-available, a machine without PostgreSQL runs the command without DATABASE_URL (the
# PostgreSQL variants of the hub suites then report themselves as not run) instead of failing.
IF_AVAILABLE=0
if [ "${1:-}" = "--if-available" ]; then
  IF_AVAILABLE=1
  shift
fi
if [ "$#" -eq 0 ]; then
  echo "usage: $0 [--if-available] <command...>" >&2
  exit 2
fi

PORT="${PG_TEST_PORT:-54329}"
PGBIN="${PG_BIN:-}"
if [ -z "$PGBIN" ]; then
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$PGBIN" ] || PGBIN="$(dirname "$(command -v initdb || echo /usr/bin/initdb)")"
fi
if [ ! -x "$PGBIN/initdb" ] || [ ! -x "$PGBIN/postgres" ]; then
  echo "with-postgres: PostgreSQL server binaries not found (apt-get install -y postgresql, or set PG_BIN)" >&2
  if [ "$IF_AVAILABLE" = "1" ]; then
    echo "with-postgres: running WITHOUT PostgreSQL: its test variants will report NOT RUN" >&2
    exec "$@"
  fi
  exit 127
fi

DIR="$(mktemp -d "${TMPDIR:-/tmp}/opvangdesk-pg.XXXXXX")"
DATA="$DIR/data"
PID=""

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill -INT "$PID" 2>/dev/null || true   # fast shutdown
    for _ in $(seq 1 100); do
      kill -0 "$PID" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$PID" 2>/dev/null; then kill -KILL "$PID" 2>/dev/null || true; fi
  fi
  rm -rf "$DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR"; fi

as_pg "$PGBIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$DIR/initdb.log" 2>&1 || {
  cat "$DIR/initdb.log" >&2
  exit 1
}
as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null || {
  cat "$DIR/server.log" >&2
  exit 1
}
PID="$(head -n 1 "$DATA/postmaster.pid")"

export DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/postgres"
echo "with-postgres: $("$PGBIN/postgres" --version) on 127.0.0.1:$PORT, pid $PID" >&2

set +e
"$@"
RC=$?
set -e
exit "$RC"
