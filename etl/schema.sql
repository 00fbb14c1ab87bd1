-- Zielmonitor Dortmund: DuckDB schema. Documented table by table in docs/schema.md.
CREATE TABLE meta_build (
    build_id VARCHAR NOT NULL, built_at TIMESTAMP NOT NULL, as_of DATE NOT NULL,
    demo_included BOOLEAN NOT NULL, n_targets INTEGER NOT NULL, n_observations INTEGER NOT NULL
);
CREATE TABLE sources (
    source_id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, title VARCHAR NOT NULL,
    author VARCHAR NOT NULL, published VARCHAR NOT NULL, file VARCHAR, url VARCHAR,
    licence VARCHAR NOT NULL, attribution VARCHAR NOT NULL, is_document BOOLEAN NOT NULL
);
CREATE TABLE themes (
    theme_id VARCHAR PRIMARY KEY, label_de VARCHAR NOT NULL, label_en VARCHAR NOT NULL,
    sort_order INTEGER NOT NULL
);
CREATE TABLE units (
    unit_id VARCHAR PRIMARY KEY, label_de VARCHAR NOT NULL, label_en VARCHAR NOT NULL,
    singular_de VARCHAR NOT NULL, singular_en VARCHAR NOT NULL, symbol_de VARCHAR NOT NULL, symbol_en VARCHAR NOT NULL, decimals INTEGER NOT NULL
);
CREATE TABLE indicators (
    indicator_id VARCHAR PRIMARY KEY, name_de VARCHAR NOT NULL, name_en VARCHAR NOT NULL,
    definition_de VARCHAR NOT NULL, definition_en VARCHAR NOT NULL,
    unit_id VARCHAR NOT NULL REFERENCES units, source_id VARCHAR NOT NULL REFERENCES sources,
    frequency VARCHAR NOT NULL, measure VARCHAR NOT NULL, aggregation VARCHAR NOT NULL,
    higher_is_better BOOLEAN, min_value DOUBLE, max_value DOUBLE, is_demo BOOLEAN NOT NULL
);
CREATE TABLE areas (
    area_level VARCHAR NOT NULL, area_code VARCHAR NOT NULL, name VARCHAR NOT NULL,
    name_official VARCHAR NOT NULL, name_key VARCHAR NOT NULL, parent_level VARCHAR,
    parent_code VARCHAR, stadtbezirk_code VARCHAR, area_km2 DOUBLE NOT NULL,
    sort_order INTEGER NOT NULL, geometry VARCHAR,
    PRIMARY KEY (area_level, area_code)
);
CREATE TABLE targets (
    target_id VARCHAR PRIMARY KEY, theme_id VARCHAR NOT NULL REFERENCES themes,
    title_de VARCHAR NOT NULL, title_en VARCHAR NOT NULL, kind VARCHAR NOT NULL,
    nature VARCHAR NOT NULL, target_value DOUBLE, unit_id VARCHAR, direction VARCHAR,
    start_year INTEGER NOT NULL, deadline_year INTEGER, deadline_inferred BOOLEAN NOT NULL,
    deadline_basis VARCHAR, deadline_note_de VARCHAR, deadline_note_en VARCHAR, baseline_value DOUBLE,
    baseline_year INTEGER, indicator_id VARCHAR, area_level VARCHAR NOT NULL,
    note_de VARCHAR, note_en VARCHAR, register_file VARCHAR NOT NULL, sort_order INTEGER NOT NULL
);
CREATE TABLE target_citations (
    target_id VARCHAR NOT NULL REFERENCES targets, seq INTEGER NOT NULL,
    source_id VARCHAR NOT NULL REFERENCES sources, line_from INTEGER NOT NULL,
    line_to INTEGER NOT NULL, quote VARCHAR NOT NULL,
    PRIMARY KEY (target_id, seq)
);
CREATE TABLE target_relations (
    target_id VARCHAR NOT NULL REFERENCES targets, related_target_id VARCHAR NOT NULL,
    relation VARCHAR NOT NULL,
    PRIMARY KEY (target_id, related_target_id)
);
CREATE TABLE observations_all (
    indicator_id VARCHAR NOT NULL REFERENCES indicators, area_level VARCHAR NOT NULL,
    area_code VARCHAR NOT NULL, year INTEGER NOT NULL, value DOUBLE NOT NULL,
    source_id VARCHAR NOT NULL REFERENCES sources, source_detail VARCHAR NOT NULL,
    source_url VARCHAR NOT NULL, qualifier VARCHAR NOT NULL, is_demo BOOLEAN NOT NULL,
    is_final BOOLEAN NOT NULL, revision INTEGER NOT NULL, is_current BOOLEAN NOT NULL,
    upload_id VARCHAR, data_kind VARCHAR NOT NULL, ref_date VARCHAR NOT NULL,
    known_since DATE NOT NULL, known_since_basis VARCHAR NOT NULL,
    note_de VARCHAR NOT NULL, note_en VARCHAR NOT NULL,
    rolled_up BOOLEAN NOT NULL,  -- the build summed it from the sub-areas (etl.combine.roll_up)
    PRIMARY KEY (indicator_id, area_level, area_code, year, revision)
);
CREATE TABLE goal_context (
    target_id VARCHAR NOT NULL REFERENCES targets, indicator_id VARCHAR NOT NULL REFERENCES indicators,
    beside_series BOOLEAN NOT NULL,
    PRIMARY KEY (target_id, indicator_id)
);
CREATE VIEW observations AS SELECT * FROM observations_all WHERE is_current;
-- The document a goal comes from: its first citation (seq 1) with the document's title and author.
CREATE VIEW target_first_citation AS
SELECT c.target_id, c.source_id, c.line_from, c.line_to, c.quote, src.title AS source_title,
       src.author AS source_author, src.published AS source_published, src.kind AS source_kind
