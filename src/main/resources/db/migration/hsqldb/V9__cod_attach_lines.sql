-- What attach-cods attached (or, in a dry run, would attach): one line per serial a run documented, with the
-- certificate file (import_file.file_no of the run) and the case that holds the serial. The primary key makes a
-- serial documented once per run whatever the restarts; attached.csv and the summary's counts are read from here.
CREATE TABLE cod_attach_line (
    run_id     VARCHAR(40) NOT NULL,
    serial     VARCHAR(20) NOT NULL,
    file_no    INTEGER     NOT NULL,
    cod_sha256 CHAR(64)    NOT NULL,
    case_id    VARCHAR(24) NOT NULL,
    PRIMARY KEY (run_id, serial)
);
CREATE INDEX cod_attach_line_file ON cod_attach_line (run_id, file_no);
