# seed 000: a reconciling item changed: restructuring, three months 2003,
# (13,985) -> (13,895) (line 307).  The reconciliation no longer foots.
307s/(13,985)       (22,830)/(13,895)       (22,830)/
