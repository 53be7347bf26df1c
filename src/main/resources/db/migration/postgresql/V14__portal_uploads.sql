-- The partner portal (`serve`): one row per upload, naming the account that owns its run, so that a partner sees
-- only its own runs, reports and certificates. account_id is NULL for an Employee's upload (not tied to an
-- account). run_id is filled in when the run has been created; a run without a row here came from the command line
-- and only Employees see it.
CREATE TABLE portal_upload (
    upload_id   VARCHAR(40)   NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)   NOT NULL,
    account_id  VARCHAR(64),
    username    VARCHAR(64)   NOT NULL,
    file_name   VARCHAR(1000) NOT NULL,
    dry_run     BOOLEAN       NOT NULL,
    out_dir     VARCHAR(2000) NOT NULL,
    run_id      VARCHAR(40),
    state       VARCHAR(20)   NOT NULL,
    message     VARCHAR(4000),
    created_at  TIMESTAMP     NOT NULL,
    finished_at TIMESTAMP
);
CREATE INDEX portal_upload_run ON portal_upload (run_id);
CREATE INDEX portal_upload_account ON portal_upload (account_id, created_at);
-- The case page lists a case's items by equipment_item_case, which V10 (returns) creates already.
