# seed 001: the headline gives non-GAAP EPS first (line 9).
9s/GAAP EPS \$0\.08; NON-GAAP EPS \$0\.09/NON-GAAP EPS $0.09; GAAP EPS $0.08/
