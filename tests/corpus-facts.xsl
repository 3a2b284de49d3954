<?xml version="1.0" encoding="UTF-8"?>
<!-- corpus-facts.xsl - lists the facts of a txbrl instance with the exhibit
     line each was read from (the <!-\-line N-\-> comment txbrl writes before
     a fact), one tab-separated record per fact:
       line  concept-local-name  prefix  entity  start  end  dims  unit  decimals  value
     dims: "Axis=Member" local names, ";"-joined in document order; unit:
     measure local names, "USD/shares" for a divide. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xbrli="http://www.xbrl.org/2003/instance"
    xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
    xmlns:link="http://www.xbrl.org/2003/linkbase">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:key name="ctx" match="xbrli:context" use="@id"/>
  <xsl:key name="unit" match="xbrli:unit" use="@id"/>

  <xsl:template match="/">
    <xsl:for-each select="xbrli:xbrl/*[@contextRef]">
      <xsl:variable name="c" select="key('ctx', @contextRef)"/>
      <xsl:variable name="note" select="preceding-sibling::node()[1][self::comment()]"/>
      <xsl:value-of select="normalize-space(substring-after($note, 'line '))"/>
      <xsl:text>&#9;</xsl:text>
      <xsl:value-of select="local-name()"/>
      <xsl:text>&#9;</xsl:text>
      <xsl:value-of select="substring-before(name(), ':')"/>
      <xsl:text>&#9;</xsl:text>
      <xsl:value-of select="normalize-space($c/xbrli:entity/xbrli:identifier)"/>
      <xsl:text>&#9;</xsl:text>
      <xsl:value-of select="normalize-space($c/xbrli:period/xbrli:startDate)"/>
      <xsl:text>&#9;</xsl:text>
      <xsl:value-of select="normalize-space($c/xbrli:period/xbrli:endDate | $c/xbrli:period/xbrli:instant)"/>
      <xsl:text>&#9;</xsl:text>
      <xsl:for-each select="$c//xbrldi:explicitMember">
        <xsl:if test="position() &gt; 1">;</xsl:if>
        <xsl:value-of select="substring-after(@dimension, ':')"/>
        <xsl:text>=</xsl:text>
        <xsl:value-of select="substring-after(normalize-space(.), ':')"/>
      </xsl:for-each>
      <xsl:text>&#9;</xsl:text>
      <xsl:variable name="u" select="key('unit', @unitRef)"/>
      <xsl:choose>
        <xsl:when test="$u/xbrli:divide">
          <xsl:value-of select="substring-after(normalize-space($u/xbrli:divide/xbrli:unitNumerator/xbrli:measure), ':')"/>
          <xsl:text>/</xsl:text>
          <xsl:value-of select="substring-after(normalize-space($u/xbrli:divide/xbrli:unitDenominator/xbrli:measure), ':')"/>
        </xsl:when>
        <xsl:when test="$u">
          <xsl:value-of select="substring-after(normalize-space($u/xbrli:measure), ':')"/>
        </xsl:when>
      </xsl:choose>
      <xsl:text>&#9;</xsl:text>
      <xsl:value-of select="@decimals"/>
      <xsl:text>&#9;</xsl:text>
      <xsl:value-of select="normalize-space(.)"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
