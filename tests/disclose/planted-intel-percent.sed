# release intel-1999q4: the change of Q4 revenue from Q4 1998 made wrong
# ("up 8 percent" -> "up 18 percent", line 17; the tables give +7.85%).
17s/up 8 percent/up 18 percent/
