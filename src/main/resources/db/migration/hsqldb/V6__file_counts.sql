-- The counts of each file as the run's summary computed them from the data, stored when the run finishes, so that
-- `runs` shows them however the file was read (one step, partitions, an earlier version of the reader).
ALTER TABLE import_file ADD COLUMN accepted BIGINT;
ALTER TABLE import_file ADD COLUMN rejected BIGINT;
ALTER TABLE import_file ADD COLUMN duplicates BIGINT;
