/**
 * Database access every job shares: which database this is ({@link com.tmip.db.Vendor}), the per-chunk look-up of
 * rows by key ({@link com.tmip.db.KeyLookup}, an index probe per key whatever the planner's statistics say about a
 * table that grows during a run) and PostgreSQL's bulk insert ({@link com.tmip.db.CopyIn}).
 */
package com.tmip.db;
