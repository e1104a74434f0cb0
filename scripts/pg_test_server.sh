#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the team-library tests (CTest fixture "postgres").
#   pg_test_server.sh start DIR   initdb in DIR (as the postgres user when run as root: the
#                                 server refuses root), a free port on 127.0.0.1, scram-sha-256
#                                 passwords, TLS with a certificate for "localhost" from a
#                                 throwaway CA made here; writes DIR/server.env (PGHOST PGPORT
#                                 PGUSER PGPASSWORD of its superuser; TEST_CA: that CA's
#                                 certificate, OTHER_CA: one of a CA the server never used)
#   pg_test_server.sh stop DIR    stops it at once and removes DIR
#   pg_test_server.sh kill DIR    SIGKILLs the server and every backend (a crash, for the fault
#                                 tests and the bench); its files stay
#   pg_test_server.sh restart DIR starts it again on the same port after a kill (crash recovery)
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
  # A throwaway certificate authority, the server's certificate for localhost (not for
  # 127.0.0.1: verify-full must refuse that name), and an unrelated CA for the refusals.
  tls=$dir/tls
  mkdir -p "$tls"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Coachtrack test CA" \
    -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Some other CA" \
    -keyout "$tls/other.key" -out "$tls/other-ca.crt" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$dir/data/server.key" -out "$tls/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost\n' > "$tls/san.ext"
  openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" \
    -CAcreateserial -days 2 -extfile "$tls/san.ext" -out "$dir/data/server.crt" 2>/dev/null
  rm -f "$tls/ca.key" "$tls/other.key"
  chmod 600 "$dir/data/server.key"
  chmod 644 "$tls"/*.crt
  chmod 755 "$tls"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir/data/server.key" "$dir/data/server.crt"; fi
  for attempt in 1 2 3 4 5; do
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
         -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=120 -c ssl=on" \
         start >/dev/null; then
      printf 'PGHOST=127.0.0.1\nPGPORT=%s\nPGUSER=postgres\nPGPASSWORD=%s\nTEST_CA=%s\nOTHER_CA=%s\n' \
        "$port" "$password" "$tls/ca.crt" "$tls/other-ca.crt" > "$dir/server.env"
      chmod 644 "$dir/server.env"
      echo "PostgreSQL 15 for the tests on 127.0.0.1:$port ($dir)"
      exit 0
    fi
    echo "port $port: could not start (attempt $attempt)"; tail -5 "$dir/server.log" || true
  done
  exit 1
  ;;
kill)
  pid=$(head -1 "$dir/data/postmaster.pid")
  children=$(pgrep -P "$pid" || true)
  kill -9 "$pid" $children 2>/dev/null || true
  # Gone only when no process of it is left (a zombie waiting for its reaper counts as gone).
  for _ in $(seq 1 200); do
    alive=0
    for p in $pid $children; do
      state=$(ps -o stat= -p "$p" 2>/dev/null || true)
      [[ -n "$state" && "$state" != Z* ]] && alive=1
    done
    [[ $alive -eq 0 ]] && break
    sleep 0.05
  done
  ;;
restart)
  port=$(sed -n 's/^PGPORT=//p' "$dir/server.env")
  # The killed server's lock file names a dead process (or a zombie nobody reaped, which the
  # server would take for a live one): it goes.
  pid=$(head -1 "$dir/data/postmaster.pid" 2>/dev/null || true)
  state=$(ps -o stat= -p "${pid:-0}" 2>/dev/null || true)
  if [[ -n "$pid" && ( -z "$state" || "$state" == Z* ) ]]; then
    rm -f "$dir/data/postmaster.pid" "$dir/.s.PGSQL.$port.lock" "$dir/.s.PGSQL.$port"
  fi
  as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=120 -c ssl=on" \
    start >/dev/null
  ;;
stop)
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_server_user "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null || true
  fi
  rm -rf "$dir"
  ;;
*) echo "usage: $0 start|stop|kill|restart DIR"; exit 2 ;;
esac
