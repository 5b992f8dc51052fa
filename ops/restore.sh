#!/usr/bin/env bash
# Puts a backup made by ops/backup.sh in place of the data folder, while CooperaFlow is stopped. The data folder as it
# was is kept beside it (DATA.before-restore-TIME), never deleted. The next start recovers the database to the moment
# the backup ended.
#
#   ops/restore.sh BACKUP_FOLDER          (COOPERAFLOW_DATA_DIR, default ./data, is the folder restored)
set -euo pipefail

backup="${1:?usage: ops/restore.sh BACKUP_FOLDER}"
data="${COOPERAFLOW_DATA_DIR:-./data}"
data="${data%/}"

if [ ! -f "$backup/postgres/backup_label" ] || [ ! -f "$backup/postgres-password" ]; then
  echo "$backup is not a backup made by ops/backup.sh (no postgres/backup_label or postgres-password)" >&2
  exit 2
fi
pid_file="$data/postgres/postmaster.pid"
if [ -f "$pid_file" ] && kill -0 "$(head -1 "$pid_file")" 2>/dev/null; then
  echo "PostgreSQL still runs on $data: stop CooperaFlow first" >&2
  exit 2
fi

if [ -e "$data" ]; then
  kept="$data.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
  mv "$data" "$kept"
  echo "The data folder as it was is kept in $kept"
fi
mkdir -p "$data"
cp -a "$backup/postgres" "$data/postgres"
cp -p "$backup/postgres-password" "$data/postgres-password"
chmod 700 "$data" "$data/postgres"
echo "Restored $backup into $data; start CooperaFlow"
