# seed 000: a percentage off: "an increase of 13 percent" -> 15 (line 15).
15s/an increase of 13/an increase of 15/
