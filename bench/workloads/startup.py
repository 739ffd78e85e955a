# startup: an empty script, so the row shows process start-up alone.
