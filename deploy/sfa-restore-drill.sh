#!/bin/sh
# Restore drill: prove a dump restores. Restores DUMP into a scratch database next to the live
# one, lets `sfa-server init` check its schema, compares every table's row count with the live
# database, then drops the scratch database. Nothing live is touched.
#
#   sudo -u postgres env SFA_DATABASE_URL=... deploy/sfa-restore-drill.sh /var/backups/sfa-server/sfa-....dump
#
# SFA_DATABASE_URL: the live database (as in /etc/sfa-server/sfa-server.env);
# PG_ADMIN_URL: a role that may create databases (default: the local socket as this OS user);
# SFA_SERVER: the sfa-server command (default: /opt/sfa-server/venv/bin/sfa-server).
set -eu

dump="${1:?usage: sfa-restore-drill.sh DUMP}"
: "${SFA_DATABASE_URL:?set SFA_DATABASE_URL to the live database}"
admin="${PG_ADMIN_URL:-postgresql:///postgres}"
server="${SFA_SERVER:-/opt/sfa-server/venv/bin/sfa-server}"
live=$(printf '%s' "$SFA_DATABASE_URL" | sed 's|^postgresql+[a-z0-9]*://|postgresql://|')
scratch="sfa_restore_drill_$(date -u +%Y%m%d%H%M%S)"
# the admin URL with the scratch database's name in place of its own
scratch_url=$(printf '%s' "$admin" | sed "s|/[^/?]*\(?.*\)\{0,1\}$|/$scratch\1|")

cleanup() { psql -q "$admin" -c "DROP DATABASE IF EXISTS $scratch" || true; }
trap cleanup EXIT

psql -q "$admin" -c "CREATE DATABASE $scratch"
started=$(date +%s)
pg_restore --exit-on-error --no-owner --dbname="$scratch_url" "$dump"
echo "restored $dump into $scratch in $(( $(date +%s) - started )) s"
"$server" init --db "$(printf '%s' "$scratch_url" | sed 's|^postgresql://|postgresql+psycopg://|')"

counts() {
    psql -At "$1" -c "SELECT format('SELECT %L, count(*) FROM %I', tablename, tablename)
                      FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename" \
        | while read -r query; do psql -At -F ' ' "$1" -c "$query"; done
}
counts "$scratch_url" > "/tmp/$scratch.restored"
counts "$live" > "/tmp/$scratch.live"
if diff -u "/tmp/$scratch.live" "/tmp/$scratch.restored" > "/tmp/$scratch.diff"; then
    echo "every table has as many rows as the live database ($(wc -l < "/tmp/$scratch.live") tables)"
else
    echo "row counts differ from the live database (normal if it was written to since the dump):"
    cat "/tmp/$scratch.diff"
fi
rm -f "/tmp/$scratch.restored" "/tmp/$scratch.live" "/tmp/$scratch.diff"
echo "restore drill passed"
