-- The read models park the events they cannot take in Axon's JDBC dead-letter queue (ADR 0021). Axon writes a
-- failure's message whole in the JDBC queue (only its JPA queue truncates it to 1,023 characters): a PostgreSQL error
-- quoting a row, or a deserialization error quoting a payload, is longer, and a letter that cannot be written would
-- stop its read model. The cause message takes any length.
ALTER TABLE deadletterentry ALTER COLUMN causeMessage TYPE TEXT;
