-- A city's cadastre for the PostGIS-by-view tests and bench: 1,000,000 seed-42 parcels (1000 × 1000,
-- about 30 m × 22 m each, jittered) over 113.20–113.50°E, 23.05–23.25°N (WGS 84), with a name and a
-- land use, a primary key and a GiST index. Synthetic: not real parcels. About 5 s to make here.
SELECT setseed(0.42);  -- seed 42
DROP TABLE IF EXISTS parcels;
CREATE TABLE parcels AS
WITH g AS (SELECT i, j FROM generate_series(0, 999) i, generate_series(0, 999) j)
SELECT (i * 1000 + j + 1)::bigint AS id,
       '地块 ' || lpad((i * 1000 + j + 1)::text, 7, '0') AS name,
       (ARRAY['居住用地','商业用地','工业用地','绿地','公共服务','道路'])[1 + ((i * 7 + j * 13) % 6)] AS land_use,
       ST_SetSRID(ST_MakePolygon(ST_MakeLine(ARRAY[
         ST_MakePoint(113.20 + i * 0.0003 + 0.00002, 23.05 + j * 0.0002 + 0.00002),
         ST_MakePoint(113.20 + i * 0.0003 + 0.00028 - random() * 0.00004, 23.05 + j * 0.0002 + 0.00002),
         ST_MakePoint(113.20 + i * 0.0003 + 0.00028, 23.05 + j * 0.0002 + 0.00018 - random() * 0.00003),
         ST_MakePoint(113.20 + i * 0.0003 + 0.00002, 23.05 + j * 0.0002 + 0.00018),
         ST_MakePoint(113.20 + i * 0.0003 + 0.00002, 23.05 + j * 0.0002 + 0.00002)])), 4326)::geometry(Polygon, 4326) AS geom
FROM g;
ALTER TABLE parcels ADD PRIMARY KEY (id);
CREATE INDEX parcels_geom ON parcels USING GIST (geom);
ANALYZE parcels;
