# release intel-1999q4: the figure of another period given for 1999
# ("Revenue for 1999 was $29.4 billion" -> "$26.3 billion", line 18-19: the
# 1998 revenue, 26,273; 1999 is 29,389).
18s/\$29\.4/$26.3/
