-- The contact ledger: each contact a decision planned (contact_id is the decision's id), recorded in the transaction
-- that logs the decision, and what happened to it. Times keep their instant; zone_offset is the offset of send_at as
-- planned (PostgreSQL keeps only the instant), in which the ledger shows the contact's times again. send_hour, the
-- risk band and the versions are kept for analysing later which contacts led to payment.
CREATE TABLE contact (
    contact_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_id        VARCHAR(128) NOT NULL,
    step              VARCHAR(32)  NOT NULL,
    channel           VARCHAR(16)  NOT NULL,
    template_id       VARCHAR(128) NOT NULL,
    send_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    zone_offset       VARCHAR(9)   NOT NULL,
    send_hour         SMALLINT     NOT NULL,
    copy_channel      VARCHAR(16),
    copy_send_at      TIMESTAMP(6) WITH TIME ZONE,
    risk_band         VARCHAR(16),
    rule_set_version  VARCHAR(64)  NOT NULL,
    model_version     VARCHAR(64),
    decided_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX contact_account_send ON contact (account_id, send_at);

-- What happened to a contact, at most once per type: DELIVERED, OPENED, PAID or FAILED.
CREATE TABLE contact_event (
    contact_id   VARCHAR(64)  NOT NULL REFERENCES contact (contact_id),
    type         VARCHAR(16)  NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(128) NOT NULL,
    CONSTRAINT contact_event_once UNIQUE (contact_id, type)
);
