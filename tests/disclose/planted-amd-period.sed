# release amd-1999q4: the year of a loss made wrong ("In 1998, AMD reported
# ... a net loss of $103,960,000" -> "In 1999", line 37): 1999's net loss is
# 88,936; the sales and per-share figures of the sentence go wrong with it.
37s/In 1998,/In 1999,/
