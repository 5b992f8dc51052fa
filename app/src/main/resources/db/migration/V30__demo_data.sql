-- The demo profile's living agency (app.demo.DemoData) is filled into a database once: this row
-- says when the filling began and when it completed. Its single key lets one node fill, and
-- makes a restart, or a second node on the same database, leave the filled agency as it is.

CREATE TABLE demo_data (
    id           SMALLINT     PRIMARY KEY CHECK (id = 1),
    started_at   TIMESTAMPTZ  NOT NULL,
    completed_at TIMESTAMPTZ,
    summary      TEXT
);
