-- Case Manager users: the New User form's columns on app_user, and the staging table of import-users.
-- Independent of V3 (only app_user from V2 is touched).

ALTER TABLE app_user ADD COLUMN first_name VARCHAR(100);
ALTER TABLE app_user ADD COLUMN last_name VARCHAR(100);
ALTER TABLE app_user ADD COLUMN email_key VARCHAR(254);
ALTER TABLE app_user ADD COLUMN phone_e164 VARCHAR(16);
ALTER TABLE app_user ADD COLUMN job_title VARCHAR(100);
ALTER TABLE app_user ADD COLUMN department VARCHAR(100);
-- The manager's username as stored. No foreign key: a manager may be created by the same statement that
-- creates the user, and users are never deleted by this product.
ALTER TABLE app_user ADD COLUMN manager VARCHAR(64);
ALTER TABLE app_user ADD COLUMN start_date DATE;
ALTER TABLE app_user ADD COLUMN account_id VARCHAR(64);
ALTER TABLE app_user ADD COLUMN run_id VARCHAR(40);
ALTER TABLE app_user ADD COLUMN file_no INTEGER;
ALTER TABLE app_user ADD COLUMN row_no INTEGER;
-- email_key is the lower-cased email: one user per email address, whatever its case (NULLs for older rows).
ALTER TABLE app_user ADD CONSTRAINT app_user_email_key UNIQUE (email_key);
CREATE INDEX app_user_run ON app_user (run_id, file_no, row_no);

-- Rows of an import-users run that passed their row checks, waiting for the end of the run, where managers
-- are resolved across all files (a manager may appear after the people who name them) and the survivors are
-- copied to app_user in one transaction. password_hash is already a hash (never plaintext); NULL in a dry run.
CREATE TABLE user_stage (
    run_id        VARCHAR(40)  NOT NULL,
    file_no       INTEGER      NOT NULL,
    row_no        INTEGER      NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    username_key  VARCHAR(64)  NOT NULL,
    first_name    VARCHAR(100) NOT NULL,
    last_name     VARCHAR(100) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    email_key     VARCHAR(254) NOT NULL,
    phone_e164    VARCHAR(16),
    job_title     VARCHAR(100),
    department    VARCHAR(100),
    manager_key   VARCHAR(64),
    start_date    DATE,
    password_hash VARCHAR(200),
    user_role     VARCHAR(64)  NOT NULL,
    account_id    VARCHAR(64),
    -- the row's cells with both password cells blanked, for rejected-rows.csv if the row fails at the end
    cells         TEXT,
    PRIMARY KEY (run_id, username_key),
    CONSTRAINT user_stage_email UNIQUE (run_id, email_key)
);
CREATE INDEX user_stage_row ON user_stage (run_id, file_no, row_no);
