-- The table of the database example, and where its incremental sync keeps its watermark.
CREATE TABLE IF NOT EXISTS articles (
    id            integer PRIMARY KEY,
    title         text NOT NULL,
    author        text,
    category      text,
    body          text NOT NULL,
    last_modified timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS articles_last_modified ON articles (last_modified);

CREATE TABLE IF NOT EXISTS coveo_sync_state (
    name         text PRIMARY KEY,
    synced_until timestamptz NOT NULL
);
