#!/usr/bin/env bash
# A throw-away PostgreSQL/PostGIS server for the tests (Debian's postgresql-15 and postgis): data and
# Unix socket in a fresh directory under /tmp (reachable by the postgres user when run as root), the
# bundled zones loaded into a table with GDAL, the bench's million parcels (bench/parcels.sql) made by
# the server itself when asked, and the connection string written to DIR/connection.
#   postgis_server.sh start DIR PORT SOURCE_DIR [parcels]   |   postgis_server.sh stop DIR
set -euo pipefail
cmd=$1 dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop() {
  if [ -f "$dir/datadir" ]; then
    data=$(cat "$dir/datadir")
    [ -f "$data/data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$data/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$data"
  fi
  rm -rf "$dir"
}
if [ "$cmd" = stop ]; then stop; exit 0; fi
port=$3 src=$4
stop
mkdir -p "$dir"
data=$(mktemp -d /tmp/planatlas-pg.XXXXXX)
echo "$data" > "$dir/datadir"
user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then chown postgres "$data"; user=postgres; fi
as_pg "$bin/initdb" -D "$data/data" -A trust -U "$user" -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$bin/pg_ctl" -D "$data/data" -l "$data/log" -w \
  -o "-p $port -k $data -c listen_addresses='' -c fsync=off" start >/dev/null
as_pg "$bin/createdb" -h "$data" -p "$port" -U "$user" planatlas
as_pg "$bin/psql" -q -h "$data" -p "$port" -U "$user" -d planatlas -c "CREATE EXTENSION postgis;" >/dev/null
ogr2ogr -f PostgreSQL "PG:host=$data port=$port user=$user dbname=planatlas" "$src/geodata/structure_zones.geojson" \
  -nln zones -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST
if [ "${5:-}" = parcels ]; then
  as_pg "$bin/psql" -q -v ON_ERROR_STOP=1 -h "$data" -p "$port" -U "$user" -d planatlas -f "$src/bench/parcels.sql" >/dev/null
fi
echo "PG:host=$data port=$port user=$user dbname=planatlas" > "$dir/connection"
