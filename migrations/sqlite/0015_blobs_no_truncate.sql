-- PostgreSQL refuses TRUNCATE on blobs here (0015 there). SQLite has no TRUNCATE: a DELETE
-- without WHERE is refused by blobs_no_delete (0002), row by row. Nothing to do.
SELECT 1;
