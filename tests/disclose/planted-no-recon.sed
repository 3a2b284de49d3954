# seed 000: the reconciliation (lines 292-320) removed.  Non-GAAP EPS
# (headline), non-GAAP net income (prose) and the non-GAAP statement are
# reconciled to nothing.
292,320d
