-- Verified Certificates of Destruction, stored once each by the SHA-256 of their bytes (issue 3). PostgreSQL.
-- The bytes live in the database, not in a folder, so that storing a CoD commits or rolls back with the chunk
-- that registers its items: no orphan files after a crash, and a restart stores it again.
CREATE TABLE cod_attachment (
    sha256             CHAR(64)      NOT NULL PRIMARY KEY,
    file_name          VARCHAR(255)  NOT NULL,
    size_bytes         BIGINT        NOT NULL,
    content_type       VARCHAR(40)   NOT NULL,
    content            BYTEA         NOT NULL,
    detached_signature BYTEA,
    signature_kind     VARCHAR(20)   NOT NULL,
    signer_subject     VARCHAR(1000) NOT NULL,
    signer_issuer      VARCHAR(1000) NOT NULL,
    signer_serial      VARCHAR(100)  NOT NULL,
    signing_time       TIMESTAMP     NOT NULL,
    digest_algorithm   VARCHAR(40)   NOT NULL,
    verification       VARCHAR(20)   NOT NULL,
    verified_at        TIMESTAMP     NOT NULL,
    run_id             VARCHAR(40)   NOT NULL
);

-- The verified CoD of a COD item (null for trade-ins and for items registered before this migration), and the
-- note the report shows for a CoD without text. No foreign key, as for case_id: the writer stores the CoD in the
-- same transaction before the items that point at it.
ALTER TABLE equipment_item ADD COLUMN cod_sha256 CHAR(64);
ALTER TABLE equipment_item ADD COLUMN cod_warning VARCHAR(200);
ALTER TABLE dry_run_item ADD COLUMN cod_sha256 CHAR(64);
ALTER TABLE dry_run_item ADD COLUMN cod_warning VARCHAR(200);
CREATE INDEX equipment_item_cod ON equipment_item (cod_sha256);
