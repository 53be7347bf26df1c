-- TMIP registration schema (PostgreSQL).

CREATE TABLE account (
    account_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_name VARCHAR(200) NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    run_id       VARCHAR(40)  NOT NULL
);

CREATE TABLE app_user (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    username_key  VARCHAR(64)  NOT NULL,
    email         VARCHAR(254),
    password_hash VARCHAR(200),
    user_role     VARCHAR(64),
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT app_user_username_key UNIQUE (username_key)
);

CREATE TABLE case_day_counter (
    day      DATE    NOT NULL PRIMARY KEY,
    last_seq INTEGER NOT NULL
);

CREATE TABLE tmip_case (
    case_id           VARCHAR(24)  NOT NULL PRIMARY KEY,
    account_id        VARCHAR(64)  NOT NULL,
    disposition       VARCHAR(10)  NOT NULL,
    reference         VARCHAR(100) NOT NULL,
    synopsis          VARCHAR(100) NOT NULL,
    description       VARCHAR(100) NOT NULL,
    case_type         VARCHAR(50)  NOT NULL,
    series            VARCHAR(20)  NOT NULL,
    cloud_marketplace BOOLEAN      NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    created_run_id    VARCHAR(40)  NOT NULL,
    CONSTRAINT tmip_case_group UNIQUE (account_id, disposition, reference)
);

CREATE TABLE import_run (
    run_id      VARCHAR(40)   NOT NULL PRIMARY KEY,
    job_name    VARCHAR(40)   NOT NULL,
    input_key   VARCHAR(64)   NOT NULL,
    dry_run     BOOLEAN       NOT NULL,
    out_dir     VARCHAR(2000) NOT NULL,
    cod_dir     VARCHAR(2000),
    status      VARCHAR(20)   NOT NULL,
    started_at  TIMESTAMP     NOT NULL,
    finished_at TIMESTAMP
);
CREATE INDEX import_run_input ON import_run (input_key);

CREATE TABLE import_file (
    run_id          VARCHAR(40)   NOT NULL,
    file_no         INTEGER       NOT NULL,
    path            VARCHAR(4000) NOT NULL,
    file_name       VARCHAR(1000) NOT NULL,
    sha256          VARCHAR(64),
    size_bytes      BIGINT,
    format          VARCHAR(10),
    charset         VARCHAR(40),
    delimiter       CHAR(1),
    sheet           VARCHAR(200),
    header          TEXT,
    unknown_columns TEXT,
    status          VARCHAR(20)   NOT NULL,
    rule            VARCHAR(40),
    message         VARCHAR(4000),
    error_row       INTEGER,
    PRIMARY KEY (run_id, file_no)
);

-- The serial is the primary key: one serial is registered once, ever, whatever runs at the same time.
-- No foreign key to tmip_case: the writer inserts an item only with the case it resolved in the same
-- transaction, and the check would cost a quarter of the insert time on million-row imports.
CREATE TABLE equipment_item (
    serial        VARCHAR(20)  NOT NULL PRIMARY KEY,
    case_id       VARCHAR(24)  NOT NULL,
    platform      VARCHAR(20)  NOT NULL,
    disposition   VARCHAR(10)  NOT NULL,
    cod_file      VARCHAR(255),
    order_date    DATE,
    contact       VARCHAR(64),
    run_id        VARCHAR(40)  NOT NULL,
    file_no       INTEGER      NOT NULL,
    row_no        INTEGER      NOT NULL,
    registered_at TIMESTAMP    NOT NULL
);
CREATE INDEX equipment_item_run ON equipment_item (run_id, file_no, row_no);
CREATE INDEX tmip_case_created_run ON tmip_case (created_run_id);

-- What a dry run would register: the same shape, kept per run, never seen by the real tables.
CREATE TABLE dry_run_item (
    run_id      VARCHAR(40)  NOT NULL,
    serial      VARCHAR(20)  NOT NULL,
    case_id     VARCHAR(24),
    account_id  VARCHAR(64)  NOT NULL,
    disposition VARCHAR(10)  NOT NULL,
    reference   VARCHAR(100) NOT NULL,
    platform    VARCHAR(20)  NOT NULL,
    cod_file    VARCHAR(255),
    order_date  DATE,
    contact     VARCHAR(64),
    file_no     INTEGER      NOT NULL,
    row_no      INTEGER      NOT NULL,
    PRIMARY KEY (run_id, serial)
);
CREATE INDEX dry_run_item_row ON dry_run_item (run_id, file_no, row_no);

-- Every row a run did not accept: rejected (with its original cells, to write rejected-rows.csv) or duplicate.
CREATE TABLE row_outcome (
    run_id   VARCHAR(40) NOT NULL,
    file_no  INTEGER     NOT NULL,
    row_no   INTEGER     NOT NULL,
    outcome  VARCHAR(10) NOT NULL,
    cells    TEXT,
    errors   TEXT,
    PRIMARY KEY (run_id, file_no, row_no)
);

-- One line per failed check of a row; these are the lines of failures.csv.
CREATE TABLE row_issue (
    run_id      VARCHAR(40)   NOT NULL,
    file_no     INTEGER       NOT NULL,
    row_no      INTEGER       NOT NULL,
    seq         INTEGER       NOT NULL,
    column_name VARCHAR(64),
    rule        VARCHAR(40)   NOT NULL,
    message     VARCHAR(4000) NOT NULL,
    cell_value  VARCHAR(1000),
    PRIMARY KEY (run_id, file_no, row_no, seq)
);
