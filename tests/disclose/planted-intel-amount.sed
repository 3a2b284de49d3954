# release intel-1999q4: GAAP net income for 1999 made wrong ("$7.3 billion"
# -> "$7.8 billion", line 38; the statement prints 7,314 million).
38s/\$7\.3 billion/$7.8 billion/
