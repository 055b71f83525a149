-- The table of the database example, and where its incremental sync keeps its watermark.
CREATE TABLE IF NOT EXISTS articles (
    id            integer PRIMARY KEY,
    title         text NOT NULL,
    author        text,
    category      text,
    body          text NOT NULL,
    last_modified timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX IF NOT EXISTS articles_last_modified ON articles (last_modified);

-- last_modified is the row's version (its orderingId in Coveo): the database sets it on every change, from its own
-- clock, the one the full rebuild takes its orderingId from; a writer cannot forget it or bring a clock of its own.
CREATE OR REPLACE FUNCTION articles_touch() RETURNS trigger AS $$
BEGIN
    NEW.last_modified := clock_timestamp();
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE OR REPLACE TRIGGER articles_touch BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION articles_touch();

CREATE TABLE IF NOT EXISTS coveo_sync_state (
    name         text PRIMARY KEY,
    synced_until timestamptz NOT NULL
);
