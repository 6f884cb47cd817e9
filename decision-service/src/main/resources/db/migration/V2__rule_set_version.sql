-- Rule-set versions: immutable bundles of policy files identified by the SHA-256 of their content, with who made
-- them, when and why, the version they were derived from, and what checking them found.
CREATE TABLE rule_set_version (
    hash                VARCHAR(64)      NOT NULL PRIMARY KEY,
    version_label       VARCHAR(128)     NOT NULL,
    status              VARCHAR(16)      NOT NULL,
    author              VARCHAR(128)     NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    comment             VARCHAR(2000),
    parent_hash         VARCHAR(64),
    verification_json   VARCHAR(1000000) NOT NULL
);

CREATE TABLE rule_set_file (
    version_hash        VARCHAR(64)      NOT NULL REFERENCES rule_set_version (hash),
    path                VARCHAR(512)     NOT NULL,
    content             VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (version_hash, path)
);

CREATE INDEX rule_set_version_status ON rule_set_version (status);
