-- The append-only decision log: every decision and every governance event, hash-chained in the order of seq.
-- content is the canonical JSON of the entry (request and answer for a decision); content_hash is its SHA-256;
-- entry_hash is the SHA-256 of the entry's columns with content_hash and previous_hash, the entry_hash of seq - 1
-- (or of the retention checkpoint the chain continues from).
CREATE TABLE audit_entry (
    seq                  BIGINT           NOT NULL PRIMARY KEY,
    kind                 VARCHAR(32)      NOT NULL,
    recorded_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor                VARCHAR(128)     NOT NULL,
    subject              VARCHAR(128),
    request_id           VARCHAR(128),
    request_fingerprint  VARCHAR(64),
    account_id           VARCHAR(128),
    as_of                TIMESTAMP(6) WITH TIME ZONE,
    step                 VARCHAR(32),
    channel              VARCHAR(16),
    rule_set_version     VARCHAR(64),
    rule_set_hash        VARCHAR(64),
    model_version        VARCHAR(64),
    fired_rules          VARCHAR(8000),
    content              VARCHAR(1000000) NOT NULL,
    content_hash         VARCHAR(64)      NOT NULL,
    previous_hash        VARCHAR(64)      NOT NULL,
    entry_hash           VARCHAR(64)      NOT NULL,
    CONSTRAINT audit_entry_request_id UNIQUE (request_id)
);

CREATE INDEX audit_entry_recorded ON audit_entry (recorded_at);
CREATE INDEX audit_entry_account ON audit_entry (account_id, recorded_at);
CREATE INDEX audit_entry_subject ON audit_entry (subject);
CREATE INDEX audit_entry_rule_set ON audit_entry (rule_set_version);

-- The tail of the chain. Every writer locks this one row (SELECT ... FOR UPDATE), so that instances sharing a
-- database append one after the other.
CREATE TABLE audit_chain_head (
    id        INT          NOT NULL PRIMARY KEY,
    last_seq  BIGINT       NOT NULL,
    last_hash VARCHAR(64)  NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- What a retention purge removed: the chain now starts after through_seq, whose entry_hash was through_hash.
CREATE TABLE audit_checkpoint (
    through_seq   BIGINT       NOT NULL PRIMARY KEY,
    through_hash  VARCHAR(64)  NOT NULL,
    purged_count  BIGINT       NOT NULL,
    cutoff        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    purged_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
