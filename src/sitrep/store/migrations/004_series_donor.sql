-- Aid series are kept per donor ("the US pledged $800 million"), not only per currency.
ALTER TABLE figure_series ADD COLUMN donor TEXT;
