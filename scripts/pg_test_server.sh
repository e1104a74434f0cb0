#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the team-library tests (CTest fixture "postgres").
#   pg_test_server.sh start DIR   initdb in DIR (as the postgres user when run as root: the
#                                 server refuses root), a free port on 127.0.0.1, scram-sha-256
#                                 passwords; writes DIR/server.env (PGHOST PGPORT PGUSER
#                                 PGPASSWORD of its superuser) for the tests to read
#   pg_test_server.sh stop DIR    stops it at once and removes DIR
set -euo pipefail
action=$1
dir=$2
bin=/usr/lib/postgresql/15/bin

as_server_user() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  [[ -x "$bin/initdb" ]] || { echo "PostgreSQL 15 is not installed ($bin/initdb); run scripts/setup.sh"; exit 1; }
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_server_user "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
  printf '%s\n' "$password" > "$dir/pwfile"
  if [[ $(id -u) -eq 0 ]]; then chown -R postgres: "$dir"; fi
  chmod 700 "$dir"
  as_server_user "$bin/initdb" -D "$dir/data" -A scram-sha-256 --pwfile="$dir/pwfile" -U postgres \
    --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
  rm -f "$dir/pwfile"
  for attempt in 1 2 3 4 5; do
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
         -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=120" \
         start >/dev/null; then
      printf 'PGHOST=127.0.0.1\nPGPORT=%s\nPGUSER=postgres\nPGPASSWORD=%s\n' "$port" "$password" > "$dir/server.env"
      chmod 644 "$dir/server.env"
      echo "PostgreSQL 15 for the tests on 127.0.0.1:$port ($dir)"
      exit 0
    fi
    echo "port $port: could not start (attempt $attempt)"; tail -5 "$dir/server.log" || true
  done
  exit 1
  ;;
stop)
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_server_user "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null || true
  fi
  rm -rf "$dir"
  ;;
*) echo "usage: $0 start|stop DIR"; exit 2 ;;
esac
