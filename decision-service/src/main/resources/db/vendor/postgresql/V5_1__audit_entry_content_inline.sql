-- PostgreSQL only. A decision's content (~3-4 KB of JSON) is over the 2 KB at which PostgreSQL compresses a row
-- and moves the value to its TOAST table: a pglz compression and two more inserts (TOAST heap and index) per
-- decision, which made the log cost 44% of the service's throughput on a 2-core machine (docs/benchmarks.md).
-- Keeping rows up to a page inline and uncompressed makes it 35%, at about 4 KB of disk per decision instead of 2.
ALTER TABLE audit_entry SET (toast_tuple_target = 8160);
