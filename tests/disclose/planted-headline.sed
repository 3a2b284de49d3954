# seed 000: a non-GAAP measure in the headline with no GAAP figure: the
# headline's "GAAP EPS $0.02;" removed (line 9).
9s/GAAP EPS \$0\.02; //
