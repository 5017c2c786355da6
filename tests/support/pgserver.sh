#!/usr/bin/env bash
# A throw-away PostgreSQL server for the repository tests (model/repo).
#
#   pgserver.sh start DIR [PORT [ROLE]]
#                             initdb in DIR/data, the server listening only on a Unix
#                             socket in DIR (no TCP), or with PORT also on 127.0.0.1:PORT
#                             (without TLS); prints DIR (the socket directory). With ROLE,
#                             that role must give its password (scram-sha-256) over TCP;
#                             the test creates it WITH PASSWORD
#   pgserver.sh stop DIR      stops that server (immediate shutdown) and removes DIR
#   pgserver.sh stop-all ROOT stops every server started in a folder under ROOT
#                             (the ctest cleanup fixture, after a test that crashed)
#   pgserver.sh check         exit 0 when the PostgreSQL server programs are here
#
# The superuser is kt_test; every local connection is trusted (but ROLE's over TCP) (the socket folder is
# the test's own). initdb and postgres refuse to run as root: as root (CI), they run
# as the user nobody, on a folder given to it.
set -euo pipefail

bindir() {
    if [ -n "${KT_PG_BINDIR:-}" ]; then echo "$KT_PG_BINDIR"; return; fi
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir; return
    fi
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return; fi
    done
    return 1
}

# Runs a command as the unprivileged owner of the server's files.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
    else
        "$@"
    fi
}

start() {
    local dir=$1 port=${2:-} role=${3:-} bin listen="''" portopt=""
    if [ -n "$port" ]; then listen="'127.0.0.1'"; portopt="-c port=$port"; fi
    bin=$(bindir) || { echo "pgserver: the PostgreSQL server programs (initdb, pg_ctl) are not installed" >&2; exit 3; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
        chown nobody:nogroup "$dir"
        chmod 755 "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U kt_test --auth=trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 \
        || { echo "pgserver: initdb failed in $dir:" >&2; cat "$dir/initdb.log" >&2; exit 1; }
    if [ -n "$role" ]; then
        # The first matching line wins: ROLE's TCP connections ask for its password,
        # everything else stays trusted.
        local hba="$dir/data/pg_hba.conf"
        as_owner sh -c "{ printf 'host all %s 127.0.0.1/32 scram-sha-256\\n' '$role'; cat '$hba'; } > '$hba.new' && mv '$hba.new' '$hba'"
    fi
    # No TCP (unless PORT); the socket in DIR; small and fast (no durability needed by a test).
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=$listen $portopt -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=16MB -c max_connections=40" \
        start >/dev/null \
        || { echo "pgserver: the server did not start in $dir:" >&2; cat "$dir/server.log" >&2; exit 1; }
    echo "$dir"
}

stop() {
    local dir=$1 bin
    bin=$(bindir) || exit 0
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) start "${2:?pgserver.sh start DIR [PORT [ROLE]]}" "${3:-}" "${4:-}" ;;
    stop) stop "${2:?pgserver.sh stop DIR}" ;;
    stop-all)
        root=${2:?pgserver.sh stop-all ROOT}
        for pid in "$root"/*/data/postmaster.pid; do
            [ -f "$pid" ] && stop "$(dirname "$(dirname "$pid")")"
        done
        exit 0 ;;
    check) bindir >/dev/null ;;
    *) echo "usage: pgserver.sh start DIR [PORT [ROLE]] | stop DIR | stop-all ROOT | check" >&2; exit 2 ;;
esac