FROM target_citations c JOIN sources src ON src.source_id = c.source_id
WHERE c.seq = 1;
CREATE TABLE planned_paths (
    indicator_id VARCHAR NOT NULL REFERENCES indicators, year INTEGER NOT NULL,
    value DOUBLE NOT NULL, source_id VARCHAR NOT NULL REFERENCES sources,
    PRIMARY KEY (indicator_id, year)
);
CREATE TABLE target_status (
    target_id VARCHAR NOT NULL REFERENCES targets, area_level VARCHAR NOT NULL,
    area_code VARCHAR NOT NULL, as_of DATE NOT NULL, status VARCHAR NOT NULL,
    rule VARCHAR NOT NULL, latest_year INTEGER, latest_value DOUBLE, expected_value DOUBLE,
    progress DOUBLE, required_pace DOUBLE, pace_de VARCHAR NOT NULL, pace_en VARCHAR NOT NULL,
    forecast_value DOUBLE, forecast_year INTEGER, stale BOOLEAN NOT NULL,
    uses_demo BOOLEAN NOT NULL, reason_de VARCHAR NOT NULL, reason_en VARCHAR NOT NULL,
    inputs_json VARCHAR NOT NULL, start_point_year INTEGER, start_point_value DOUBLE,
    PRIMARY KEY (target_id, area_level, area_code)
);
CREATE TABLE document_lines (
    source_id VARCHAR NOT NULL REFERENCES sources, line_no INTEGER NOT NULL, text VARCHAR NOT NULL,
    PRIMARY KEY (source_id, line_no)
);
CREATE TABLE evidence (
    evidence_id VARCHAR PRIMARY KEY, target_id VARCHAR NOT NULL REFERENCES targets,
    date_text VARCHAR NOT NULL, known_from DATE NOT NULL, stage VARCHAR NOT NULL,
    basis VARCHAR NOT NULL, source_id VARCHAR, line_from INTEGER, line_to INTEGER, quote VARCHAR,
    source_title VARCHAR, reference VARCHAR, url VARCHAR, planner_user VARCHAR,
    planner_time VARCHAR, comment VARCHAR, note_de VARCHAR, note_en VARCHAR, evidence_file VARCHAR,
    known_since DATE NOT NULL, known_since_basis VARCHAR NOT NULL
);
CREATE TABLE target_implementation (
    target_id VARCHAR PRIMARY KEY REFERENCES targets, implementation VARCHAR NOT NULL,
    rule VARCHAR NOT NULL, evidence_id VARCHAR, stage VARCHAR, evidence_date DATE,
    evidence_old BOOLEAN NOT NULL, deadline_year INTEGER, deadline_passed BOOLEAN NOT NULL,
    n_evidence INTEGER NOT NULL
);
-- Status as of any date (docs/asof.md): one row per promise and day its city-wide status may
-- have changed; a row holds from valid_from until the goal's next row.
CREATE TABLE target_status_history (
    target_id VARCHAR NOT NULL REFERENCES targets, valid_from DATE NOT NULL, status VARCHAR NOT NULL,
    rule VARCHAR NOT NULL, latest_year INTEGER, latest_value DOUBLE, progress DOUBLE,
    expected_value DOUBLE, stale BOOLEAN NOT NULL, uses_demo BOOLEAN NOT NULL,
    reason_de VARCHAR NOT NULL, reason_en VARCHAR NOT NULL, inputs_json VARCHAR NOT NULL,
    implementation VARCHAR, implementation_rule VARCHAR,
    PRIMARY KEY (target_id, valid_from)
);
-- Council session dates (data/raw/council_sessions.yaml); sourced = taken from a named source.
CREATE TABLE council_sessions (
    session_date DATE PRIMARY KEY, label VARCHAR NOT NULL, sourced BOOLEAN NOT NULL, url VARCHAR
);
