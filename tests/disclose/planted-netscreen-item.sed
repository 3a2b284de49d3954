# seed 001: NetScreen's reconciliation, merger related costs, three months
# 2004: (10,600) -> (10,060) (line 517).
517s/(10,600)            --        (10,600)/(10,060)            --        (10,600)/
