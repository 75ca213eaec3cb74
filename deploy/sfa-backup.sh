#!/bin/sh
# Nightly dump of the SFA Desk server database with PostgreSQL's own tools (pg_dump custom
# format: compressed, restorable table by table with pg_restore). Run by sfa-backup.service;
# reads SFA_DATABASE_URL, SFA_BACKUP_DIR and SFA_BACKUP_KEEP_DAYS from its environment.
set -eu

: "${SFA_DATABASE_URL:?set SFA_DATABASE_URL (see /etc/sfa-server/sfa-server.env)}"
dir="${SFA_BACKUP_DIR:-/var/backups/sfa-server}"
keep_days="${SFA_BACKUP_KEEP_DAYS:-14}"
# pg_dump takes libpq URLs: the same URL without SQLAlchemy's "+psycopg" driver name
url=$(printf '%s' "$SFA_DATABASE_URL" | sed 's|^postgresql+[a-z0-9]*://|postgresql://|')

mkdir -p "$dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$dir/sfa-$stamp.dump"
# written under a temporary name, so a half-written dump is never taken for a backup
pg_dump --format=custom --compress=6 --file="$target.partial" "$url"
pg_restore --list "$target.partial" > /dev/null  # the archive's table of contents reads back
mv "$target.partial" "$target"
echo "backup written: $target ($(du -h "$target" | cut -f1))"

find "$dir" -maxdepth 1 -name 'sfa-*.dump' -mtime "+$keep_days" -print -delete
