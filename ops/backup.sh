#!/usr/bin/env bash
# Backs up the embedded database of a running CooperaFlow, online: a consistent copy of PostgreSQL's files taken by
# pg_basebackup (with the WAL written meanwhile), and the data folder's password. The backup is itself a data folder:
# ops/restore.sh puts it in place, or COOPERAFLOW_DATA_DIR can point at a copy of it.
#
#   ops/backup.sh BACKUP_FOLDER          (COOPERAFLOW_DATA_DIR, default ./data, is the folder backed up)
#
# Needs pg_basebackup (Debian: apt-get install postgresql-client).
set -euo pipefail

target="${1:?usage: ops/backup.sh BACKUP_FOLDER (a folder that does not exist yet)}"
data="${COOPERAFLOW_DATA_DIR:-./data}"

if ! command -v pg_basebackup >/dev/null 2>&1; then
  echo "ops/backup.sh needs pg_basebackup: apt-get install postgresql-client" >&2
  exit 2
fi
if [ -e "$target" ]; then
  echo "$target exists; a backup goes to a new folder" >&2
  exit 2
fi
pid_file="$data/postgres/postmaster.pid"
if [ ! -f "$pid_file" ]; then
  echo "no embedded PostgreSQL runs on $data: start CooperaFlow first (or copy the stopped folder as it is)" >&2
  exit 2
fi
if ! kill -0 "$(head -1 "$pid_file")" 2>/dev/null; then
  echo "no embedded PostgreSQL runs on $data (its lock file is left from a stop that was not clean): start" \
    "CooperaFlow first" >&2
  exit 2
fi
port="$(sed -n 4p "$pid_file")"

mkdir -p "$target"
# a backup that fails leaves no folder behind, so that the same name can be used again
trap 'rm -rf "$target"; echo "backup failed; nothing kept in $target" >&2' ERR
PGPASSWORD="$(cat "$data/postgres-password")" pg_basebackup --host=localhost --port="$port" --username=postgres \
  --pgdata="$target/postgres" --format=plain --wal-method=stream --checkpoint=fast --no-password
cp -p "$data/postgres-password" "$target/postgres-password"
chmod 700 "$target" "$target/postgres"
trap - ERR
echo "CooperaFlow backed up to $target"
