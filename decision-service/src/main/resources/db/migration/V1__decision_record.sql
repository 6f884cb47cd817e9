-- Every decision answered, with the request as received and the rule-set version that produced it.
CREATE TABLE decision_record (
    decision_id          VARCHAR(36)      NOT NULL PRIMARY KEY,
    request_id           VARCHAR(128)     NOT NULL,
    request_fingerprint  VARCHAR(64)      NOT NULL,
    account_id           VARCHAR(128)     NOT NULL,
    as_of                TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    decided_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    rule_set_version     VARCHAR(64)      NOT NULL,
    rule_set_hash        VARCHAR(64)      NOT NULL,
    step                 VARCHAR(32)      NOT NULL,
    request_json         VARCHAR(1000000) NOT NULL,
    decision_json        VARCHAR(1000000) NOT NULL,
    CONSTRAINT decision_record_request_id UNIQUE (request_id)
);

CREATE INDEX decision_record_account ON decision_record (account_id, as_of);
CREATE INDEX decision_record_rule_set ON decision_record (rule_set_hash);
