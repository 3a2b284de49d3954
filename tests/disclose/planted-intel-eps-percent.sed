# release intel-1999q4: a per-share change made wrong ("up 22 percent from
# $1.73" -> "up 32 percent", line 39): 2.11 / 1.73 is +21.97%, and no
# unrounded figures within half a cent of them give 31.5% or more.
39s/up 22$/up 32/
