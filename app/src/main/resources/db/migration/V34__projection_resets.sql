-- A read model's reset, asked on one node, is carried out with every node's processor stopped (ADR 0023): the
-- asking node writes a row here, every other node stops that processor while the row exists, and the asking node
-- resets the tokens once no other node holds a segment, then deletes the row. A row older than a few minutes was
-- left by a node that died in the middle; the others ignore it and delete it.
CREATE TABLE projection_reset (
    processor_name VARCHAR(255) PRIMARY KEY,
    requested_by   VARCHAR(255) NOT NULL,
    requested_at   TIMESTAMPTZ  NOT NULL
);
