-- Read model "audit-chain": a SHA-256 hash chain over the event store in global-index order
-- (ADR 0008). Each entry's hash covers the stored bytes of its event and the previous hash.
CREATE TABLE audit_chain (
    global_index    BIGINT       PRIMARY KEY,
    aggregate_id    VARCHAR(255) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    payload_type    VARCHAR(255) NOT NULL,
    previous_hash   CHAR(64)     NOT NULL,
    hash            CHAR(64)     NOT NULL
);
CREATE INDEX audit_chain_aggregate ON audit_chain (aggregate_id, sequence_number);
