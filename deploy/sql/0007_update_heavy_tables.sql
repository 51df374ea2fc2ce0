-- Grain state and the directory are rewritten on every change. Leaving a quarter of each page free lets
-- PostgreSQL put the new row version on the same page without touching any index (a HOT update) whenever no
-- indexed column changed, which is nearly always: less WAL and less work per durable write.
ALTER TABLE OrleansStorage SET (fillfactor = 75);
ALTER TABLE directory_venues SET (fillfactor = 75);
ALTER TABLE directory_workers SET (fillfactor = 75);
ALTER TABLE directory_sessions SET (fillfactor = 75);
