-- A duplicate row that repeats exactly what an earlier run registered from the same values (a file delivered
-- again): the run that registered it. Such rows are still reported as duplicates, but they are nothing new, not
-- a failure: a run whose only duplicates are of this kind exits 0.
ALTER TABLE row_outcome ADD COLUMN repeats_run VARCHAR(40);
