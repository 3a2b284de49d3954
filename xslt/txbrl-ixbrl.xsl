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

  <!-- HTML5 elements XHTML 1.1 lacks become the div or span they lay out
       as (the stylesheet styles them by class); data-* attributes, which
       XHTML 1.1 lacks, are left out; lang is xml:lang -->
  <xsl:template match="*" mode="xhtml">
    <xsl:choose>
      <xsl:when test="namespace-uri() = ''">
        <xsl:variable name="n" select="local-name()"/>
        <xsl:variable name="name">
          <xsl:choose>
            <xsl:when test="$n = 'header' or $n = 'main' or $n = 'section' or $n = 'footer'">div</xsl:when>
            <xsl:when test="$n = 'time'">span</xsl:when>
            <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:element name="{$name}" namespace="http://www.w3.org/1999/xhtml">
          <xsl:copy-of select="namespace::*[name() != 'xml' and name() != '']"/>
          <xsl:if test="$n = 'html'">
            <!-- ix, ixt (format QNames) and xsi, declared once on the root -->
            <xsl:copy-of select="document('')/*/namespace::*[name() = 'ix' or name() = 'ixt' or name() = 'xsi']"/>
          </xsl:if>
          <xsl:if test="$n = 'style'"><xsl:attribute name="type">text/css</xsl:attribute></xsl:if>
          <xsl:apply-templates select="@*" mode="xhtml"/>
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
  <xsl:template match="@*" mode="xhtml"><xsl:copy-of select="."/></xsl:template>
  <xsl:template match="@*[starts-with(name(), 'data-')] | @datetime | @class[normalize-space() = '']" mode="xhtml"/>
  <xsl:template match="@lang" mode="xhtml">
    <xsl:attribute name="xml:lang"><xsl:value-of select="."/></xsl:attribute>
  </xsl:template>
  <xsl:template match="text()" mode="xhtml"><xsl:value-of select="."/></xsl:template>
</xsl:stylesheet>
