# seed 000: an amount off: "$172.1 million" -> "$171.2 million" (line 14).
14s/\$172\.1 million/$171.2 million/
