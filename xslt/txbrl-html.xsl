<?xml version="1.0" encoding="UTF-8"?>
<!--
  txbrl-html.xsl - an XBRL instance as one self-contained HTML5 page.
  See txbrl-common.xsl for how the page is built.  By hand:
    XML_CATALOG_FILES=taxonomy/catalog.xml xsltproc - -nonet \
      - -stringparam source 000_x.txt xslt/txbrl-html.xsl out/000_x.xml > 000_x.html
  (without the spaces between the dashes).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="txbrl-common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no"/>
</xsl:stylesheet>
