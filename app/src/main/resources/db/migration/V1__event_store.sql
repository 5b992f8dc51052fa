-- Axon Framework's JDBC event store, token store and dead-letter queue on PostgreSQL.
-- Table and column names are Axon's defaults (EventSchema, TokenSchema, DeadLetterSchema);
-- unquoted, so PostgreSQL folds them to lower case on both sides.
-- Payloads and metadata are JSON written by Jackson into bytea: convert_from(payload, 'UTF8') reads them.

CREATE TABLE domainevententry (
    globalIndex         BIGSERIAL    NOT NULL PRIMARY KEY,
    eventIdentifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    timeStamp           VARCHAR(255) NOT NULL,
    payloadType         VARCHAR(255) NOT NULL,
    payloadRevision     VARCHAR(255),
    payload             BYTEA        NOT NULL,
    metaData            BYTEA,
    CONSTRAINT domainevententry_aggregate_sequence UNIQUE (aggregateIdentifier, sequenceNumber)
);

CREATE TABLE snapshotevententry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventIdentifier     VARCHAR(255) NOT NULL UNIQUE,
    timeStamp           VARCHAR(255) NOT NULL,
    payloadType         VARCHAR(255) NOT NULL,
    payloadRevision     VARCHAR(255),
    payload             BYTEA        NOT NULL,
    metaData            BYTEA,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber)
);

CREATE TABLE tokenentry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);

CREATE TABLE deadletterentry (
    deadLetterIdentifier VARCHAR(255) NOT NULL PRIMARY KEY,
    processingGroup      VARCHAR(255) NOT NULL,
    sequenceIdentifier   VARCHAR(255) NOT NULL,
    sequenceIndex        BIGINT       NOT NULL,
    messageType          VARCHAR(255) NOT NULL,
    eventIdentifier      VARCHAR(255) NOT NULL,
    timeStamp            VARCHAR(255) NOT NULL,
    payloadType          VARCHAR(255) NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA        NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255) NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT deadletterentry_sequence UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX deadletterentry_group ON deadletterentry (processingGroup);
CREATE INDEX deadletterentry_sequence_id ON deadletterentry (processingGroup, sequenceIdentifier);

-- The event store is append-only: the database itself refuses to change or remove a fact.
CREATE FUNCTION refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the event store is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER domainevententry_append_only
    BEFORE UPDATE OR DELETE ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION refuse_event_change();

CREATE TRIGGER domainevententry_no_truncate
    BEFORE TRUNCATE ON domainevententry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();
