<?xml version="1.0" encoding="UTF-8"?>
<!--
  txbrl-ixbrl.xsl - the same page as an Inline XBRL 1.1 document (XHTML):
  ix:header (hidden) with the schemaRef, contexts and units of the instance;
  every fact in its home cell as ix:nonFraction (format ixt:num-dot-decimal,
  or ixt:fixed-zero for a dash; decimals; scale; sign="-" for a negative
  fact value) or ix:nonNumeric.  The page of txbrl-common.xsl is built
  first, then its HTML elements are moved into the XHTML namespace.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
    xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    extension-element-prefixes="exsl">
  <xsl:import href="txbrl-common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
  <xsl:variable name="inline" select="true()"/>

  <xsl:template match="/">
    <xsl:variable name="page-rtf"><xsl:call-template name="page"/></xsl:variable>
    <xsl:apply-templates select="exsl:node-set($page-rtf)/*" mode="xhtml"/>
  </xsl:template>

  <xsl:template match="*" mode="xhtml">
    <xsl:choose>
      <xsl:when test="namespace-uri() = ''">
        <xsl:element name="{local-name()}" namespace="http://www.w3.org/1999/xhtml">
          <xsl:copy-of select="namespace::*[name() != 'xml' and name() != '']"/>
          <xsl:if test="local-name() = 'html'">
            <!-- ix, ixt (format QNames) and xsi, declared once on the root -->
            <xsl:copy-of select="document('')/*/namespace::*[name() = 'ix' or name() = 'ixt' or name() = 'xsi']"/>
          </xsl:if>
          <xsl:copy-of select="@*"/>
          <xsl:apply-templates mode="xhtml"/>
        </xsl:element>
      </xsl:when>
      <!-- ix and XBRL elements keep their namespace; the HTML inside them
           (the marker span of an ix:footnote) goes into XHTML too -->
      <xsl:otherwise>
        <xsl:copy>
          <xsl:copy-of select="@*"/>
          <xsl:apply-templates mode="xhtml"/>
        </xsl:copy>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="text()" mode="xhtml"><xsl:value-of select="."/></xsl:template>
</xsl:stylesheet>
