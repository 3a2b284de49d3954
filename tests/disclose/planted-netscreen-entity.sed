# seed 001: NetScreen's revenue in the prose changed to Juniper's figure
# ($93.5 -> $224.1 million, line 30): right for Juniper, wrong for NetScreen.
30s/\$93\.5 million/$224.1 million/
