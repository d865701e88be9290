#!/usr/bin/env bash
# A throwaway PostgreSQL server for the provision store tests: Debian's postgresql package (installed when missing and
# run as root), a fresh cluster in a temporary folder, listening on 127.0.0.1 only, stopped and deleted afterwards.
#   eval "$(tests/postgres/server.sh start)"   # exports MODELLAW_TEST_POSTGRES and MODELLAW_TEST_PGDATA
#   tests/postgres/server.sh stop              # stops the server and deletes its folder
# Prints a note and exports nothing when no server can be had (not root, or no package): those tests are then skipped.
set -uo pipefail

note() { echo "echo 'postgres: $*' >&2"; }

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }; done
  return 1
}

start() {
  local bin
  if ! bin=$(find_bin); then
    if [ "$(id -u)" -ne 0 ]; then note "postgresql is not installed and this is not root: PostgreSQL store tests will be skipped"; return 0; fi
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } >&2 \
      || { note "could not install postgresql: PostgreSQL store tests will be skipped"; return 0; }
    bin=$(find_bin) || { note "postgresql installed but pg_ctl not found: tests skipped"; return 0; }
  fi
  local user=postgres
  id -u "$user" >/dev/null 2>&1 || { note "no postgres system user: tests skipped"; return 0; }
  local data; data=$(mktemp -d /tmp/modellaw-pg-XXXXXX)
  chown "$user" "$data"
  local port; port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
  local as=(); [ "$(id -u)" -eq 0 ] && as=(runuser -u "$user" --)
  "${as[@]}" "$bin/initdb" -D "$data/db" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1 \
    || { note "initdb failed: tests skipped"; rm -rf "$data"; return 0; }
  "${as[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c fsync=off -c max_connections=50" start >/dev/null 2>&1 \
    || { note "the server did not start (see $data/log): tests skipped"; return 0; }
  echo "export MODELLAW_TEST_PGDATA='$data'"
  echo "export MODELLAW_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
  note "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port for the store tests"
}

stop() {
  local data=${MODELLAW_TEST_PGDATA:-}
  [ -n "$data" ] && [ -d "$data/db" ] || return 0
  local bin; bin=$(find_bin) || return 0
  local as=(); [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$bin/pg_ctl" -D "$data/db" -m fast -w stop >/dev/null 2>&1
  rm -rf "$data"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
