-- Idempotency-Key of the API's POSTs: the first request with a key claims it (a row without a
-- response, "in progress"); its response is then stored and replayed to every repeat of that
-- request by the same user. Numbered 100 so that it never collides with the projections'
-- migrations (V2, V3, ...), which live in another module on the same Flyway path.

CREATE TABLE idempotency_key (
    username              VARCHAR(255)  NOT NULL,
    idempotency_key       VARCHAR(255)  NOT NULL,
    method                VARCHAR(16)   NOT NULL,
    path                  TEXT          NOT NULL,
    -- SHA-256 of the request body, hex
    request_hash          CHAR(64)      NOT NULL,
    response_status       INTEGER,
    response_content_type VARCHAR(255),
    response_location     TEXT,
    response_body         BYTEA,
    created_at            TIMESTAMPTZ   NOT NULL,
    completed_at          TIMESTAMPTZ,
    PRIMARY KEY (username, idempotency_key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
