-- Finance credits (issue 5). A credit is stored once, by its credit_id; each ledger run lists the lines it read
-- in credit_line. credit_serial names the first credit of each serial (a later credit of the same serial is a
-- DUPLICATE_CREDIT), and is what the uncredited-items anti-join probes. No foreign keys to tmip_case or
-- equipment_item: a credit may name a case or serial that does not exist (that is an outcome, not an error).
CREATE TABLE credit (
    credit_id    VARCHAR(64)    NOT NULL PRIMARY KEY,
    case_id      VARCHAR(24)    NOT NULL,
    account_text VARCHAR(200)   NOT NULL,
    account_id   VARCHAR(64),
    serial       VARCHAR(20)    NOT NULL,
    amount       DECIMAL(19, 4) NOT NULL,
    currency     CHAR(3)        NOT NULL,
    issued_on    DATE           NOT NULL,
    run_id       VARCHAR(40)    NOT NULL,
    file_no      INTEGER        NOT NULL,
    row_no       INTEGER        NOT NULL,
    loaded_at    TIMESTAMP      NOT NULL
);
CREATE INDEX credit_serial_ix ON credit (serial);

CREATE TABLE credit_serial (
    serial    VARCHAR(20) NOT NULL PRIMARY KEY,
    credit_id VARCHAR(64) NOT NULL
);

-- The accepted lines of a ledger run: a credit_id appears once per run (a repeat is a duplicate row).
CREATE TABLE credit_line (
    run_id    VARCHAR(40) NOT NULL,
    credit_id VARCHAR(64) NOT NULL,
    file_no   INTEGER     NOT NULL,
    row_no    INTEGER     NOT NULL,
    PRIMARY KEY (run_id, credit_id)
);
CREATE UNIQUE INDEX credit_line_row ON credit_line (run_id, file_no, row_no);

