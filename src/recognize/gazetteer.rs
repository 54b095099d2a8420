//! Known names, compiled in from `data/gazetteer/*.tsv`. (Being written.)
