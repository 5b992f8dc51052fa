-- Read model "catalog": the public needs catalog (published cooperation requests).
CREATE TABLE catalog_need (
    request_id              VARCHAR(64)    PRIMARY KEY,
    member_state            CHAR(2)        NOT NULL,
    title                   VARCHAR(500)   NOT NULL,
    description             TEXT,
    priority                VARCHAR(64),
    national_plan_reference VARCHAR(500),
    modality                VARCHAR(32),
    budget_amount           NUMERIC(19, 2),
    budget_currency         CHAR(3),
    stage                   VARCHAR(32)    NOT NULL,
    published_at            TIMESTAMPTZ
);
CREATE INDEX catalog_need_listed ON catalog_need (stage, published_at);
CREATE INDEX catalog_need_state ON catalog_need (member_state);
CREATE INDEX catalog_need_priority ON catalog_need (priority);

CREATE TABLE catalog_need_sdg (
    request_id VARCHAR(64) NOT NULL REFERENCES catalog_need (request_id) ON DELETE CASCADE,
    sdg        SMALLINT    NOT NULL,
    PRIMARY KEY (request_id, sdg)
);
CREATE INDEX catalog_need_sdg_sdg ON catalog_need_sdg (sdg, request_id);

CREATE TABLE catalog_need_proposal (
    request_id  VARCHAR(64) NOT NULL REFERENCES catalog_need (request_id) ON DELETE CASCADE,
    proposal_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (request_id, proposal_id)
);
