-- Where the prose begins (after a leading metadata marker), so later layers skip the marker.
ALTER TABLE articles ADD COLUMN body_start INTEGER NOT NULL DEFAULT 0;
